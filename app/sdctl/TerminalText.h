#pragma once

#include <QString>

#include <optional>

namespace sdctl {

// Pads or clips text to `width` terminal columns (Chinese characters take two).
QString cell(const QString& text, int width);
// "12", "12.5" or "12.50" currency units, as cents; nullopt if not an amount.
std::optional<qint64> parseMoney(const QString& text);

} // namespace sdctl
