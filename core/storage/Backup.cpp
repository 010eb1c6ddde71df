#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseProbe.h"
#include "storage/Migrations.h"
#include "storage/PostgresTools.h"
#include "storage/ServerRestore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sd {
namespace {

bool startsWith(const QString& file, const QByteArray& magic)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(magic.size()) == magic;
}

bool isServerDump(const QString& file)
{
    return startsWith(file, QByteArrayLiteral("PGDMP"));
}

bool isSqliteFile(const QString& file)
{
    return startsWith(file, QByteArrayLiteral("SQLite format 3\0"));
}

// Written through to the disk, so a power cut after the rename that follows
// cannot leave an empty or torn file under the final name.
void syncToDisk(const QString& path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        _commit(file.handle());
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

// `to` must not exist: a backup never replaces a file.
Status renameNew(const QString& from, const QString& to)
{
    syncToDisk(from);
    if (!QFile::rename(from, to))
        return fail(Error::io(to, Backup::tr("cannot put %1 in place at %2").arg(from, to)));
    syncToDisk(QFileInfo(to).absolutePath());
    return {};
}

// Replaces `to` in one step, on POSIX and on Windows (MoveFileEx) alike.
Status renameOnto(const QString& from, const QString& to)
{
    syncToDisk(from);
    std::error_code error;
    std::filesystem::rename(QFileInfo(from).filesystemAbsoluteFilePath(), QFileInfo(to).filesystemAbsoluteFilePath(), error);
    if (error)
        return fail(Error::io(to, Backup::tr("cannot put %1 in place: %2").arg(from, QString::fromLocal8Bit(error.message().c_str()))));
    syncToDisk(QFileInfo(to).absolutePath());
    return {};
}

// A connection of its own, closed and forgotten when the scope ends.
class OwnConnection
{
public:
    OwnConnection(const QString& databaseName, const QString& options)
        : m_name(QStringLiteral("sd-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        db.open();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// One consistent read of `file` (its WAL included) written to `copy`.
Status vacuumInto(const QString& file, const QString& copy)
{
    OwnConnection reader(DatabaseProbe::readOnlyName(file), DatabaseProbe::readOnlyOptions());
    auto copied = sql::run(reader.db(), QStringLiteral("VACUUM INTO ?"), {copy});
    if (!copied) {
        QFile::remove(copy);
        return fail(Error::io(copy, Backup::tr("cannot copy %1: %2").arg(file, copied.error().message)));
    }
    return {};
}

// A checked copy takes its final name; a copy that failed its check, or the
// rename, is removed: nothing half-made stays behind.
Result<Backup::Verdict> placeChecked(const QString& partial, const QString& target, Result<Backup::Verdict> checked)
{
    if (checked)
        if (auto placed = renameNew(partial, target); !placed)
            checked = fail(placed.error());
    if (!checked) {
        QFile::remove(partial);
        return checked;
    }
    checked->file = QFileInfo(target).absoluteFilePath();
    return checked;
}

} // namespace

// The database a restore replaces, held with an exclusive lock from the check
// that nobody else has it open until the copy is in its place.
class Backup::Hold
{
public:
    explicit Hold(const QString& target)
        : m_connection(target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"))
    {
    }
    // Leaving WAL needs the database to itself; EXCLUSIVE locking keeps it so.
    Status take(const QString& target)
    {
        auto locking = sql::scalar(m_connection.db(), QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
        auto mode = sql::scalar(m_connection.db(), QStringLiteral("PRAGMA journal_mode=DELETE"));
        auto held = sql::run(m_connection.db(), QStringLiteral("BEGIN EXCLUSIVE"));
        if (locking && mode && held && mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0) {
            (void)sql::run(m_connection.db(), QStringLiteral("COMMIT")); // the lock stays: locking_mode=EXCLUSIVE
            return {};
        }
        const Error why = !mode ? mode.error() : !held ? held.error() : Error{Error::Code::Busy, target, {}};
        if (why.code == Error::Code::Busy || (mode && mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0))
            return fail(Error{Error::Code::Busy, target, Backup::tr("%1 is open on a desk or in another program: close them all, then restore").arg(target)});
        m_damaged = true; // SQLite cannot work on it: nobody else can either
        return {};
    }
    bool damaged() const { return m_damaged; }
    // The database as it is, kept aside through the lock's own connection.
    Status keepAside(const QString& aside)
    {
        const QString partial = aside + QStringLiteral(".partial");
        if (!m_damaged)
            if (sql::run(m_connection.db(), QStringLiteral("VACUUM INTO ?"), {partial}) && renameNew(partial, aside))
                return {};
        QFile::remove(partial);
        // A damaged file is kept byte for byte, as found.
        if (m_damaged && QFile::copy(m_target, partial) && renameNew(partial, aside))
            return {};
        QFile::remove(partial);
        return fail(Error::io(aside, Backup::tr("cannot keep the replaced database at %1; nothing was changed").arg(aside)));
    }
    void setTarget(const QString& target) { m_target = target; }

private:
    OwnConnection m_connection;
    QString m_target;
    bool m_damaged = false;
};

QString Backup::stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Result<Backup::Verdict> Backup::create(const QString& address, const QString& target)
{
    auto parsed = DatabaseAddress::parse(address);
    if (!parsed)
        return fail(parsed.error());
    if (QFileInfo::exists(target))
        return fail(Error::invalid(target, Backup::tr("%1 exists already: a backup never overwrites a file; choose another name").arg(target)));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(Error::io(target, Backup::tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath())));
    if (parsed->isServer())
        return createDump(*parsed, target);
    if (Database::isFileOf(parsed->filePath, target))
        return fail(Database::ownFileRefused(target));
    return createFile(parsed->filePath, target);
}

Result<Backup::Verdict> Backup::createFile(const QString& file, const QString& target)
{
    auto probe = DatabaseProbe::inspect(file);
    if (!probe)
        return fail(probe.error());
    if (probe->kind != DatabaseProbe::Kind::ServiceDesk)
        return fail(Error::invalid(file, Backup::tr("%1 is not a Service Desk database").arg(file)));
    // Beside the target, so the final rename stays on one file system. VACUUM
    // INTO reads one snapshot through a read-only connection: desks write on.
    const QString partial = target + QStringLiteral(".partial-") + stamp();
    if (auto copied = vacuumInto(file, partial); !copied)
        return fail(copied.error());
    // A newer program's database is copied too (an older sdctl in cron keeps backing up).
    return placeChecked(partial, target, verifyFile(partial, true));
}

Result<Backup::Verdict> Backup::createDump(const DatabaseAddress& address, const QString& target)
{
    const QString partial = target + QStringLiteral(".partial-") + stamp();
    // One snapshot of the whole database (pg_dump reads in a single transaction).
    if (auto dumped = runTool(QStringLiteral("pg_dump"),
                              {QStringLiteral("--format=custom"), QStringLiteral("--file=") + partial,
                               QStringLiteral("--dbname=") + conninfoOf(address)},
                              address.password);
        !dumped) {
        QFile::remove(partial);
        return fail(dumped.error());
    }
    return placeChecked(partial, target, verifyDump(partial));
}

Result<Backup::Verdict> Backup::verify(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return fail(Error::notFound(file, Backup::tr("there is no file %1").arg(file)));
    return isServerDump(file) ? verifyDump(file) : verifyFile(file, false);
}

Result<Backup::Verdict> Backup::verifyFile(const QString& file, bool newerAllowed)
{
    auto probe = DatabaseProbe::inspect(file);
    if (!probe)
        return fail(probe.error());
    if (probe->kind != DatabaseProbe::Kind::ServiceDesk)
        return fail(Error::invalid(file, Backup::tr("%1 is not a Service Desk database").arg(file)));
    if (probe->schemaVersion > latestSchemaVersion() && !newerAllowed)
        return fail(Error::invalid(file, Backup::tr("%1 was made by a newer Service Desk (schema version %2; this program knows versions up to %3); "
                                            "update the program to use it")
                                             .arg(file)
                                             .arg(probe->schemaVersion)
                                             .arg(latestSchemaVersion())));
    Verdict verdict;
    verdict.file = QFileInfo(file).absoluteFilePath();
    verdict.schemaVersion = int(probe->schemaVersion);
    OwnConnection reader(DatabaseProbe::readOnlyName(file), DatabaseProbe::readOnlyOptions());
    auto integrity = sql::scalar(reader.db(), QStringLiteral("PRAGMA integrity_check"));
    auto tickets = sql::scalar(reader.db(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    auto customers = sql::scalar(reader.db(), QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!integrity || !tickets || !customers)
        return fail(Error::invalid(file, Backup::tr("%1 cannot be read: %2")
                                             .arg(file, (!integrity ? integrity.error() : !tickets ? tickets.error() : customers.error()).message)));
    verdict.integrity = integrity->toString();
    verdict.tickets = tickets->toLongLong();
    verdict.customers = customers->toLongLong();
    if (verdict.integrity != QLatin1String("ok"))
        return fail(Error::invalid(file, Backup::tr("%1 is damaged: %2").arg(file, verdict.integrity)));
    return verdict;
}

Result<Backup::Verdict> Backup::verifyDump(const QString& file)
{
    QByteArray listing;
    if (auto read = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, {}, &listing); !read)
        return fail(Error::invalid(file, Backup::tr("%1 is not a readable server dump: %2").arg(file, read.error().message)));
    if (!listing.contains("TABLE DATA public tickets"))
        return fail(Error::invalid(file, Backup::tr("%1 is a server dump without the tickets of a Service Desk database").arg(file)));
    Verdict verdict;
    verdict.file = QFileInfo(file).absoluteFilePath();
    verdict.integrity = QStringLiteral("ok");
    verdict.isServerDump = true;
    return verdict;
}

Result<Backup::Verdict> Backup::restore(const QString& file, const QString& address, QString* aside)
{
    if (aside)
        aside->clear();
    auto parsed = DatabaseAddress::parse(address);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->isServer())
        return ServerRestore::run(file, *parsed, aside);
    const QString target = QFileInfo(parsed->filePath).absoluteFilePath();
    if (!QFileInfo(file).isFile())
        return fail(Error::notFound(file, Backup::tr("there is no file %1").arg(file)));
    if (isServerDump(file))
        return fail(Error::invalid(file, Backup::tr("%1 is a server dump: it is restored into a server's database (sdctl restore FILE --db postgresql://…)").arg(file)));
    if (Database::isFileOf(target, file))
        return fail(Error::invalid(file, Backup::tr("%1 is the database itself, not a copy of it").arg(file)));
    // The copy that goes in place is made (its WAL included) and checked before anything else is touched.
    const QString when = stamp();
    const QString restoring = target + QStringLiteral(".restoring-") + when;
    auto checked = verify(file);
    if (!checked)
        return fail(checked.error());
    if (auto copied = vacuumInto(file, restoring); !copied)
        return fail(copied.error());
    // The copy of a checked file: that it is ours is enough (integrity was checked on the file).
    auto copyProbe = DatabaseProbe::inspect(restoring);
    if (!copyProbe || copyProbe->kind != DatabaseProbe::Kind::ServiceDesk) {
        QFile::remove(restoring);
        return fail(Error::io(restoring, Backup::tr("the copy of %1 beside the database cannot be read; nothing was changed").arg(file)));
    }
    auto placed = putInPlace(restoring, target, target + QStringLiteral(".replaced-") + when, aside);
    if (!placed) {
        QFile::remove(restoring);
        return fail(placed.error());
    }
    checked->file = target;
    return checked;
}

// Holds the database alone, keeps it aside (companions too), then renames the
// copy onto it: at every moment the target is the old database or the new one.
Status Backup::putInPlace(const QString& restoring, const QString& target, const QString& replaced, QString* aside)
{
    const bool exists = QFileInfo::exists(target);
    std::unique_ptr<Hold> hold;
    // A file that is not SQLite at all has no desk working on it.
    if (exists && isSqliteFile(target)) {
        hold = std::make_unique<Hold>(target);
        hold->setTarget(target);
        if (auto alone = hold->take(target); !alone)
            return alone;
        if (auto kept = hold->keepAside(replaced); !kept)
            return kept;
    } else if (exists) {
        if (!QFile::copy(target, replaced))
            return fail(Error::io(replaced, Backup::tr("cannot keep the replaced file at %1; nothing was changed").arg(replaced)));
    }
    // A journal or WAL beside the target belongs to the old database: kept with it, never applied to the copy.
    for (const char* companion : {"-journal", "-wal", "-shm"})
        if (QFileInfo::exists(target + QLatin1String(companion)))
            QFile::rename(target + QLatin1String(companion), replaced + QLatin1String(companion));
    QFile::setPermissions(restoring, exists ? QFile::permissions(target) : QFile::permissions(restoring) | QFileDevice::WriteOwner);
#ifdef Q_OS_WIN
    hold.reset(); // Windows renames no file another handle holds open
#endif
    if (auto placed = renameOnto(restoring, target); !placed)
        return placed;
    if (aside && exists)
        *aside = replaced;
    return {};
}

} // namespace sd
