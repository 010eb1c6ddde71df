#ifdef SD_HAVE_LIBPQ

#include "storage/PostgresCopy.h"

#include "storage/Sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace sd {
namespace {

constexpr int kRowsPerBatch = 20000;
constexpr int kIdsPerBlock = 5000;

PGconn* nativePostgresHandle(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type by libpq's struct tag.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

// COPY's text format: tab between fields, \N for NULL, and the four
// characters that would end a field or a row escaped.
void appendField(QByteArray& row, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        if (value.typeId() == QMetaType::QString)
            return; // a null QString is stored as '' (as sql::bind does)
        row.append("\\N");
        return;
    }
    QByteArray text = value.typeId() == QMetaType::Bool ? QByteArray(value.toBool() ? "1" : "0") : value.toString().toUtf8();
    text.replace('\0', QByteArray());
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\': row.append("\\\\"); break;
        case '\t': row.append("\\t"); break;
        case '\n': row.append("\\n"); break;
        case '\r': row.append("\\r"); break;
        default: row.append(c);
        }
    }
}

class CopyInserter;

// The inserters with rows waiting, per connection.
QHash<QString, QList<CopyInserter*>>& waiting()
{
    thread_local QHash<QString, QList<CopyInserter*>> lists;
    return lists;
}

// A batch that failed when its inserter went away: the connection's next
// statement reports it instead of a bare "transaction is aborted".
QHash<QString, Error>& deferredErrors()
{
    thread_local QHash<QString, Error> errors;
    return errors;
}

// Inserters are made parent table first (customers before purchases, tickets
// before their events), so sending in that order satisfies foreign keys.
quint64 nextSerial()
{
    thread_local quint64 serial = 0;
    return ++serial;
}

class CopyInserter final : public BulkInserter
{
public:
    CopyInserter(QSqlDatabase db, QString table, QStringList columns, QString sequence)
        : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_sequence(std::move(sequence))
    {
    }
    ~CopyInserter() override
    {
        // Whatever is left goes now: a failure makes the next statement (at
        // the latest the COMMIT) fail with it, so nothing is lost in silence.
        if (auto sent = flushPendingCopies(m_db); !sent) {
            discardPendingCopies(m_db);
            deferredErrors().insert(m_db.connectionName(), sent.error());
        }
        auto found = waiting().find(m_db.connectionName());
        if (found != waiting().end()) {
            found->removeAll(this);
            if (found->isEmpty())
                waiting().erase(found);
        }
    }
    void discard()
    {
        m_buffer.clear();
        m_rows = 0;
    }
    void dropReservedIds() override { m_ids.clear(); }
    quint64 serial() const { return m_serial; }

    Status insert(const QVariantList& values) override
    {
        QByteArray row;
        if (!m_sequence.isEmpty()) {
            auto id = nextId();
            if (!id)
                return fail(id.error());
            m_lastId = *id;
            row.append(QByteArray::number(m_lastId));
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0 || !m_sequence.isEmpty())
                row.append('\t');
            appendField(row, values.at(i));
        }
        row.append('\n');
        if (m_rows == 0)
            waiting()[m_db.connectionName()].append(this);
        m_buffer.append(row);
        if (++m_rows >= kRowsPerBatch)
            return flushPendingCopies(m_db);
        return {};
    }
    bool inserted() const override { return true; }
    qint64 lastInsertId() const override { return m_lastId; }

    Status send()
    {
        if (m_rows == 0)
            return {};
        PGconn* conn = nativePostgresHandle(m_db);
        const QStringList all = (m_sequence.isEmpty() ? QStringList() : QStringList{QStringLiteral("id")}) + m_columns;
        const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, all.join(QStringLiteral(", "))).toUtf8();
        const QByteArray data = std::exchange(m_buffer, QByteArray());
        m_rows = 0;
        PGresult* started = PQexec(conn, copy.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return fail(sql::refused(QString::fromUtf8(PQerrorMessage(conn))));
        // In pieces of at most 1 MiB; a piece that cannot be sent ends the COPY
        // as failed, so the connection never stays in the middle of one.
        constexpr qsizetype kPiece = 1 << 20;
        bool sent = true;
        for (qsizetype at = 0; sent && at < data.size(); at += kPiece)
            sent = PQputCopyData(conn, data.constData() + at, int(std::min(kPiece, data.size() - at))) == 1;
        QString problem = sent ? QString() : QString::fromUtf8(PQerrorMessage(conn));
        if (PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1 && problem.isEmpty())
            problem = QString::fromUtf8(PQerrorMessage(conn));
        while (PGresult* result = PQgetResult(conn)) {
            const ExecStatusType status = PQresultStatus(result);
            if (status != PGRES_COMMAND_OK && problem.isEmpty())
                problem = QString::fromUtf8(PQresultErrorMessage(result));
            PQclear(result);
            if (status == PGRES_COPY_IN)
                break; // the end could not be sent; the error above says why
        }
        if (!problem.isEmpty())
            return fail(sql::refused(problem));
        return {};
    }

