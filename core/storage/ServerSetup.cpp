#include "storage/ServerSetup.h"

#include "storage/PostgresDialect.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace sd {

Result<bool> ServerSetup::ensureDatabase(const DatabaseAddress& address)
{
    if (!address.isServer())
        return fail(Error::invalid(address.display(), QCoreApplication::translate("sd::ServerSetup",
            "this is a database file, not a server address; write it as postgresql://user@host:port/database")));
    if (!PostgresDialect::isPlainDatabaseName(address.databaseName))
        return fail(Error::invalid(address.display(), QCoreApplication::translate("sd::ServerSetup",
            "the database name may hold only Latin letters, digits and _ and start with a letter (at most 63)")));
    ServerConnection maintenance(address);
    if (!maintenance.db().isOpen())
        return fail(Error::io(address.display(), QCoreApplication::translate("sd::ServerSetup", "cannot connect to the database server: %1")
                                                     .arg(maintenance.failure())));
    auto exists = sql::scalar(maintenance.db(), PostgresDialect::databaseExistsSql(), {address.databaseName});
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() > 0)
        return false;
    auto created = sql::run(maintenance.db(), PostgresDialect::createDatabaseSql(address.databaseName));
    if (!created)
        return fail(created.error());
    return true;
}

} // namespace sd
