#include "storage/ServerRestore.h"

#include "storage/DatabaseAddress.h"
#include "storage/Migrations.h"
#include "storage/PostgresDialect.h"
#include "storage/PostgresTools.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QRegularExpression>

#include <utility>

namespace sd {
namespace {

// A restore killed before its end leaves its NAME_restoring_STAMP database
// (never the office's, which only the final renaming touches). The next
// restore drops those nobody is connected to; one still being restored by
// another run is busy and stays.
void dropLeftovers(QSqlDatabase& maintenance, const QString& office)
{
    const QString pattern = QString(office).replace(QLatin1Char('_'), QStringLiteral("\\_")) + QStringLiteral("\\_restoring\\_%");
    auto found = sql::run(maintenance, PostgresDialect::databasesLikeSql(), {pattern});
    if (!found)
        return;
    QStringList leftovers;
    while (found->next())
        leftovers.append(found->value(0).toString());
    for (const QString& leftover : std::as_const(leftovers)) {
        auto sessions = sql::scalar(maintenance, PostgresDialect::otherSessionsSql(), {leftover});
        if (sessions && sessions->toInt() == 0 && PostgresDialect::isPlainDatabaseName(leftover))
            (void)sql::run(maintenance, PostgresDialect::dropDatabaseSql(leftover));
    }
}

// Nobody else may be connected: a desk working on during the swap would go on
// writing to the replaced database.
Status refuseSessions(QSqlDatabase& maintenance, const QString& office)
{
    auto sessions = sql::scalar(maintenance, PostgresDialect::otherSessionsSql(), {office});
    if (!sessions)
        return fail(sessions.error());
    if (const int open = sessions->toInt(); open > 0)
        return fail(Error{Error::Code::Busy, office,
                          ServerRestore::tr("%n connection(s) to the database %1 are open (desks, sdctl or other programs): "
                                            "close them all, then restore again; nothing was changed", nullptr, open)
                              .arg(office)});
    return {};
}

// The database a dump was taken of, from its table of contents (";     dbname: NAME").
QString dumpedDatabase(const QString& dump)
{
    QByteArray listing;
    if (!runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), dump}, {}, &listing))
        return {};
    static const QRegularExpression line(QStringLiteral("^;\\s+dbname:\\s*(\\S+)\\s*$"), QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(listing)).captured(1);
}

