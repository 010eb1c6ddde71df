#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace sd {

// The ticket exchange file: one header row naming the columns (any order on
// import), then one RFC 4180 record per ticket. Fields holding a comma, a quote
// or a line break are quoted, quotes inside doubled; records end with CRLF.
class TicketCsvFormat
{
public:
    enum Column {
        Number, Customer, Tier, Channel, Category, Priority, Subject, Assignee, Team,
        CreatedAt, FirstResponseAt, ResolvedAt, ClosedAt, ReopenCount, AgentReplies, Csat,
        ColumnCount
    };

    // Column names in the order export writes them.
    static const QStringList& columnNames();
    static QString columnName(Column column);
    static std::optional<Column> columnFromName(QStringView name);
    // A file without these columns in its header cannot be imported at all.
    static bool isRequired(Column column);
    // The column rejects files add; ignored when such a file is imported again.
    static QString reasonColumn() { return QStringLiteral("reason"); }

    // One record, quoted as needed, with its CRLF, in UTF-8.
    static QByteArray formatRecord(const QStringList& fields);
    // Splits one record's bytes (without its line end) into fields. Separators
    // and quotes are ASCII bytes that never occur inside a UTF-8 or GB18030
    // multi-byte character, so splitting before decoding is safe.
    // `undecodable` receives the indexes of fields holding bytes that are not
    // text in the file's encoding.
    static QStringList splitRecord(QByteArrayView record, QStringDecoder* decoder, QList<int>* undecodable = nullptr);

    static QByteArray utf8Bom() { return QByteArray("\xEF\xBB\xBF", 3); }
};

} // namespace sd
