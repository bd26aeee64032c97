#include "barcodeinput.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace holdfast::ui {

namespace {

constexpr qint64 keyGapMs = 1000;
constexpr int maxCodeLength = 20;

bool isTextInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || (qobject_cast<const QComboBox *>(widget) && static_cast<const QComboBox *>(widget)->isEditable());
}

} // namespace

BarcodeInput::BarcodeInput(QWidget *screen, QObject *parent) : QObject(parent), m_screen(screen)
{
}

bool BarcodeInput::listening() const
{
    if (!m_screen || !m_screen->isVisible() || QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        return false;
    }
    const QWidget *focus = QApplication::focusWidget();
    if (focus && isTextInput(focus)) {
        return false;
    }
    // Keys meant for another window (a dialog that is not modal) are left alone.
    return !focus || m_screen->isAncestorOf(focus) || focus == m_screen || focus->window() == m_screen->window();
}

bool BarcodeInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) {
        return QObject::eventFilter(watched, event);
    }
    // A key event is offered to the filter once per widget it propagates through; only the
    // one for the focus widget (or the window without one) counts.
    const QWidget *target = static_cast<QWidget *>(watched);
    const QWidget *focus = QApplication::focusWidget();
    if (focus ? target != focus : !target->isWindow()) {
        return QObject::eventFilter(watched, event);
    }
    if (!listening()) {
        return QObject::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && key->text().size() == 1 && key->text().at(0).isDigit()) {
        if (!m_lastKey.isValid() || m_lastKey.elapsed() > keyGapMs || m_buffer.size() >= maxCodeLength) {
            m_buffer.clear();
        }
        m_buffer += key->text();
        m_lastKey.restart();
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_buffer.isEmpty()) {
        const QString code = m_buffer;
        m_buffer.clear();
        if (m_lastKey.elapsed() <= keyGapMs) {
            emit scanned(code);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
