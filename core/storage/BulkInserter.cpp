#include "storage/BulkInserter.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include "storage/PostgresCopy.h"
#include "storage/SqliteHandle.h"

namespace sd {
namespace {

class QtBulkInserter final : public BulkInserter
{
public:
    QtBulkInserter(QSqlDatabase db, QSqlQuery query)
        : m_db(std::move(db))
        , m_query(std::move(query))
    {
    }
    Status insert(const QVariantList& values) override
    {
        if (auto sent = sql::sendWaitingRows(m_db); !sent)
            return sent;
        sql::bindAll(m_query, values);
        return sql::exec(m_query);
    }
    bool inserted() const override { return m_query.numRowsAffected() > 0; }
    qint64 lastInsertId() const override { return insertedId(m_query); }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
};

#ifdef SD_DIRECT_SQLITE
class SqliteBulkInserter final : public BulkInserter
{
public:
    SqliteBulkInserter(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    ~SqliteBulkInserter() override { sqlite3_finalize(m_statement); }

    Status insert(const QVariantList& values) override
    {
        for (int i = 0; i < values.size(); ++i)
            bind(i + 1, values.at(i));
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return fail(sql::refused(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }
    bool inserted() const override { return sqlite3_changes(m_db) > 0; }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }

private:
    void bind(int position, const QVariant& value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType: sqlite3_bind_null(m_statement, position); break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool: sqlite3_bind_int64(m_statement, position, value.toLongLong()); break;
        case QMetaType::Double: sqlite3_bind_double(m_statement, position, value.toDouble()); break;
        default: {
            // UTF-8 is SQLite's storage encoding: no conversion inside SQLite.
            QString string = value.toString();
            if (string.contains(QChar(0)))
                string.remove(QChar(0)); // as on every engine (see sql::bind)
            const QByteArray text = string.toUtf8();
            sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

#endif

} // namespace

Result<std::unique_ptr<BulkInserter>> BulkInserter::prepare(const Database& database, const QString& statement, Mode mode)
{
    QSqlDatabase db = database.connection();
#ifdef SD_HAVE_LIBPQ
    if (mode == Mode::Bulk) {
        auto copy = PostgresCopy::forStatement(db, statement);
        if (!copy)
            return fail(copy.error());
        if (*copy)
            return std::move(*copy);
    }
#else
    Q_UNUSED(mode)
#endif
#ifdef SD_DIRECT_SQLITE
    if (sqlite3* handle = nativeSqliteHandle(db)) {
        sqlite3_stmt* prepared = nullptr;
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &prepared, nullptr) != SQLITE_OK)
            return fail(Error::storage(QString::fromUtf8(sqlite3_errmsg(handle))));
        return std::unique_ptr<BulkInserter>(new SqliteBulkInserter(handle, prepared));
    }
#endif
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return fail(sql::errorOf(query));
    return std::unique_ptr<BulkInserter>(new QtBulkInserter(db, std::move(query)));
}

} // namespace sd
