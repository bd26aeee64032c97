#pragma once

#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QToolButton>
#include <QUrl>

namespace holdfast::ui {

class StatusTracker;

/// A coloured dot and a line of text in the status bar: "Gateway: Online · 12 s ago".
class LinkIndicator : public QLabel
{
    Q_OBJECT

public:
    enum class Link { Gateway, Terminal };
    enum class Health { Good, Degraded, Bad, Unknown };

    LinkIndicator(Link link, StatusTracker &tracker, QWidget *parent = nullptr);

    Health health() const { return m_health; }

private:
    void refresh();

    Link m_link;
    StatusTracker &m_tracker;
    Health m_health = Health::Unknown;
};

/// The processing mode in force ("Cards: Online only"), always visible; opens the offline mode
/// dialog (where a cashier can look but not change).
class ModeIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit ModeIndicator(StatusTracker &tracker, QWidget *parent = nullptr);

private:
    void refresh();

    StatusTracker &m_tracker;
};

/// The demo's "Simulate internet outage" switch: cuts and restores the register's link to the
/// gateway through the fault proxy's control channel (POST /cut, POST /restore).
class OutageSwitch : public QCheckBox
{
    Q_OBJECT

public:
    OutageSwitch(const QUrl &controlUrl, QWidget *parent = nullptr);

    /// Whether the proxy last confirmed the link is cut.
    bool isCut() const { return m_cut; }

signals:
    /// The proxy answered (true) or not (false) after a toggle.
    void confirmed(bool ok);

private:
    void send(bool cut);

    QUrl m_controlUrl;
    QNetworkAccessManager m_network;
    bool m_cut = false;
};

} // namespace holdfast::ui