// What the restored database holds, read there before it takes the office's name.
Result<Backup::Verdict> inspect(const DatabaseAddress& office, const QString& restoring)
{
    ServerConnection restored(office, restoring);
    if (!restored.isOpen())
        return fail(Error::io(restoring, ServerRestore::tr("cannot connect to the restored database %1: %2").arg(restoring, restored.failure())));
    auto version = sql::scalar(restored.db(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    auto tickets = sql::scalar(restored.db(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    auto customers = sql::scalar(restored.db(), QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!version || !tickets || !customers)
        return fail(Error::invalid(restoring, ServerRestore::tr("the restored database cannot be read as Service Desk's: %1")
                                                  .arg((!version ? version.error() : !tickets ? tickets.error() : customers.error()).message)));
    if (version->toLongLong() > latestSchemaVersion())
        return fail(Error::invalid(restoring, ServerRestore::tr("the dump was made by a newer Service Desk (schema version %1; this program knows "
                                                                "versions up to %2); update the program to restore it")
                                                  .arg(version->toLongLong())
                                                  .arg(latestSchemaVersion())));
    Backup::Verdict verdict;
    verdict.schemaVersion = version->toInt();
    verdict.tickets = tickets->toLongLong();
    verdict.customers = customers->toLongLong();
    verdict.integrity = QStringLiteral("ok");
    verdict.isServerDump = true;
    return verdict;
}

// pg_restore in one transaction (a dump that fails halfway leaves nothing),
// then the database-level rights a dump does not carry.
Result<Backup::Verdict> restoreInto(QSqlDatabase& maintenance, const QString& dump, const DatabaseAddress& office, const QString& restoring)
{
    DatabaseAddress target = office;
    target.databaseName = restoring;
    if (auto restored = runTool(QStringLiteral("pg_restore"),
                                {QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                                 QStringLiteral("--dbname=") + conninfoOf(target), dump},
                                office.password);
        !restored)
        return fail(restored.error());
    auto verdict = inspect(office, restoring);
    if (!verdict)
        return verdict;
    auto deskRole = sql::scalar(maintenance, PostgresDialect::roleExistsSql(), {QString(office.databaseName + QStringLiteral("_desk"))});
    if (!deskRole)
        return fail(deskRole.error());
    if (deskRole->toInt() > 0) {
        for (const QString& grant : PostgresDialect::officeConnectGrants(restoring, office.databaseName))
            if (auto granted = sql::run(maintenance, grant); !granted)
                return fail(granted.error());
    }
    return verdict;
}

// Both names change in one transaction: at every moment NAME is the old
// database or the restored one.
Status swap(QSqlDatabase& maintenance, const QString& office, const QString& restoring, const QString& replaced)
{
    if (!maintenance.transaction())
        return fail(Error::io(office, ServerRestore::tr("cannot begin the renaming on the server")));
    const auto renameBoth = [&]() -> Status {
        if (auto alone = refuseSessions(maintenance, office); !alone)
            return alone;
        for (const auto& [from, to] : {std::pair{office, replaced}, std::pair{restoring, office}})
            if (auto renamed = sql::run(maintenance, PostgresDialect::renameDatabaseSql(from, to)); !renamed)
                return fail(renamed.error());
        return {};
    };
    Status renamed = renameBoth();
    if (renamed && maintenance.commit())
        return {};
    maintenance.rollback();
    return renamed ? fail(Error::io(office, ServerRestore::tr("the server refused the renaming; nothing was changed"))) : renamed;
}

} // namespace

Result<Backup::Verdict> ServerRestore::run(const QString& dump, const DatabaseAddress& office, QString* aside)
{
    auto checked = Backup::verify(dump);
    if (!checked)
        return fail(checked.error());
    if (!checked->isServerDump)
        return fail(Error::invalid(dump, tr("%1 is a copy of a database file; a server's database is restored from a dump of it "
                                            "(sdctl backup --to FILE with the server's address)")
                                             .arg(dump)));
    // The rights in a dump name the roles of the office it came from
    // (OFFICE_desk, OFFICE_agent, …): it goes back into that database only.
    if (const QString source = dumpedDatabase(dump); source != office.databaseName)
        return fail(Error::invalid(dump, tr("%1 is a dump of the database %2, not of %3: a dump is restored into the database it was "
                                            "taken of, whose desks' rights it holds")
                                             .arg(dump, source.isEmpty() ? tr("(not named)") : source, office.databaseName)));
    const QString when = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss"));
    const QString restoring = office.databaseName + QStringLiteral("_restoring_") + when;
    const QString replaced = office.databaseName + QStringLiteral("_replaced_") + when;
    if (!PostgresDialect::isPlainDatabaseName(office.databaseName) || !PostgresDialect::isPlainDatabaseName(restoring))
        return fail(Error::invalid(office.display(), tr("to be restored, the database's name must be a plain name (Latin letters, digits and _) "
                                                        "of at most 37 characters, so the restored and the replaced database fit beside it")));
    ServerConnection maintenance(office);
    if (!maintenance.isOpen())
        return fail(Error::io(office.display(), tr("cannot connect to the database server: %1").arg(maintenance.failure())));
    if (auto alone = refuseSessions(maintenance.db(), office.databaseName); !alone)
        return fail(alone.error());
    dropLeftovers(maintenance.db(), office.databaseName);
    if (auto created = sql::run(maintenance.db(), PostgresDialect::createDatabaseSql(restoring)); !created)
        return fail(Error::io(office.display(), tr("cannot create the database %1 to restore into (the account needs the right to create "
                                                   "databases): %2")
                                                    .arg(restoring, created.error().message)));
    auto verdict = restoreInto(maintenance.db(), dump, office, restoring);
    if (verdict) {
        if (auto swapped = swap(maintenance.db(), office.databaseName, restoring, replaced); !swapped)
            verdict = fail(swapped.error());
    }
    if (!verdict) {
        if (auto dropped = sql::run(maintenance.db(), PostgresDialect::dropDatabaseSql(restoring)); !dropped)
            return fail(Error{verdict.error().code, verdict.error().field,
                              tr("%1; the database %2 made for the restore could not be removed (%3): remove it by hand")
                                  .arg(verdict.error().message, restoring, dropped.error().message)});
        return verdict;
    }
    if (aside)
        *aside = replaced;
    verdict->file = office.display();
    return verdict;
}

} // namespace sd
