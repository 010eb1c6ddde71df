#include "storage/PostgresAccounts.h"

#include "storage/Sql.h"
#include "storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>

#ifdef SD_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace sd {
namespace {

constexpr const char* kRoles = "ARRAY['agent', 'technician', 'inspector', 'supervisor', 'admin']";

// Group roles are per database so that several offices (and the tests'
// databases) share one server without sharing people.
const char* const kGroupRoles = R"(DO $roles$
DECLARE
    db text := current_database();
    r text;
BEGIN
    -- A role of these names made by someone else (able to sign in, or with
    -- powers) is not taken over: its members would gain the desk's rights.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN (SELECT db || '_' || x FROM unnest(%ROLES% || ARRAY['desk']) x)
               AND (rolcanlogin OR rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        RAISE EXCEPTION 'a role named like the desk roles of % (% _agent, …) exists and can sign in or has powers', db, db;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_desk') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', db || '_desk');
    END IF;
    FOREACH r IN ARRAY %ROLES% LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = db || '_' || r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', db || '_' || r, db || '_desk');
        END IF;
    END LOOP;
END
$roles$)";

// What every desk user may do at the server, and what only administrators may.
// The application's matrix is finer; these are the rules that must hold even
// for someone typing SQL: the timeline is insert-only for everyone (no
// UPDATE or DELETE is granted on it; import undo removes tickets and the
// cascade, run as the table owner, takes their events), configuration and
// users belong to administrators, the audit log is theirs to read.
const char* const kGrants = R"(DO $grants$
DECLARE
    db text := current_database();
    desk text := current_database() || '_desk';
    admin text := current_database() || '_admin';
    sweep text := 'key = ''sla_sweep_minute'' AND value ~ ''^[0-9]{1,12}$'' '
                  'AND CAST(value AS bigint) <= floor(extract(epoch FROM now()) / 60) + 5';
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, desk);
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', desk);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', desk);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I', desk);
    EXECUTE format('REVOKE SELECT ON audit_log FROM %I', desk);
    EXECUTE format('GRANT SELECT ON audit_log TO %I', admin);
    -- nextval needs USAGE; setval (UPDATE) would let a desk move ids backwards.
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', desk);
    EXECUTE format('GRANT INSERT, UPDATE ON tickets, customers, purchases, ticket_counters, settings TO %I', desk);
    EXECUTE format('GRANT INSERT ON ticket_events, audit_log TO %I', desk);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON settings, calendars, tiers, sla_policies, teams, users TO %I', admin);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON import_runs, import_run_ranges, import_run_counters TO %I', admin);
    EXECUTE format('GRANT DELETE ON tickets, customers, purchases, ticket_counters TO %I', admin);
    -- Every desk claims the minute of the SLA sweep in settings; only that row.
    ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS settings_read ON settings;
    DROP POLICY IF EXISTS settings_sweep_insert ON settings;
    DROP POLICY IF EXISTS settings_sweep_update ON settings;
    DROP POLICY IF EXISTS settings_admin ON settings;
    CREATE POLICY settings_read ON settings FOR SELECT USING (true);
    -- A desk may claim the current minute, not one far ahead (that would stop the sweep).
    EXECUTE format('CREATE POLICY settings_sweep_insert ON settings FOR INSERT TO %I WITH CHECK (%s)', desk, sweep);
    EXECUTE format('CREATE POLICY settings_sweep_update ON settings FOR UPDATE TO %I USING (key = %L) WITH CHECK (%s)',
                   desk, 'sla_sweep_minute', sweep);
    EXECUTE format('CREATE POLICY settings_admin ON settings FOR ALL TO %I USING (true) WITH CHECK (true)', admin);
END
$grants$)";

// Administrators create and change login roles only through this function,
// which runs with its owner's right to create roles: they can give a desk
// role and a password, nothing else (no superuser, no other database's roles).
const char* const kSetLogin = R"(CREATE OR REPLACE FUNCTION sd_set_login(p_login text, p_verifier text, p_role text, p_active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    db text := pg_catalog.current_database()::text;
    account text := p_login || '@' || pg_catalog.current_database()::text;
    r text;
