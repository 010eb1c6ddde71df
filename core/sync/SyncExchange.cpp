#include "sync/SyncExchange.h"

#include "config/ConfigStore.h"
#include "config/ConfigurationJson.h"
#include "storage/Sql.h"
#include "tickets/Notifications.h"
#include "tickets/TicketStore.h"
#include "sync/SyncEntities.h"
#include "tickets/Workflow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace sd {
namespace {

const QString kGroups = QStringLiteral(R"(SELECT g.entity, g.row_uuid, g.field, g.first_seq, l.seq, l.stamp, l.at,
    COALESCE(lu.login, ''), b.seq, b.stamp
    FROM (SELECT entity, row_uuid, field, MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM sync_changes
          WHERE seq > ? AND seq <= ? %1 GROUP BY entity, row_uuid, field) g
    JOIN sync_changes l ON l.seq = g.last_seq
    JOIN sync_changes f ON f.seq = g.first_seq
    LEFT JOIN sync_changes b ON b.seq = f.base_seq
    LEFT JOIN users lu ON lu.id = l.actor_id
    ORDER BY g.first_seq)");

const QString kEvents = QStringLiteral(R"(SELECT e.id, e.gid, t.uuid, e.at, COALESCE(u.login, ''), e.kind, e.field,
    e.old_value, e.new_value, e.body, e.is_public
    FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id LEFT JOIN users u ON u.id = e.actor_id
    WHERE %1 ORDER BY e.id)");

qint64 seqOf(const QString& stamp)
{
    return stamp.section(QLatin1Char(':'), 1).toLongLong();
}

QString officeOf(const QString& stamp)
{
    return stamp.section(QLatin1Char(':'), 0, 0);
}

int entityOrder(const QString& code)
{
    const QList<SyncEntity>& entities = syncEntities();
    for (qsizetype i = 0; i < entities.size(); ++i)
        if (entities.at(i).code == code)
            return int(i);
    return int(entities.size());
}

// A stored value keeps its JSON type ("[\"P2\"]", "[null]", "[5]").
QString storedValue(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonObject eventJson(const QSqlQuery& q, const QString& selfCode)
{
    const QString gid = q.value(1).isNull() ? selfCode + QLatin1Char(':') + q.value(0).toString() : q.value(1).toString();
    return {{QStringLiteral("g"), gid}, {QStringLiteral("t"), q.value(2).toString()},
            {QStringLiteral("at"), q.value(3).toLongLong()}, {QStringLiteral("a"), q.value(4).toString()},
            {QStringLiteral("k"), q.value(5).toString()}, {QStringLiteral("f"), jsonOf(q.value(6))},
            {QStringLiteral("o"), jsonOf(q.value(7))}, {QStringLiteral("n"), jsonOf(q.value(8))},
            {QStringLiteral("b"), jsonOf(q.value(9))}, {QStringLiteral("p"), q.value(10).toInt()}};
}

} // namespace

QString stampOf(const QVariant& stamp, qint64 seq, const QString& selfCode)
{
    return stamp.isNull() || stamp.toString().isEmpty() ? selfCode + QLatin1Char(':') + QString::number(seq) : stamp.toString();
}

SyncExchange::SyncExchange(Database database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
    , m_rows(std::move(database))
{
}

Result<QJsonObject> SyncExchange::changesFor(const OfficeRecord& self, const OfficeRecord& peer)
{
    auto upto = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_changes"));
    auto eventsUpto = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ticket_events"));
    if (!upto || !eventsUpto)
        return fail(!upto ? upto.error() : eventsUpto.error());
    auto items = itemsFor(self, peer, upto->toLongLong());
    if (!items)
        return fail(items.error());
    auto events = eventsFor(self, peer, eventsUpto->toLongLong());
    if (!events)
        return fail(events.error());
    QJsonObject payload{{QStringLiteral("from"), self.code()},
                        {QStringLiteral("to"), peer.code()},
                        {QStringLiteral("ack"), QJsonObject{{QStringLiteral("changes"), peer.receivedChanges},
                                                            {QStringLiteral("events"), peer.receivedEvents}}},
                        {QStringLiteral("changes_after"), peer.ackedChanges},
                        {QStringLiteral("changes_upto"), std::max(upto->toLongLong(), peer.ackedChanges)},
                        {QStringLiteral("events_after"), peer.ackedEvents},
                        {QStringLiteral("events_upto"), std::max(eventsUpto->toLongLong(), peer.ackedEvents)},
                        {QStringLiteral("items"), *items},
                        {QStringLiteral("events"), *events}};
    if (self.isHead) {
        auto configuration = headConfiguration();
        if (!configuration)
            return fail(configuration.error());
        for (auto it = configuration->begin(); it != configuration->end(); ++it)
            payload.insert(it.key(), it.value());
    }
    return payload;
}

Result<QJsonObject> SyncExchange::headConfiguration()
{
    auto configuration = ConfigStore(m_database).load();
    if (!configuration)
        return fail(configuration.error());
    auto passwords = passwordHashes();
    if (!passwords)
        return fail(passwords.error());
    return QJsonObject{{QStringLiteral("config"), ConfigurationJson::toObject(*configuration)},
                       {QStringLiteral("passwords"), *passwords}};
}

// One item per row: its creation (the whole row) if that is among the
// changes, and each changed field with its stamp, the stamp it replaced
// (base) and the first change's number, so head office can tell a branch's
// later change from a concurrent one.
Result<QJsonArray> SyncExchange::itemsFor(const OfficeRecord& self, const OfficeRecord& peer, qint64 upto)
{
    // Head office passes on everything it holds; a branch sends its own changes only.
    auto groups = sql::run(m_database.connection(),
                           kGroups.arg(self.isHead ? QString() : QStringLiteral("AND stamp IS NULL")),
                           {peer.ackedChanges, upto});
    if (!groups)
        return fail(groups.error());
    QList<QJsonObject> items;
    QHash<QString, qsizetype> indexOf;
    while (groups->next()) {
        // The branch made this value itself: it holds it, or a newer one of its own.
        if (self.isHead && officeOf(stampOf(groups->value(5), groups->value(4).toLongLong(), self.code())) == peer.code())
            continue;
        const QString key = groups->value(0).toString() + QLatin1Char('/') + groups->value(1).toString();
        if (!indexOf.contains(key)) {
            indexOf.insert(key, items.size());
            items.append({{QStringLiteral("e"), groups->value(0).toString()}, {QStringLiteral("u"), groups->value(1).toString()},
                          {QStringLiteral("f"), QJsonObject()}});
        }
        QJsonObject& item = items[indexOf.value(key)];
        QJsonObject stamp{{QStringLiteral("s"), stampOf(groups->value(5), groups->value(4).toLongLong(), self.code())},
                          {QStringLiteral("at"), groups->value(6).toLongLong()},
                          {QStringLiteral("by"), groups->value(7).toString()}};
        const QString field = groups->value(2).toString();
        if (field == QLatin1String("*")) {
            item.insert(QStringLiteral("cs"), stamp);
            continue;
        }
        stamp.insert(QStringLiteral("b"), groups->value(8).isNull()
                                              ? QString()
                                              : stampOf(groups->value(9), groups->value(8).toLongLong(), self.code()));
        stamp.insert(QStringLiteral("n"), groups->value(3).toLongLong());
        QJsonObject fields = item.value(QStringLiteral("f")).toObject();
        fields.insert(field, stamp);
        item.insert(QStringLiteral("f"), fields);
    }
    QJsonArray result;
    for (QJsonObject& item : items) {
        const SyncEntity* entity = syncEntity(item.value(QStringLiteral("e")).toString());
        if (!entity)
            continue;
        auto row = m_rows.read(*entity, item.value(QStringLiteral("u")).toString(), entity->allColumns());
        if (!row)
            return fail(row.error());
        if (!*row) // gone since (an import undone): nothing to send
            continue;
        auto wanted = concerns(*entity, **row, self, peer);
        if (!wanted)
            return fail(wanted.error());
        if (!*wanted)
            continue;
        QJsonObject fields = item.value(QStringLiteral("f")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QJsonObject change = it.value().toObject();
            change.insert(QStringLiteral("v"), (*row)->value(it.key()));
            it.value() = change;
        }
        item.insert(QStringLiteral("f"), fields);
        if (item.contains(QStringLiteral("cs")))
            item.insert(QStringLiteral("c"), **row);
        result.append(item);
    }
    return result;
}

// A branch receives its own office's tickets (their numbers start with its
// code), and every customer and conflict.
// Rows of a ticket (a complaint, a cost line) go where their ticket goes.
Result<bool> SyncExchange::concerns(const SyncEntity& entity, const QJsonObject& row, const OfficeRecord& self,
                                    const OfficeRecord& peer)
{
    const SyncColumn* ticket = entity.ticketColumn();
    if (!self.isHead || (entity.code != QLatin1String("ticket") && !ticket))
        return true;
    QString number = row.value(QStringLiteral("number")).toString();
    // A row that may hang off a ticket but does not (a return visit after a purchase) goes everywhere.
    if (ticket && row.value(ticket->name).toString().isEmpty())
        return true;
    if (ticket) {
        auto found = m_rows.scalar(QStringLiteral("SELECT number FROM tickets WHERE uuid = ?"), {row.value(ticket->name).toString()});
        if (!found)
            return fail(found.error());
        number = found->toString();
    }
    return number.startsWith(peer.code() + QLatin1Char('-'));
}

// The number of the ticket an item changes or belongs to (none for other rows).
Result<QVariant> SyncExchange::ticketNumberOf(const SyncEntity& entity, const QJsonObject& item)
{
    const QJsonObject created = item.value(QStringLiteral("c")).toObject();
    const QString uuid = item.value(QStringLiteral("u")).toString();
    if (entity.code == QLatin1String("ticket"))
        return item.contains(QStringLiteral("c"))
            ? Result<QVariant>(created.value(QStringLiteral("number")).toString())
            : m_rows.scalar(QStringLiteral("SELECT number FROM tickets WHERE uuid = ?"), {uuid});
    const SyncColumn* ticket = entity.ticketColumn();
    if (!ticket)
        return QVariant();
    if (item.contains(QStringLiteral("c")))
        return m_rows.scalar(QStringLiteral("SELECT number FROM tickets WHERE uuid = ?"), {created.value(ticket->name).toString()});
    // Table and column names come from the program, never from the file.
    return m_rows.scalar(QStringLiteral("SELECT t.number FROM tickets t JOIN %1 r ON r.%2 = t.id WHERE r.uuid = ?")
                             .arg(entity.table, ticket->name),
                         {uuid});
}

Result<QJsonArray> SyncExchange::eventsFor(const OfficeRecord& self, const OfficeRecord& peer, qint64 upto)
{
    QString condition = QStringLiteral("e.id > ? AND e.id <= ? AND e.gid IS NULL");
    QVariantList values{peer.ackedEvents, upto};
    if (self.isHead) {
        condition = QStringLiteral("e.id > ? AND e.id <= ? AND substr(t.number, 1, ?) = ? "
                                   "AND (e.gid IS NULL OR substr(e.gid, 1, ?) <> ?)");
        const QString code = peer.code();
        values += QVariantList{qint64(code.size() + 1), QString(code + QLatin1Char('-')), qint64(code.size() + 1),
                               QString(code + QLatin1Char(':'))};
    }
    return eventsOf(condition, values, self.code());
}

Result<QJsonArray> SyncExchange::eventsOf(const QString& condition, const QVariantList& values, const QString& selfCode)
{
    auto query = sql::run(m_database.connection(), kEvents.arg(condition), values);
    if (!query)
        return fail(query.error());
    QJsonArray events;
    while (query->next())
        events.append(eventJson(*query, selfCode));
    return events;
}

Result<QJsonArray> SyncExchange::fullRows(const SyncEntity& entity, const QString& condition, const QVariantList& values)
{
    auto uuids = sql::run(m_database.connection(),
                          QStringLiteral("SELECT uuid FROM %1 WHERE %2 ORDER BY id").arg(entity.table, condition), values);
    if (!uuids)
        return fail(uuids.error());
    // All keys first: on a server, a statement run while another's rows are
    // still being read ends that reading.
    QStringList keys;
    while (uuids->next())
        keys.append(uuids->value(0).toString());
    uuids->finish();
    QJsonArray rows;
    for (const QString& uuid : std::as_const(keys)) {
        auto row = m_rows.read(entity, uuid, entity.allColumns());
        if (!row)
            return fail(row.error());
        if (*row) {
            QJsonObject withKey = **row;
            withKey.insert(QStringLiteral("uuid"), uuid);
            rows.append(withKey);
        }
    }
    return rows;
}

Status SyncExchange::insertRows(const SyncEntity& entity, const QJsonArray& rows, SyncCounts& counts)
{
    for (const QJsonValue& row : rows) {
        const QString uuid = row.toObject().value(QStringLiteral("uuid")).toString();
        auto known = m_rows.exists(entity, uuid);
        if (!known)
            return fail(known.error());
        if (*known)
            continue;
        if (auto inserted = m_rows.insert(entity, uuid, row.toObject()); !inserted)
            return inserted;
        ++counts.rowsCreated;
    }
    return {};
}

Result<SyncCounts> SyncExchange::apply(const OfficeRecord& self, const OfficeRecord& sender, const QJsonObject& payload)
{
    SyncCounts counts;
    if (self.isHead)
        if (auto genuine = checkProvenance(payload, sender); !genuine)
            return fail(genuine.error());
    if (sender.isHead && !self.isHead)
        if (auto configured = applyConfiguration(self, payload); !configured)
            return fail(configured.error());
    OfficeRecord from = sender;
    const QJsonObject ack = payload.value(QStringLiteral("ack")).toObject();
    // Nobody can have applied more than this office has written.
    auto written = m_rows.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_changes"), {});
    auto writtenEvents = m_rows.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ticket_events"), {});
    if (!written || !writtenEvents)
        return fail(!written ? written.error() : writtenEvents.error());
    from.ackedChanges = std::max(from.ackedChanges, std::min(qint64(ack.value(QStringLiteral("changes")).toDouble()), written->toLongLong()));
    from.ackedEvents = std::max(from.ackedEvents, std::min(qint64(ack.value(QStringLiteral("events")).toDouble()), writtenEvents->toLongLong()));
    if (auto noted = SyncOffices(m_database).noteAcknowledged(from.code(), from.ackedChanges, from.ackedEvents); !noted)
        return fail(noted.error());
    QList<QJsonObject> items;
    for (const QJsonValue& item : payload.value(QStringLiteral("items")).toArray())
        items.append(item.toObject());
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return entityOrder(a.value(QStringLiteral("e")).toString()) < entityOrder(b.value(QStringLiteral("e")).toString());
    });
    for (const QJsonObject& item : items) {
        const SyncEntity* entity = syncEntity(item.value(QStringLiteral("e")).toString());
        if (!entity)
            continue; // a kind of row a newer program sends: nothing here to put it in
        if (auto applied = applyItem(*entity, item, self, from, counts); !applied)
            return fail(applied.error());
    }
    if (auto settled = settleParkedCodes(self); !settled)
        return fail(settled.error());
    if (auto added = insertEvents(payload.value(QStringLiteral("events")).toArray(), self.code(), counts); !added)
        return fail(added.error());
    return counts;
}

