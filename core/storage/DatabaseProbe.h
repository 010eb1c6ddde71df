#pragma once

#include "common/Error.h"

#include <QString>

namespace sd {

class SqlDialect;

// Looks at an existing file before anything writes to it: is it a Service Desk
// database, which schema version does it hold, can this process write it? The
// look goes through a read-only SQLite connection so that nothing in the file
// (nor its -wal/-shm) is created, changed or opened outside SQLite.
struct DatabaseProbe
{
    enum class Kind {
        Missing,     // no file at the path
        Empty,       // an SQLite file without any table: may be initialised
        ServiceDesk, // ours, of any schema version
    };

    Kind kind = Kind::Missing;
    qint64 schemaVersion = 0;
    bool readOnly = false;

    // Refuses, with a message naming the file, anything that is not one of the
    // kinds above: a file that is not SQLite, or another program's database.
    static Result<DatabaseProbe> inspect(const QString& path);
    // The connect options and database name Qt needs to open the file read-only.
    static QString readOnlyOptions();
    static QString readOnlyName(const QString& path);
};

// Written into the SQLite header of every database this program creates
// (PRAGMA application_id), so a file is recognised before it is touched.
constexpr qint32 kServiceDeskApplicationId = 0x5344534B; // "SDSK"

} // namespace sd
