#include "exchange/CsvReader.h"

#include "exchange/TicketCsvFormat.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace sd {
namespace {

constexpr qint64 kChunk = 1 << 20;

// Counts well-formed multi-byte UTF-8 sequences and stray bytes, across chunk
// boundaries. Overlong forms, surrogates and code points past U+10FFFF count
// as stray, as in a strict decoder.
class Utf8Census
{
public:
    void add(QByteArrayView bytes)
    {
        for (const char c : bytes)
            step(static_cast<unsigned char>(c));
    }
    void finish()
    {
        if (m_needed > 0)
            m_errors += m_have;
        m_needed = 0;
    }
    qint64 characters() const { return m_characters; }
    qint64 errors() const { return m_errors; }

private:
    void step(unsigned char byte)
    {
        if (m_needed > 0) {
            if ((byte & 0xC0) == 0x80 && byte >= m_low && byte <= m_high) {
                m_low = 0x80;
                m_high = 0xBF;
                ++m_have;
                if (--m_needed == 0)
                    ++m_characters;
                return;
            }
            m_errors += m_have; // a sequence cut short: its bytes were stray
            m_needed = 0;
        }
        start(byte);
    }
    void start(unsigned char byte)
    {
        m_low = 0x80;
        m_high = 0xBF;
        m_have = 1;
        if (byte < 0x80)
            return;
        if (byte >= 0xC2 && byte <= 0xDF)
            m_needed = 1;
        else if (byte >= 0xE0 && byte <= 0xEF) {
            m_needed = 2;
            m_low = byte == 0xE0 ? 0xA0 : 0x80;
            m_high = byte == 0xED ? 0x9F : 0xBF;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_needed = 3;
            m_low = byte == 0xF0 ? 0x90 : 0x80;
            m_high = byte == 0xF4 ? 0x8F : 0xBF;
        } else
            ++m_errors;
    }

    qint64 m_characters = 0;
    qint64 m_errors = 0;
    int m_needed = 0;
    int m_have = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
};

} // namespace

QString CsvScan::likelyEncoding() const
{
    // A byte or two that are not UTF-8 are damage, not evidence of another
    // encoding: an English file with one stray byte stays UTF-8, so that
    // byte's row is refused by line and column instead of read as a Chinese
    // character.
    constexpr qint64 kEvidence = 3;
    if (utf8Bom || utf8Errors < kEvidence)
        return QStringLiteral("utf-8");
    // GB18030 Chinese read as UTF-8 is stray bytes nearly throughout; UTF-8
    // with a damaged byte or two is well-formed nearly throughout.
    return utf8Characters >= 4 * utf8Errors ? QStringLiteral("utf-8") : QStringLiteral("gb18030");
}

CsvReader::CsvReader(QIODevice& device, const QString& encoding)
    : m_device(device)
{
    if (normalEncoding(encoding) == QLatin1String("gb18030"))
        // Stateless: a character cut off at the end of a field is an error, not carried into the next.
        m_decoder = std::make_unique<QStringDecoder>("GB18030", QStringConverter::Flag::Stateless);
}

CsvReader::~CsvReader() = default;

QString CsvReader::normalEncoding(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("utf-8") || lower == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    if (lower == QLatin1String("gb18030") || lower == QLatin1String("gbk") || lower == QLatin1String("gb2312"))
        return QStringLiteral("gb18030");
    return {};
}

Result<CsvScan> CsvReader::scan(const QString& path, bool checkUtf8)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(path, QCoreApplication::translate("sd::CsvReader", "cannot read the file: %1").arg(file.errorString())));
    CsvScan result;
    result.bytes = file.size();
    Utf8Census census;
    QByteArray chunk;
    bool first = true;
    while (!(chunk = file.read(4 * kChunk)).isEmpty()) {
        if (first)
            result.utf8Bom = chunk.startsWith(TicketCsvFormat::utf8Bom());
        first = false;
        result.lines += std::count(chunk.cbegin(), chunk.cend(), '\n');
        if (checkUtf8)
            census.add(chunk);
    }
    census.finish();
    result.utf8Characters = census.characters();
    result.utf8Errors = census.errors();
    result.validUtf8 = census.errors() == 0;
    return result;
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray more = m_device.read(kChunk);
    if (more.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.append(more);
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!m_started) {
        m_started = true;
        fill();
        // A BOM says UTF-8 whatever was asked: spreadsheets write one only then.
        if (m_buffer.startsWith(TicketCsvFormat::utf8Bom())) {
            m_pos = 3;
            m_consumed = 3;
            m_decoder.reset();
        }
    }
    // A record ends at the first line break outside quotes; doubled quotes
    // inside a quoted field keep the count even, so parity tells.
    qsizetype offset = 0;
    qsizetype quotes = 0;
    qsizetype breaks = 0;
    qsizetype end = -1;
    while (end < 0) {
        const char* data = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        for (; offset < available; ++offset) {
            const char c = data[offset];
            if (c == '"') {
                ++quotes;
            } else if (c == '\n') {
                ++breaks;
                if (quotes % 2 == 0) {
                    end = offset;
                    break;
                }
            }
        }
        if (end >= 0)
            break;
        if (!fill()) {
            if (available == 0)
                return false;
            end = available;
        }
    }
    const qsizetype consumed = std::min<qsizetype>(end + 1, m_buffer.size() - m_pos);
    qsizetype length = end;
    if (length > 0 && m_buffer.at(m_pos + length - 1) == '\r')
        --length;
    record.line = m_line;
    record.unterminated = quotes % 2 != 0;
    record.undecodable.clear();
    record.fields = TicketCsvFormat::splitRecord(QByteArrayView(m_buffer.constData() + m_pos, length), m_decoder.get(),
                                                 &record.undecodable);
    m_line += breaks;
    m_pos += consumed;
    m_consumed += consumed;
    return true;
}

} // namespace sd
