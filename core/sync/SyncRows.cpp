#include "sync/SyncRows.h"

#include "storage/Sql.h"
#include "tickets/Workflow.h"

#include <cmath>

namespace sd {

QVariant variantOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QVariant(qint64(number));
        return QVariant(number);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return QVariant(value.toString());
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

SyncRows::SyncRows(Database database)
    : m_database(std::move(database))
    , m_statements(m_database.connection())
{
}

Result<QString> SyncRows::loginOf(const QVariant& userId)
{
    if (userId.isNull())
        return QString();
    const qint64 id = userId.toLongLong();
    if (auto cached = m_logins.constFind(id); cached != m_logins.constEnd())
        return *cached;
    auto login = m_statements.scalar(QStringLiteral("SELECT login FROM users WHERE id = ?"), {id});
    if (!login)
        return fail(login.error());
    m_logins.insert(id, login->toString());
    return login->toString();
}

// A login this office does not know (a user head office has not sent yet)
// leaves the reference empty rather than refusing the whole file.
Result<QVariant> SyncRows::userIdOf(const QString& login)
{
    if (login.isEmpty())
        return QVariant();
    if (auto cached = m_userIds.constFind(login); cached != m_userIds.constEnd())
        return *cached;
    auto id = m_statements.scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!id)
        return fail(id.error());
    const QVariant found = id->isValid() ? QVariant(id->toLongLong()) : QVariant();
    m_userIds.insert(login, found);
    return found;
}

Result<QVariant> SyncRows::idOfUuid(const QString& table, const QString& uuid)
{
    const QString key = table + QLatin1Char('/') + uuid;
    if (auto cached = m_idsByUuid.constFind(key); cached != m_idsByUuid.constEnd())
        return *cached;
    auto id = m_statements.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid});
    if (!id)
        return fail(id.error());
    const QVariant found = id->isValid() ? QVariant(id->toLongLong()) : QVariant();
    if (found.isValid())
        m_idsByUuid.insert(key, found);
    return found;
}

// Table names come from the program, never from the file.
Result<QJsonValue> SyncRows::uuidOf(const QString& table, const QVariant& id)
{
    auto uuid = m_statements.scalar(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), {id.toLongLong()});
    if (!uuid)
        return fail(uuid.error());
    return uuid->isValid() ? QJsonValue(uuid->toString()) : QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> SyncRows::outgoing(const SyncColumn& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.refers) {
    case SyncColumn::Refers::User: {
        auto login = loginOf(value);
        if (!login)
            return fail(login.error());
        return login->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*login);
    }
    case SyncColumn::Refers::Customer: {
        if (auto cached = m_customerUuids.constFind(value.toLongLong()); cached != m_customerUuids.constEnd())
            return QJsonValue(*cached);
        auto uuid = m_statements.scalar(QStringLiteral("SELECT uuid FROM customers WHERE id = ?"), {value.toLongLong()});
        if (!uuid)
            return fail(uuid.error());
        if (!uuid->isValid())
            return QJsonValue(QJsonValue::Null);
        m_customerUuids.insert(value.toLongLong(), uuid->toString());
        return QJsonValue(uuid->toString());
    }
    case SyncColumn::Refers::Ticket:
        return uuidOf(QStringLiteral("tickets"), value);
    case SyncColumn::Refers::Visit:
        return uuidOf(QStringLiteral("work_orders"), value);
    case SyncColumn::Refers::Attachment:
        return uuidOf(QStringLiteral("attachments"), value);
    case SyncColumn::Refers::Article:
        return uuidOf(QStringLiteral("kb_articles"), value);
    case SyncColumn::Refers::Scorecard:
        return uuidOf(QStringLiteral("qa_scorecards"), value);
    case SyncColumn::Refers::Bytes:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    case SyncColumn::Refers::Nothing:
        break;
    }
    return jsonOf(value);
}

Result<QVariant> SyncRows::incoming(const SyncColumn& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (column.refers) {
    case SyncColumn::Refers::User:
        return userIdOf(value.toString());
    case SyncColumn::Refers::Customer:
        return idOfUuid(QStringLiteral("customers"), value.toString());
    case SyncColumn::Refers::Ticket:
        return idOfUuid(QStringLiteral("tickets"), value.toString());
    case SyncColumn::Refers::Visit:
        return idOfUuid(QStringLiteral("work_orders"), value.toString());
    case SyncColumn::Refers::Attachment:
        return idOfUuid(QStringLiteral("attachments"), value.toString());
    case SyncColumn::Refers::Article:
        return idOfUuid(QStringLiteral("kb_articles"), value.toString());
    case SyncColumn::Refers::Scorecard:
        return idOfUuid(QStringLiteral("qa_scorecards"), value.toString());
    case SyncColumn::Refers::Bytes:
        return QVariant(QByteArray::fromBase64(value.toString().toLatin1()));
    case SyncColumn::Refers::Nothing:
        break;
    }
    return variantOf(value);
}

Result<std::optional<QJsonObject>> SyncRows::read(const SyncEntity& entity, const QString& uuid,
                                                  const QList<SyncColumn>& columns)
{
    QStringList names;
    for (const SyncColumn& column : columns)
        names.append(column.name);
    auto query = m_statements.run(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(names.join(QStringLiteral(", ")), entity.table),
                          {uuid});
    if (!query)
        return fail(query.error());
    if (!(*query)->next())
        return std::optional<QJsonObject>();
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values.append((*query)->value(int(i)));
    (*query)->finish();
    QJsonObject row;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        auto value = outgoing(columns.at(i), values.at(i));
        if (!value)
            return fail(value.error());
        row.insert(columns.at(i).name, *value);
    }
    return std::optional<QJsonObject>(row);
}

Result<bool> SyncRows::exists(const SyncEntity& entity, const QString& uuid)
{
    auto id = idOfUuid(entity.table, uuid);
    if (!id)
        return fail(id.error());
    return id->isValid();
}

Status SyncRows::insert(const SyncEntity& entity, const QString& uuid, const QJsonObject& values)
{
    QStringList names{QStringLiteral("uuid")};
    QVariantList bound{uuid};
    for (const SyncColumn& column : entity.allColumns()) {
        if (!values.contains(column.name))
            continue;
        auto value = incoming(column, values.value(column.name));
        if (!value)
            return fail(value.error());
        names.append(column.name);
        bound.append(*value);
    }
    const QStringList marks(names.size(), QStringLiteral("?"));
    auto done = m_statements.run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(entity.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                         bound);
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncRows::set(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, const QJsonValue& value)
{
    auto bound = incoming(column, value);
    if (!bound)
        return fail(bound.error());
    QString assignments = column.name + QStringLiteral(" = ?");
    QVariantList values{*bound};
    if (entity.versioned)
        assignments += QStringLiteral(", version = version + 1");
    if (entity.code == QLatin1String("ticket") && column.name == QLatin1String("status")) {
        const auto status = fromCode<TicketStatus>(value.toString());
        assignments += QStringLiteral(", is_open = ?");
        values.append(status && Workflow::isOpen(*status) ? 1 : 0);
    }
    values.append(uuid);
    auto done = m_statements.run(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(entity.table, assignments), values);
    if (!done)
        return fail(done.error());
    return {};
}

} // namespace sd
