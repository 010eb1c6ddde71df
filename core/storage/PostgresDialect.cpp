#include "storage/PostgresDialect.h"

#include "storage/PostgresAccounts.h"

#include "storage/Sql.h"

#include <QRegularExpression>

namespace sd {

// SQLite's INTEGER holds 64 bits; PostgreSQL's holds 32, too small for money
// in cents and for instants after 2038.
QString PostgresDialect::adaptDdl(const QString& statement) const
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    QString adapted = statement;
    adapted.replace(QLatin1String("%ID%"), autoIdColumn());
    adapted.replace(integer, QStringLiteral("BIGINT"));
    // Text compares by code point, as on SQLite, whatever the server's locale:
    // number ranges ('HQ-' < n < 'HQ.'), code order and sorted names agree.
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    adapted.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return adapted;
}

QStringList PostgresDialect::connectionSetup() const
{
    return {
        QStringLiteral("SET client_min_messages = warning"),
        // Instants are epoch seconds computed by the program; the session zone
        // only matters to people reading the server's logs.
        QStringLiteral("SET TIME ZONE 'UTC'"),
    };
}

void PostgresDialect::setLockWait(const QSqlDatabase& db, int milliseconds) const
{
    // 0 means "wait for ever" to PostgreSQL; the program means "not at all".
    sql::run(db, QStringLiteral("SET lock_timeout = %1").arg(qMax(milliseconds, 1)));
}

QString PostgresDialect::tableExistsSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_name = ?");
}

QString PostgresDialect::tableNamesSql()
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString PostgresDialect::indexDefinitionSql() const
{
    return QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?");
}

// Secondary indexes of the bulk-loaded tables (not those behind primary keys
// and unique constraints, which a load keeps): dropped before and rebuilt after.
QString PostgresDialect::bulkLoadedObjectsSql() const
{
    return QStringLiteral(R"(SELECT 'index', i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = current_schema()
          AND i.tablename IN ('tickets', 'ticket_events', 'customers', 'purchases')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname))");
}

// The server checks its own pages; the program has nothing to add here.
QString PostgresDialect::integrityCheckSql() const
{
    return QStringLiteral("SELECT 'ok'");
}

QString PostgresDialect::highestCustomerCodeSql() const
{
    return QStringLiteral("SELECT COALESCE(MAX(CAST(substring(code from '^C0*([0-9]{1,18})') AS BIGINT)), 0) "
                          "FROM customers WHERE code ~ '^C[0-9]'");
}

QStringList PostgresDialect::searchIndexDdl() const
{
    return {
        // Trusted since PostgreSQL 13: the database's owner may create it.
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        // Agents read out the last digits of a number: "17983" finds HQ-2026-017983.
        QStringLiteral("CREATE INDEX ix_tickets_number_tail ON tickets (right(number, 6))"),
        QStringLiteral("CREATE INDEX ix_tickets_subject_trgm ON tickets USING gin (subject gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX ix_tickets_description_trgm ON tickets USING gin (description gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX ix_customers_name_trgm ON customers USING gin (name gin_trgm_ops)"),
    };
}

// The table comment says the database is Service Desk's (SQLite keeps the
// same mark in its file header).
QStringList PostgresDialect::accountStatements() const
{
    return PostgresAccounts::schemaStatements();
}

Status PostgresDialect::setServerLogin(const QSqlDatabase& db, const QString& login, const QString& password, Role role,
                                       bool active) const
{
    return PostgresAccounts::setLogin(db, login, password, role, active);
}

Status PostgresDialect::changeOwnServerPassword(const QSqlDatabase& db, const QString& login, const QString& current,
                                                const QString& next) const
{
    return PostgresAccounts::changeOwnPassword(db, login, current, next);
}

bool PostgresDialect::verifyServerPassword(const QSqlDatabase& db, const QString& login, const QString& password) const
{
    return PostgresAccounts::canConnect(db, PostgresAccounts::accountName(login, db.databaseName()), password);
}

QString PostgresDialect::connectedLogin(const QSqlDatabase& db) const
{
    return PostgresAccounts::connectedLogin(db);
}

QStringList PostgresDialect::markAsOursStatements() const
{
    return {QStringLiteral("COMMENT ON TABLE schema_migrations IS 'Service Desk'")};
}

// As on SQLite: the newest kSearchCap matching tickets, and the tickets of the
// first kSearchCap matching customers. The GIN trigram indexes answer ILIKE
// for three characters and more; shorter text is left to the caller's scan.
SqlFragment PostgresDialect::ticketTextCondition(const QString& text) const
{
    if (text.trimmed().size() < 3)
        return {};
    const QString pattern = matchExpression(text);
    return {QStringLiteral(R"(t.id IN (
        SELECT id FROM (SELECT id FROM tickets WHERE subject ILIKE ? OR description ILIKE ?
                         ORDER BY id DESC LIMIT ?) AS text_matches
        UNION
        SELECT id FROM tickets WHERE customer_id IN (
            SELECT id FROM customers WHERE name ILIKE ? ORDER BY id LIMIT ?)))"),
            {pattern, pattern, kSearchCap, pattern, kSearchCap}};
}

QString PostgresDialect::matchExpression(const QString& text) const
{
    return sql::containsPattern(text);
}

} // namespace sd