private:
    // Ids come from the table's own sequence, a block at a time: desks and
    // later identity inserts never collide with them.
    Result<qint64> nextId()
    {
        if (m_ids.isEmpty()) {
            auto block = sql::run(m_db, QStringLiteral("SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, %1)").arg(kIdsPerBlock),
                                  {m_sequence});
            if (!block)
                return fail(block.error());
            while (block->next())
                m_ids.append(block->value(0).toLongLong());
        }
        return m_ids.takeFirst();
    }

    quint64 m_serial = nextSerial();
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_sequence;
    QByteArray m_buffer;
    int m_rows = 0;
    QList<qint64> m_ids;
    qint64 m_lastId = 0;
};

} // namespace

Status flushPendingCopies(const QSqlDatabase& db)
{
    // Every statement passes here: nothing to do unless a load is under way.
    if (waiting().isEmpty() && deferredErrors().isEmpty())
        return {};
    if (deferredErrors().contains(db.connectionName()))
        return fail(deferredErrors().take(db.connectionName()));
    auto found = waiting().find(db.connectionName());
    if (found == waiting().end())
        return {};
    QList<CopyInserter*> inserters = std::exchange(found.value(), {});
    waiting().remove(db.connectionName());
    std::sort(inserters.begin(), inserters.end(), [](const CopyInserter* a, const CopyInserter* b) { return a->serial() < b->serial(); });
    Status first;
    for (CopyInserter* inserter : inserters) {
        auto sent = inserter->send();
        if (!sent && first)
            first = sent;
    }
    return first;
}

void discardPendingCopies(const QSqlDatabase& db)
{
    deferredErrors().remove(db.connectionName());
    const QList<CopyInserter*> inserters = waiting().take(db.connectionName());
    for (CopyInserter* inserter : inserters)
        inserter->discard();
}

Result<std::unique_ptr<BulkInserter>> PostgresCopy::forStatement(const QSqlDatabase& db, const QString& statement)
{
    if (!nativePostgresHandle(db))
        return std::unique_ptr<BulkInserter>();
    static const QRegularExpression plainInsert(QStringLiteral("^\\s*INSERT INTO (\\w+) \\(([\\w,\\s]+)\\)\\s*VALUES\\s*\\(([?,\\s]+)\\)\\s*$"));
    const auto match = plainInsert.match(statement);
    if (!match.hasMatch())
        return std::unique_ptr<BulkInserter>();
    const QString table = match.captured(1);
    QStringList columns;
    for (const QString& column : match.captured(2).split(QLatin1Char(',')))
        columns.append(column.trimmed());
    if (match.captured(3).count(QLatin1Char('?')) != columns.size())
        return std::unique_ptr<BulkInserter>();
    // A table without an id column has no sequence (asked so that nothing fails).
    auto sequence = sql::scalar(db, QStringLiteral("SELECT pg_get_serial_sequence(table_name, column_name) "
                                                   "FROM information_schema.columns WHERE table_schema = current_schema() "
                                                   "AND table_name = ? AND column_name = 'id'"),
                                {table});
    if (!sequence)
        return fail(sequence.error());
    return std::unique_ptr<BulkInserter>(
        std::make_unique<CopyInserter>(db, table, columns, sequence->isNull() ? QString() : sequence->toString()));
}

} // namespace sd

#endif
