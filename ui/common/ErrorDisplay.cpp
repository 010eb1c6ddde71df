#include "common/ErrorDisplay.h"

namespace sd {

ErrorDisplay::ErrorDisplay(QLabel* generalLabel)
    : m_general(generalLabel)
{
    if (m_general)
        m_general->hide();
}

void ErrorDisplay::addField(const QString& field, QWidget* widget, QLabel* messageLabel)
{
    m_fields.insert(field, {widget, messageLabel});
    if (messageLabel) {
        messageLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        messageLabel->setWordWrap(true);
        messageLabel->hide();
    }
}

void ErrorDisplay::show(const Error& error)
{
    clear();
    const auto it = m_fields.constFind(error.field);
    if (it != m_fields.constEnd() && it->label) {
        it->label->setText(error.message);
        it->label->show();
        if (it->widget) {
            it->widget->setProperty("invalid", true);
            it->widget->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
            it->widget->setFocus();
        }
        return;
    }
    if (m_general) {
        m_general->setText(error.describe());
        m_general->show();
    }
}

void ErrorDisplay::clear()
{
    for (const Slot& slot : std::as_const(m_fields)) {
        if (slot.label)
            slot.label->hide();
        if (slot.widget) {
            slot.widget->setProperty("invalid", false);
            slot.widget->setStyleSheet(QString());
        }
    }
    if (m_general)
        m_general->hide();
}

} // namespace sd
