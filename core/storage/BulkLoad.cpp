#include "storage/BulkLoad.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace sd {

BulkLoad::BulkLoad(Database database)
    : m_database(std::move(database))
{
}

bool BulkLoad::switchToRollbackJournal()
{
    // Another connection makes the switch wait for the whole busy timeout
    // before failing; the answer is wanted at once.
    const QSqlDatabase db = m_database.connection();
    m_database.dialect().setLockWait(db, 0);
    auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
    m_database.dialect().setLockWait(db, SqlDialect::kLockWaitMs);
    if (!mode || mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return false;
    // A larger page cache keeps index building in memory.
    sql::run(m_database.connection(), QStringLiteral("PRAGMA cache_size=-1048576"));
    return true;
}

void BulkLoad::restoreJournal()
{
    for (const QString& statement : m_database.dialect().connectionSetup())
        sql::run(m_database.connection(), statement);
}

Status BulkLoad::begin()
{
    auto query = sql::run(m_database.connection(), QStringLiteral(R"(SELECT type, name, sql FROM sqlite_master
        WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
          AND tbl_name IN ('tickets', 'ticket_events', 'customers', 'purchases'))"));
    if (!query)
        return fail(query.error());
    QList<QPair<QString, QString>> drops;
    while (query->next()) {
        m_dropped.append({query->value(0).toString(), query->value(2).toString()});
        drops.append({query->value(0).toString(), query->value(1).toString()});
    }
    for (const auto& [type, name] : drops) {
        // Names come from the schema itself, not from a user: safe to quote in.
        auto dropped = sql::run(m_database.connection(),
                                QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name));
        if (!dropped)
            return fail(dropped.error());
    }
    return {};
}

Status BulkLoad::finish()
{
    for (const auto& [type, statement] : m_dropped) {
        Q_UNUSED(type)
        if (auto created = sql::run(m_database.connection(), statement); !created)
            return fail(created.error());
    }
    m_dropped.clear();
    for (const QString& statement : m_database.dialect().searchIndexRebuild())
        if (auto rebuilt = sql::run(m_database.connection(), statement); !rebuilt)
            return fail(rebuilt.error());
    return {};
}

} // namespace sd
