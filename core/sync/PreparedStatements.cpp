#include "sync/PreparedStatements.h"

#include "storage/Sql.h"

namespace sd {

PreparedStatements::PreparedStatements(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QSqlQuery*> PreparedStatements::run(const QString& statement, const QVariantList& values)
{
    std::shared_ptr<QSqlQuery>& query = m_prepared[statement];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            const Error error = sql::errorOf(*query);
            m_prepared.remove(statement);
            return fail(error);
        }
    }
    query->finish(); // the previous run's rows (and their read lock) are done with
    sql::bindAll(*query, values);
    if (!query->exec())
        return fail(sql::errorOf(*query));
    return query.get();
}

Result<QVariant> PreparedStatements::scalar(const QString& statement, const QVariantList& values)
{
    auto query = run(statement, values);
    if (!query)
        return fail(query.error());
    QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish();
    return value;
}

} // namespace sd
