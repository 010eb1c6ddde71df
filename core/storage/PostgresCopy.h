#pragma once

// Only for core's own sources built with SD_HAVE_LIBPQ (see core/CMakeLists.txt):
// bulk loads on PostgreSQL through COPY on Qt's own libpq connection.
#ifdef SD_HAVE_LIBPQ

#include "storage/BulkInserter.h"

#include <QSqlDatabase>

namespace sd {

// Rows of a bulk load are kept in COPY's text format and sent in one COPY
// per table and batch, instead of one statement (and its round trip) per row.
// New rows get their ids from the table's identity sequence in blocks, so
// lastInsertId() answers at once and later rows can refer to them.
// Pending rows of every table are sent, in the order the tables first got a
// row, before any other statement on the connection (sql::run calls
// flushPendingCopies) and before the transaction commits, so statements and
// foreign keys see them; an error of a batch is the error of that statement.
class PostgresCopy
{
public:
    // A COPY inserter for "INSERT INTO t (columns) VALUES (?, ...)" on a
    // PostgreSQL connection; null for other statements or connections.
    // Null (no error) when the statement or the connection is not one for COPY.
    static Result<std::unique_ptr<BulkInserter>> forStatement(const QSqlDatabase& db, const QString& statement);
};

// Sends the rows waiting on this connection; the first failure, if any.
Status flushPendingCopies(const QSqlDatabase& db);
// Forgets the rows waiting on this connection (its transaction is being rolled back).
void discardPendingCopies(const QSqlDatabase& db);

} // namespace sd

#endif
