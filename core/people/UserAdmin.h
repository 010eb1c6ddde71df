#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "people/AuditLog.h"
#include "people/UserDirectory.h"

#include <functional>

namespace sd {

// What an administrator sets for a user (the login never changes once made:
// the timeline and the audit log name people by it).
struct UserDraft
{
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString teamCode;
    QList<Category> skills;
};

// Adding, changing and deactivating users; every change needs the "manage
// users" permission and is written to the audit log. Keeps the configuration
// in memory in step, so a later configuration save does not bring back old roles.
class UserAdmin
{
public:
    UserAdmin(Database database, Configuration& configuration, Clock clock);

    Result<User> add(const UserDraft& draft, const QString& password, qint64 actorId);
    Result<User> update(qint64 userId, const UserDraft& draft, qint64 actorId);
    Status setActive(qint64 userId, bool active, qint64 actorId);
    Status resetPassword(qint64 userId, const QString& password, qint64 actorId);

private:
    Status validate(const UserDraft& draft, bool newLogin) const;
    Status keepsAnAdministrator(const User& before, bool stillAdmin) const;
    Status write(const QString& statement, const QVariantList& values, const User& subject, AuditKind kind,
                 const QString& detail, qint64 actorId, const std::function<Status()>& precondition = {},
                 const std::function<Status()>& serverStep = {});
    // The server account step of a change (nothing on SQLite or for a user without a password).
    std::function<Status()> serverAccount(const QString& login, const QString& password, Role role, bool active, bool hasAccount) const;
    void refreshConfiguration();

    Database m_database;
    Configuration& m_configuration;
    Clock m_clock;
    UserDirectory m_users;
    AccessControl m_access;
    AuditLog m_audit;
};

} // namespace sd
