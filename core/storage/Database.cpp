#include "storage/Database.h"

#include "storage/DatabaseAddress.h"
#include "storage/DatabaseProbe.h"
#include "storage/PostgresDialect.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace sd {

struct Database::Shared
{
    std::atomic<bool> serverAway{false};
    DatabaseAddress address;
    QString path;
    QString connectionPrefix;
    std::unique_ptr<SqlDialect> dialect;
    QString lastBackup;
    bool readOnly = false;
};

namespace {


QString nextConnectionPrefix()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sd-db-%1-").arg(++counter);
}

// Names connections by a serial number given to each thread once, never by the
// system's thread id: the system hands a dead thread's id to a new thread,
// which would then be given (or would leak) the dead thread's connection.
// Connections a worker thread leaves open are closed when the thread ends.
class ThreadConnections
{
public:
    ThreadConnections()
        : m_serial(nextSerial())
        , m_isMainThread(QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
    {
    }
    ~ThreadConnections()
    {
        if (m_isMainThread)
            return; // the application closes its own connections at exit
        for (const QString& name : std::as_const(m_names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    QString serial() const { return QString::number(m_serial); }
    void add(const QString& name) { m_names.append(name); }
    void remove(const QString& name) { m_names.removeAll(name); }

private:
    static quint64 nextSerial()
    {
        static std::atomic<quint64> counter{0};
        return ++counter;
    }
    quint64 m_serial;
    bool m_isMainThread;
    QStringList m_names;
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

Status configureConnection(QSqlDatabase& db, const SqlDialect& dialect)
{
    for (const QString& statement : dialect.connectionSetup()) {
        auto done = sql::run(db, statement);
        if (!done)
            return fail(done.error());
    }
    return {};
}

Error newerSchema(const QString& path, qint64 version)
{
    return Error::invalid(path, QCoreApplication::translate("sd::Database", "this database was made by a newer Service Desk (schema version %1; this program "
                                   "knows versions up to %2); update the program. Nothing was changed.")
                                    .arg(version)
                                    .arg(latestSchemaVersion()));
}

Error missingFile(const QString& path)
{
    return Error::notFound(path, QCoreApplication::translate("sd::Database", "there is no database here; create one with \"sdctl init\" or by opening it "
                                    "in the desktop client"));
}

} // namespace

Database::Database(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("servicedesk.sqlite"));
}

bool Database::isFileOf(const QString& databasePath, const QString& candidate)
{
    if (databasePath.isEmpty() || candidate.isEmpty())
        return false;
    auto address = DatabaseAddress::parse(databasePath);
    if (!address || address->isServer())
        return false;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString file = QFileInfo(candidate).absoluteFilePath();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (file == database + QLatin1String(suffix))
            return true;
    const QString canonicalDatabase = QFileInfo(databasePath).canonicalFilePath();
    const QString canonicalFile = QFileInfo(QFileInfo(candidate).absolutePath()).canonicalFilePath()
        + QLatin1Char('/') + QFileInfo(candidate).fileName();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (!canonicalDatabase.isEmpty() && canonicalFile == canonicalDatabase + QLatin1String(suffix))
            return true;
    return false;
}

Error Database::ownFileRefused(const QString& candidate)
{
    return Error::invalid(candidate, QCoreApplication::translate("sd::Database", "this is the open database's own file; choose another file"));
}

Result<int> Database::pendingSteps(const QString& path)
{
    auto probe = DatabaseProbe::inspect(path);
    if (!probe)
        return fail(probe.error());
    if (probe->kind != DatabaseProbe::Kind::ServiceDesk)
        return latestSchemaVersion();
    return int(std::clamp<qint64>(latestSchemaVersion() - probe->schemaVersion, 0, latestSchemaVersion()));
}

Result<Database> Database::open(const QString& path, const MigrationProgress& progress, OpenMode mode)
{
    auto address = DatabaseAddress::parse(path);
    if (!address)
        return fail(address.error());
    if (address->isServer())
        return openServer(*address, progress, mode);
    const QFileInfo info(path);
    auto probe = DatabaseProbe::inspect(info.absoluteFilePath());
    if (!probe)
        return fail(probe.error());
    if (probe->kind == DatabaseProbe::Kind::Missing && mode == OpenMode::ExistingOnly)
        return fail(missingFile(path));
    if (probe->kind == DatabaseProbe::Kind::Empty && mode == OpenMode::ExistingOnly)
        return fail(Error::invalid(path, QCoreApplication::translate("sd::Database", "this file is empty, not a Service Desk database; "
                                                                                     "nothing was changed")));
    if (probe->schemaVersion > latestSchemaVersion())
        return fail(newerSchema(path, probe->schemaVersion));
    if (probe->kind == DatabaseProbe::Kind::Missing && !QDir().mkpath(info.absolutePath()))
        return fail(Error::io(path, QCoreApplication::translate("sd::Database", "cannot create the folder %1").arg(info.absolutePath())));
    auto shared = std::make_shared<Shared>();
    shared->address = *address;
    shared->path = info.absoluteFilePath();
    shared->connectionPrefix = nextConnectionPrefix();
    shared->dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    shared->readOnly = probe->readOnly;
    Database database(std::move(shared));
    if (!database.connection().isOpen()) {
        const Error refused = Error::io(path, QCoreApplication::translate("sd::Database", "cannot open the database: %1")
                                                  .arg(sql::errorOf(database.connection()).message));
        database.releaseThreadConnection();
        return fail(refused);
    }
    // A file that cannot be brought up to date is let go at once (a restore may follow).
    if (auto migrated = database.migrate(probe->schemaVersion, progress); !migrated) {
        database.releaseThreadConnection();
        return fail(migrated.error());
    }
    return database;
}

// A server database is created empty by its administrator ("sdctl server
// init" or createdb); the schema is made on first open. A database holding
// other tables is someone else's and is refused before anything is written.
Result<Database> Database::openServer(const DatabaseAddress& address, const MigrationProgress& progress, OpenMode mode)
{
    auto shared = std::make_shared<Shared>();
    shared->address = address;
    shared->path = address.display();
    shared->connectionPrefix = nextConnectionPrefix();
    shared->dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    Database database(std::move(shared));
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        const QString why = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        database.releaseThreadConnection(); // it holds the password: not kept for a retry
        return fail(Error::io(database.path(), QCoreApplication::translate("sd::Database", "cannot connect to the database server: %1").arg(why)));
    }
    auto tables = sql::run(db, PostgresDialect::tableNamesSql());
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    if (!names.isEmpty() && !names.contains(QLatin1String("schema_migrations")))
        return fail(Error::invalid(database.path(), QCoreApplication::translate("sd::Database", "this database holds other tables (%1), not Service Desk's; "
                                                                                              "nothing was changed").arg(names.mid(0, 3).join(QStringLiteral(", ")))));
    if (names.isEmpty() && mode == OpenMode::ExistingOnly)
        return fail(Error::notFound(database.path(), QCoreApplication::translate("sd::Database", "this database is empty; create the Service Desk schema "
                                                                                               "in it with \"sdctl server init\"")));
    // Desks starting together on a new or older schema: one upgrades, the
    // others wait and then find it done.
    if (auto locked = sql::run(db, PostgresDialect::schemaLockSql()); !locked)
        return fail(locked.error());
    auto version = database.readSchemaVersion();
    Status migrated = version ? database.migrate(*version, progress) : Status(fail(version.error()));
    sql::run(db, PostgresDialect::schemaUnlockSql());
    if (version && *version > latestSchemaVersion())
        return fail(newerSchema(database.path(), *version));
    if (!migrated)
        return fail(migrated.error());
    return database;
}

QString Database::threadConnectionName() const
{
    return m_shared->connectionPrefix + threadConnections().serial();
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    if (m_shared->serverAway && m_shared->address.isServer()) {
        if (!QSqlDatabase::contains(name)) {
            QSqlDatabase::addDatabase(m_shared->dialect->driverName(), name);
            threadConnections().add(name);
        }
        return QSqlDatabase::database(name, false); // never opened while away
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // Opened again through openThreadConnection, never by Qt on its own:
        // a connection without its set-up would wait for locks for ever.
        db = QSqlDatabase();
        releaseThreadConnection();
    }
    return openThreadConnection(name);
}

QSqlDatabase Database::openThreadConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_shared->dialect->driverName(), name);
    threadConnections().add(name);
    if (m_shared->readOnly) {
        db.setConnectOptions(DatabaseProbe::readOnlyOptions());
        db.setDatabaseName(DatabaseProbe::readOnlyName(m_shared->path));
        db.open();
        return db;
    }
    if (m_shared->address.isServer())
        m_shared->address.applyTo(db);
    else
        db.setDatabaseName(m_shared->path);
    if (db.open()) {
        m_shared->dialect->setLockWait(db, SqlDialect::kLockWaitMs);
        configureConnection(db, *m_shared->dialect);
    }
    return db;
}

