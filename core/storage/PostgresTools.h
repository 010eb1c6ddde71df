#pragma once

#include "common/Error.h"
#include "storage/DatabaseAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// PostgreSQL's client programs (pg_dump, pg_restore) as backups and restores
// run them: on the PATH, or where Debian keeps the newest server's.
QString findTool(const QString& name);

// Runs one to the end, never letting it ask for a password on a terminal (the
// password goes through the environment, never the command line); its own
// message when it fails.
Status runTool(const QString& name, const QStringList& arguments, const QString& password, QByteArray* output = nullptr);

// A libpq keyword/value string for --dbname: each value quoted, so any name
// or option passes as it is.
QString conninfoOf(const DatabaseAddress& address);

} // namespace sd
