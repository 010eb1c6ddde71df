#include "Command.h"

#include "storage/DatabaseAddress.h"
#include "storage/PostgresAccounts.h"
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
    command.parser().addOption({QStringLiteral("admin"), QCoreApplication::translate("sdctl", "Also create the first administrator, LOGIN, "
                                                                                             "with the password from --password-file or a prompt."),
                                QStringLiteral("LOGIN")});
    command.parser().addOption({QStringLiteral("password-file"), QCoreApplication::translate("sdctl", "The administrator's password: the first line of FILE."),
                                QStringLiteral("FILE")});
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
                  << Qt::endl;
    if (command.parser().isSet(QStringLiteral("admin"))) {
        const QString login = command.parser().value(QStringLiteral("admin"));
        auto password = command.readPassword(QCoreApplication::translate("sdctl", "Password for %1: ").arg(login),
                                             command.parser().value(QStringLiteral("password-file")));
        if (!password)
            return command.exitCode();
        auto admin = (*workspace)->signIn().createAdministrator(login, {}, *password);
        if (!admin)
            return command.failWith(admin.error());
        command.out() << QCoreApplication::translate("sdctl", "Administrator %1 created; the server account is %2.")
                             .arg(login, sd::PostgresAccounts::accountName(login, address->databaseName))
                      << Qt::endl;
    }
    sd::DatabaseAddress desks = *address;
    desks.user.clear();
    desks.password.clear();
    command.out() << QCoreApplication::translate("sdctl", "Desks connect with: --db %1 (and sign in with their login and password)")
                         .arg(desks.display())
                  << Qt::endl;
    return Ok;
}

} // namespace sdctl
