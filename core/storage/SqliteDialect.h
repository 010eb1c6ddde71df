#pragma once

#include "storage/SqlDialect.h"

namespace sd {

// SQLite: WAL, BEGIN IMMEDIATE, FTS5 with the trigram tokenizer (works for
// Chinese, where there are no spaces between words).
class SqliteDialect final : public SqlDialect
{
public:
    QStringList notificationRiskUpgrade() const override;
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList beginWriteStatements() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString adaptDdl(const QString& statement) const override
    {
        return QString(statement).replace(QLatin1String("%ID%"), autoIdColumn());
    }
    QString likeOperator() const override { return QStringLiteral("LIKE"); }
    QString greatestFunction() const override { return QStringLiteral("MAX"); }
    QString nullsAsSqlite(bool) const override { return {}; }
    QString leadingInteger(const QString& expression) const override
    {
        return QStringLiteral("CAST(%1 AS INTEGER)").arg(expression);
    }
    // A unary + makes the key an expression.
    QString unindexedKey(const QString& expression) const override { return QLatin1Char('+') + expression; }
    QStringList connectionSetup() const override;
    void setLockWait(const QSqlDatabase& db, int milliseconds) const override;
    bool beginSoleLoad(const QSqlDatabase& db) const override;
    QString changeCounterSql() const override { return QStringLiteral("PRAGMA data_version"); }
    QString tableExistsSql() const override
    {
        return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    }
    QString indexDefinitionSql() const override
    {
        return QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    }
    QString bulkLoadedObjectsSql() const override;
    QStringList syncCaptureStatements(const QString& entity, const QString& table, const QStringList& columns) const override;
    // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
    QString copyToFileSql() const override { return QStringLiteral("VACUUM INTO ?"); }
    QString integrityCheckSql() const override { return QStringLiteral("PRAGMA integrity_check"); }
    QString engineVersionSql() const override { return QStringLiteral("SELECT 'SQLite ' || sqlite_version()"); }
    QString highestCustomerCodeSql() const override
    {
        return QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTR(code, 2) AS INTEGER)), 0) FROM customers WHERE code GLOB 'C[0-9]*'");
    }
    // What a file-level probe reads before the database is opened as ours.
    static QString applicationIdSql() { return QStringLiteral("PRAGMA application_id"); }
    static QString tableNamesSql() { return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"); }
    QStringList searchIndexDdl() const override;
    QStringList searchIndexRebuild() const override;
    QStringList articleSearchDdl() const override;
    SqlFragment articleTermCondition(const QString& term) const override;
    // A PRAGMA takes no bound values; the number is kServiceDeskApplicationId.
    QStringList markAsOursStatements() const override { return {QStringLiteral("PRAGMA application_id = 1396986699")}; }
    SqlFragment ticketTextCondition(const QString& text) const override;
    QString matchExpression(const QString& text) const override;
    QString numberTailExpression() const override { return QStringLiteral("substr(t.number, -6)"); }
};

} // namespace sd
