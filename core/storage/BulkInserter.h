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
    static Result<std::unique_ptr<BulkInserter>> prepare(const Database& database, const QString& statement);
    virtual ~BulkInserter() = default;

    // Null QStrings are written as '', invalid QVariants as NULL (as sql::bind does).
    virtual Status insert(const QVariantList& values) = 0;
    // False when the last insert added no row (ON CONFLICT ... DO NOTHING).
    virtual bool inserted() const = 0;
    virtual qint64 lastInsertId() const = 0;
};

} // namespace sd
