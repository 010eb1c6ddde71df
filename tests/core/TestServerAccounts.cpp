// On PostgreSQL every desk user is an account of the server, and the server
// itself refuses what matters (DESIGN: "the server enforces what matters").
// These cases connect with a desk user's own password, as psql would, and
// try plain SQL. They run in the PostgreSQL pass; a SQLite file has no
// accounts (its boundary is the file, see docs/PERMISSIONS.md).
#include "TestSupport.h"

#include "sync/SyncService.h"

#include "demo/DemoGenerator.h"
#include "storage/DatabaseAddress.h"
#include "storage/PostgresAccounts.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

const QString kAdminPassword = QStringLiteral("harbour-lights-7");
const QString kAgentPassword = QStringLiteral("li-na-secret");

// A plain connection as a desk user's server account.
class Account
{
public:
    Account(Workspace& ws, const QString& login, const QString& password)
        : m_name(QStringLiteral("account-") + login)
    {
        auto address = DatabaseAddress::parse(ws.database().path());
        REQUIRE(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        address->forAccount(login, password).applyTo(db);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Account() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // The SQLSTATE of the statement's failure, empty when it succeeded.
    QString refusal(const QString& statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(statement))
            return {};
        return query.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("?") : query.lastError().nativeErrorCode();
    }
    QVariant value(const QString& statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        REQUIRE(query.exec(statement));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

struct Office
{
    test::TempWorkspace ws;
    qint64 admin = 0;
    qint64 ticket = 0;
    QString db;

    Office()
    {
        auto created = ws->signIn().createAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator"), kAdminPassword);
        REQUIRE(created);
        admin = created->id;
        REQUIRE(ws->userAdmin().resetPassword(ws.userId("li.na"), kAgentPassword, admin));
        TicketDraft draft;
        draft.contactName = QStringLiteral("Ms Zhou");
        draft.subject = QStringLiteral("Compressor noise");
        auto made = ws->tickets().create(draft, ws.userId("li.na"));
        REQUIRE(made);
        ticket = made->id;
        db = ws->database().connection().databaseName();
    }
};

const QString kPermissionDenied = QStringLiteral("42501");

} // namespace

TEST_CASE("an agent's own SQL at the server: reads and work rows yes, timeline edits, configuration, users and grants no",
          "[accounts]")
{
    if (!test::onServer())
        return; // a SQLite file has no server accounts
    Office office;
    Account agent(*office.ws, QStringLiteral("li.na"), kAgentPassword);
    INFO(agent.error().toStdString());
    REQUIRE(agent.isOpen());
    CHECK(agent.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt() == 1);
    CHECK(agent.refusal(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, body) VALUES (%1, 0, 'comment', 'typed in psql')")
                            .arg(office.ticket)) == QString());
    // The timeline is insert-only, for everyone.
    CHECK(agent.refusal(QStringLiteral("UPDATE ticket_events SET body = 'rewritten'")) == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("DELETE FROM ticket_events")) == kPermissionDenied);
    // Configuration and users belong to administrators; so do grants and accounts.
    CHECK(agent.refusal(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'li.na'")) == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("INSERT INTO teams (code, name) VALUES ('shadow', 'Shadow')")) == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("DELETE FROM tickets")) == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("SELECT * FROM audit_log")) == kPermissionDenied);
    // Audit entries in one's own name only.
    CHECK(agent.refusal(QStringLiteral("INSERT INTO audit_log (at, login, kind, detail) VALUES (0, 'li.na', 'signed_out', '')")) == QString());
    CHECK(agent.refusal(QStringLiteral("INSERT INTO audit_log (at, login, kind, detail) VALUES (0, 'admin', 'signed_out', 'forged')"))
          == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("SELECT sd_set_login('li.na', '', 'admin', true)")) == kPermissionDenied);
    CHECK_FALSE(agent.refusal(QStringLiteral("GRANT \"%1_admin\" TO \"li.na@%1\"").arg(office.db)).isEmpty());
    CHECK_FALSE(agent.refusal(QStringLiteral("CREATE ROLE sneaky LOGIN")).isEmpty());
    CHECK_FALSE(agent.refusal(QStringLiteral("ALTER ROLE \"li.na@%1\" SUPERUSER").arg(office.db)).isEmpty());
    // Settings: only the SLA sweep's minute; other rows are out of the agent's reach.
    CHECK(agent.refusal(QStringLiteral("UPDATE settings SET value = 'XX' WHERE key = 'office_code'")) == QString());
    CHECK(office.ws->configuration().officeCode == QStringLiteral("HQ"));
    CHECK(sql::scalar(office.ws->database().connection(),
                      QStringLiteral("SELECT value FROM settings WHERE key = 'office_code'"))->toString() == QStringLiteral("HQ"));
    CHECK(agent.refusal(QStringLiteral("INSERT INTO settings (key, value) VALUES ('office_name', 'Shadow office')")) == kPermissionDenied);
    CHECK(agent.refusal(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sla_sweep_minute', '1') "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) == QString());
    // ...but not a minute far ahead, which would stop everyone's sweep.
    CHECK(agent.refusal(QStringLiteral("UPDATE settings SET value = '99999999999' WHERE key = 'sla_sweep_minute'")) == kPermissionDenied);
    // Ids only move forward.
    CHECK(agent.refusal(QStringLiteral("SELECT setval(pg_get_serial_sequence('tickets', 'id'), 1)")) == kPermissionDenied);
}

TEST_CASE("a configuration that demotes an administrator takes the server's rights away too", "[accounts]")
{
    if (!test::onServer())
        return;
    Office office;
    const qint64 li = office.ws.userId("li.na");
    auto user = office.ws->users().byId(li);
    REQUIRE(user);
    REQUIRE(office.ws->userAdmin().update(li, {user->login, user->displayName, Role::Admin, user->teamCode, {}}, office.admin));
    {
        Account promoted(*office.ws, QStringLiteral("li.na"), kAgentPassword);
        REQUIRE(promoted.isOpen());
        CHECK(promoted.refusal(QStringLiteral("UPDATE teams SET name = name")) == QString());
    }
    Configuration changed = office.ws->configuration();
    for (UserDefinition& definition : changed.users)
        if (definition.login == QStringLiteral("li.na"))
            definition.role = Role::Agent;
    REQUIRE(office.ws->importConfiguration(changed, office.admin));
    Account demoted(*office.ws, QStringLiteral("li.na"), kAgentPassword);
    REQUIRE(demoted.isOpen());
    CHECK(demoted.refusal(QStringLiteral("UPDATE teams SET name = name")) == kPermissionDenied);
}

TEST_CASE("an administrator's own SQL may change configuration but not the timeline", "[accounts]")
{
    if (!test::onServer())
        return;
    Office office;
    Account admin(*office.ws, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(admin.isOpen());
    CHECK(admin.refusal(QStringLiteral("UPDATE teams SET name = name")) == QString());
    CHECK(admin.refusal(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == QString());
    // Every entry, not only the administrator's own.
    REQUIRE(sql::run(office.ws->database().connection(),
                     QStringLiteral("INSERT INTO audit_log (at, login, kind, detail) VALUES (0, 'li.na', 'signed_out', '')")));
    const QString others = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE login <> 'admin'");
    const int seenByOwner = sql::scalar(office.ws->database().connection(), others)->toInt();
    CHECK(seenByOwner >= 1);
    CHECK(admin.value(others).toInt() == seenByOwner);
    CHECK(admin.refusal(QStringLiteral("UPDATE ticket_events SET body = 'rewritten'")) == kPermissionDenied);
    CHECK(admin.refusal(QStringLiteral("DELETE FROM ticket_events")) == kPermissionDenied);
    Account wrong(*office.ws, QStringLiteral("admin"), QStringLiteral("harbour-lights-8"));
    CHECK_FALSE(wrong.isOpen());
}

TEST_CASE("a desk signed in as its user's own account works the queue and is refused the rest by core and server", "[accounts]")
{
    if (!test::onServer())
        return;
    Office office;
    auto refused = Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("li.na"), QStringLiteral("not-her-password"),
                                           QStringLiteral("desk"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::SignIn);
    CHECK(refused.error().message == QStringLiteral("wrong login or password"));
    auto desk = Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("li.na"), kAgentPassword, QStringLiteral("desk"));
    INFO((desk ? std::string() : desk.error().describe().toStdString()));
    REQUIRE(desk);
    Workspace& ws = *desk->workspace;
    CHECK(desk->user.login == QStringLiteral("li.na"));
    auto current = ws.tickets().get(office.ticket);
    REQUIRE(current);
    CHECK(ws.tickets().addComment(office.ticket, QStringLiteral("Called the customer back"), true, desk->user.id));
    current = ws.tickets().get(office.ticket);
    CHECK(ws.tickets().changeStatus(office.ticket, current->version, TicketStatus::InProgress, desk->user.id));
    CHECK(ws.tickets().sweepSla());
    TicketDraft draft;
    draft.contactName = QStringLiteral("Mr Wu");
    draft.subject = QStringLiteral("Remote does not pair");
    CHECK(ws.tickets().create(draft, desk->user.id));
    // A new customer's code and the sync status line read which offices exist;
    // the secret halves of the office's keys are not the desk's to read.
    CustomerDraft customer;
    customer.name = QStringLiteral("吴先生");
    CHECK(ws.customers().create(customer, desk->user.id));
    CHECK(SyncService(ws.database()).self());
    CHECK_FALSE(sql::run(ws.database().connection(), QStringLiteral("SELECT sign_secret FROM sync_offices")));
    // The core refuses by the matrix; the server's grants would refuse the same write.
    auto config = ws.importConfiguration(ws.configuration(), desk->user.id);
    REQUIRE_FALSE(config);
    CHECK(config.error().code == Error::Code::Forbidden);
    auto direct = ws.configStore().replace(ws.configuration());
    REQUIRE_FALSE(direct);
    CHECK(direct.error().code == Error::Code::Forbidden);
    // Changing her own password goes to the server: the old one stops working.
    REQUIRE(ws.signIn().changeOwnPassword(desk->user, kAgentPassword, QStringLiteral("li-na-second")));
    CHECK_FALSE(Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("li.na"), kAgentPassword, QStringLiteral("desk")));
    CHECK(Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("li.na"), QStringLiteral("li-na-second"),
                                  QStringLiteral("desk")));
    // Deactivated by an administrator at their own desk (whose audit entry
    // names li.na), the account cannot connect at all.
    auto adminDesk = Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("admin"), kAdminPassword, QStringLiteral("desk"));
    REQUIRE(adminDesk);
    auto deactivated = adminDesk->workspace->userAdmin().setActive(office.ws.userId("li.na"), false, adminDesk->user.id);
    INFO((deactivated ? std::string() : deactivated.error().describe().toStdString()));
    REQUIRE(deactivated);
    CHECK_FALSE(Account(*office.ws, QStringLiteral("li.na"), QStringLiteral("li-na-second")).isOpen());
}

TEST_CASE("a refused sign-in is told apart from other connection failures by SQLSTATE, not by the server's words", "[accounts]")
{
    if (!test::onServer())
        return;
    Office office;
    const auto address = DatabaseAddress::parse(office.ws->database().path());
    REQUIRE(address);
    const auto refuses = [&](const QString& login, const QString& password) {
        return PostgresAccounts::refusesSignIn(address->forAccount(login, password).connectionUri());
    };
    CHECK_FALSE(refuses(QStringLiteral("li.na"), kAgentPassword));
    CHECK(refuses(QStringLiteral("li.na"), QStringLiteral("not-her-password")));
    CHECK(refuses(QStringLiteral("nobody.here"), kAgentPassword)); // unknown: refused like a wrong password
    CHECK(refuses(QStringLiteral("li.na"), QString()));               // no password at all
    // Right password, but a database that does not exist: not a sign-in problem.
    QString elsewhere = address->forAccount(QStringLiteral("li.na"), kAgentPassword).connectionUri();
    elsewhere.replace(QLatin1Char('/') + office.db, QStringLiteral("/sd_no_such_database"));
    REQUIRE(elsewhere.contains(QStringLiteral("sd_no_such_database")));
    CHECK_FALSE(PostgresAccounts::refusesSignIn(elsewhere));
    // Deactivated: the password is right but the account may not sign in.
    REQUIRE(office.ws->userAdmin().setActive(office.ws.userId("li.na"), false, office.admin));
    CHECK(refuses(QStringLiteral("li.na"), kAgentPassword));
}

TEST_CASE("demo passwords on a server give every user an account there", "[accounts]")
{
    if (!test::onServer())
        return;
    test::TempWorkspace ws;
    REQUIRE(DemoGenerator::giveDemoPasswords(*ws, QStringLiteral("demo1234")));
    Account agent(*ws, QStringLiteral("li.na"), QStringLiteral("demo1234"));
    INFO(agent.error().toStdString());
    REQUIRE(agent.isOpen());
    CHECK(agent.refusal(QStringLiteral("UPDATE teams SET name = name")) == kPermissionDenied);
    Account admin(*ws, QStringLiteral("admin"), QStringLiteral("demo1234"));
    REQUIRE(admin.isOpen());
    CHECK(admin.refusal(QStringLiteral("UPDATE teams SET name = name")) == QString());
    // Once claimed, no more demo passwords.
    CHECK_FALSE(DemoGenerator::giveDemoPasswords(*ws, QStringLiteral("demo1234")));
}

TEST_CASE("at the server, a supervisor's desk may choose a team's rule and agents' desks share tickets out, raw SQL may not do more",
          "[accounts][assignment]")
{
    if (!test::onServer())
        return;
    Office office;
    const QString supervisorPassword = QStringLiteral("sun-hui-secret");
    REQUIRE(office.ws->userAdmin().resetPassword(office.ws.userId("sun.hui"), supervisorPassword, office.admin));
    auto supervisorDesk = Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("sun.hui"), supervisorPassword,
                                                  QStringLiteral("desk"));
    REQUIRE(supervisorDesk);
    Workspace& supervising = *supervisorDesk->workspace;
    REQUIRE(supervising.setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, supervisorDesk->user.id));

    auto agentDesk = Workspace::openSignedIn(office.ws->database().path(), QStringLiteral("li.na"), kAgentPassword, QStringLiteral("desk"));
    REQUIRE(agentDesk);
    Workspace& agent = *agentDesk->workspace;
    REQUIRE(agent.presence().signOn(agentDesk->user.id));
    REQUIRE(agent.presence().setAvailability(agentDesk->user.id, Availability::Away));
    REQUIRE(agent.presence().setAvailability(agentDesk->user.id, Availability::Available));
    // The supervisor files a ticket for the team: the rule, run by the supervisor's desk, gives it to Li Na.
    TicketDraft draft;
    draft.contactName = QStringLiteral("Mr Wu");
    draft.subject = QStringLiteral("Dryer stops after ten minutes");
    draft.teamCode = QStringLiteral("hotline");
    auto filed = supervising.tickets().create(draft, supervisorDesk->user.id);
    REQUIRE(filed);
    CHECK(filed->assigneeId == agentDesk->user.id);
    // The agent's desk runs the minute's sweep, which may assign too.
    REQUIRE(agent.tickets().assignWaiting());

    Account agentSql(*office.ws, QStringLiteral("li.na"), kAgentPassword);
    REQUIRE(agentSql.isOpen());
    CHECK(agentSql.refusal(QStringLiteral("UPDATE teams SET assignment = 'manual'")) == kPermissionDenied);
    Account supervisorSql(*office.ws, QStringLiteral("sun.hui"), supervisorPassword);
    REQUIRE(supervisorSql.isOpen());
    CHECK(supervisorSql.refusal(QStringLiteral("UPDATE teams SET assignment = 'least_open' WHERE code = 'hotline'")) == QString());
    CHECK(supervisorSql.refusal(QStringLiteral("UPDATE teams SET name = 'Renamed'")) == kPermissionDenied);
    CHECK(supervisorSql.refusal(QStringLiteral("DELETE FROM teams")) == kPermissionDenied);
}
