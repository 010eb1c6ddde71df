#include "exchange/CsvReader.h"

#include "exchange/TicketCsvFormat.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace sd {
namespace {

constexpr qint64 kChunk = 1 << 20;

} // namespace

CsvReader::CsvReader(QIODevice& device, const QString& encoding)
    : m_device(device)
{
    if (normalEncoding(encoding) == QLatin1String("gb18030"))
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
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
    QStringDecoder utf8(QStringConverter::Utf8);
    QByteArray chunk;
    while (!(chunk = file.read(4 * kChunk)).isEmpty()) {
        result.lines += std::count(chunk.cbegin(), chunk.cend(), '\n');
        if (checkUtf8 && result.validUtf8) {
            const QString decoded = utf8.decode(chunk);
            result.validUtf8 = !utf8.hasError();
        }
    }
    // A character cut off by the end of the file is not valid either.
    if (checkUtf8 && result.validUtf8) {
        const QString rest = utf8.decode(QByteArrayView());
        result.validUtf8 = !utf8.hasError() && rest.isEmpty();
    }
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
    record.fields = TicketCsvFormat::splitRecord(QByteArrayView(m_buffer.constData() + m_pos, length), m_decoder.get());
    m_line += breaks;
    m_pos += consumed;
    m_consumed += consumed;
    return true;
}

} // namespace sd