// A branch sends only what it made: changes and events stamped with its own
// code, tickets numbered by it. Anything else (a damaged or misbehaving
// program) refuses the whole file before anything is written.
Status SyncExchange::checkProvenance(const QJsonObject& payload, const OfficeRecord& sender)
{
    const QString own = sender.code() + QLatin1Char(':');
    auto refuse = [&](const QString& what) {
        return fail(Error::invalid(QStringLiteral("file"), QCoreApplication::translate("sd::SyncExchange",
            "the file from office %1 carries %2, which that office cannot have made: nothing changed").arg(sender.code(), what)));
    };
    for (const QJsonValue& value : payload.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject fields = item.value(QStringLiteral("f")).toObject();
        QStringList stamps;
        if (item.contains(QStringLiteral("cs")))
            stamps.append(item.value(QStringLiteral("cs")).toObject().value(QStringLiteral("s")).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            stamps.append(it.value().toObject().value(QStringLiteral("s")).toString());
        for (const QString& stamp : stamps)
            if (!stamp.startsWith(own))
                return refuse(QCoreApplication::translate("sd::SyncExchange", "a change stamped %1").arg(stamp));
        const SyncEntity* entity = syncEntity(item.value(QStringLiteral("e")).toString());
        if (!entity)
            continue;
        auto number = ticketNumberOf(*entity, item);
        if (!number)
            return fail(number.error());
        if (number->isValid() && !number->toString().startsWith(sender.code() + QLatin1Char('-')))
            return refuse(QCoreApplication::translate("sd::SyncExchange", "a change to ticket %1").arg(number->toString()));
    }
    for (const QJsonValue& event : payload.value(QStringLiteral("events")).toArray())
        if (!event.toObject().value(QStringLiteral("g")).toString().startsWith(own))
            return refuse(QCoreApplication::translate("sd::SyncExchange", "the timeline event %1").arg(event.toObject().value(QStringLiteral("g")).toString()));
    return {};
}

Status SyncExchange::applyItem(const SyncEntity& entity, const QJsonObject& item, const OfficeRecord& self,
                               const OfficeRecord& sender, SyncCounts& counts)
{
    const QString uuid = item.value(QStringLiteral("u")).toString();
    const QJsonObject fields = item.value(QStringLiteral("f")).toObject();
    auto known = m_rows.exists(entity, uuid);
    if (!known)
        return fail(known.error());
    if (!*known) {
        if (!item.contains(QStringLiteral("c")))
            return {}; // a row this office does not hold (another office's ticket)
        QJsonObject row = item.value(QStringLiteral("c")).toObject();
        auto renamed = insertIncoming(entity, uuid, row, self, sender);
        if (!renamed)
            return fail(renamed.error());
        const QJsonObject created = item.value(QStringLiteral("cs")).toObject();
        if (auto logged = record(entity.code, uuid, QStringLiteral("*"), created.value(QStringLiteral("s")).toString(),
                                 qint64(created.value(QStringLiteral("at")).toDouble()), created.value(QStringLiteral("by")).toString());
            !logged)
            return logged;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (auto logged = record(entity.code, uuid, it.key(), change.value(QStringLiteral("s")).toString(),
                                     qint64(change.value(QStringLiteral("at")).toDouble()), change.value(QStringLiteral("by")).toString());
                !logged)
                return logged;
        }
        ++counts.rowsCreated;
        if (entity.code == QLatin1String("ticket")) {
            counts.ticketsCreated.insert(uuid);
            counts.numbersCreated.append(row.value(QStringLiteral("number")).toString());
        }
        noteFollowUps(entity, uuid, QStringLiteral("merged_into"), row.value(QStringLiteral("merged_into")),
                      created.value(QStringLiteral("by")).toString(), counts);
        if (*renamed) // head office renamed the newcomer: it goes back with the new code
            return recordLocal(entity.code, uuid, QStringLiteral("code"));
        return {};
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const SyncColumn* column = entity.field(it.key());
        if (!column)
            continue;
        if (auto applied = applyField(entity, uuid, *column, it.value().toObject(), self, sender, counts); !applied)
            return applied;
    }
    return {};
}

