#include "storage/ServerSetup.h"

#include "storage/PostgresDialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

namespace sd {
namespace {

// CREATE DATABASE takes no bound values: the name is checked, then quoted.
bool isPlainName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

class MaintenanceConnection
{
public:
    explicit MaintenanceConnection(const DatabaseAddress& address)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        // Every server has this database; connecting to it creates nothing.
        DatabaseAddress maintenance = address;
        maintenance.databaseName = QStringLiteral("postgres");
        maintenance.applyTo(m_db);
        m_db.open();
    }
    ~MaintenanceConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name = QStringLiteral("sd-server-setup");
    QSqlDatabase m_db;
};

} // namespace

Result<bool> ServerSetup::ensureDatabase(const DatabaseAddress& address)
{
    if (!address.isServer())
        return fail(Error::invalid(address.display(), QCoreApplication::translate("sd::ServerSetup",
            "this is a database file, not a server address; write it as postgresql://user@host:port/database")));
    if (!isPlainName(address.databaseName))
        return fail(Error::invalid(address.display(), QCoreApplication::translate("sd::ServerSetup",
            "the database name may hold only Latin letters, digits and _ and start with a letter (at most 63)")));
    MaintenanceConnection maintenance(address);
    if (!maintenance.db().isOpen())
        return fail(Error::io(address.display(), QCoreApplication::translate("sd::ServerSetup", "cannot connect to the database server: %1")
                                                     .arg(maintenance.db().lastError().databaseText().trimmed())));
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