BEGIN
    IF NOT p_role = ANY (%ROLES%) THEN
        RAISE EXCEPTION 'unknown desk role %', p_role;
    END IF;
    -- A login is what the desk allows (so LOGIN@DATABASE names one account
    -- only) and the account's name fits PostgreSQL's 63 bytes uncut.
    IF p_login !~ '^[a-z0-9][a-z0-9._-]{1,39}$' OR octet_length(account) > 63 THEN
        RAISE EXCEPTION 'the login % cannot be a server account', p_login;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.users WHERE login = p_login) THEN
        RAISE EXCEPTION 'no desk user %', p_login;
    END IF;
    -- An existing role is taken only if it is already one of this database's desk accounts.
    -- pg_has_role takes the row's oid, not the name: the planner may evaluate
    -- a call on constants while estimating, and a name no role has yet fails.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account
               AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls
                    OR NOT pg_has_role(oid, db || '_desk', 'MEMBER'))) THEN
        RAISE EXCEPTION 'the role % exists and is not a desk account of this database', account;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', account);
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', account, p_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', account, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH r IN ARRAY %ROLES% LOOP
        IF r = p_role THEN
            EXECUTE format('GRANT %I TO %I', db || '_' || r, account);
        ELSIF pg_has_role(account, db || '_' || r, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', db || '_' || r, account);
        END IF;
    END LOOP;
END
$fn$)";

// Schema step 6: a desk writes audit entries in its own name only, so a
// desk user typing SQL cannot put words in a colleague's mouth; an
// administrator's entries name the user they changed. (Sign-in failures at a
// server are the server's to log; desks never write them.)
const char* const kAuditEntries = R"(DO $audit$
DECLARE
    desk text := current_database() || '_desk';
    admin text := current_database() || '_admin';
BEGIN
    ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS audit_own_entries ON audit_log;
    DROP POLICY IF EXISTS audit_admin_reads ON audit_log;
    DROP POLICY IF EXISTS audit_admin_entries ON audit_log;
    EXECUTE format('CREATE POLICY audit_own_entries ON audit_log FOR INSERT TO %I '
                   'WITH CHECK (login || %L || current_database() = current_user)', desk, '@');
    EXECUTE format('CREATE POLICY audit_admin_reads ON audit_log FOR SELECT TO %I USING (true)', admin);
    EXECUTE format('CREATE POLICY audit_admin_entries ON audit_log FOR INSERT TO %I WITH CHECK (true)', admin);
END
$audit$)";

const char* const kSetLoginGrant = R"(DO $grant$
BEGIN
    REVOKE ALL ON FUNCTION sd_set_login(text, text, text, boolean) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION sd_set_login(text, text, text, boolean) TO %I', current_database() || '_admin');
END
$grant$)";

QString withRoles(const char* statement)
{
    return QString::fromUtf8(statement).replace(QStringLiteral("%ROLES%"), QString::fromLatin1(kRoles));
}

#ifdef SD_HAVE_LIBPQ
PGconn* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}
#endif

// The SCRAM-SHA-256 verifier of a password, made here so the password itself
// never travels to the server (nor into its statement log).
Result<QString> verifier(const QSqlDatabase& db, const QString& account, const QString& password)
{
#ifdef SD_HAVE_LIBPQ
    PGconn* conn = handleOf(db);
    char* made = conn ? PQencryptPasswordConn(conn, password.toUtf8().constData(), account.toUtf8().constData(), "scram-sha-256")
                      : nullptr;
    if (!made)
        return fail(Error::storage(QCoreApplication::translate("sd::PostgresAccounts", "the password could not be prepared for the server")));
    const QString text = QString::fromLatin1(made);
    PQfreemem(made);
    return text;
#else
    Q_UNUSED(db);
    Q_UNUSED(account);
    Q_UNUSED(password);
    return fail(Error::storage(QCoreApplication::translate("sd::PostgresAccounts", "this build cannot set server passwords (no libpq)")));
#endif
}

} // namespace

QStringList PostgresAccounts::schemaStatements()
{
    return {withRoles(kGroupRoles), QString::fromUtf8(kGrants), withRoles(kSetLogin), QString::fromUtf8(kSetLoginGrant)};
}

QStringList PostgresAccounts::auditStatements()
{
    return {QString::fromUtf8(kAuditEntries)};
}

QString PostgresAccounts::accountName(const QString& login, const QString& databaseName)
{
    return login + QLatin1Char('@') + databaseName;
}

QString PostgresAccounts::loginOfAccount(const QString& account, const QString& databaseName)
{
    const QString suffix = QLatin1Char('@') + databaseName;
    return account.endsWith(suffix) ? account.chopped(suffix.size()) : QString();
}

Status PostgresAccounts::setLogin(const QSqlDatabase& db, const QString& login, const QString& password, Role role, bool active)
{
    QString made;
    if (!password.isEmpty()) {
        auto computed = verifier(db, accountName(login, db.databaseName()), password);
        if (!computed)
            return fail(computed.error());
        made = *computed;
    }
    auto done = sql::run(db, QStringLiteral("SELECT sd_set_login(?, ?, ?, ? = 1)"),
                         {login, made, toCode(role), active});
    if (!done)
        return fail(done.error());
    return {};
}

