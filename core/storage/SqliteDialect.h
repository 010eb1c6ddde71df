#pragma once

#include "storage/SqlDialect.h"

namespace sd {

// SQLite: WAL, BEGIN IMMEDIATE, FTS5 with the trigram tokenizer (works for
// Chinese, where there are no spaces between words).
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QStringList connectionSetup() const override;
    void setLockWait(const QSqlDatabase& db, int milliseconds) const override;
    QStringList searchIndexDdl() const override;
    QStringList searchIndexRebuild() const override;
    // A PRAGMA takes no bound values; the number is kServiceDeskApplicationId.
    QStringList markAsOursStatements() const override { return {QStringLiteral("PRAGMA application_id = 1396986699")}; }
    SqlFragment ticketTextCondition(const QString& text) const override;
    QString matchExpression(const QString& text) const override;
    static QString likePattern(const QString& text);
    QString numberTailExpression() const override { return QStringLiteral("substr(t.number, -6)"); }
};

} // namespace sd
