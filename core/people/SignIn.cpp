#include "people/SignIn.h"

#include "people/AccessControl.h"
#include "people/Passwords.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace sd {
namespace {

Error wrongPassword()
{
    // Never says which of the two was wrong: that would tell a guesser which logins exist.
    return {Error::Code::SignIn, QStringLiteral("password"), QCoreApplication::translate("sd::SignIn", "wrong login or password")};
}

} // namespace

SignIn::SignIn(Database database, Clock clock)
    : m_database(database)
    , m_clock(clock)
    , m_users(database)
    , m_audit(database, clock)
{
}

Status SignIn::recordAttempt(AuditKind kind, const QString& login, std::optional<qint64> userId, const QString& detail) const
{
    // A read-only copy can be read by whoever holds it anyway; it keeps no log.
    if (m_database.isReadOnly())
        return {};
    AuditEntry entry;
    entry.kind = kind;
    entry.login = login;
    entry.userId = userId;
    entry.detail = detail;
    return m_audit.record(entry);
}

Result<std::optional<qint64>> SignIn::lockedUntil(const QString& login) const
{
    auto failures = m_audit.recentFailures(login, kMaxFailures);
    if (!failures)
        return fail(failures.error());
    if (failures->size() < kMaxFailures)
        return std::optional<qint64>();
    const qint64 newest = failures->first();
    const qint64 oldest = failures->last();
    if (newest - oldest > kFailureWindowS || m_clock.now() >= newest + kLockoutS)
        return std::optional<qint64>();
    return std::optional<qint64>(newest + kLockoutS);
}

Error SignIn::lockedOut(const QString& login, qint64 until) const
{
    const QString when = QDateTime::fromSecsSinceEpoch(until).toString(QStringLiteral("HH:mm"));
    return {Error::Code::SignIn, QStringLiteral("login"),
            QCoreApplication::translate("sd::SignIn", "\"%1\" is locked after %2 failed sign-ins; try again after %3").arg(login).arg(kMaxFailures).arg(when)};
}

Result<User> SignIn::signIn(const QString& login, const QString& password, const QString& via) const
{
    const QString name = login.trimmed();
    auto locked = lockedUntil(name);
    if (!locked)
        return fail(locked.error());
    if (*locked) {
        if (auto recorded = recordAttempt(AuditKind::SignInLocked, name, std::nullopt); !recorded)
            return fail(recorded.error());
        return fail(lockedOut(name, **locked));
    }
    auto user = m_users.byLogin(name);
    auto hash = m_users.passwordHash(name);
    if (!hash)
        return fail(hash.error());
    // An unknown login costs the same hashing time as a known one, so timing
    // does not tell a guesser which logins exist.
    bool verified = false;
    if (*hash == QLatin1String(Passwords::kServerAccount))
        verified = m_database.dialect().verifyServerPassword(m_database.connection(), name, password);
    else if (hash->isEmpty())
        Passwords::verifyNothing(password);
    else
        verified = Passwords::verify(*hash, password);
    if (!user || !verified) {
        const auto userId = user ? std::optional<qint64>(user->id) : std::nullopt;
        if (auto recorded = recordAttempt(AuditKind::SignInFailed, name, userId, via); !recorded)
            return fail(recorded.error());
        return fail(wrongPassword());
    }
    if (!user->active) {
        if (auto recorded = recordAttempt(AuditKind::SignInFailed, name, user->id, QStringLiteral("inactive")); !recorded)
            return fail(recorded.error());
        return fail(Error(Error::Code::SignIn, QStringLiteral("login"), QCoreApplication::translate("sd::SignIn", "the account \"%1\" is deactivated").arg(name)));
    }
    if (auto recorded = recordAttempt(AuditKind::SignedIn, name, user->id, via); !recorded)
        return fail(recorded.error());
    return user;
}

