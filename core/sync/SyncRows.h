#pragma once

#include "common/Error.h"
#include "storage/Database.h"
#include "sync/PreparedStatements.h"
#include "sync/SyncEntities.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace sd {

// Reads and writes synchronised rows as JSON values, turning local ids into
// global keys and back (a customer's uuid, a user's login).
class SyncRows
{
public:
    explicit SyncRows(Database database);

    // The row's columns as they travel; nullopt when there is no such row.
    Result<std::optional<QJsonObject>> read(const SyncEntity& entity, const QString& uuid,
                                            const QList<SyncColumn>& columns);
    Result<bool> exists(const SyncEntity& entity, const QString& uuid);
    Status insert(const SyncEntity& entity, const QString& uuid, const QJsonObject& values);
    // One field; tickets and customers get a new version so open forms see it.
    Status set(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, const QJsonValue& value);

    Result<QJsonValue> uuidOf(const QString& table, const QVariant& id);
    Result<QJsonValue> outgoing(const SyncColumn& column, const QVariant& value);
    Result<QVariant> incoming(const SyncColumn& column, const QJsonValue& value);
    Result<QString> loginOf(const QVariant& userId);
    Result<QVariant> userIdOf(const QString& login);
    Result<QVariant> idOfUuid(const QString& table, const QString& uuid);

    Result<QSqlQuery*> run(const QString& statement, const QVariantList& values) { return m_statements.run(statement, values); }
    Result<QVariant> scalar(const QString& statement, const QVariantList& values) { return m_statements.scalar(statement, values); }

private:
    Database m_database;
    PreparedStatements m_statements;
    QHash<qint64, QString> m_customerUuids;
    QHash<QString, QVariant> m_userIds;
    QHash<qint64, QString> m_logins;
    QHash<QString, QVariant> m_idsByUuid;
};

// A JSON number that is whole binds as an integer (PostgreSQL's columns are typed).
QVariant variantOf(const QJsonValue& value);
QJsonValue jsonOf(const QVariant& value);

} // namespace sd
