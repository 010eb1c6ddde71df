// The seed: the file head office writes to create a branch's database.
#include "sync/SyncService.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncEntities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace sd {
namespace {

qint64 numberAt(const QJsonObject& object, const char* key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

// The latest stamp of every logged field of the rows in the seed, so the
// branch's first change of a field names what it replaced as head office does.
Result<QJsonArray> stampsOf(const Database& database, const QSet<QString>& rows, const QString& selfCode)
{
    auto query = sql::run(database.connection(), QStringLiteral(R"(SELECT c.entity, c.row_uuid, c.field, c.seq, c.stamp, c.at,
        COALESCE(u.login, '') FROM sync_changes c
        JOIN (SELECT MAX(seq) AS seq FROM sync_changes GROUP BY entity, row_uuid, field) l ON l.seq = c.seq
        LEFT JOIN users u ON u.id = c.actor_id ORDER BY c.seq)"));
    if (!query)
        return fail(query.error());
    QJsonArray stamps;
    while (query->next()) {
        if (!rows.contains(query->value(1).toString()))
            continue;
        stamps.append(QJsonArray{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                 stampOf(query->value(4), query->value(3).toLongLong(), selfCode),
                                 query->value(5).toLongLong(), query->value(6).toString()});
    }
    return stamps;
}

QSet<QString> uuidsOf(const QJsonArray& rows)
{
    QSet<QString> uuids;
    for (const QJsonValue& row : rows)
        uuids.insert(row.toObject().value(QStringLiteral("uuid")).toString());
    return uuids;
}

// New tickets at the branch must not take a number a seeded ticket has.
Status raiseCounters(const Database& database, const QJsonArray& tickets)
{
    QMap<QString, qint64> highest;
    for (const QJsonValue& ticket : tickets) {
        const QString number = ticket.toObject().value(QStringLiteral("number")).toString();
        const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
        const QString prefix = number.left(dash);
        highest[prefix] = std::max(highest.value(prefix), number.mid(dash + 1).toLongLong());
    }
    for (auto it = highest.begin(); it != highest.end(); ++it) {
        auto done = sql::run(database.connection(),
                             QStringLiteral("INSERT INTO ticket_counters (prefix, last_value) VALUES (?, ?) ON CONFLICT (prefix) "
                                            "DO UPDATE SET last_value = CASE WHEN ticket_counters.last_value < excluded.last_value "
                                            "THEN excluded.last_value ELSE ticket_counters.last_value END"),
                             {it.key(), it.value()});
        if (!done)
            return fail(done.error());
    }
    return {};
}

} // namespace

Result<QByteArray> SyncService::seedFor(const QString& office)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = beginExport(transaction); !begun)
        return fail(begun.error());
    auto self = requireSelf(true);
    if (!self)
        return fail(self.error());
    if (!self->isHead)
        return fail(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("sd::SyncService", "only head office creates branch offices")));
    auto peer = peerFor(*self, office);
    if (!peer)
        return fail(peer.error());
    auto upto = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_changes"));
    auto eventsUpto = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ticket_events"));
    if (!upto || !eventsUpto)
        return fail(!upto ? upto.error() : eventsUpto.error());
    SyncExchange exchange(m_database, m_clock);
    const QVariantList mine{qint64(office.size() + 1), QString(office + QLatin1Char('-'))};
    auto customers = exchange.fullRows(*syncEntity(QStringLiteral("customer")), QStringLiteral("1 = 1"), {});
    // Every ticket of the office, closed ones too: head office only ever sends
    // a branch changes to rows it holds, and a closed ticket can be reopened.
    auto tickets = exchange.fullRows(*syncEntity(QStringLiteral("ticket")), QStringLiteral("substr(number, 1, ?) = ?"), mine);
    auto events = exchange.eventsOf(QStringLiteral("substr(t.number, 1, ?) = ? AND e.id <= ?"),
                                    mine + QVariantList{eventsUpto->toLongLong()}, self->code());
    auto conflicts = exchange.fullRows(*syncEntity(QStringLiteral("conflict")), QStringLiteral("1 = 1"), {});
    if (!customers || !tickets || !events || !conflicts)
        return fail(!customers ? customers.error() : !tickets ? tickets.error() : !events ? events.error() : conflicts.error());
    auto stamps = stampsOf(m_database, uuidsOf(*customers) + uuidsOf(*tickets) + uuidsOf(*conflicts), self->code());
    auto configuration = exchange.headConfiguration();
    if (!stamps || !configuration)
        return fail(!stamps ? stamps.error() : configuration.error());
    const QJsonObject payload{{QStringLiteral("from"), self->code()},
                              {QStringLiteral("to"), office},
                              {QStringLiteral("head_key"), self->keys.publicText()},
                              {QStringLiteral("config"), configuration->value(QStringLiteral("config"))},
                              {QStringLiteral("passwords"), configuration->value(QStringLiteral("passwords"))},
                              {QStringLiteral("customers"), *customers},
                              {QStringLiteral("tickets"), *tickets},
                              {QStringLiteral("events"), *events},
                              {QStringLiteral("conflicts"), *conflicts},
                              {QStringLiteral("stamps"), *stamps},
                              {QStringLiteral("changes_upto"), upto->toLongLong()},
                              {QStringLiteral("events_upto"), eventsUpto->toLongLong()}};
    // The branch starts from this state, so head office sends it only what follows.
    if (auto acked = SyncOffices(m_database).noteAcknowledged(office, upto->toLongLong(), eventsUpto->toLongLong()); !acked)
        return fail(acked.error());
    auto file = seal(*self, *peer, QStringLiteral("seed"), payload);
    if (!file)
        return fail(file.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return file;
}

