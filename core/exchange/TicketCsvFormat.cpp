#include "exchange/TicketCsvFormat.h"

namespace sd {
namespace {

// Decodes one field; `bad` is set when bytes did not decode (they would
// otherwise turn silently into U+FFFD).
// Only a field whose text shows U+FFFD can have had a bad byte; it is checked
// afresh, since a shared decoder's error flag can stay set once tripped (ICU
// keeps the count across resets).
QString decode(QByteArrayView bytes, QStringDecoder* decoder, bool& bad)
{
    if (decoder)
        decoder->resetState();
    QString text = decoder ? decoder->decode(bytes) : QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        QStringDecoder strict(decoder ? decoder->name() : "UTF-8", QStringConverter::Flag::Stateless);
        const QString checked = strict.decode(bytes);
        bad = strict.hasError();
    }
    return text;
}

bool needsQuotes(const QString& field)
{
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    return false;
}

} // namespace

const QStringList& TicketCsvFormat::columnNames()
{
    static const QStringList names{
        QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("tier"), QStringLiteral("channel"),
        QStringLiteral("category"), QStringLiteral("priority"), QStringLiteral("subject"), QStringLiteral("assignee"),
        QStringLiteral("team"), QStringLiteral("created_at"), QStringLiteral("first_response_at"),
        QStringLiteral("resolved_at"), QStringLiteral("closed_at"), QStringLiteral("reopen_count"),
        QStringLiteral("agent_replies"), QStringLiteral("csat")};
    return names;
}

QString TicketCsvFormat::columnName(Column column)
{
    return columnNames().at(column);
}

std::optional<TicketCsvFormat::Column> TicketCsvFormat::columnFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    const QStringList& names = columnNames();
    for (int i = 0; i < names.size(); ++i)
        if (trimmed.compare(names.at(i), Qt::CaseInsensitive) == 0)
            return Column(i);
    return std::nullopt;
}

// What a ticket cannot be built without; the rest have sensible defaults.
bool TicketCsvFormat::isRequired(Column column)
{
    switch (column) {
    case Number:
    case Channel:
    case Category:
    case Priority:
    case Subject:
    case CreatedAt: return true;
    default: return false;
    }
}

QByteArray TicketCsvFormat::formatRecord(const QStringList& fields)
{
    QByteArray line;
    line.reserve(256);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        const QString& field = fields.at(i);
        if (!needsQuotes(field)) {
            line.append(field.toUtf8());
            continue;
        }
        line.append('"');
        line.append(QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8());
        line.append('"');
    }
    line.append("\r\n");
    return line;
}

QStringList TicketCsvFormat::splitRecord(QByteArrayView record, QStringDecoder* decoder, QList<int>* undecodable)
{
    QStringList fields;
    bool bad = false;
    const auto note = [&] {
        if (bad && undecodable)
            undecodable->append(int(fields.size() - 1));
        bad = false;
    };
    QByteArray quoted;
    qsizetype i = 0;
    const qsizetype size = record.size();
    while (true) {
        if (i < size && record.at(i) == '"') {
            // Quoted: up to the quote not followed by another; anything after it
            // up to the comma is kept as typed (lenient towards hand-edited files).
            quoted.clear();
            ++i;
            while (i < size) {
                if (record.at(i) == '"') {
                    if (i + 1 < size && record.at(i + 1) == '"') {
                        quoted.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                quoted.append(record.at(i++));
            }
            while (i < size && record.at(i) != ',')
                quoted.append(record.at(i++));
            fields.append(decode(quoted, decoder, bad));
            note();
        } else {
            const qsizetype start = i;
            while (i < size && record.at(i) != ',')
                ++i;
            fields.append(decode(record.sliced(start, i - start), decoder, bad));
            note();
        }
        if (i >= size)
            break;
        ++i; // the comma
    }
    return fields;
}

} // namespace sd