Status SyncExchange::applyField(const SyncEntity& entity, const QString& uuid, const SyncColumn& column,
                                const QJsonObject& change, const OfficeRecord& self, const OfficeRecord& sender,
                                SyncCounts& counts)
{
    auto current = currentStamp(entity.code, uuid, column.name, self.code());
    if (!current)
        return fail(current.error());
    const QString stamp = change.value(QStringLiteral("s")).toString();
    if (current->id == stamp)
        return {};
    if (self.isHead) {
        // Judged already, from an earlier file that also carried it (a branch
        // sends its changes until head office confirms them).
        if (officeOf(stamp) == sender.code() && seqOf(stamp) <= sender.receivedChanges)
            return {};
        const QString base = change.value(QStringLiteral("b")).toString();
        // The usual case needs no look-up: the branch built on the change head office holds.
        auto origins = current->id == base ? Result<QStringList>(QStringList{current->id}) : originsOf(*current, self.code());
        if (!origins)
            return fail(origins.error());
        const bool onTopOfOurs = origins->contains(base);
        // Head office holds an earlier change of this same run of the sender's edits.
        const bool sendersEarlier = std::any_of(origins->cbegin(), origins->cend(), [&](const QString& origin) {
            return officeOf(origin) == sender.code() && seqOf(origin) >= qint64(change.value(QStringLiteral("n")).toDouble())
                && seqOf(origin) <= seqOf(stamp);
        });
        if (!onTopOfOurs && !sendersEarlier)
            return judge(entity, uuid, column, change, *current, {self, sender}, counts);
        auto valid = followsWorkflow(entity, uuid, column, change.value(QStringLiteral("v")));
        if (!valid)
            return fail(valid.error());
        if (!*valid) // a move the workflow cannot make: head office's value stays, a person decides
            return judge(entity, uuid, column, change, *current, {self, sender}, counts, true);
    } else {
        auto mine = changedHereUnconfirmed(entity.code, uuid, column.name, sender.ackedChanges);
        if (!mine)
            return fail(mine.error());
        if (*mine)
            return {}; // ours is on its way to head office, which will decide
    }
    QJsonValue value = change.value(QStringLiteral("v"));
    auto renamed = setIncoming(entity, uuid, column, value, self, sender);
    if (!renamed)
        return fail(renamed.error());
    ++counts.fieldsChanged;
    noteFollowUps(entity, uuid, column.name, value, change.value(QStringLiteral("by")).toString(), counts);
    if (auto logged = record(entity.code, uuid, column.name, stamp, qint64(change.value(QStringLiteral("at")).toDouble()),
                             change.value(QStringLiteral("by")).toString());
        !logged)
        return logged;
    return *renamed ? recordLocal(entity.code, uuid, column.name) : Status();
}

