#include "people/UserAdmin.h"

#include "people/Passwords.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace sd {
namespace {

QVariant teamValue(const QString& teamCode)
{
    return teamCode.isEmpty() ? QVariant() : QVariant(teamCode);
}

} // namespace

UserAdmin::UserAdmin(Database database, Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_users(database)
    , m_access(database, clock)
    , m_audit(database, clock)
{
}

Status UserAdmin::validate(const UserDraft& draft, bool newLogin) const
{
    std::vector<Error> problems;
    // Only new logins: imports made users named as in their files, who must stay editable.
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,39}$"));
    if (newLogin && !loginPattern.match(draft.login).hasMatch())
        problems.push_back(Error::invalid(QStringLiteral("login"),
                                          QCoreApplication::translate("sd::UserAdmin", "a login is 2 to 40 lower-case letters, digits, '.', '_' or '-', "
                                             "starting with a letter or digit")));
    if (draft.displayName.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("name"), QCoreApplication::translate("sd::UserAdmin", "the name is empty")));
    if (!draft.teamCode.isEmpty()
        && std::none_of(m_configuration.teams.begin(), m_configuration.teams.end(),
                        [&](const Team& team) { return team.code == draft.teamCode; }))
        problems.push_back(Error::invalid(QStringLiteral("team"), QCoreApplication::translate("sd::UserAdmin", "unknown team \"%1\"").arg(draft.teamCode)));
    return allOf(std::move(problems));
}

// An office must always keep one active administrator who can sign in, or
// nobody could ever manage users again.
Status UserAdmin::keepsAnAdministrator(const User& before, bool stillAdmin) const
{
    if (before.role != Role::Admin || !before.active || stillAdmin)
        return {};
    auto others = sql::scalar(m_database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 "
                                             "AND password_hash IS NOT NULL AND id <> ?"),
                              {before.id});
    if (!others)
        return fail(others.error());
    if (others->toLongLong() == 0)
        return fail(Error::invalid(QStringLiteral("role"), QCoreApplication::translate("sd::UserAdmin", "\"%1\" is the last administrator who can sign in").arg(before.login)));
    return {};
}

Status UserAdmin::write(const QString& statement, const QVariantList& values, const User& subject, AuditKind kind,
                        const QString& detail, qint64 actorId, const std::function<Status()>& precondition,
                        const std::function<Status()>& serverStep)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // Checked under the write lock: two administrators demoting each other at once leave one.
    if (precondition)
        if (auto holds = precondition(); !holds)
            return holds;
    if (auto written = sql::run(m_database.connection(), statement, values); !written)
        return fail(written.error());
    // The server's account changes in the same transaction: both or neither.
    if (serverStep)
        if (auto done = serverStep(); !done)
            return done;
    AuditEntry entry;
    entry.kind = kind;
    entry.login = subject.login;
    if (subject.id > 0)
        entry.userId = subject.id;
    else if (auto added = m_users.byLogin(subject.login))
        entry.userId = added->id;
    entry.detail = detail;
    if (auto actor = m_users.byId(actorId))
        entry.detail = detail + QStringLiteral(" by:") + actor->login;
    if (auto recorded = m_audit.record(entry); !recorded)
        return fail(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    refreshConfiguration();
    return {};
}

void UserAdmin::refreshConfiguration()
{
    auto users = m_users.allUsers();
    if (!users)
        return;
    m_configuration.users.clear();
    for (const User& user : *users)
        m_configuration.users.append({user.login, user.displayName, user.role, user.teamCode, user.skills, user.active});
}

std::function<Status()> UserAdmin::serverAccount(const QString& login, const QString& password, Role role, bool active,
                                                 bool hasAccount) const
{
    if (!m_database.dialect().hasServerAccounts() || !hasAccount)
        return {};
    return [this, login, password, role, active] {
        return m_database.dialect().setServerLogin(m_database.connection(), login, password, role, active);
    };
}

Result<User> UserAdmin::add(const UserDraft& draft, const QString& password, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageUsers); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(draft, true); !valid)
        return fail(valid.error());
    if (m_users.byLogin(draft.login))
        return fail(Error(Error::Code::Duplicate, QStringLiteral("login"), QCoreApplication::translate("sd::UserAdmin", "the login \"%1\" is taken").arg(draft.login)));
    auto hash = Passwords::stored(password, m_database.dialect().hasServerAccounts());
    if (!hash)
        return fail(hash.error());
    User subject;
    subject.login = draft.login;
    auto written = write(QStringLiteral("INSERT INTO users (uuid, login, display_name, role, team_code, skills, active, "
                                        "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), draft.login, draft.displayName.trimmed(),
                          toCode(draft.role), teamValue(draft.teamCode), skillsToText(draft.skills), *hash, m_clock.now()},
                         subject, AuditKind::UserAdded, toCode(draft.role), actorId, {},
                         serverAccount(draft.login, password, draft.role, true, true));
    if (!written)
        return fail(written.error());
    return m_users.byLogin(draft.login);
}

Result<User> UserAdmin::update(qint64 userId, const UserDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageUsers); !allowed)
        return fail(allowed.error());
    auto before = m_users.byId(userId);
    if (!before)
        return fail(before.error());
    UserDraft changed = draft;
    changed.login = before->login;
    if (auto valid = validate(changed, false); !valid)
        return fail(valid.error());
    const bool stillAdmin = draft.role == Role::Admin;
    QStringList detail{toCode(before->role) + QStringLiteral("->") + toCode(draft.role)};
    if (before->teamCode != draft.teamCode)
        detail.append(QStringLiteral("team %1->%2").arg(before->teamCode, draft.teamCode));
    auto written = write(QStringLiteral("UPDATE users SET display_name = ?, role = ?, team_code = ?, skills = ? WHERE id = ?"),
                         {draft.displayName.trimmed(), toCode(draft.role), teamValue(draft.teamCode), skillsToText(draft.skills),
                          userId},
                         *before, AuditKind::UserChanged, detail.join(QStringLiteral(", ")), actorId,
                         [&] { return keepsAnAdministrator(*before, stillAdmin); },
                         serverAccount(before->login, {}, draft.role, before->active, before->hasPassword));
    if (!written)
        return fail(written.error());
    return m_users.byId(userId);
}

Status UserAdmin::setActive(qint64 userId, bool active, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageUsers); !allowed)
        return fail(allowed.error());
    auto before = m_users.byId(userId);
    if (!before)
        return fail(before.error());
    if (!active && userId == actorId)
        return fail(Error::invalid(QStringLiteral("active"), QCoreApplication::translate("sd::UserAdmin", "you cannot deactivate your own account")));
    return write(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active, userId}, *before,
                 AuditKind::UserChanged, active ? QStringLiteral("activated") : QStringLiteral("deactivated"), actorId,
                 [&] { return active ? Status{} : keepsAnAdministrator(*before, false); },
                 serverAccount(before->login, {}, before->role, active, before->hasPassword));
}

Status UserAdmin::resetPassword(qint64 userId, const QString& password, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageUsers); !allowed)
        return fail(allowed.error());
    auto before = m_users.byId(userId);
    if (!before)
        return fail(before.error());
    auto hash = Passwords::stored(password, m_database.dialect().hasServerAccounts());
    if (!hash)
        return fail(hash.error());
    return write(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*hash, userId}, *before,
                 AuditKind::PasswordChanged, QStringLiteral("reset"), actorId, {},
                 serverAccount(before->login, password, before->role, before->active, true));
}

} // namespace sd
