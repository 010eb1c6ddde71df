#pragma once

#include <QString>

#include <cstdlib>

namespace sd {

// Money is kept in integer cents; files, events and the command line write it
// as "units.cents" with a point, whatever the reader's locale.
inline QString centsText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = std::llabs(cents);
    return QStringLiteral("%1%2.%3").arg(sign).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace sd
