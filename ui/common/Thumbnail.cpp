#include "common/Thumbnail.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace sd {

QByteArray Thumbnail::pngOf(const QByteArray& content)
{
    QByteArray data = content;
    QBuffer source(&data);
    source.open(QIODevice::ReadOnly);
    QImageReader reader(&source);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!reader.canRead() || !full.isValid())
        return {};
    // Decoding at the small size is much cheaper for a camera's photo (JPEG scales while decoding).
    const QSize fitted = full.scaled(QSize(kWidth, kHeight), Qt::KeepAspectRatio);
    if (full.width() > fitted.width())
        reader.setScaledSize(fitted);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    return png;
}

} // namespace sd
