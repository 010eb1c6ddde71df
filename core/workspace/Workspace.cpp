#include "workspace/Workspace.h"

#include "exchange/ImportRun.h"
#include "storage/DatabaseAddress.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "sync/SyncOffices.h"

#include <QCoreApplication>

namespace sd {

Workspace::Workspace(Database database, Configuration configuration, Clock clock)
    : m_database(database)
    , m_configuration(std::move(configuration))
    , m_clock(clock)
    , m_configStore(database)
    , m_users(database)
    , m_access(database, clock)
    , m_signIn(database, clock)
    , m_userAdmin(database, m_configuration, clock)
    , m_audit(database, clock)
    , m_tickets(database, m_configuration, clock)
    , m_complaints(database, m_configuration, clock, m_tickets)
    , m_costs(database, m_configuration, clock)
    , m_visits(database, m_configuration, clock)
    , m_plans(database, m_configuration, clock)
    , m_replies(database, clock)
    , m_attachments(database, m_configuration, clock)
    , m_care(database, m_configuration, clock)
    , m_returnVisits(database, m_configuration, clock, m_tickets)
    , m_scheduledReports(database, m_configuration, clock)
    , m_knowledge(database, m_configuration, clock, m_tickets)
    , m_quality(database, m_configuration, clock)
    , m_risks(database, m_configuration, clock)
    , m_riskAlerts(database, m_configuration, clock, m_risks)
    , m_presence(database, clock)
    , m_customers(database, m_configuration, clock)
    , m_queues(database)
{
    m_customers.setTierChangedHandler([this](qint64 customerId, const QString& tier, qint64 actorId) {
        return m_tickets.applyCustomerTier(customerId, tier, actorId);
    });
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Clock clock,
                                                   const Database::MigrationProgress& progress, Database::OpenMode mode)
{
    auto database = Database::open(path, progress, mode);
    if (!database)
        return fail(database.error());
    // A database that opened but cannot be worked on is let go at once: a
    // restore offered next must find nobody holding it.
    const auto giveUp = [&](const Error& error) {
        database->releaseThreadConnection();
        return fail(error);
    };
    // An import whose process died left its committed steps behind: undo them
    // before anyone works on the data.
    // Busy (another program is writing): the next open tries again. Forbidden
    // (a server account that may not undo imports): an administrator's will.
    if (!database->isReadOnly())
        if (auto recovered = ImportRun::recoverInterrupted(*database, clock.now());
            !recovered && recovered.error().code != Error::Code::Busy && recovered.error().code != Error::Code::Forbidden)
            return giveUp(recovered.error());
    ConfigStore store(*database);
    if (auto seeded = database->isReadOnly() ? Status{} : store.ensureDefaults(); !seeded)
        return giveUp(seeded.error());
    auto configuration = store.load();
    if (!configuration)
        return giveUp(configuration.error());
    return std::unique_ptr<Workspace>(new Workspace(*database, std::move(*configuration), std::move(clock)));
}

// A configuration's users overwrite roles and active flags: it must not take
// away the last administrator who can sign in (the database would then be
// open to whoever holds it).
Status Workspace::keepsAnAdministrator(const Configuration& configuration) const
{
    auto admins = sql::run(m_database.connection(), QStringLiteral("SELECT login FROM users WHERE role = 'admin' AND active = 1 "
                                                                   "AND password_hash IS NOT NULL"));
    if (!admins)
        return fail(admins.error());
    bool any = false;
    while (admins->next()) {
        any = true;
        const QString login = admins->value(0).toString();
        const auto listed = std::find_if(configuration.users.begin(), configuration.users.end(),
                                         [&](const UserDefinition& user) { return user.login == login; });
        if (listed == configuration.users.end() || (listed->role == Role::Admin && listed->active))
            return {};
    }
    if (!any)
        return {};
    return fail(Error::invalid(QStringLiteral("users"),
                               QCoreApplication::translate("sd::Workspace", "this configuration demotes or deactivates every administrator "
                                                                            "who can sign in; keep at least one")));
}

Result<Workspace::SignedIn> Workspace::openSignedIn(const QString& path, const QString& login, const QString& password,
                                                    const QString& via, Clock clock, Database::OpenMode mode)
{
    auto address = DatabaseAddress::parse(path);
    if (!address)
        return fail(address.error());
    if (!address->isServer()) {
        auto workspace = open(path, clock, {}, mode);
        if (!workspace)
            return fail(workspace.error());
        auto user = (*workspace)->signIn().signIn(login, password, via);
        if (!user)
            return fail(user.error());
        return SignedIn{std::move(*workspace), *user};
    }
    const QString account = address->forAccount(login.trimmed(), password).connectionUri();
    auto workspace = open(account, clock, {}, mode);
    if (!workspace) {
        // An unknown account is refused as a wrong password, by the server's design.
        if (SqlDialect::forDriver(QStringLiteral("QPSQL"))->refusesSignIn(account))
            return fail(Error(Error::Code::SignIn, QStringLiteral("password"),
                              QCoreApplication::translate("sd::SignIn", "wrong login or password")));
        return fail(workspace.error());
    }
    auto user = (*workspace)->signIn().serverSignIn(login.trimmed(), via);
    if (!user)
        return fail(user.error());
    return SignedIn{std::move(*workspace), *user};
}

Status Workspace::importConfiguration(const Configuration& configuration, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditConfiguration); !allowed)
        return allowed;
    if (auto kept = keepsAnAdministrator(configuration); !kept)
        return kept;
    if (auto stored = m_configStore.replace(configuration); !stored)
        return stored;
    auto reloaded = m_configStore.load();
    if (!reloaded)
        return fail(reloaded.error());
    m_configuration = std::move(*reloaded);
    return {};
}

Status Workspace::setTeamAssignment(const QString& teamCode, AssignmentMode mode, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageRouting); !allowed)
        return allowed;
    auto self = SyncOffices(m_database).self();
    if (!self)
        return fail(self.error());
    if (*self && !(*self)->isHead)
        return fail(Error::invalid(QStringLiteral("assignment"),
                                   QCoreApplication::translate("sd::Workspace", "this office's configuration comes from head office: "
                                                                                "change how the team's tickets are assigned there")));
    if (auto stored = m_configStore.setTeamAssignment(teamCode, mode); !stored)
        return stored;
    for (Team& team : m_configuration.teams)
        if (team.code == teamCode)
            team.assignment = mode;
    return {};
}

} // namespace sd
