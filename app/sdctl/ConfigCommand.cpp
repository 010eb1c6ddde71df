#include "Command.h"

#include "config/ConfigurationJson.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace sdctl {
namespace {

int importConfig(Command& command)
{
    const QString path = command.parser().positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return command.failWith(sd::Error::io(path, file.errorString()));
    auto configuration = sd::ConfigurationJson::parse(file.readAll());
    if (!configuration)
        return command.failWith(configuration.error());
    auto workspace = command.openWorkspace(Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (auto imported = workspace->importConfiguration(*configuration, command.actorId()); !imported)
        return command.failWith(imported.error());
    command.out() << QCoreApplication::translate("sdctl", "Imported %1: %2 calendars, %3 tiers, %4 SLA policies, %5 teams, %6 users")
                         .arg(path)
                         .arg(configuration->calendars.size())
                         .arg(configuration->tiers.size())
                         .arg(configuration->policies.size())
                         .arg(configuration->teams.size())
                         .arg(configuration->users.size())
                  << Qt::endl;
    return Ok;
}

int exportConfig(Command& command)
{
    const QString path = command.parser().positionalArguments().first();
    auto workspace = command.openWorkspace(Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return command.failWith(sd::Error::io(path, file.errorString()));
    file.write(sd::ConfigurationJson::serialize(workspace->configuration()));
    if (!file.commit())
        return command.failWith(sd::Error::io(path, file.errorString()));
    command.out() << QCoreApplication::translate("sdctl", "Exported the configuration to %1").arg(path) << Qt::endl;
    return Ok;
}

} // namespace

int runConfig(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    Command command(QStringLiteral("config ") + verb,
                    QCoreApplication::translate("sdctl", "config import FILE: replaces calendars, tiers, SLA policies and teams and adds or updates users "
                       "from FILE; a file with any error changes nothing.\n"
                       "config export FILE: writes the current configuration to FILE."),
                    arguments.mid(1));
    command.parser().addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("sdctl", "The configuration JSON file."));
    if (verb != QLatin1String("import") && verb != QLatin1String("export"))
        return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl config import|export FILE"));
    if (!command.parse(1))
        return command.exitCode();
    return verb == QLatin1String("import") ? importConfig(command) : exportConfig(command);
}

} // namespace sdctl
