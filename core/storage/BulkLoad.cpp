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
