#pragma once

#include "crypto/secretbytes.h"
#include "sales/staff.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace holdfast::ui {

class PinPad;

/// Sign-in: pick your name, type your PIN. Also the lock screen, with the person who was
/// signed in already picked.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setStaff(const QList<sales::StaffMember> &staff);
    /// Picks `staffId` and puts the cursor in the PIN field.
    void select(const QString &staffId);
    /// The screen locked while `name` was signed in (empty: a plain sign-in).
    void setLocked(const QString &name);
    void setError(const QString &error);
    void setBusy(bool busy);
    PinPad *pinPad() const { return m_pad; }
    QString selectedStaffId() const;

signals:
    void signInRequested(const QString &staffId, std::shared_ptr<holdfast::crypto::SecretBytes> pin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void updatePrompt();

    QLabel *m_heading;
    QListWidget *m_staff;
    PinPad *m_pad;
    QString m_lockedName;
};

} // namespace holdfast::ui
