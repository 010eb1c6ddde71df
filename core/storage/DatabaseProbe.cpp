#include "storage/DatabaseProbe.h"

#include "storage/Sql.h"
#include "storage/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QUrl>

#include <atomic>

namespace sd {
namespace {


QString probeConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sd-probe-%1").arg(++counter);
}

bool folderIsWritable(const QString& path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

struct Contents
{
    qint64 applicationId = 0;
    QStringList tables;
    qint64 schemaVersion = 0;
};

Result<Contents> readContents(const QSqlDatabase& db)
{
    Contents contents;
    auto id = sql::scalar(db, SqliteDialect::applicationIdSql());
    if (!id)
        return fail(id.error());
    contents.applicationId = id->toLongLong();
    auto tables = sql::run(db, SqliteDialect::tableNamesSql());
    if (!tables)
        return fail(tables.error());
    while (tables->next())
        contents.tables.append(tables->value(0).toString());
    if (contents.tables.contains(QStringLiteral("schema_migrations"))) {
        // Read as a 64-bit number: a damaged or foreign value must not wrap around.
        auto version = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!version)
            return fail(version.error());
        contents.schemaVersion = version->toLongLong();
    }
    return contents;
}

Result<Contents> readWithConnection(const QString& path, bool readOnlyFolder)
{
    const QString name = probeConnectionName();
    Result<Contents> contents = fail(Error::storage({}));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(DatabaseProbe::readOnlyOptions());
        db.setDatabaseName(readOnlyFolder ? DatabaseProbe::readOnlyName(path)
                                          : QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded));
        if (!db.open())
            contents = fail(sql::errorOf(db));
        else
            contents = readContents(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

Error notOurs(const QString& path, const QString& why)
{
    return Error::invalid(path, QCoreApplication::translate("sd::DatabaseProbe", "this file is not a Service Desk database (%1); nothing was changed. "
                                   "Choose another file, or a new file name to create a database.")
                                    .arg(why));
}

} // namespace

QString DatabaseProbe::readOnlyOptions()
{
    return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000");
}

// Read-only as SQLite normally reads, with locks and the WAL. Only when the
// folder cannot be written and no -wal or -shm exists (so no WAL content can
// be missed) is the file read as immutable, since SQLite cannot create the
// shared-memory file there.
QString DatabaseProbe::readOnlyName(const QString& path)
{
    QUrl url = QUrl::fromLocalFile(path);
    const bool walAbsent = !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm"));
    url.setQuery(!QFileInfo(QFileInfo(path).absolutePath()).isWritable() && walAbsent ? QStringLiteral("immutable=1")
                                                                                       : QStringLiteral("mode=ro"));
    return url.toString(QUrl::FullyEncoded);
}

Result<DatabaseProbe> DatabaseProbe::inspect(const QString& path)
{
    DatabaseProbe probe;
    const QFileInfo info(path);
    if (!info.exists())
        return probe;
    if (!info.isFile())
        return fail(notOurs(path, QCoreApplication::translate("sd::DatabaseProbe", "it is a folder")));
    probe.readOnly = !folderIsWritable(path);
    auto contents = readWithConnection(path, probe.readOnly);
    if (!contents && contents.error().message.contains(QLatin1String("file is not a database")))
        return fail(notOurs(path, QCoreApplication::translate("sd::DatabaseProbe", "it is not an SQLite database")));
    if (!contents && contents.error().code == Error::Code::Busy)
        return fail(contents.error());
    if (!contents)
        return fail(Error::storage(QCoreApplication::translate("sd::DatabaseProbe", "cannot read the database %1: %2").arg(path, contents.error().message)));
    const bool markedOurs = contents->applicationId == kServiceDeskApplicationId;
    const bool olderOurs = contents->applicationId == 0 && contents->tables.contains(QStringLiteral("schema_migrations"))
        && contents->tables.contains(QStringLiteral("tickets"));
    if (markedOurs || olderOurs) {
        probe.kind = Kind::ServiceDesk;
        probe.schemaVersion = contents->schemaVersion;
        return probe;
    }
    if (contents->applicationId == 0 && contents->tables.isEmpty()) {
        probe.kind = Kind::Empty;
        return probe;
    }
    return fail(notOurs(path, QCoreApplication::translate("sd::DatabaseProbe", "it is another program's SQLite database")));
}

} // namespace sd
