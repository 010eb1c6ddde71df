#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QStringList>

namespace sd {

// Loading hundreds of thousands of rows is several times faster when the
// secondary indexes, search index triggers and search index are built once at
// the end instead of row by row. Inside the caller's write transaction,
// begin() drops them (remembering their definitions from the schema) and
// finish() recreates them and rebuilds the search index. If the transaction
// rolls back, the drops roll back with it.
class BulkLoad
{
public:
    explicit BulkLoad(Database database);
    // Outside the transaction: a WAL file would receive every new page once
    // and then copy it into the database again; a rollback journal only keeps
    // the old content of changed pages, which for new rows is almost nothing.
    // Both are fully transactional. False (staying in WAL) when another
    // connection has the file open: someone else is working on it.
    bool switchToRollbackJournal();
    void restoreJournal();
    Status begin();
    Status finish();

private:
    Database m_database;
    QStringList m_dropped; // their CREATE statements
};

} // namespace sd
