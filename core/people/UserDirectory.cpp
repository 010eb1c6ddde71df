#include "people/UserDirectory.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace sd {
namespace {

const QString kUserColumns = QStringLiteral("id, login, display_name, role, COALESCE(team_code, ''), active");

User userFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            fromCode<Role>(query.value(3).toString()).value_or(Role::Agent), query.value(4).toString(),
            query.value(5).toBool()};
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

Result<QList<User>> UserDirectory::activeUsers() const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1 FROM users WHERE active = 1 ORDER BY display_name, id").arg(kUserColumns));
    if (!query)
        return fail(query.error());
    QList<User> users;
    while (query->next())
        users.append(userFrom(*query));
    return users;
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
