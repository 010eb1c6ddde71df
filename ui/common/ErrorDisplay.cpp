#include "common/ErrorDisplay.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

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
    clearWhenEdited(field, widget);
}

// A message about a field goes as soon as the user changes that field: a
// "subject required" must not stay under the subject just typed.
void ErrorDisplay::clearWhenEdited(const QString& field, QWidget* widget)
{
    const auto clearField = [this, field] { clearOne(field); };
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        QObject::connect(line, &QLineEdit::textEdited, line, clearField);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        QObject::connect(text, &QPlainTextEdit::textChanged, text, clearField);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        QObject::connect(combo, &QComboBox::activated, combo, clearField);
}

void ErrorDisplay::show(const Error& error)
{
    clear();
    bool focused = false;
    showOne(error, focused);
    for (const Error& other : error.others)
        showOne(other, focused);
}

void ErrorDisplay::showOne(const Error& error, bool& focused)
{
    const auto it = m_fields.constFind(error.field);
    if (it != m_fields.constEnd() && it->label) {
        it->label->setText(it->label->isVisible() ? it->label->text() + QLatin1Char('\n') + error.message : error.message);
        it->label->show();
        if (it->widget) {
            it->widget->setProperty("invalid", true);
            it->widget->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
            if (!focused)
                it->widget->setFocus(); // the first bad field, where the user starts fixing
            focused = true;
        }
        return;
    }
    if (m_general) {
        const QString text = error.describe();
        m_general->setText(m_general->isVisible() ? m_general->text() + QLatin1Char('\n') + text : text);
        m_general->show();
    }
}

void ErrorDisplay::clearOne(const QString& field)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return;
    if (it->label)
        it->label->hide();
    if (it->widget) {
        it->widget->setProperty("invalid", false);
        it->widget->setStyleSheet(QString());
    }
}

void ErrorDisplay::clear()
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        clearOne(it.key());
    if (m_general)
        m_general->hide();
}

} // namespace sd
