#pragma once

#include "common/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace sd {

// Statements prepared once and run many times with new values: applying a
// file runs the same few statements for every row and event it carries.
class PreparedStatements
{
public:
    explicit PreparedStatements(QSqlDatabase db);

    // The query, executed, positioned before its first row.
    Result<QSqlQuery*> run(const QString& statement, const QVariantList& values);
    // First column of the first row; an invalid QVariant when there is none.
    Result<QVariant> scalar(const QString& statement, const QVariantList& values);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace sd
