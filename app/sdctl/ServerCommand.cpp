#include "Command.h"

#include "storage/DatabaseAddress.h"
#include "storage/ServerSetup.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace sdctl {

// sdctl server init ADDRESS: the database on the office's PostgreSQL server,
// its schema and the default configuration, ready for desks to connect.
int runServer(const QStringList& arguments)
{
    Command command(QStringLiteral("server init"),
                    QCoreApplication::translate("sdctl", "Creates the office's database on a PostgreSQL server (unless it exists), "
                                                         "its schema and the default configuration. ADDRESS is "
                                                         "postgresql://user@host:port/database; the user becomes the database's "
                                                         "owner and needs the right to create databases. The password comes "
                                                         "from PGPASSWORD or ~/.pgpass."),
                    arguments.mid(1));
    command.parser().addPositionalArgument(QStringLiteral("ADDRESS"), QCoreApplication::translate("sdctl", "the server database to set up"));
    if (arguments.value(0) != QLatin1String("init"))
        return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl server init postgresql://user@host:port/database"));
    if (!command.parse(1))
        return command.exitCode();
    auto address = sd::DatabaseAddress::parse(command.parser().positionalArguments().value(0));
    if (!address)
        return command.failWith(address.error());
    auto created = sd::ServerSetup::ensureDatabase(*address);
    if (!created)
        return command.failWith(created.error());
    // The address as given: a password written in it serves this connection too.
    auto workspace = sd::Workspace::open(command.parser().positionalArguments().value(0));
    if (!workspace)
        return command.failWith(workspace.error());
    command.out() << (*created ? QCoreApplication::translate("sdctl", "Created the database %1 on the server.").arg(address->databaseName)
                               : QCoreApplication::translate("sdctl", "The database %1 was there already; its schema is up to date.").arg(address->databaseName))
                  << Qt::endl
                  << QCoreApplication::translate("sdctl", "Desks connect with: --db %1").arg(address->display()) << Qt::endl;
    return Ok;
}

} // namespace sdctl
