#pragma once

#include <QString>

namespace sd {

// "0.1.0 (abc1234)": the project version and, built from a git clone, what
// git describe says of the sources (cmake/Version.cmake).
QString versionText();

} // namespace sd