// Both offices changed the field since they last agreed. The later change
// (by its time; the greater stamp if equal) stays for now, and the conflict
// waits for a supervisor. The same values on both sides are no conflict.
Status SyncExchange::judge(const SyncEntity& entity, const QString& uuid, const SyncColumn& column,
                           const QJsonObject& change, const Stamp& current, const Offices& offices, SyncCounts& counts,
                           bool oursStays)
{
    const QString stamp = change.value(QStringLiteral("s")).toString();
    const qint64 at = qint64(change.value(QStringLiteral("at")).toDouble());
    const QString by = change.value(QStringLiteral("by")).toString();
    auto held = m_rows.read(entity, uuid, {column});
    if (!held)
        return fail(held.error());
    const QJsonValue ours = *held ? (*held)->value(column.name) : QJsonValue();
    const QJsonValue theirs = change.value(QStringLiteral("v"));
    if (ours == theirs)
        return record(entity.code, uuid, column.name, stamp, at, by);
    const bool theirsWins = !oursStays && (at > current.at || (at == current.at && stamp > current.id));
    auto label = labelOf(entity, uuid);
    if (!label)
        return fail(label.error());
    const QString conflict = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = sql::run(m_database.connection(), QStringLiteral(R"(INSERT INTO sync_conflicts
        (uuid, entity, row_uuid, label, field, here_office, here_value, here_by, here_at, there_office, there_value,
         there_by, there_at, winner, detected_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open'))"),
        {conflict, entity.code, uuid, *label, column.name, officeOf(current.id), storedValue(ours), current.by, current.at,
         officeOf(stamp), storedValue(theirs), by, at, theirsWins ? QStringLiteral("there") : QStringLiteral("here"),
         m_clock.now()});
    if (!inserted)
        return fail(inserted.error());
    ++counts.conflicts;
    // Logged as this office's own new row, so every branch receives the conflict.
    if (auto logged = record(QStringLiteral("conflict"), conflict, QStringLiteral("*"), {}, m_clock.now(), {}); !logged)
        return logged;
    // Ours stays: logged again as head office's own change, so every office,
    // the sender included (it may have made the value itself), takes it.
    // It keeps the time and author of the change that made it, so a later
    // judgement compares with when the value was really made.
    if (!theirsWins)
        return recordLocal(entity.code, uuid, column.name, current.at, current.by, current.seq);
    QJsonValue value = theirs;
    auto renamed = setIncoming(entity, uuid, column, value, offices.self, offices.sender);
    if (!renamed)
        return fail(renamed.error());
    ++counts.fieldsChanged;
    noteFollowUps(entity, uuid, column.name, value, by, counts);
    if (auto logged = record(entity.code, uuid, column.name, stamp, at, by); !logged)
        return logged;
    return *renamed ? recordLocal(entity.code, uuid, column.name) : Status();
}

// Two offices gave the same customer code to different customers (imports,
// typed codes and conflict resolutions can). The branch's customer gives way:
// at head office the branch's value takes "-<branch>" after it; at a branch
// its own holder of the code does, before head office's value is written.
// Either way the change is this office's own, so it travels like any other.
// True when the incoming value was changed.
Result<bool> SyncExchange::giveWayOnCode(QString& code, const QString& uuid, const OfficeRecord& self,
                                         const OfficeRecord& sender)
{
    auto holder = sql::scalar(m_database.connection(), QStringLiteral("SELECT uuid FROM customers WHERE code = ? AND uuid <> ?"),
                              {code, uuid});
    if (!holder)
        return fail(holder.error());
    if (!holder->isValid())
        return false;
    if (self.isHead) {
        code += QLatin1Char('-') + sender.code();
        return true;
    }
    const QString ours = holder->toString();
    auto setHere = m_rows.scalar(QStringLiteral("SELECT CASE WHEN stamp IS NULL THEN 1 ELSE 0 END FROM sync_changes "
                                                "WHERE entity = 'customer' AND row_uuid = ? AND field IN ('code', '*') "
                                                "ORDER BY seq DESC LIMIT 1"), {ours});
    if (!setHere)
        return fail(setHere.error());
    if (setHere->toInt() != 1) {
        // Head office gave the holder this code, so head office has changed it
        // since, and that change is in this same file: the holder steps aside
        // until the whole file is in (settleParkedCodes).
        const QString parked = code + QLatin1Char('~') + ours.left(8);
        auto moved = sql::run(m_database.connection(), QStringLiteral("UPDATE customers SET code = ? WHERE uuid = ?"), {parked, ours});
        if (!moved)
            return fail(moved.error());
        m_parkedCodes.insert(ours, code);
        return false;
    }
    if (auto renamed = renameGivingWay(ours, code, self); !renamed)
        return fail(renamed.error());
    return false;
}

// The branch's own customer takes "-<branch>" after the code, as its own change.
Status SyncExchange::renameGivingWay(const QString& uuid, const QString& code, const OfficeRecord& self)
{
    auto renamed = sql::run(m_database.connection(), QStringLiteral("UPDATE customers SET code = ?, version = version + 1 WHERE uuid = ?"),
                            {QString(code + QLatin1Char('-') + self.code()), uuid});
    if (!renamed)
        return fail(renamed.error());
    return recordLocal(QStringLiteral("customer"), uuid, QStringLiteral("code"));
}

// A customer that stepped aside and got no new code from the file gives way
// for good (this should not happen: head office's codes are unique).
Status SyncExchange::settleParkedCodes(const OfficeRecord& self)
{
    for (auto it = m_parkedCodes.cbegin(); it != m_parkedCodes.cend(); ++it) {
        auto code = m_rows.scalar(QStringLiteral("SELECT code FROM customers WHERE uuid = ?"), {it.key()});
        if (!code)
            return fail(code.error());
        if (code->toString() == it.value() + QLatin1Char('~') + it.key().left(8))
            if (auto renamed = renameGivingWay(it.key(), it.value(), self); !renamed)
                return renamed;
    }
    m_parkedCodes.clear();
    return {};
}

// The same ticket number at two offices: head office imported history with a
// branch's numbers while the branch numbered on. The ticket head office made
// takes "-<head office>" after its number, at head office and at the branch
// alike, whichever of the two arrives first, so both name the tickets the same.
Status SyncExchange::giveWayOnNumber(QJsonObject& row, const QString& uuid, const OfficeRecord& self, const OfficeRecord& sender)
{
    const QString number = row.value(QStringLiteral("number")).toString();
    auto holder = sql::scalar(m_database.connection(), QStringLiteral("SELECT uuid FROM tickets WHERE number = ? AND uuid <> ?"),
                              {number, uuid});
    if (!holder)
        return fail(holder.error());
    if (!holder->isValid())
        return {};
    if (!self.isHead) {
        row.insert(QStringLiteral("number"), QString(number + QLatin1Char('-') + sender.code()));
        return {};
    }
    // Not logged: a ticket's number is sent only with the new row, and the
    // branch gives head office's ticket the same number when it arrives.
    auto renamed = sql::run(m_database.connection(), QStringLiteral("UPDATE tickets SET number = ?, version = version + 1 WHERE uuid = ?"),
                            {QString(number + QLatin1Char('-') + self.code()), holder->toString()});
    if (!renamed)
        return fail(renamed.error());
    return {};
}

// A new row from the other office, after any unique value of it gave way.
// True when head office changed the newcomer's customer code.
Result<bool> SyncExchange::insertIncoming(const SyncEntity& entity, const QString& uuid, QJsonObject& row,
                                          const OfficeRecord& self, const OfficeRecord& sender)
{
    bool renamed = false;
    if (entity.code == QLatin1String("customer")) {
        QString code = row.value(QStringLiteral("code")).toString();
        auto gaveWay = giveWayOnCode(code, uuid, self, sender);
        if (!gaveWay)
            return fail(gaveWay.error());
        row.insert(QStringLiteral("code"), code);
        renamed = *gaveWay;
    } else if (entity.code == QLatin1String("ticket")) {
        if (auto gaveWay = giveWayOnNumber(row, uuid, self, sender); !gaveWay)
            return fail(gaveWay.error());
    }
    if (auto inserted = m_rows.insert(entity, uuid, row); !inserted)
        return fail(inserted.error());
    return renamed;
}

// A changed field from the other office, after a customer code it takes gave way.
// True when head office changed the value it received.
Result<bool> SyncExchange::setIncoming(const SyncEntity& entity, const QString& uuid, const SyncColumn& column,
                                       QJsonValue& value, const OfficeRecord& self, const OfficeRecord& sender)
{
    bool renamed = false;
    if (entity.code == QLatin1String("customer") && column.name == QLatin1String("code")) {
        QString code = value.toString();
        auto gaveWay = giveWayOnCode(code, uuid, self, sender);
        if (!gaveWay)
            return fail(gaveWay.error());
        value = code;
        renamed = *gaveWay;
    }
    if (auto set = m_rows.set(entity, uuid, column, value); !set)
        return fail(set.error());
    return renamed;
}

// A change made here while capture is off, logged as the triggers would.
// The changes that made the value this office holds: the current one and,
// when head office logged that value again after it stayed in a conflict,
// the change it repeats (a branch may have built on that earlier record).
Result<QStringList> SyncExchange::originsOf(const Stamp& current, const QString& selfCode)
{
    QStringList origins{current.id};
    qint64 seq = current.seq;
    for (int hops = 0; seq > 0 && hops < 64; ++hops) {
        auto row = m_rows.run(QStringLiteral("SELECT r.seq, r.stamp FROM sync_changes l JOIN sync_changes r ON r.seq = l.same_as "
                                             "WHERE l.seq = ?"), {seq});
        if (!row)
            return fail(row.error());
        const bool found = (*row)->next();
        const QVariant repeated = found ? (*row)->value(0) : QVariant(), stamp = found ? (*row)->value(1) : QVariant();
        (*row)->finish();
        if (!found)
            break;
        seq = repeated.toLongLong();
        origins.append(stampOf(stamp, seq, selfCode));
    }
    return origins;
}

Status SyncExchange::recordLocal(const QString& entity, const QString& uuid, const QString& field, std::optional<qint64> at,
                                 const QString& by, std::optional<qint64> sameAs)
{
    auto actor = m_rows.userIdOf(by);
    if (!actor)
        return fail(actor.error());
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("INSERT INTO sync_changes (entity, row_uuid, field, base_seq, at, actor_id, same_as) SELECT ?, ?, ?, "
                                        "(SELECT MAX(seq) FROM sync_changes WHERE entity = ? AND row_uuid = ? AND field IN (?, '*')), ?, ?, ?"),
                         {entity, uuid, field, entity, uuid, field, at.value_or(m_clock.now()), *actor,
                          sameAs ? QVariant(*sameAs) : QVariant()});
    if (!done)
        return fail(done.error());
    return {};
}

// A branch's status change reaches head office as the status it ended at; the
// branch moved there step by step, so the workflow must lead there from the
// status head office holds.
Result<bool> SyncExchange::followsWorkflow(const SyncEntity& entity, const QString& uuid, const SyncColumn& column,
                                           const QJsonValue& value)
{
    if (entity.code != QLatin1String("ticket") || column.name != QLatin1String("status"))
        return true;
    auto held = m_rows.read(entity, uuid, {column});
    if (!held)
        return fail(held.error());
    const auto from = *held ? fromCode<TicketStatus>((*held)->value(column.name).toString()) : std::nullopt;
    const auto to = fromCode<TicketStatus>(value.toString());
    if (!from || !to)
        return false;
    QList<TicketStatus> reached{*from};
    for (qsizetype i = 0; i < reached.size(); ++i)
        for (TicketStatus next : Workflow::nextStatuses(reached.at(i)))
            if (!reached.contains(next))
                reached.append(next);
    return reached.contains(*to);
}

Result<SyncExchange::Stamp> SyncExchange::currentStamp(const QString& entity, const QString& uuid, const QString& field,
                                                       const QString& selfCode)
{
    auto query = m_rows.run(QStringLiteral("SELECT seq, stamp, at, actor_id FROM sync_changes WHERE entity = ? AND row_uuid = ? "
                                           "AND field IN (?, '*') ORDER BY seq DESC LIMIT 1"),
                            {entity, uuid, field});
    if (!query)
        return fail(query.error());
    if (!(*query)->next())
        return Stamp{};
    const QVariant seq = (*query)->value(0), stamp = (*query)->value(1), at = (*query)->value(2), actor = (*query)->value(3);
    (*query)->finish();
    auto by = m_rows.loginOf(actor);
    if (!by)
        return fail(by.error());
    return Stamp{stampOf(stamp, seq.toLongLong(), selfCode), at.toLongLong(), *by, seq.toLongLong()};
}

Result<bool> SyncExchange::changedHereUnconfirmed(const QString& entity, const QString& uuid, const QString& field, qint64 acked)
{
    auto found = m_rows.scalar(QStringLiteral("SELECT 1 FROM sync_changes WHERE entity = ? AND row_uuid = ? AND field IN (?, '*') "
                                            "AND stamp IS NULL AND seq > ? LIMIT 1"),
                             {entity, uuid, field, acked});
    if (!found)
        return fail(found.error());
    return found->isValid();
}

Status SyncExchange::record(const QString& entity, const QString& uuid, const QString& field, const QString& stamp,
                            qint64 at, const QString& by)
{
    auto actor = m_rows.userIdOf(by);
    if (!actor)
        return fail(actor.error());
    auto done = m_rows.run(QStringLiteral("INSERT INTO sync_changes (entity, row_uuid, field, stamp, at, actor_id) VALUES (?, ?, ?, ?, ?, ?)"),
                         {entity, uuid, field, stamp.isEmpty() ? QVariant() : QVariant(stamp), at, *actor});
    if (!done)
        return fail(done.error());
    return {};
}

// What a changed field sets off once the whole file is in: a status change
// works the ticket's SLA figures out again, a merge moves what this office holds.
void SyncExchange::noteFollowUps(const SyncEntity& entity, const QString& uuid, const QString& field, const QJsonValue& value,
                                 const QString& by, SyncCounts& counts)
{
    if (entity.code == QLatin1String("ticket") && field == QLatin1String("status"))
        counts.ticketsToReplay.append(uuid);
    if (entity.code == QLatin1String("customer") && field == QLatin1String("merged_into") && value.isString()
        && !value.toString().isEmpty())
        counts.customersMerged.insert(uuid, by);
}

Result<QString> SyncExchange::labelOf(const SyncEntity& entity, const QString& uuid)
{
    QString expression = QStringLiteral("''");
    if (entity.code == QLatin1String("ticket"))
        expression = QStringLiteral("number");
    else if (entity.code == QLatin1String("customer"))
        expression = QStringLiteral("code || ' ' || name");
    else if (entity.code == QLatin1String("purchase"))
        expression = QStringLiteral("product || ' ' || serial");
    else if (entity.code == QLatin1String("kb_article"))
        expression = QStringLiteral("title");
    else if (entity.code == QLatin1String("risk")) // one an alert raised may have no title yet: its product or team
        expression = QStringLiteral("CASE WHEN title <> '' THEN title ELSE rule_key END");
    else if (entity.ticketColumn()) // a complaint or cost line is known by its ticket
        expression = QStringLiteral("(SELECT number FROM tickets WHERE tickets.id = %1.ticket_id)").arg(entity.table);
    auto label = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(expression, entity.table), {uuid});
    if (!label)
        return fail(label.error());
    return label->toString();
}

// A seed (idsAfter set) keeps the branch's own earlier events too, under their
// global ids, and numbers the events after every id head office has from the
// branch: a database created again must not give a new event a known id.
Status SyncExchange::insertEvents(const QJsonArray& events, const QString& selfCode, SyncCounts& counts,
                                  std::optional<qint64> idsAfter)
{
    const QString own = selfCode + QLatin1Char(':');
    qint64 nextId = idsAfter.value_or(0);
    QList<std::pair<qint64, TicketEvent>> arrived;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        const QString gid = event.value(QStringLiteral("g")).toString();
        if (gid.startsWith(own) && !idsAfter)
            continue; // made here: it is in the timeline under its own id
        auto known = m_rows.scalar(QStringLiteral("SELECT 1 FROM ticket_events WHERE gid = ?"), {gid});
        auto ticket = m_rows.idOfUuid(QStringLiteral("tickets"), event.value(QStringLiteral("t")).toString());
        auto actor = m_rows.userIdOf(event.value(QStringLiteral("a")).toString());
        if (!known || !ticket || !actor)
            return fail(!known ? known.error() : !ticket ? ticket.error() : actor.error());
        if (known->isValid() || !ticket->isValid())
            continue;
        QVariantList values{*ticket, qint64(event.value(QStringLiteral("at")).toDouble()), *actor,
                            event.value(QStringLiteral("k")).toString(), variantOf(event.value(QStringLiteral("f"))),
                            variantOf(event.value(QStringLiteral("o"))), variantOf(event.value(QStringLiteral("n"))),
                            variantOf(event.value(QStringLiteral("b"))), event.value(QStringLiteral("p")).toInt(), gid};
        if (idsAfter)
            values.prepend(++nextId);
        auto inserted = m_rows.run(idsAfter ? QStringLiteral(R"(INSERT INTO ticket_events
            (id, ticket_id, at, actor_id, kind, field, old_value, new_value, body, is_public, gid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))")
                                            : QStringLiteral(R"(INSERT INTO ticket_events
            (ticket_id, at, actor_id, kind, field, old_value, new_value, body, is_public, gid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                                   values);
        if (!inserted)
            return fail(inserted.error());
        if (!idsAfter)
            arrived.append({ticket->toLongLong(), eventOf(event, sql::optionalInt(*actor))});
        ++counts.eventsAdded;
        const QString ticketUuid = event.value(QStringLiteral("t")).toString();
        if (!counts.ticketsCreated.contains(ticketUuid))
            counts.ticketsToReplay.append(ticketUuid);
    }
    return notifyArrived(arrived);
}

TicketEvent SyncExchange::eventOf(const QJsonObject& event, std::optional<qint64> actorId)
{
    TicketEvent e;
    e.at = qint64(event.value(QStringLiteral("at")).toDouble());
    e.actorId = actorId;
    e.kind = event.value(QStringLiteral("k")).toString();
    e.field = event.value(QStringLiteral("f")).toString();
    e.oldValue = event.value(QStringLiteral("o")).toString();
    e.newValue = event.value(QStringLiteral("n")).toString();
    e.body = event.value(QStringLiteral("b")).toString();
    e.isPublic = event.value(QStringLiteral("p")).toInt() != 0;
    return e;
}

// What another office did to one of this office's tickets (head office
// reassigned it, a colleague there mentioned someone) rings the bell here,
// where the ticket is worked; the other office's own tickets ring there.
Status SyncExchange::notifyArrived(const QList<std::pair<qint64, TicketEvent>>& arrived)
{
    TicketStore store(m_database);
    Notifications notifications(m_database, Clock());
    for (const auto& [ticketId, event] : arrived) {
        auto own = m_rows.scalar(QStringLiteral("SELECT 1 FROM tickets WHERE id = ? AND %1").arg(TicketStore::ownOfficeCondition()), {ticketId});
        if (!own)
            return fail(own.error());
        if (!own->isValid())
            continue;
        auto ticket = store.load(ticketId);
        if (!ticket)
            return fail(ticket.error());
        if (auto notified = notifications.record(*ticket, {event}); !notified)
            return notified;
    }
    return {};
}

// Configuration comes down from head office only; the branch keeps its own
// office code (its ticket numbers start with it).
Status SyncExchange::applyConfiguration(const OfficeRecord& self, const QJsonObject& payload)
{
    if (!payload.contains(QStringLiteral("config")))
        return {};
    auto incoming = ConfigurationJson::fromObject(payload.value(QStringLiteral("config")).toObject());
    if (!incoming)
        return fail(incoming.error());
    incoming->officeCode = self.code();
    ConfigStore store(m_database);
    auto current = store.load();
    if (!current)
        return fail(current.error());
    if (ConfigurationJson::toObject(*current) != ConfigurationJson::toObject(*incoming))
        if (auto replaced = store.replace(*incoming); !replaced)
            return replaced;
    // Desks at the branch sign in while head office is out of reach.
    const QJsonObject passwords = payload.value(QStringLiteral("passwords")).toObject();
    for (auto it = passwords.begin(); it != passwords.end(); ++it) {
        if (it.value().isNull())
            continue; // none at head office (a server checks passwords itself): keep the branch's
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("UPDATE users SET password_hash = ? WHERE login = ? AND (password_hash IS NULL OR password_hash <> ?)"),
                             {variantOf(it.value()), it.key(), variantOf(it.value())});
        if (!done)
            return fail(done.error());
    }
    return {};
}

Result<QJsonObject> SyncExchange::passwordHashes()
{
    auto query = sql::run(m_database.connection(), QStringLiteral("SELECT login, password_hash FROM users ORDER BY login"));
    if (!query)
        return fail(query.error());
    QJsonObject hashes;
    while (query->next())
        hashes.insert(query->value(0).toString(), jsonOf(query->value(1)));
    return hashes;
}

} // namespace sd
