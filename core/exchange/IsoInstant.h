#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sd {

// ISO 8601 instants as exchange files carry them: "2026-10-12T09:30:00+08:00".
// Hand-written rather than QDateTime::fromString because an import reads
// millions of them and because an instant without an offset must be refused,
// not guessed in the computer's zone.
class IsoInstant
{
public:
    // Accepts YYYY-MM-DD, 'T' or a space, HH:MM[:SS[.fraction]], then Z, ±HH:MM,
    // ±HHMM or ±HH. Fractions of a second are dropped. None if anything else.
    static std::optional<qint64> parse(QStringView text);
    // YYYY-MM-DDTHH:MM:SS±HH:MM (Z is never written, so files look alike).
    static QString format(qint64 utcSeconds, int offsetSeconds);
};

} // namespace sd
