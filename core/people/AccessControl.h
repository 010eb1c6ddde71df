#pragma once

#include "common/Codes.h"
#include "common/Error.h"
#include "people/AuditLog.h"
#include "people/UserDirectory.h"

namespace sd {

// Applies the permission matrix to the person doing something. Services call
// require() before they write; a refusal names the action and the role, is
// recorded in the audit log and leaves the database as it was.
class AccessControl
{
public:
    // Tickets arriving from outside (a web form, a phone system) are created
    // by nobody in particular; this actor may do that and nothing else.
    static constexpr qint64 kIntake = 0;

    AccessControl(Database database, Clock clock);

    Status require(qint64 actorId, Action action) const;
    // Reports on one's own work, one's team or everyone: which one the
    // filter asks for decides the action needed.
    Status requireReport(qint64 actorId, const QString& teamCode, const QString& agentLogin) const;
    // True while no administrator can sign in (a new database): then the
    // one holding the file acts without signing in, to set it up.
    Result<bool> isUnclaimed() const;
    // Whether the matrix lets this user do it (no audit: for screens deciding what to offer).
    static bool allows(const User& user, Action action);
    // The message a refusal carries.
    static Error denial(Role role, Action action);

private:
    Status refuse(const User& user, Action action) const;
    Result<User> actor(qint64 actorId) const;

    Database m_database;
    UserDirectory m_users;
    AuditLog m_audit;
};

} // namespace sd