Result<SyncImport> SyncService::createBranch(const QByteArray& seed, const OfficeKeys& keys, const OfficeKeys& head)
{
    auto header = SyncFile::readHeader(seed);
    if (!header)
        return fail(header.error());
    if (header->kind != QLatin1String("seed"))
        return fail(Error::invalid(QStringLiteral("file"), QCoreApplication::translate("sd::SyncService", "this file carries changes; a new branch needs head office's seed file")));
    if (header->to != keys.office)
        return fail(Error::invalid(QStringLiteral("file"), QCoreApplication::translate("sd::SyncService", "the file is addressed to office %1, and these are office %2's keys")
                                                               .arg(header->to, keys.office)));
    auto existing = self();
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(Error::invalid(QStringLiteral("db"), QCoreApplication::translate("sd::SyncService", "this database is already office %1: a branch is created in a new database")
                                                             .arg((*existing)->code())));
    if (header->from != head.office)
        return fail(Error::invalid(QStringLiteral("file"), QCoreApplication::translate("sd::SyncService",
            "the seed comes from office %1, and the head office key given is office %2's").arg(header->from, head.office)));
    if (auto signedBy = SyncFile::verify(seed, head.signPublic, header->from); !signedBy)
        return fail(signedBy.error());
    auto sealed = SyncFile::open(seed, keys);
    if (!sealed)
        return fail(sealed.error());
    const QJsonObject payload = QJsonDocument::fromJson(qUncompress(*sealed)).object();
    auto carried = OfficeKeys::fromPublicText(payload.value(QStringLiteral("head_key")).toString());
    if (!carried || carried->publicText() != head.publicText() || payload.value(QStringLiteral("to")).toString() != keys.office)
        return fail(Error::invalid(QStringLiteral("file"), QCoreApplication::translate("sd::SyncService", "the file's contents do not match its header")));
    return applySeed(*header, payload, keys);
}

Result<SyncImport> SyncService::applySeed(const SyncHeader& header, const QJsonObject& payload, const OfficeKeys& keys)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    OfficeRecord self;
    self.keys = keys;
    self.isSelf = true;
    OfficeRecord head;
    head.keys = *OfficeKeys::fromPublicText(payload.value(QStringLiteral("head_key")).toString());
    head.isHead = true;
    head.receivedNumber = header.number;
    head.receivedChanges = numberAt(payload, "changes_upto");
    head.receivedEvents = numberAt(payload, "events_upto");
    SyncOffices offices(m_database);
    if (auto inserted = offices.insert(self, m_clock.now()); !inserted)
        return fail(inserted.error());
    if (auto inserted = offices.insert(head, m_clock.now()); !inserted)
        return fail(inserted.error());
    if (auto noted = offices.noteReceived(head.code(), header.number, head.receivedChanges, head.receivedEvents, m_clock.now()); !noted)
        return fail(noted.error());
    SyncExchange exchange(m_database, m_clock);
    SyncCounts counts;
    if (auto configured = exchange.applyConfiguration(self, payload); !configured)
        return fail(configured.error());
    const QJsonArray tickets = payload.value(QStringLiteral("tickets")).toArray();
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("customer")), payload.value(QStringLiteral("customers")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("ticket")), tickets, counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("conflict")), payload.value(QStringLiteral("conflicts")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto added = exchange.insertEvents(payload.value(QStringLiteral("events")).toArray(), keys.office, counts); !added)
        return fail(added.error());
    for (const QJsonValue& value : payload.value(QStringLiteral("stamps")).toArray()) {
        const QJsonArray stamp = value.toArray();
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO sync_changes (entity, row_uuid, field, stamp, at) VALUES (?, ?, ?, ?, ?)"),
                             {stamp.at(0).toString(), stamp.at(1).toString(), stamp.at(2).toString(), stamp.at(3).toString(),
                              qint64(stamp.at(4).toDouble())});
        if (!done)
            return fail(done.error());
    }
    if (auto counted = raiseCounters(m_database, tickets); !counted)
        return fail(counted.error());
    if (auto captured = enableCapture(); !captured)
        return fail(captured.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return SyncImport{header, counts};
}

} // namespace sd
