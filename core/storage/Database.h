#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sd {

class SqlDialect;
struct DatabaseAddress;

// One service-desk database, a SQLite file or a PostgreSQL database on the
// office's server: opens it (creating and migrating as needed) and hands each
// thread its own connection, as Qt's SQL module requires.
class Database
{
public:
    // Opens or creates the file and brings its schema to the latest version,
    // copying the file aside first when an existing schema is upgraded.
    // `progress(stepsDone, stepsTotal)` is asked before each schema step; false
    // stops before that step (each step is its own transaction, so the file
    // stays at the last completed version) and open() fails as cancelled.
    using MigrationProgress = std::function<bool(int stepsDone, int stepsTotal)>;
    // Commands that only read pass ExistingOnly: a missing file is an error,
    // never a new empty database. Either way a file that is not a Service Desk
    // database, or one made by a newer program, is refused before a byte of it
    // is written.
    enum class OpenMode { CreateIfMissing, ExistingOnly };
    static Result<Database> open(const QString& path, const MigrationProgress& progress = {},
                                 OpenMode mode = OpenMode::CreateIfMissing);
    // How many schema steps opening this file would apply (0: up to date or newer).
    static Result<int> pendingSteps(const QString& path);
    // The default file in the user's data folder.
    static QString defaultPath();
    // True when `candidate` is the database file at `databasePath` or one of
    // its companions (-wal, -shm, -journal). Reading or writing one of them
    // outside SQLite is refused: on POSIX systems closing any handle to the
    // file drops every lock SQLite holds on it in this process, and another
    // process may then delete the shared-memory index still in use here.
    static bool isFileOf(const QString& databasePath, const QString& candidate);
    static Error ownFileRefused(const QString& candidate);

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const;
    // The file's absolute path, or the server address without its password.
    QString path() const;
    // What another connection of this process opens to reach the same
    // database as the same account (a server address keeps its password
    // here, in memory only). Workers given it open their own connections.
    QString connectionUri() const;
    // What every desk of the office opens: the file, or the server address
    // without this desk user's account.
    QString officePath() const;
    bool isServer() const;
    Result<int> schemaVersion() const;
    // PRAGMA integrity_check's verdict: "ok" or the problems found.
    Result<QString> integrityCheck() const;
    // "SQLite 3.40.1", "PostgreSQL 15.18": the engine that holds the data.
    Result<QString> engineVersion() const;
    // The backup written by the last upgrade, empty if none was needed.
    QString lastBackupPath() const;
    // True when the file or its folder cannot be written: the database is
    // then read as it is, and every change is refused by SQLite.
    bool isReadOnly() const;
    // How long this thread's statements wait for another connection's write
    // lock before failing as busy (Error::Code::Busy); 10 s unless set.
    void setLockWait(int milliseconds) const;
    // Closes this thread's connection. Worker threads call it when they are
    // done; a thread that forgets has its connections closed when it ends.
    void releaseThreadConnection() const;
    // While the server is away (ChangeWatcher finds out), no thread tries to
    // connect: an unreachable host would hold the caller for the whole
    // connect timeout. Statements fail at once instead.
    void setServerAway(bool away) const;

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared);
    QString threadConnectionName() const;
    QSqlDatabase openThreadConnection(const QString& name) const;
    static Result<Database> openServer(const DatabaseAddress& address, const MigrationProgress& progress, OpenMode mode);
    Status migrate(qint64 fromVersion, const MigrationProgress& progress);
    Result<qint64> readSchemaVersion() const;
    Status backupBeforeUpgrade(qint64 fromVersion);
    Status applyMigration(int version, const QStringList& statements);

    std::shared_ptr<Shared> m_shared;
};

} // namespace sd
