#include "exchange/IsoInstant.h"

#include <cstdio>

namespace sd {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2);
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// Reads exactly `count` digits at `pos`.
bool digits(QStringView text, qsizetype& pos, int count, int& value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return true;
}

bool expect(QStringView text, qsizetype& pos, char16_t c)
{
    if (pos >= text.size() || text.at(pos).unicode() != c)
        return false;
    ++pos;
    return true;
}

std::optional<int> parseOffset(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return std::nullopt;
    const char16_t sign = text.at(pos).unicode();
    if (sign == u'Z' || sign == u'z')
        return pos + 1 == text.size() ? std::optional<int>(0) : std::nullopt;
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    ++pos;
    int hours = 0, minutes = 0;
    if (!digits(text, pos, 2, hours))
        return std::nullopt;
    if (pos < text.size()) {
        expect(text, pos, u':');
        if (!digits(text, pos, 2, minutes) || pos != text.size())
            return std::nullopt;
    }
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 3600 + minutes * 60;
    return sign == u'-' ? -offset : offset;
}

} // namespace

std::optional<qint64> IsoInstant::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, pos, 4, year) || !expect(text, pos, u'-') || !digits(text, pos, 2, month)
        || !expect(text, pos, u'-') || !digits(text, pos, 2, day))
        return std::nullopt;
    if (!expect(text, pos, u'T') && !expect(text, pos, u't') && !expect(text, pos, u' '))
        return std::nullopt;
    if (!digits(text, pos, 2, hour) || !expect(text, pos, u':') || !digits(text, pos, 2, minute))
        return std::nullopt;
    if (expect(text, pos, u':')) {
        if (!digits(text, pos, 2, second))
            return std::nullopt;
        if (expect(text, pos, u'.') || expect(text, pos, u','))
            while (pos < text.size() && text.at(pos).isDigit())
                ++pos;
    }
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23
        || minute > 59 || second > 59)
        return std::nullopt;
    const auto offset = parseOffset(text, pos);
    if (!offset)
        return std::nullopt;
    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    return local - *offset;
}

QString IsoInstant::format(qint64 utcSeconds, int offsetSeconds)
{
    const qint64 local = utcSeconds + offsetSeconds;
    qint64 days = local / 86400;
    qint64 rest = local % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    const int offset = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    char text[64];
    std::snprintf(text, sizeof text, "%04lld-%02u-%02uT%02lld:%02lld:%02lld%c%02d:%02d", static_cast<long long>(year),
                  month, day, static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                  static_cast<long long>(rest % 60), offsetSeconds < 0 ? '-' : '+', offset / 3600, offset / 60 % 60);
    return QString::fromLatin1(text);
}

} // namespace sd