Result<User> SignIn::serverSignIn(const QString& login, const QString& via) const
{
    if (m_database.dialect().connectedLogin(m_database.connection()) != login)
        return fail(Error(Error::Code::SignIn, QStringLiteral("login"),
                          QCoreApplication::translate("sd::SignIn", "this connection is not the account of \"%1\"").arg(login)));
    auto user = m_users.byLogin(login);
    if (!user)
        return fail(user.error());
    if (!user->active)
        return fail(Error(Error::Code::SignIn, QStringLiteral("login"),
                          QCoreApplication::translate("sd::SignIn", "the account \"%1\" is deactivated").arg(login)));
    if (auto recorded = recordAttempt(AuditKind::SignedIn, login, user->id, via); !recorded)
        return fail(recorded.error());
    return user;
}

Status SignIn::signOut(const User& user) const
{
    return recordAttempt(AuditKind::SignedOut, user.login, user.id);
}

Result<bool> SignIn::needsAdministrator() const
{
    return AccessControl(m_database, m_clock).isUnclaimed();
}

Result<User> SignIn::createAdministrator(const QString& login, const QString& displayName, const QString& password) const
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return fail(Error::invalid(QStringLiteral("login"), QCoreApplication::translate("sd::SignIn", "the administrator needs a login")));
    const bool server = m_database.dialect().hasServerAccounts();
    auto hash = Passwords::stored(password, server);
    if (!hash)
        return fail(hash.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // Checked inside the write lock: two first starts at once make one administrator.
    auto needed = needsAdministrator();
    if (!needed)
        return fail(needed.error());
    if (!*needed)
        return fail(Error(Error::Code::Forbidden, QStringLiteral("login"), QCoreApplication::translate("sd::SignIn", "this database already has an administrator")));
    auto written = sql::run(m_database.connection(),
                            QStringLiteral("INSERT INTO users (uuid, login, display_name, role, active, password_hash, created_at) "
                                           "VALUES (?, ?, ?, 'admin', 1, ?, ?) ON CONFLICT (login) DO UPDATE SET "
                                           "role = 'admin', active = 1, password_hash = excluded.password_hash, "
                                           "display_name = CASE WHEN ? = 1 THEN excluded.display_name ELSE users.display_name END"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), name,
                             displayName.trimmed().isEmpty() ? name : displayName.trimmed(), *hash, m_clock.now(),
                             !displayName.trimmed().isEmpty()});
    if (!written)
        return fail(written.error());
    if (server)
        if (auto account = m_database.dialect().setServerLogin(m_database.connection(), name, password, Role::Admin, true); !account)
            return fail(account.error());
    auto user = m_users.byLogin(name);
    if (!user)
        return fail(user.error());
    if (auto recorded = recordAttempt(AuditKind::UserAdded, name, user->id, QStringLiteral("admin")); !recorded)
        return fail(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return user;
}

Status SignIn::changeOwnPassword(const User& user, const QString& current, const QString& next) const
{
    if (m_database.dialect().hasServerAccounts()) {
        if (auto ok = Passwords::acceptable(next); !ok)
            return ok;
        if (auto changed = m_database.dialect().changeOwnServerPassword(m_database.connection(), user.login, current, next); !changed)
            return changed;
        return recordAttempt(AuditKind::PasswordChanged, user.login, user.id, QStringLiteral("own"));
    }
    auto hash = m_users.passwordHash(user.login);
    if (!hash)
        return fail(hash.error());
    if (!Passwords::verify(*hash, current))
        return fail(Error(Error::Code::SignIn, QStringLiteral("current"), QCoreApplication::translate("sd::SignIn", "the current password is wrong")));
    auto nextHash = Passwords::hash(next);
    if (!nextHash)
        return fail(nextHash.error());
    auto written = sql::run(m_database.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                            {*nextHash, user.id});
    if (!written)
        return fail(written.error());
    return recordAttempt(AuditKind::PasswordChanged, user.login, user.id, QStringLiteral("own"));
}

} // namespace sd
