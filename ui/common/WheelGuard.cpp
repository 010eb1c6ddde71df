#include "common/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>

namespace sd {

WheelGuard::WheelGuard(QAbstractScrollArea* scroll)
    : QObject(scroll)
    , m_scroll(scroll)
{
}

void WheelGuard::protect(QWidget* root, QAbstractScrollArea* scroll)
{
    auto* guard = new WheelGuard(scroll);
    QList<QWidget*> fields;
    for (QComboBox* combo : root->findChildren<QComboBox*>())
        fields.append(combo);
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>())
        fields.append(spin);
    for (QWidget* field : fields) {
        // Not focused by the wheel either (their default), only by a click or Tab.
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    auto* field = qobject_cast<QWidget*>(watched);
    if (event->type() != QEvent::Wheel || !field || field->hasFocus())
        return QObject::eventFilter(watched, event);
    QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
    return true;
}

} // namespace sd
