#include "terminalmonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTerminalMonitor, "holdfast.core.terminalmonitor")

namespace holdfast {

QString displayName(TerminalLink link)
{
    switch (link) {
    case TerminalLink::NotPaired:
        return QCoreApplication::translate("TerminalMonitor", "Not paired");
    case TerminalLink::Unknown:
        return QCoreApplication::translate("TerminalMonitor", "Checking…");
    case TerminalLink::Ready:
        return QCoreApplication::translate("TerminalMonitor", "Ready");
    case TerminalLink::Busy:
        return QCoreApplication::translate("TerminalMonitor", "In use");
    case TerminalLink::Unreachable:
        return QCoreApplication::translate("TerminalMonitor", "Not answering");
    }
    Q_UNREACHABLE();
}

TerminalMonitor::TerminalMonitor(terminal::TerminalDriver &driver, QObject *parent) : QObject(parent), m_driver(driver)
{
    connect(&m_timer, &QTimer::timeout, this, &TerminalMonitor::probe);
}

void TerminalMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    probe();
}

void TerminalMonitor::stop()
{
    m_timer.stop();
}

void TerminalMonitor::probe()
{
    if (!m_driver.pairing()) {
        m_lastContact.reset();
        return setLink(TerminalLink::NotPaired);
    }
    if (m_link == TerminalLink::NotPaired) {
        setLink(TerminalLink::Unknown);
    }
    if (m_probing) {
        return; // one status call at a time; the next tick asks again
    }
    m_probing = true;
    m_driver.status([this](const Result<terminal::TerminalStatus> &status) {
        m_probing = false;
        if (!status) {
            qCDebug(lcTerminalMonitor) << "terminal status failed:" << status.error().code;
            return setLink(TerminalLink::Unreachable);
        }
        m_lastContact = QDateTime::currentMSecsSinceEpoch();
        setLink(status->state == terminal::TerminalState::Idle ? TerminalLink::Ready : TerminalLink::Busy);
        emit changed(); // the time of contact moved even if the state did not
    });
}

void TerminalMonitor::observe(bool answered)
{
    if (answered) {
        m_lastContact = QDateTime::currentMSecsSinceEpoch();
        setLink(TerminalLink::Ready);
        emit changed();
    } else if (m_driver.pairing()) {
        setLink(TerminalLink::Unreachable);
    }
}

TerminalLink TerminalMonitor::link() const
{
    return m_driver.pairing() ? m_link : TerminalLink::NotPaired;
}

QString TerminalMonitor::name() const
{
    const auto pairing = m_driver.pairing();
    if (!pairing) {
        return {};
    }
    return pairing->model.isEmpty() ? pairing->terminalId : pairing->model;
}

void TerminalMonitor::setLink(TerminalLink link)
{
    if (m_link == link) {
        return;
    }
    m_link = link;
    emit changed();
}

} // namespace holdfast
