#pragma once

// Only for core's own sources built with SD_DIRECT_SQLITE (see
// core/CMakeLists.txt): Qt's SQLite driver then uses this program's SQLite
// library, and its connection can be driven through SQLite's C API.
#ifdef SD_DIRECT_SQLITE

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sd {

// The driver's own sqlite3 connection, or null when the driver is not SQLite.
inline sqlite3* nativeSqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace sd

#endif
