#pragma once

#include <QRegularExpression>
#include <QString>

namespace sd {

// An action's text without its keyboard accelerator, for tooltips and lists:
// "&New ticket" -> "New ticket", and the Chinese style "新建工单(&N)" -> "新建工单".
inline QString plainActionText(QString text)
{
    static const QRegularExpression trailing(QStringLiteral("\\s*[(（]&.[)）]"));
    text.remove(trailing);
    return text.remove(QLatin1Char('&'));
}

} // namespace sd
