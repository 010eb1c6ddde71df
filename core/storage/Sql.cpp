#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sd::sql {

Error refused(const QString& engineMessage)
{
    Error error = Error::storage(
        QCoreApplication::translate("sd::Sql", "The database refused the change: %1").arg(engineMessage));
    static const QLatin1String unique("UNIQUE constraint failed: ");
    const qsizetype at = engineMessage.indexOf(unique);
    if (at >= 0) {
        error.code = Error::Code::Duplicate;
        error.field = engineMessage.mid(at + unique.size()).section(QLatin1Char(' '), 0, 0);
    }
    return error;
}

namespace {

// SQLITE_BUSY (5), with or without extended bits: another connection holds
// the lock. (SQLITE_LOCKED comes from this connection itself; waiting would
// not end it.)
bool isBusy(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && code == 5;
}

Error busy()
{
    return {Error::Code::Busy, {},
            QCoreApplication::translate("sd::Sql", "The database is busy: another program is writing to it (for example a long import). "
                                                   "Nothing was changed; try again in a moment.")};
}

} // namespace

Error errorOf(const QSqlQuery& query)
{
    return isBusy(query.lastError()) ? busy() : refused(query.lastError().text());
}

Error errorOf(const QSqlDatabase& db)
{
    if (isBusy(db.lastError()))
        return busy();
    return Error::storage(
        QCoreApplication::translate("sd::Sql", "The database failed: %1").arg(db.lastError().text()));
}

namespace {

QVariant storable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

void bind(QSqlQuery& query, int position, const QVariant& value)
{
    query.bindValue(position, storable(value));
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(query, i, values.at(i));
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return fail(errorOf(query));
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return fail(errorOf(query));
    bindAll(query, values);
    if (!query.exec())
        return fail(errorOf(query));
    return query;
}

Result<QSqlQuery> runNamed(const QSqlDatabase& db, const QString& statement, std::initializer_list<Binding> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return fail(errorOf(query));
    for (const auto& [name, value] : values)
        query.bindValue(QLatin1Char(':') + QLatin1String(name), storable(value));
    if (!query.exec())
        return fail(errorOf(query));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = run(db, statement, values);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0) : QVariant();
}

} // namespace sd::sql
