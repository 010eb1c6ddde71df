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
    return m_database.dialect().beginSoleLoad(m_database.connection());
}

void BulkLoad::restoreJournal()
{
    for (const QString& statement : m_database.dialect().connectionSetup())
        sql::run(m_database.connection(), statement);
}

Status BulkLoad::begin()
{
    auto query = sql::run(m_database.connection(), m_database.dialect().bulkLoadedObjectsSql());
    if (!query)
        return fail(query.error());
    QStringList drops;
    while (query->next()) {
        drops.append(query->value(0).toString());
        m_dropped.append(query->value(1).toString());
    }
    for (const QString& drop : drops)
        if (auto dropped = sql::run(m_database.connection(), drop); !dropped)
            return fail(dropped.error());
    return {};
}

Status BulkLoad::finish()
{
    for (const QString& statement : m_dropped)
        if (auto created = sql::run(m_database.connection(), statement); !created)
            return fail(created.error());
    m_dropped.clear();
    for (const QString& statement : m_database.dialect().searchIndexRebuild())
        if (auto rebuilt = sql::run(m_database.connection(), statement); !rebuilt)
            return fail(rebuilt.error());
    return {};
}

} // namespace sd
