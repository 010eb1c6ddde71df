#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <utility>

namespace sd::sql {

using Binding = std::pair<const char*, QVariant>;

// Prepares and runs one statement with positional (?) values. Values are always
// bound, never pasted into the text.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
// Same with :named values.
Result<QSqlQuery> runNamed(const QSqlDatabase& db, const QString& statement, std::initializer_list<Binding> values);
// Runs an already prepared statement (reused in bulk loops).
Status exec(QSqlQuery& query);
// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Binds a value at a position. A null QString binds as '' (Qt would bind NULL);
// an absent value is written as QVariant(), which binds NULL.
void bind(QSqlQuery& query, int position, const QVariant& value);
void bindAll(QSqlQuery& query, const QVariantList& values);

Error errorOf(const QSqlQuery& query);
// The error for a refused statement given the engine's message: a broken
// uniqueness rule is Code::Duplicate with the column ("tickets.number") as field.
Error refused(const QString& engineMessage);
// Rows a bulk load keeps back for PostgreSQL's COPY are sent first, so the
// next statement sees them (run() and runNamed() do this themselves).
Status sendWaitingRows(const QSqlDatabase& db);
// Forgets them instead (the transaction is being rolled back).
void discardWaitingRows(const QSqlDatabase& db);
// Text for LIKE ... ESCAPE '\' with the user's % and _ searched for, not wildcards.
QString likeEscaped(const QString& text);
// "%text%" for LIKE ... ESCAPE '\': contains the trimmed text, taken literally.
QString containsPattern(const QString& text);
Error errorOf(const QSqlDatabase& db);

// NULL for an absent optional value, the value otherwise.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// An absent value for NULL, the number otherwise.
inline std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace sd::sql
