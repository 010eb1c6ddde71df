#include "TerminalText.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdctl {
namespace {

// Terminals show Chinese characters two columns wide: pad and clip by columns.
int columnsOf(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6);
    return wide ? 2 : 1;
}

} // namespace

QString cell(const QString& text, int width)
{
    int total = 0;
    for (QChar c : text)
        total += columnsOf(c);
    QString result;
    int used = 0;
    const int room = total <= width ? width : width - 1; // keep a column for "…"
    for (QChar c : text) {
        if (used + columnsOf(c) > room)
            break;
        result.append(c);
        used += columnsOf(c);
    }
    if (total > width) {
        result.append(QChar(0x2026));
        ++used;
    }
    return result + QString(std::max(0, width - used), QLatin1Char(' '));
}

std::optional<qint64> parseMoney(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString decimals = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + decimals.toLongLong();
}

} // namespace sdctl
