#include "demo/DemoPicture.h"

#include <QtEndian>

#include <array>

namespace sd {
namespace {

quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

struct Rgb
{
    quint8 r, g, b;
};

// The colour of one pixel: background, the appliance's body, its door, the fault mark.
Rgb pixel(int x, int y, int width, int height, quint32 seed)
{
    const int left = width / 4, right = width * 3 / 4, top = height / 6, bottom = height * 5 / 6;
    const int markX = left + int(seed % quint32(right - left)), markY = top + int((seed >> 8) % quint32(bottom - top));
    const int dx = x - markX, dy = y - markY;
    if (dx * dx + dy * dy <= 16)
        return {210, 40, 40};
    if (x >= left && x < right && y >= top && y < bottom) {
        const bool door = x >= left + 4 && x < right - 4 && y >= top + (bottom - top) / 3 && y < bottom - 4;
        return door ? Rgb{150, 160, 170} : Rgb{225, 228, 232};
    }
    const quint8 shade = quint8(60 + (seed >> 16) % 120);
    return {quint8(shade / 2 + y), shade, quint8(200 - y)};
}

} // namespace

QByteArray DemoPicture::png(int width, int height, quint32 seed)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray::fromHex("0802000000"); // 8 bits, RGB, deflate, no filter method, no interlace
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < width; ++x) {
            const Rgb c = pixel(x, y, width, height, seed);
            raw.append(char(c.r)).append(char(c.g)).append(char(c.b));
        }
    }
    // qCompress gives a zlib stream after a four-byte length of its own.
    const QByteArray deflated = qCompress(raw, 9).mid(4);
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header) + chunk("IDAT", deflated) + chunk("IEND", {});
}

} // namespace sd
