#include "people/UserDirectory.h"

#include "config/Configuration.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace sd {
namespace {

const QString kUserColumns = QStringLiteral(
    "id, login, display_name, role, COALESCE(team_code, ''), active, skills, "
    "CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END");

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = fromCode<Role>(query.value(3).toString()).value_or(Role::Agent);
    user.teamCode = query.value(4).toString();
    user.active = query.value(5).toBool();
    user.skills = skillsFromText(query.value(6).toString());
    user.hasPassword = query.value(7).toBool();
    return user;
}

} // namespace

UserDirectory::UserDirectory(Database database)
    : m_database(std::move(database))
{
}

Result<User> UserDirectory::one(const QString& where, const QVariant& value) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kUserColumns, where), {value});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(QStringLiteral("user"),
                                    QCoreApplication::translate("sd::UserDirectory", "no user \"%1\"").arg(value.toString())));
    return userFrom(*query);
}

Result<User> UserDirectory::byLogin(const QString& login) const
{
    return one(QStringLiteral("login"), login);
}

Result<User> UserDirectory::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

Result<QList<User>> UserDirectory::list(const QString& whereAndOrder) const
{
    auto query = sql::run(m_database.connection(), QStringLiteral("SELECT %1 FROM users %2").arg(kUserColumns, whereAndOrder));
    if (!query)
        return fail(query.error());
    QList<User> users;
    while (query->next())
        users.append(userFrom(*query));
    return users;
}

Result<QList<User>> UserDirectory::activeUsers() const
{
    return list(QStringLiteral("WHERE active = 1 ORDER BY display_name, id"));
}

Result<QList<User>> UserDirectory::allUsers() const
{
    return list(QStringLiteral("ORDER BY login"));
}

Result<QString> UserDirectory::passwordHash(const QString& login) const
{
    auto hash = sql::scalar(m_database.connection(), QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {login});
    if (!hash)
        return fail(hash.error());
    return hash->toString();
}

Result<User> UserDirectory::ensure(const QString& login, const QString& displayName)
{
    if (auto existing = byLogin(login))
        return existing;
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO users (uuid, login, display_name, role, created_at) "
                                            "VALUES (?, ?, ?, 'agent', ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), login,
                              displayName.isEmpty() ? login : displayName, QDateTime::currentSecsSinceEpoch()});
    if (!inserted)
        return fail(inserted.error());
    return byLogin(login);
}

} // namespace sd