QString PostgresAccounts::connectedLogin(const QSqlDatabase& db)
{
    auto user = sql::scalar(db, QStringLiteral("SELECT current_user"));
    if (!user)
        return {};
    return loginOfAccount(user->toString(), db.databaseName());
}

bool PostgresAccounts::canConnect(const QSqlDatabase& db, const QString& account, const QString& password)
{
    // An empty password would let libpq fall back to ~/.pgpass: never a proof.
    if (password.isEmpty())
        return false;
    const QString name = QStringLiteral("sd-password-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool right = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        check.setHostName(db.hostName());
        check.setPort(db.port());
        check.setDatabaseName(db.databaseName());
        check.setUserName(account);
        check.setPassword(password);
        check.setConnectOptions(db.connectOptions());
        right = check.open();
#ifdef SD_HAVE_LIBPQ
        // Under "trust" any password connects: only a password the server asked for proves anything.
        PGconn* conn = right ? handleOf(check) : nullptr;
        right = conn && PQconnectionUsedPassword(conn);
#endif
        check.close();
    }
    QSqlDatabase::removeDatabase(name);
    return right;
}

bool PostgresAccounts::refusesSignIn(const QString& uri)
{
#ifdef SD_HAVE_LIBPQ
    // Started by hand so that errors are verbose, which puts the SQLSTATE
    // in the message ("FATAL:  28P01: …") before the server's words.
    PGconn* conn = PQconnectStart(uri.toUtf8().constData());
    if (!conn)
        return false;
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);
    QDeadlineTimer deadline(DatabaseAddress::kConnectTimeoutSeconds * 1000);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (PQstatus(conn) != CONNECTION_BAD && state != PGRES_POLLING_OK && !deadline.hasExpired()) {
        state = PQconnectPoll(conn);
        if (state == PGRES_POLLING_READING || state == PGRES_POLLING_WRITING)
            QThread::msleep(2);
    }
    const bool failed = PQstatus(conn) == CONNECTION_BAD;
    const QString message = QString::fromUtf8(PQerrorMessage(conn));
    const bool needed = PQconnectionNeedsPassword(conn);
    // An account that may not sign in is refused after its password was
    // accepted; a pg_hba.conf refusal (the same SQLSTATE) comes before.
    const bool used = PQconnectionUsedPassword(conn);
    PQfinish(conn);
    static const QRegularExpression wrongPassword(QStringLiteral(R"(\b28P01\b)"));
    static const QRegularExpression notPermitted(QStringLiteral(R"(\b28000\b)"));
    return failed
        && (needed || wrongPassword.match(message).hasMatch() || (used && notPermitted.match(message).hasMatch()));
#else
    Q_UNUSED(uri)
    return false;
#endif
}

bool PostgresAccounts::serverAnswers(const QString& uri)
{
#ifdef SD_HAVE_LIBPQ
    // The address's own options, then a timeout: a host that accepts and
    // never answers would otherwise hold the probe for ever.
    const QByteArray address = uri.toUtf8();
    const QByteArray timeout = QByteArray::number(DatabaseAddress::kConnectTimeoutSeconds);
    const char* const keywords[] = {"dbname", "connect_timeout", nullptr};
    const char* const values[] = {address.constData(), timeout.constData(), nullptr};
    return PQpingParams(keywords, values, 1) == PQPING_OK;
#else
    Q_UNUSED(uri)
    return true;
#endif
}

Status PostgresAccounts::changeOwnPassword(const QSqlDatabase& db, const QString& login, const QString& current, const QString& next)
{
    const QString account = accountName(login, db.databaseName());
    if (!canConnect(db, account, current))
        return fail(Error(Error::Code::SignIn, QStringLiteral("current"),
                          QCoreApplication::translate("sd::PostgresAccounts", "the current password is wrong")));
    auto made = verifier(db, account, next);
    if (!made)
        return fail(made.error());
    // A role may set its own password (and the owner anyone's); the value is a
    // verifier, quoted by the server.
    auto done = sql::run(db, QStringLiteral("SELECT set_config('sd.account', ?, false), set_config('sd.new_verifier', ?, false)"),
                         {account, *made});
    if (!done)
        return fail(done.error());
    auto altered = sql::run(db, QStringLiteral("DO $own$ BEGIN EXECUTE format('ALTER ROLE %I PASSWORD %L', "
                                               "current_setting('sd.account'), current_setting('sd.new_verifier')); END $own$"));
    (void)sql::run(db, QStringLiteral("SELECT set_config('sd.new_verifier', '', false)"));
    if (!altered)
        return fail(altered.error());
    return {};
}

} // namespace sd
