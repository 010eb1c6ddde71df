#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace sd {

struct Database::Shared
{
    QString path;
    QString connectionPrefix;
    std::unique_ptr<SqlDialect> dialect;
    QString lastBackup;
};

namespace {

QString nextConnectionPrefix()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sd-db-%1-").arg(++counter);
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

Result<int> Database::pendingSteps(const QString& path)
{
    if (!QFileInfo::exists(path))
        return latestSchemaVersion();
    auto shared = std::make_shared<Shared>();
    shared->path = QFileInfo(path).absoluteFilePath();
    shared->connectionPrefix = nextConnectionPrefix();
    shared->dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    Database database(std::move(shared));
    auto version = database.readSchemaVersion();
    database.releaseThreadConnection();
    if (!version)
        return fail(version.error());
    return std::max(0, latestSchemaVersion() - *version);
}

Result<Database> Database::open(const QString& path, const MigrationProgress& progress)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error::io(path, QCoreApplication::translate("sd::Database", "cannot create the folder %1").arg(info.absolutePath())));
    auto shared = std::make_shared<Shared>();
    shared->path = info.absoluteFilePath();
    shared->connectionPrefix = nextConnectionPrefix();
    shared->dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    Database database(std::move(shared));
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return fail(Error::io(path, QCoreApplication::translate("sd::Database", "cannot open the database: %1").arg(sql::errorOf(db).message)));
    if (auto migrated = database.migrate(progress); !migrated)
        return fail(migrated.error());
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_shared->connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_shared->dialect->driverName(), name);
    db.setDatabaseName(m_shared->path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open())
        configureConnection(db, *m_shared->dialect);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = m_shared->connectionPrefix
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
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

QString Database::lastBackupPath() const
{
    return m_shared->lastBackup;
}

Result<int> Database::schemaVersion() const
{
    return readSchemaVersion();
}

Result<int> Database::readSchemaVersion() const
{
    auto created = sql::run(connection(), QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"));
    if (!created)
        return fail(created.error());
    auto version = sql::scalar(connection(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return fail(version.error());
    return version->toInt();
}

Status Database::migrate(const MigrationProgress& progress)
{
    auto current = readSchemaVersion();
    if (!current)
        return fail(current.error());
    if (*current > latestSchemaVersion())
        return fail(Error::invalid(path(), QCoreApplication::translate("sd::Database", "the database has schema version %1, newer than this program "
                                              "understands (%2); install a newer Service Desk")
                                               .arg(*current)
                                               .arg(latestSchemaVersion())));
    if (*current > 0 && *current < latestSchemaVersion()) {
        if (auto backedUp = backupBeforeUpgrade(*current); !backedUp)
            return backedUp;
    }
    const int total = latestSchemaVersion() - *current;
    int done = 0;
    for (const Migration& step : schemaMigrations(dialect())) {
        if (step.version <= *current)
            continue;
        if (progress && !progress(done, total))
            return fail(Error::invalid(path(), QCoreApplication::translate("sd::Database", "opening was cancelled; the database stays at schema version %1")
                                                   .arg(step.version - 1)));
        if (auto applied = applyMigration(step.version, step.statements); !applied)
            return applied;
        ++done;
    }
    if (progress && total > 0)
        progress(total, total);
    return {};
}

// VACUUM INTO writes a consistent copy even with a WAL file beside the database.
Status Database::backupBeforeUpgrade(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = path() + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(stamp);
    auto copied = sql::run(connection(), QStringLiteral("VACUUM INTO ?"), {backup});
    if (!copied)
        return fail(Error::io(backup, QCoreApplication::translate("sd::Database", "cannot back up the database before upgrading it: %1")
                                          .arg(copied.error().message)));
    m_shared->lastBackup = backup;
    return {};
}

Status Database::applyMigration(int version, const QStringList& statements)
{
    WriteTransaction transaction(connection(), dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
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

Result<QString> Database::integrityCheck() const
{
    auto query = sql::run(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return fail(query.error());
    QStringList lines;
    while (query->next())
        lines.append(query->value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd
