#pragma once

#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace sd {

// Amounts as a person reads and types them: in the locale's number format.
class MoneyEdit
{
public:
    static QString shown(qint64 cents) { return QLocale().toString(double(cents) / 100.0, 'f', 2); }
    // For a field the agent edits: no group separators, so typed() reads it back.
    static QString editable(qint64 cents)
    {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(double(cents) / 100.0, 'f', 2);
    }
    // "120", "120.5" or "120,50" (the locale's decimal point or a point) as cents; nullopt if not an amount.
    static std::optional<qint64> typed(const QString& text)
    {
        QString plain = text.trimmed();
        plain.replace(QLocale().decimalPoint(), QStringLiteral("."));
        bool ok = false;
        const double units = plain.toDouble(&ok);
        if (!ok || units < 0)
            return std::nullopt;
        return qint64(std::llround(units * 100.0));
    }
};

} // namespace sd
