#pragma once

#include <QString>

namespace sdctl {

// Pads or clips text to `width` terminal columns (Chinese characters take two).
QString cell(const QString& text, int width);

} // namespace sdctl
