#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// A small PNG (at most 160 × 120, the picture's orientation applied) of an
// image file, or nothing when the content is not an image Qt can read. Made
// once when a file is attached, so lists never decode the whole picture.
class Thumbnail
{
public:
    static constexpr int kWidth = 160;
    static constexpr int kHeight = 120;
    static QByteArray pngOf(const QByteArray& content);
};

} // namespace sd
