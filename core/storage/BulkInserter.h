#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QVariantList>

#include <memory>

namespace sd {

// One INSERT prepared once and run for many rows (demo data, imports). Qt's
// per-value binding costs more than SQLite's own insert, so where Qt's SQLite
// driver uses the same SQLite library as this program (Linux distributions;
// see SD_DIRECT_SQLITE in core/CMakeLists.txt), rows are bound through
// SQLite's C API on the driver's own connection; otherwise through QSqlQuery.
class BulkInserter
{
public:
    // Bulk: the rows of a load (demo data, an import). On PostgreSQL they go
    // through COPY in batches, so a row's error may show at a later statement
    // of the same transaction (at the latest its COMMIT). Single: each row is
    // written when inserted (a desk's own changes).
    enum class Mode { Single, Bulk };
    static Result<std::unique_ptr<BulkInserter>> prepare(const Database& database, const QString& statement,
                                                         Mode mode = Mode::Single);
    virtual ~BulkInserter() = default;

    // Null QStrings are written as '', invalid QVariants as NULL (as sql::bind does).
    virtual Status insert(const QVariantList& values) = 0;
    // False when the last insert added no row (ON CONFLICT ... DO NOTHING).
    virtual bool inserted() const = 0;
    virtual qint64 lastInsertId() const = 0;
    // Forgets ids taken ahead for later rows (PostgreSQL's COPY takes them
    // in blocks): the next row's id is then above every row written so far.
    virtual void dropReservedIds() {}
};

} // namespace sd
