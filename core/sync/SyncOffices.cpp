#include "sync/SyncOffices.h"

#include "storage/Sql.h"

namespace sd {
namespace {

// Without the secret halves of the keys, which only administrators may read on a server.
const QString kColumns = QStringLiteral(
    "code, is_self, is_head, sign_public, box_public, '', '', "
    "sent_number, received_number, acked_changes, acked_events, received_changes, received_events, last_sync_at");

QByteArray decoded(const QVariant& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QVariant encodedOrNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(bytes.toBase64()));
}

OfficeRecord recordFrom(const QSqlQuery& q)
{
    OfficeRecord office;
    office.keys.office = q.value(0).toString();
    office.isSelf = q.value(1).toInt() != 0;
    office.isHead = q.value(2).toInt() != 0;
    office.keys.signPublic = decoded(q.value(3));
    office.keys.boxPublic = decoded(q.value(4));
    office.keys.signSecret = decoded(q.value(5));
    office.keys.boxSecret = decoded(q.value(6));
    office.sentNumber = q.value(7).toLongLong();
    office.receivedNumber = q.value(8).toLongLong();
    office.ackedChanges = q.value(9).toLongLong();
    office.ackedEvents = q.value(10).toLongLong();
    office.receivedChanges = q.value(11).toLongLong();
    office.receivedEvents = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        office.lastSyncAt = q.value(13).toLongLong();
    return office;
}

} // namespace

SyncOffices::SyncOffices(Database database)
    : m_database(std::move(database))
{
}

Result<QList<OfficeRecord>> SyncOffices::select(const QString& where, const QVariantList& values) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1 FROM sync_offices WHERE %2 ORDER BY is_self DESC, code").arg(kColumns, where),
                          values);
    if (!query)
        return fail(query.error());
    QList<OfficeRecord> offices;
    while (query->next())
        offices.append(recordFrom(*query));
    return offices;
}

Result<std::optional<OfficeRecord>> SyncOffices::self() const
{
    auto found = select(QStringLiteral("is_self = 1"), {});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<OfficeRecord>(found->first());
}

Status SyncOffices::loadSecrets(OfficeRecord& self) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COALESCE(sign_secret, ''), COALESCE(box_secret, '') FROM sync_offices WHERE is_self = 1"));
    if (!query)
        return fail(query.error());
    if (query->next()) {
        self.keys.signSecret = decoded(query->value(0));
        self.keys.boxSecret = decoded(query->value(1));
    }
    return {};
}

Result<std::optional<OfficeRecord>> SyncOffices::office(const QString& code) const
{
    auto found = select(QStringLiteral("code = ?"), {code});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<OfficeRecord>(found->first());
}

Result<QList<OfficeRecord>> SyncOffices::all() const
{
    return select(QStringLiteral("1 = 1"), {});
}

Status SyncOffices::insert(const OfficeRecord& office, qint64 now)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("INSERT INTO sync_offices (code, is_self, is_head, sign_public, box_public, sign_secret, "
                                        "box_secret, registered_at, sent_number, received_number, acked_changes, acked_events, "
                                        "received_changes, received_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {office.code(), office.isSelf ? 1 : 0, office.isHead ? 1 : 0,
                          QString::fromLatin1(office.keys.signPublic.toBase64()),
                          QString::fromLatin1(office.keys.boxPublic.toBase64()), encodedOrNull(office.keys.signSecret),
                          encodedOrNull(office.keys.boxSecret), now, office.sentNumber, office.receivedNumber,
                          office.ackedChanges, office.ackedEvents, office.receivedChanges, office.receivedEvents});
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncOffices::setPublicKeys(const OfficeKeys& keys)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE sync_offices SET sign_public = ?, box_public = ? WHERE code = ? AND is_self = 0"),
                         {QString::fromLatin1(keys.signPublic.toBase64()), QString::fromLatin1(keys.boxPublic.toBase64()),
                          keys.office});
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncOffices::noteSent(const QString& code, qint64 number)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE sync_offices SET sent_number = ? WHERE code = ?"),
                         {number, code});
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncOffices::noteAcknowledged(const QString& code, qint64 changes, qint64 events)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE sync_offices SET acked_changes = CASE WHEN acked_changes < ? THEN ? ELSE acked_changes END, "
                                        "acked_events = CASE WHEN acked_events < ? THEN ? ELSE acked_events END WHERE code = ?"),
                         {changes, changes, events, events, code});
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncOffices::noteReceived(const QString& code, qint64 number, qint64 changes, qint64 events, qint64 now)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE sync_offices SET received_number = ?, "
                                        "received_changes = CASE WHEN received_changes < ? THEN ? ELSE received_changes END, "
                                        "received_events = CASE WHEN received_events < ? THEN ? ELSE received_events END, "
                                        "last_sync_at = ? WHERE code = ?"),
                         {number, changes, changes, events, events, now, code});
    if (!done)
        return fail(done.error());
    return {};
}

Result<QString> SyncOffices::receivedDigest(const QString& code) const
{
    auto digest = sql::scalar(m_database.connection(), QStringLiteral("SELECT received_digest FROM sync_offices WHERE code = ?"), {code});
    if (!digest)
        return fail(digest.error());
    return digest->toString();
}

Status SyncOffices::setReceivedDigest(const QString& code, const QString& digest)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE sync_offices SET received_digest = ? WHERE code = ?"),
                         {digest.isEmpty() ? QVariant() : QVariant(digest), code});
    if (!done)
        return fail(done.error());
    return {};
}

Result<qint64> SyncOffices::seedNumber(const QString& code) const
{
    auto number = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(seed_number, 0) FROM sync_offices WHERE code = ?"), {code});
    if (!number)
        return fail(number.error());
    return number->toLongLong();
}

Status SyncOffices::setSeedNumber(const QString& code, qint64 number)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE sync_offices SET seed_number = ? WHERE code = ?"), {number, code});
    if (!done)
        return fail(done.error());
    return {};
}

Result<QJsonArray> SyncOffices::sentChain(const QString& code) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT number, digest FROM sync_sent_files WHERE office = ? ORDER BY number"), {code});
    if (!query)
        return fail(query.error());
    QJsonArray chain;
    while (query->next())
        chain.append(QJsonArray{query->value(0).toLongLong(), query->value(1).toString()});
    return chain;
}

Status SyncOffices::noteSentFile(const QString& code, qint64 number, const QString& digest)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("INSERT INTO sync_sent_files (office, number, digest) VALUES (?, ?, ?)"), {code, number, digest});
    if (!done)
        return fail(done.error());
    return {};
}

Status SyncOffices::forgetSentFilesBefore(const QString& code, qint64 number)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("DELETE FROM sync_sent_files WHERE office = ? AND number < ?"),
                         {code, number});
    if (!done)
        return fail(done.error());
    return {};
}

} // namespace sd