void Database::setLockWait(int milliseconds) const
{
    dialect().setLockWait(connection(), milliseconds);
}

void Database::setServerAway(bool away) const
{
    m_shared->serverAway = away;
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    threadConnections().remove(name);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

const SqlDialect& Database::dialect() const
{
    return *m_shared->dialect;
}

QString Database::path() const
{
    return m_shared->path;
}

QString Database::connectionUri() const
{
    return m_shared->address.isServer() ? m_shared->address.connectionUri() : m_shared->path;
}

QString Database::officePath() const
{
    return m_shared->address.isServer() ? m_shared->address.officeDisplay() : m_shared->path;
}

bool Database::isServer() const
{
    return m_shared->address.isServer();
}

bool Database::isReadOnly() const
{
    return m_shared->readOnly;
}

QString Database::lastBackupPath() const
{
    return m_shared->lastBackup;
}

Result<int> Database::schemaVersion() const
{
    auto version = readSchemaVersion();
    if (!version)
        return fail(version.error());
    return int(*version);
}

Result<qint64> Database::readSchemaVersion() const
{
    auto exists = sql::scalar(connection(), dialect().tableExistsSql(), {QStringLiteral("schema_migrations")});
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() == 0)
        return 0;
    auto version = sql::scalar(connection(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return fail(version.error());
    return version->toLongLong();
}

Status Database::migrate(qint64 fromVersion, const MigrationProgress& progress)
{
    if (fromVersion >= latestSchemaVersion())
        return {};
    if (isReadOnly())
        return fail(Error::invalid(path(), QCoreApplication::translate("sd::Database", "this database needs an upgrade to schema version %1, but it cannot be "
                                              "written here; open it once where it can be written")
                                               .arg(latestSchemaVersion())));
    if (fromVersion > 0 && !dialect().copyToFileSql().isEmpty()) {
        if (auto backedUp = backupBeforeUpgrade(fromVersion); !backedUp)
            return backedUp;
    }
    const int total = int(latestSchemaVersion() - fromVersion);
    int done = 0;
    for (const Migration& step : schemaMigrations(dialect())) {
        if (step.version <= fromVersion)
            continue;
        if (progress && !progress(done, total))
            return fail(Error::invalid(path(), QCoreApplication::translate("sd::Database", "opening was cancelled; the database stays at schema version %1")
                                                   .arg(step.version - 1)));
        if (auto applied = applyMigration(step.version, step.statements); !applied)
            return applied;
        ++done;
    }
    if (progress)
        progress(total, total);
    return {};
}

Status Database::backupBeforeUpgrade(qint64 fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = path() + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(stamp);
    auto copied = sql::run(connection(), dialect().copyToFileSql(), {backup});
    if (!copied)
        return fail(Error::io(backup, QCoreApplication::translate("sd::Database", "cannot back up the database before upgrading it: %1").arg(copied.error().message)));
    m_shared->lastBackup = backup;
    return {};
}

Status Database::applyMigration(int version, const QStringList& statements)
{
    WriteTransaction transaction(connection(), dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (version == 1) {
        auto created = sql::run(connection(), dialect().adaptDdl(QStringLiteral(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)")));
        if (!created)
            return fail(created.error());
    }
    for (const QString& statement : statements) {
        auto done = sql::run(connection(), statement);
        if (!done)
            return fail(Error::storage(QCoreApplication::translate("sd::Database", "schema step %1 failed: %2").arg(version).arg(done.error().message)));
    }
    auto recorded = sql::run(connection(), QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                             {version, QDateTime::currentSecsSinceEpoch()});
    if (!recorded)
        return fail(recorded.error());
    return transaction.commit();
}

Result<QString> Database::engineVersion() const
{
    auto version = sql::scalar(connection(), dialect().engineVersionSql());
    if (!version)
        return fail(version.error());
    return version->toString();
}

Result<QString> Database::integrityCheck() const
{
    auto query = sql::run(connection(), dialect().integrityCheckSql());
    if (!query)
        return fail(query.error());
    QStringList lines;
    while (query->next())
        lines.append(query->value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd
