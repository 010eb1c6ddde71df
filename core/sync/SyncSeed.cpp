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

// Entities whose rows belong to a ticket, with their key in a seed.
QList<std::pair<const char*, const char*>> ticketChildEntities()
{
    return {{"complaint", "complaints"}, {"cost", "costs"}, {"survey", "surveys"}, {"visit", "visits"}, {"plan", "plans"},
            {"link", "links"}, {"attachment", "attachments"}, {"attachment_part", "attachment_parts"}, {"qa_review", "qa_reviews"}};
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
    auto purchases = exchange.fullRows(*syncEntity(QStringLiteral("purchase")), QStringLiteral("1 = 1"), {});
    // Every ticket of the office, closed ones too: head office only ever sends
    // a branch changes to rows it holds, and a closed ticket can be reopened.
    auto tickets = exchange.fullRows(*syncEntity(QStringLiteral("ticket")), QStringLiteral("substr(number, 1, ?) = ?"), mine);
    auto events = exchange.eventsOf(QStringLiteral("substr(t.number, 1, ?) = ? AND e.id <= ?"),
                                    mine + QVariantList{eventsUpto->toLongLong()}, self->code());
    auto conflicts = exchange.fullRows(*syncEntity(QStringLiteral("conflict")), QStringLiteral("1 = 1"), {});
    auto replies = exchange.fullRows(*syncEntity(QStringLiteral("reply")), QStringLiteral("1 = 1"), {});
    auto greetings = exchange.fullRows(*syncEntity(QStringLiteral("greeting")), QStringLiteral("1 = 1"), {});
    if (!customers || !purchases || !tickets || !events || !conflicts || !replies || !greetings)
        return fail(!customers ? customers.error() : !purchases ? purchases.error() : !tickets ? tickets.error()
                    : !events ? events.error() : !conflicts ? conflicts.error() : !replies ? replies.error() : greetings.error());
    // The rows that hang off the office's tickets: complaints, costs, surveys, visits, plans, links, attachments.
    const QString ofMine = QStringLiteral("ticket_id IN (SELECT id FROM tickets WHERE substr(number, 1, ?) = ?)");
    QJsonObject ticketChildren;
    QSet<QString> uuids = uuidsOf(*customers) + uuidsOf(*purchases) + uuidsOf(*tickets) + uuidsOf(*conflicts) + uuidsOf(*replies)
                        + uuidsOf(*greetings);
    for (const auto& [entity, key] : ticketChildEntities()) {
        auto rows = exchange.fullRows(*syncEntity(QLatin1String(entity)), ofMine, mine);
        if (!rows)
            return fail(rows.error());
        uuids += uuidsOf(*rows);
        ticketChildren.insert(QLatin1String(key), *rows);
    }
    auto savedReports = exchange.fullRows(*syncEntity(QStringLiteral("saved_report")), QStringLiteral("1 = 1"), {});
    if (!savedReports)
        return fail(savedReports.error());
    uuids += uuidsOf(*savedReports);
    auto scorecards = exchange.fullRows(*syncEntity(QStringLiteral("qa_scorecard")), QStringLiteral("1 = 1"), {});
    if (!scorecards)
        return fail(scorecards.error());
    uuids += uuidsOf(*scorecards);
    auto risks = exchange.fullRows(*syncEntity(QStringLiteral("risk")), QStringLiteral("1 = 1"), {});
    if (!risks)
        return fail(risks.error());
    uuids += uuidsOf(*risks);
    auto riskEvents = exchange.fullRows(*syncEntity(QStringLiteral("risk_event")), QStringLiteral("1 = 1"), {});
    if (!riskEvents)
        return fail(riskEvents.error());
    uuids += uuidsOf(*riskEvents);
    auto articles = exchange.fullRows(*syncEntity(QStringLiteral("kb_article")), QStringLiteral("1 = 1"), {});
    auto articleUsage = exchange.fullRows(*syncEntity(QStringLiteral("kb_usage")), QStringLiteral("1 = 1"), {});
    if (!articles || !articleUsage)
        return fail(!articles ? articles.error() : articleUsage.error());
    uuids += uuidsOf(*articles) + uuidsOf(*articleUsage);
    // Return visits that follow no ticket go to every office, like their customers.
    auto returnVisits = exchange.fullRows(*syncEntity(QStringLiteral("return_visit")), QStringLiteral("ticket_id IS NULL OR ") + ofMine, mine);
    if (!returnVisits)
        return fail(returnVisits.error());
    uuids += uuidsOf(*returnVisits);
    auto stamps = stampsOf(m_database, uuids, self->code());
    auto configuration = exchange.headConfiguration();
    if (!stamps || !configuration)
        return fail(!stamps ? stamps.error() : configuration.error());
    QJsonObject payload{{QStringLiteral("from"), self->code()},
                              {QStringLiteral("to"), office},
                              {QStringLiteral("head_key"), self->keys.publicText()},
                              {QStringLiteral("config"), configuration->value(QStringLiteral("config"))},
                              {QStringLiteral("passwords"), configuration->value(QStringLiteral("passwords"))},
                              {QStringLiteral("customers"), *customers},
                              {QStringLiteral("purchases"), *purchases},
                              {QStringLiteral("tickets"), *tickets},
                              {QStringLiteral("events"), *events},
                              {QStringLiteral("conflicts"), *conflicts},
                              {QStringLiteral("replies"), *replies},
                              {QStringLiteral("greetings"), *greetings},
                              {QStringLiteral("stamps"), *stamps},
                              {QStringLiteral("changes_upto"), upto->toLongLong()},
                              {QStringLiteral("events_upto"), eventsUpto->toLongLong()},
                              // Where the branch's new database numbers on: after everything
                              // head office has from the office (a database created again).
                              {QStringLiteral("numbering"), QJsonObject{{QStringLiteral("files"), peer->receivedNumber},
                                                                        {QStringLiteral("changes"), peer->receivedChanges},
                                                                        {QStringLiteral("events"), peer->receivedEvents}}}};
    for (auto child = ticketChildren.begin(); child != ticketChildren.end(); ++child)
        payload.insert(child.key(), child.value());
    payload.insert(QStringLiteral("return_visits"), *returnVisits);
    payload.insert(QStringLiteral("saved_reports"), *savedReports);
    payload.insert(QStringLiteral("kb_articles"), *articles);
    payload.insert(QStringLiteral("qa_scorecards"), *scorecards);
    payload.insert(QStringLiteral("kb_usage"), *articleUsage);
    payload.insert(QStringLiteral("risks"), *risks);
    payload.insert(QStringLiteral("risk_events"), *riskEvents);
    // The branch starts from this state, so head office sends it only what follows.
    if (auto acked = SyncOffices(m_database).noteAcknowledged(office, upto->toLongLong(), eventsUpto->toLongLong()); !acked)
        return fail(acked.error());
    auto file = seal(*self, *peer, QStringLiteral("seed"), payload);
    if (!file)
        return fail(file.error());
    // Files from the office's earlier database, if any, no longer follow.
    SyncOffices offices(m_database);
    if (auto chained = offices.setReceivedDigest(office, QStringLiteral("seed:") + SyncFile::digest(*file)); !chained)
        return fail(chained.error());
    if (auto seeded = offices.setSeedNumber(office, peer->sentNumber + 1); !seeded)
        return fail(seeded.error());
    if (auto forgotten = offices.forgetSentFilesBefore(office, peer->sentNumber + 1); !forgotten)
        return fail(forgotten.error());
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
    return applySeed(*header, payload, keys, QStringLiteral("seed:") + SyncFile::digest(seed));
}

Result<SyncImport> SyncService::applySeed(const SyncHeader& header, const QJsonObject& payload, const OfficeKeys& keys,
                                          const QString& seedDigest)
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
    const QJsonObject numbering = payload.value(QStringLiteral("numbering")).toObject();
    head.sentNumber = numberAt(numbering, "files");
    head.ackedChanges = numberAt(numbering, "changes");
    head.ackedEvents = numberAt(numbering, "events");
    SyncOffices offices(m_database);
    // Rows written for head office are not this office's changes.
    if (auto on = setApplying(true); !on)
        return fail(on.error());
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
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("purchase")), payload.value(QStringLiteral("purchases")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("ticket")), tickets, counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("conflict")), payload.value(QStringLiteral("conflicts")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 10 have none: nothing to insert then.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("reply")), payload.value(QStringLiteral("replies")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 13 have none.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("greeting")), payload.value(QStringLiteral("greetings")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 17 have none; reviews (below) refer to them.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("qa_scorecard")), payload.value(QStringLiteral("qa_scorecards")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema steps 9 and 10 lack some: nothing to insert then.
    for (const auto& [entity, key] : ticketChildEntities())
        if (auto rows = exchange.insertRows(*syncEntity(QLatin1String(entity)), payload.value(QLatin1String(key)).toArray(), counts); !rows)
            return fail(rows.error());
    // Seeds written before schema step 15 have none.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("saved_report")), payload.value(QStringLiteral("saved_reports")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 16 have none.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("kb_article")), payload.value(QStringLiteral("kb_articles")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("kb_usage")), payload.value(QStringLiteral("kb_usage")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 18 have none.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("risk")), payload.value(QStringLiteral("risks")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("risk_event")), payload.value(QStringLiteral("risk_events")).toArray(), counts); !rows)
        return fail(rows.error());
    // Seeds written before schema step 14 have none.
    if (auto rows = exchange.insertRows(*syncEntity(QStringLiteral("return_visit")), payload.value(QStringLiteral("return_visits")).toArray(), counts); !rows)
        return fail(rows.error());
    if (auto added = exchange.insertEvents(payload.value(QStringLiteral("events")).toArray(), keys.office, counts,
                                           head.ackedEvents);
        !added)
        return fail(added.error());
    if (auto continued = continueNumbering(head, seedDigest); !continued)
        return fail(continued.error());
    // On a server the next ids drawn must follow the explicit ones above.
    for (const QString& statement : m_database.dialect().identityCatchUpStatements(QStringLiteral("ticket_events"), QStringLiteral("id"))
                                        + m_database.dialect().identityCatchUpStatements(QStringLiteral("sync_changes"), QStringLiteral("seq")))
        if (auto caught = sql::run(m_database.connection(), statement); !caught)
            return fail(caught.error());
    for (const QJsonValue& value : payload.value(QStringLiteral("stamps")).toArray()) {
        const QJsonArray stamp = value.toArray();
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO sync_changes (entity, row_uuid, field, stamp, at) VALUES (?, ?, ?, ?, ?)"),
                             {stamp.at(0).toString(), stamp.at(1).toString(), stamp.at(2).toString(), stamp.at(3).toString(),
                              qint64(stamp.at(4).toDouble())});
        if (!done)
            return fail(done.error());
    }
    QStringList numbers;
    for (const QJsonValue& ticket : tickets)
        numbers.append(ticket.toObject().value(QStringLiteral("number")).toString());
    if (auto counted = raiseTicketCounters(numbers); !counted)
        return fail(counted.error());
    if (auto off = setApplying(false); !off)
        return fail(off.error());
    if (auto captured = enableCapture(); !captured)
        return fail(captured.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return SyncImport{header, counts};
}

