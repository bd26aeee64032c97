#include "reminderbanner.h"

#include "statustracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

using payments::ReminderLevel;

namespace {

/// Background and text colours per level: calm blue, amber, orange, red.
QString styleFor(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::None:
    case ReminderLevel::Info:
        return u"#reminderBanner { background: #dbeafe; border-bottom: 1px solid #93c5fd; } "
               "#reminderBanner QLabel { color: #1e3a8a; }"_s;
    case ReminderLevel::Warning:
        return u"#reminderBanner { background: #fef3c7; border-bottom: 1px solid #f59e0b; } "
               "#reminderBanner QLabel { color: #78350f; }"_s;
    case ReminderLevel::Urgent:
        return u"#reminderBanner { background: #fed7aa; border-bottom: 2px solid #ea580c; } "
               "#reminderBanner QLabel { color: #7c2d12; }"_s;
    case ReminderLevel::Critical:
        return u"#reminderBanner { background: #b91c1c; border-bottom: 2px solid #7f1d1d; } "
               "#reminderBanner QLabel { color: white; }"_s;
    }
    return {};
}

} // namespace

ReminderBanner::ReminderBanner(StatusTracker &tracker, QWidget *parent)
    : QFrame(parent)
    , m_tracker(tracker)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show payments (F9)"), this))
{
    setObjectName(u"reminderBanner"_s);
    setAccessibleName(tr("Payment reminder"));
    m_title->setObjectName(u"reminderTitle"_s);
    m_text->setObjectName(u"reminderText"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.6);
    m_title->setFont(bold);
    QFont text = m_text->font();
    text.setBold(true);
    m_text->setFont(text);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);

    connect(m_show, &QPushButton::clicked, this, &ReminderBanner::showPaymentsRequested);
    connect(&m_tracker, &StatusTracker::changed, this, &ReminderBanner::refresh);
    connect(&m_tracker, &StatusTracker::tick, this, &ReminderBanner::refresh);
    refresh();
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

QString ReminderBanner::title(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::None:
        return {};
    case ReminderLevel::Info:
        return tr("Sending payments");
    case ReminderLevel::Warning:
        return tr("Offline");
    case ReminderLevel::Urgent:
        return tr("Reconnect soon");
    case ReminderLevel::Critical:
        return tr("Deadline passed");
    }
    return {};
}

void ReminderBanner::refresh()
{
    const ReminderLevel level = m_tracker.level();
    if (level != m_level) {
        m_level = level;
        setStyleSheet(styleFor(level));
        setProperty("level", payments::toWire(level));
    }
    // The sentence says what is wrong; the sign says how loudly.
    m_title->setText(level == ReminderLevel::Info ? u"ℹ"_s : u"⚠"_s);
    m_title->setAccessibleName(title(level));
    m_text->setText(m_tracker.reminderText());
    setVisible(level != ReminderLevel::None);
}

} // namespace holdfast::ui
