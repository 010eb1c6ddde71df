#pragma once

#include <QIcon>

namespace sd {

// The product's icon with every drawn size, so Qt never scales the 256 px
// drawing down to a title bar (the 16 and 22 px sizes are drawn on the pixel grid).
QIcon applicationIcon();

} // namespace sd