// A branch database created again for an office goes on where the one it
// replaces left off at head office: its first file follows the seed, and its
// changes are numbered after every change head office has from the office
// (a marker row holds the place; it is not a change and is never sent).
Status SyncService::continueNumbering(const OfficeRecord& head, const QString& seedDigest)
{
    SyncOffices offices(m_database);
    if (auto chained = offices.setReceivedDigest(head.code(), seedDigest); !chained)
        return chained;
    if (auto seeded = offices.setSeedNumber(head.code(), head.receivedNumber); !seeded)
        return seeded;
    if (auto noted = offices.noteSentFile(head.code(), head.sentNumber, seedDigest); !noted)
        return noted;
    if (head.ackedChanges == 0)
        return {};
    auto marked = sql::run(m_database.connection(),
                           QStringLiteral("INSERT INTO sync_changes (seq, entity, row_uuid, field, stamp, at) VALUES (?, 'office', ?, 'seed', ?, ?)"),
                           {head.ackedChanges, head.code(), QString(head.code() + QStringLiteral(":seed")), m_clock.now()});
    if (!marked)
        return fail(marked.error());
    return {};
}

// New tickets here must not take a number a ticket from head office has.
Status SyncService::raiseTicketCounters(const QStringList& numbers)
{
    QMap<QString, qint64> highest;
    for (const QString& number : numbers) {
        const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
        bool numeric = false;
        const qint64 value = number.mid(dash + 1).toLongLong(&numeric);
        if (dash > 0 && numeric) // not one that gave way ("SH-000124-HQ")
            highest[number.left(dash)] = std::max(highest.value(number.left(dash)), value);
    }
    for (auto it = highest.begin(); it != highest.end(); ++it) {
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO ticket_counters (prefix, last_value) VALUES (?, ?) ON CONFLICT (prefix) "
                                            "DO UPDATE SET last_value = CASE WHEN ticket_counters.last_value < excluded.last_value "
                                            "THEN excluded.last_value ELSE ticket_counters.last_value END"),
                             {it.key(), it.value()});
        if (!done)
            return fail(done.error());
    }
    return {};
}

} // namespace sd
