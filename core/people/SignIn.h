#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "people/AuditLog.h"
#include "people/UserDirectory.h"

#include <optional>

namespace sd {

// Who is at the desk: checks a login and password against the stored
// Argon2id hash, locks a login out after repeated failures, and records every
// sign-in, failure and sign-out in the audit log.
class SignIn
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kFailureWindowS = 15 * 60;
    static constexpr qint64 kLockoutS = 15 * 60;

    SignIn(Database database, Clock clock);

    // `via` says where (the desk, sdctl) for the audit log.
    Result<User> signIn(const QString& login, const QString& password, const QString& via = {}) const;
    Status signOut(const User& user) const;
    // After the server accepted the connection of this login's own account:
    // the desk user it belongs to, recorded as signed in.
    Result<User> serverSignIn(const QString& login, const QString& via) const;
    // When a login is locked out: the instant the lock ends; nullopt when it is not.
    Result<std::optional<qint64>> lockedUntil(const QString& login) const;

    // A new database (or one from before sign-in existed) has no
    // administrator who can sign in: the first start must create one.
    Result<bool> needsAdministrator() const;
    // Only while needsAdministrator(): gives `login` (created if missing) the
    // administrator role and this password.
    Result<User> createAdministrator(const QString& login, const QString& displayName, const QString& password) const;
    // A signed-in user changes their own password (the current one is asked again).
    Status changeOwnPassword(const User& user, const QString& current, const QString& next) const;

private:
    Status recordAttempt(AuditKind kind, const QString& login, std::optional<qint64> userId, const QString& detail = {}) const;
    Error lockedOut(const QString& login, qint64 until) const;

    Database m_database;
    Clock m_clock;
    UserDirectory m_users;
    AuditLog m_audit;
};

} // namespace sd
