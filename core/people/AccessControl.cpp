#include "people/AccessControl.h"

#include "people/Permissions.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace sd {

AccessControl::AccessControl(Database database, Clock clock)
    : m_database(database)
    , m_users(database)
    , m_audit(database, std::move(clock))
{
}

bool AccessControl::allows(const User& user, Action action)
{
    return user.active && Permissions::allows(user.role, action);
}

Error AccessControl::denial(Role role, Action action)
{
    return {Error::Code::Forbidden, QStringLiteral("permission"),
            QCoreApplication::translate("sd::AccessControl", "not allowed for the role \"%1\": %2")
                .arg(toLabel(role), toLabel(action))};
}

Result<User> AccessControl::actor(qint64 actorId) const
{
    auto user = m_users.byId(actorId);
    if (!user && user.error().code == Error::Code::NotFound)
        return fail(Error(Error::Code::Forbidden, QStringLiteral("permission"),
                          QCoreApplication::translate("sd::AccessControl", "nobody is signed in")));
    return user;
}

Status AccessControl::refuse(const User& user, Action action) const
{
    AuditEntry entry;
    entry.userId = user.id;
    entry.login = user.login;
    entry.kind = AuditKind::Denied;
    entry.action = action;
    entry.detail = user.active ? toCode(user.role) : QStringLiteral("inactive");
    if (auto recorded = m_audit.record(entry); !recorded)
        return fail(recorded.error());
    if (!user.active)
        return fail(Error(Error::Code::Forbidden, QStringLiteral("permission"),
                          QCoreApplication::translate("sd::AccessControl", "the account \"%1\" is deactivated").arg(user.login)));
    return fail(denial(user.role, action));
}

Status AccessControl::require(qint64 actorId, Action action) const
{
    if (actorId == kIntake) {
        if (action == Action::CreateTicket)
            return {};
        // A database nobody can sign in to yet (new, or from before sign-in)
        // belongs to whoever holds it: they could make themselves its administrator.
        auto unclaimed = isUnclaimed();
        if (!unclaimed)
            return fail(unclaimed.error());
        if (*unclaimed)
            return {};
        return fail(Error(Error::Code::Forbidden, QStringLiteral("permission"),
                          QCoreApplication::translate("sd::AccessControl", "nobody is signed in: %1 needs a signed-in user")
                              .arg(toLabel(action))));
    }
    auto user = actor(actorId);
    if (!user)
        return fail(user.error());
    if (allows(*user, action))
        return {};
    return refuse(*user, action);
}

Result<bool> AccessControl::isUnclaimed() const
{
    auto count = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 "
                                            "AND password_hash IS NOT NULL"));
    if (!count)
        return fail(count.error());
    return count->toLongLong() == 0;
}

Status AccessControl::requireReport(qint64 actorId, const QString& teamCode, const QString& agentLogin) const
{
    if (actorId == kIntake)
        return require(actorId, Action::ViewAllReports);
    auto user = actor(actorId);
    if (!user)
        return fail(user.error());
    Action needed = Action::ViewAllReports;
    if (!agentLogin.isEmpty() && agentLogin == user->login) {
        needed = Action::ViewOwnReports;
    } else if (!user->teamCode.isEmpty() && teamCode == user->teamCode) {
        needed = Action::ViewTeamReports;
    } else if (!agentLogin.isEmpty() && !user->teamCode.isEmpty()) {
        auto other = m_users.byLogin(agentLogin);
        if (other && other->teamCode == user->teamCode)
            needed = Action::ViewTeamReports;
    }
    // A narrower view is allowed to whoever may see a wider one.
    if (allows(*user, needed) || allows(*user, Action::ViewAllReports))
        return {};
    return refuse(*user, needed);
}

} // namespace sd
