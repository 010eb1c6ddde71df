#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sd {

class SqlDialect;

// One service-desk database file: opens it (creating and migrating as needed)
// and hands each thread its own connection, as Qt's SQL module requires.
class Database
{
public:
    // Opens or creates the file and brings its schema to the latest version,
    // copying the file aside first when an existing schema is upgraded.
    // `progress(stepsDone, stepsTotal)` is asked before each schema step; false
    // stops before that step (each step is its own transaction, so the file
    // stays at the last completed version) and open() fails as cancelled.
    using MigrationProgress = std::function<bool(int stepsDone, int stepsTotal)>;
    static Result<Database> open(const QString& path, const MigrationProgress& progress = {});
    // How many schema steps opening this file would apply (0: up to date or newer).
    static Result<int> pendingSteps(const QString& path);
    // The default file in the user's data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const;
    QString path() const;
    Result<int> schemaVersion() const;
    // PRAGMA integrity_check's verdict: "ok" or the problems found.
    Result<QString> integrityCheck() const;
    // The backup written by the last upgrade, empty if none was needed.
    QString lastBackupPath() const;
    // Closes this thread's connection (worker threads call it before they end).
    void releaseThreadConnection() const;

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared);
    Status migrate(const MigrationProgress& progress);
    Result<int> readSchemaVersion() const;
    Status backupBeforeUpgrade(int fromVersion);
    Status applyMigration(int version, const QStringList& statements);

    std::shared_ptr<Shared> m_shared;
};

} // namespace sd
