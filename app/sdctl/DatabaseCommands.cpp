#include "Command.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace sdctl {
int runInit(const QStringList& arguments)
{
    Command command(QStringLiteral("init"), QCoreApplication::translate("sdctl", "Creates the database (or upgrades an older one) and seeds the default "
                                               "configuration."), arguments);
    if (!command.parse(0))
        return command.exitCode();
    auto workspace = command.openWorkspace(Command::Access::Write, Command::Person::Nobody);
    if (!workspace)
        return command.exitCode();
    command.out() << QCoreApplication::translate("sdctl", "Database ready: %1").arg(workspace->database().path()) << Qt::endl;
    if (!workspace->database().lastBackupPath().isEmpty())
        command.out() << QCoreApplication::translate("sdctl", "Backup of the previous version: %1").arg(workspace->database().lastBackupPath()) << Qt::endl;
    return Ok;
}

int runCheck(const QStringList& arguments)
{
    Command command(QStringLiteral("check"), QCoreApplication::translate("sdctl", "Prints the schema version and SQLite's integrity check."), arguments);
    if (!command.parse(0))
        return command.exitCode();
    auto database = sd::Database::open(command.databasePath(), {}, sd::Database::OpenMode::ExistingOnly);
    if (!database)
        return command.failWith(database.error());
    auto version = database->schemaVersion();
    if (!version)
        return command.failWith(version.error());
    auto integrity = database->integrityCheck();
    if (!integrity)
        return command.failWith(integrity.error());
    command.out() << QCoreApplication::translate("sdctl", "database: %1").arg(database->path()) << Qt::endl
                  << QCoreApplication::translate("sdctl", "schema version: %1").arg(*version) << Qt::endl
                  << QCoreApplication::translate("sdctl", "integrity: %1").arg(*integrity) << Qt::endl;
    return *integrity == QLatin1String("ok") ? Ok : Failed;
}

int runTiers(const QStringList& arguments)
{
    Command command(QStringLiteral("tiers recompute"),
                    QCoreApplication::translate("sdctl", "Applies the tier rule (last 12 months' purchases) to every customer whose tier is not locked."),
                    arguments.mid(1));
    if (arguments.value(0) != QLatin1String("recompute"))
        return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl tiers recompute [--db PATH]"));
    if (!command.parse(0))
        return command.exitCode();
    auto workspace = command.openWorkspace(Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    auto changed = workspace->customers().recomputeTiers(command.actorId());
    if (!changed)
        return command.failWith(changed.error());
    command.out() << QCoreApplication::translate("sdctl", "%n customer(s) changed tier", nullptr, *changed) << Qt::endl;
    return Ok;
}

} // namespace sdctl
