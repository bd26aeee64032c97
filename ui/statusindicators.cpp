#include "statusindicators.h"

#include "statustracker.h"
#include "timetext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

namespace {

QString dot(LinkIndicator::Health health)
{
    switch (health) {
    case LinkIndicator::Health::Good:
        return u"#16a34a"_s;
    case LinkIndicator::Health::Degraded:
        return u"#d97706"_s;
    case LinkIndicator::Health::Bad:
        return u"#dc2626"_s;
    case LinkIndicator::Health::Unknown:
        return u"#9ca3af"_s;
    }
    return {};
}

} // namespace

LinkIndicator::LinkIndicator(Link link, StatusTracker &tracker, QWidget *parent)
    : QLabel(parent), m_link(link), m_tracker(tracker)
{
    setObjectName(link == Link::Gateway ? u"gatewayIndicator"_s : u"terminalIndicator"_s);
    setTextFormat(Qt::RichText);
    setContentsMargins(8, 0, 8, 0);
    connect(&m_tracker, &StatusTracker::changed, this, &LinkIndicator::refresh);
    connect(&m_tracker, &StatusTracker::tick, this, &LinkIndicator::refresh);
    refresh();
}

void LinkIndicator::refresh()
{
    const RegisterStatus &status = m_tracker.status();
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    QString name;
    QString state;
    std::optional<qint64> contact;
    if (m_link == Link::Gateway) {
        name = tr("Gateway");
        if (!status.paired) {
            m_health = Health::Unknown;
            state = tr("Not paired");
        } else {
            state = sync::displayName(status.gateway);
            contact = status.gatewayContactMs;
            switch (status.gateway) {
            case sync::Reachability::Online:
                m_health = Health::Good;
                break;
            case sync::Reachability::Slow:
                m_health = Health::Degraded;
                break;
            case sync::Reachability::Offline:
                m_health = Health::Bad;
                break;
            case sync::Reachability::Unknown:
                m_health = Health::Unknown;
                break;
            }
        }
    } else {
        name = tr("Terminal");
        state = displayName(status.terminal);
        contact = status.terminalContactMs;
        switch (status.terminal) {
        case TerminalLink::Ready:
            m_health = Health::Good;
            break;
        case TerminalLink::Busy:
            m_health = Health::Degraded;
            break;
        case TerminalLink::Unreachable:
            m_health = Health::Bad;
            break;
        case TerminalLink::NotPaired:
        case TerminalLink::Unknown:
            m_health = Health::Unknown;
            break;
        }
    }
    QString line = u"<span style=\"color:%1; font-size:large\">●</span> <b>%2:</b> %3"_s.arg(
        dot(m_health), name.toHtmlEscaped(), state.toHtmlEscaped());
    const bool paired = m_link == Link::Gateway ? status.paired : status.terminal != TerminalLink::NotPaired;
    // The time since the last contact is always in the tooltip; on the bar only when it
    // matters (not healthy), so the bar fits a 1024-pixel screen in every language.
    const QString since = paired ? tr("last contact %1").arg(sinceText(contact, wallNow)) : QString();
    if (paired && m_health != Health::Good) {
        line += u" · "_s + since.toHtmlEscaped();
    }
    setText(line);
    setToolTip(since);
    setAccessibleName(QString(name + u": "_s + state));
}

ModeIndicator::ModeIndicator(StatusTracker &tracker, QWidget *parent) : QToolButton(parent), m_tracker(tracker)
{
    setObjectName(u"modeIndicator"_s);
    setAutoRaise(true);
    setToolTip(tr("The processing mode for card payments. Managers change it here (Ctrl+M)."));
    connect(&m_tracker, &StatusTracker::changed, this, &ModeIndicator::refresh);
    refresh();
}

void ModeIndicator::refresh()
{
    const payments::ProcessingMode mode = m_tracker.status().mode;
    setText(tr("Cards: %1").arg(payments::displayName(mode)));
    // Forced offline is worth a glance: every card is queued.
    setStyleSheet(mode == payments::ProcessingMode::OfflineOnly
                      ? u"QToolButton { color: #b45309; font-weight: bold; }"_s
                      : u"QToolButton { font-weight: bold; }"_s);
}

OutageSwitch::OutageSwitch(const QUrl &controlUrl, QWidget *parent)
    : QCheckBox(tr("Simulate internet outage"), parent), m_controlUrl(controlUrl)
{
    setObjectName(u"outageSwitch"_s);
    setToolTip(tr("Demo only: cuts the register's link to the gateway (and restores it), so you can see "
                  "offline payments queue and then upload."));
    m_network.setTransferTimeout(5000);
    connect(this, &QCheckBox::clicked, this, &OutageSwitch::send);
}

void OutageSwitch::send(bool cut)
{
    setEnabled(false);
    QUrl url = m_controlUrl;
    url.setPath(cut ? u"/cut"_s : u"/restore"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(request, QByteArray("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, cut] {
        reply->deleteLater();
        setEnabled(true);
        const bool ok = reply->error() == QNetworkReply::NoError;
        if (ok) {
            m_cut = QJsonDocument::fromJson(reply->readAll()).object().value("cut"_L1).toBool(cut);
            setToolTip(m_cut ? tr("The link to the gateway is cut. Click to restore it.")
                             : tr("The link to the gateway works. Click to cut it."));
        } else {
            setToolTip(tr("The outage control did not answer: %1").arg(reply->errorString()));
        }
        setChecked(m_cut);
        emit confirmed(ok);
    });
}

} // namespace holdfast::ui
