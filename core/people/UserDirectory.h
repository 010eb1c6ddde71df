#pragma once

#include "common/Codes.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QList>

namespace sd {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString teamCode;
    bool active = true;
    QList<Category> skills;
    bool hasPassword = false;
};

// Looks up the people who work tickets. Users are created through the
// configuration import (and by ticket imports); they are never deleted, only
// deactivated, so the timeline keeps its actors.
class UserDirectory
{
public:
    explicit UserDirectory(Database database);

    Result<User> byLogin(const QString& login) const;
    Result<User> byId(qint64 id) const;
    Result<QList<User>> activeUsers() const;
    // Everyone, deactivated users too (the user administration screen; an
    // office has hundreds of users at most).
    Result<QList<User>> allUsers() const;
    // The stored Argon2id hash, empty when no password is set.
    Result<QString> passwordHash(const QString& login) const;
    // Returns the user with this login, creating an agent if there is none (imports).
    Result<User> ensure(const QString& login, const QString& displayName);

private:
    Result<User> one(const QString& where, const QVariant& value) const;
    Result<QList<User>> list(const QString& whereAndOrder) const;
    Database m_database;
};

} // namespace sd
