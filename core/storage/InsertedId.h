#pragma once

#include <QSqlQuery>
#include <QString>

namespace sd {

// The id the table's own sequence gave the row an INSERT just wrote (0 when
// none). Qt's PostgreSQL driver answers QSqlQuery::lastInsertId() with
// lastval(), the latest value of any sequence in the session, which a
// trigger writing to another table (sync capture) has moved since; the
// table's sequence (currval) is asked instead. SQLite's own answer already
// ignores rows written by triggers.
qint64 insertedId(const QSqlQuery& insert, const QString& table);
// The same, the table read from the statement ("INSERT INTO table ...").
qint64 insertedId(const QSqlQuery& insert);

} // namespace sd
