#include "tickets/TicketStore.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace sd {
namespace {

const QString kSelect = QStringLiteral(R"(SELECT t.id, t.uuid, t.number, t.customer_id, t.contact_name, t.contact_phone,
    t.contact_email, t.channel, t.category, t.priority, t.subject, t.description, t.product, t.serial,
    COALESCE(t.team_code, ''), COALESCE(t.complaint_cause, ''), t.status, t.support_level, t.assignee_id,
    COALESCE(u.display_name, ''), COALESCE(c.name, ''), t.tier_code, COALESCE(t.solution, ''), t.updated_at,
    t.closed_at, t.sla_calendar, t.first_response_target_min, t.resolution_target_min, t.created_at,
    t.first_response_due, t.first_response_warn, t.resolution_due, t.resolution_warn, t.first_response_at,
    t.resolved_at, t.first_response_business_s, t.resolution_business_s, t.paused_business_s, t.paused_since,
    t.next_due_at, t.next_warn_at, t.sla_checkpoint_at, t.sla_flags, t.reopen_count, t.agent_public_replies,
    t.csat_score, COALESCE(t.csat_comment, ''), t.version
    FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN customers c ON c.id = t.customer_id)");

std::optional<qint64> optionalInstant(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void readDetails(const QSqlQuery& q, TicketDraft& d)
{
    d.customerId = optionalInstant(q.value(3));
    d.contactName = q.value(4).toString();
    d.contactPhone = q.value(5).toString();
    d.contactEmail = q.value(6).toString();
    d.channel = fromCode<Channel>(q.value(7).toString()).value_or(Channel::Phone);
    d.category = fromCode<Category>(q.value(8).toString()).value_or(Category::Inquiry);
    d.priority = fromCode<Priority>(q.value(9).toString()).value_or(Priority::P3);
    d.subject = q.value(10).toString();
    d.description = q.value(11).toString();
    d.product = q.value(12).toString();
    d.serial = q.value(13).toString();
    d.teamCode = q.value(14).toString();
    d.complaintCause = q.value(15).toString();
}

void readSla(const QSqlQuery& q, SlaFigures& s)
{
    s.calendarCode = q.value(25).toString();
    s.firstResponseTargetMin = q.value(26).toInt();
    s.resolutionTargetMin = q.value(27).toInt();
    s.createdAt = q.value(28).toLongLong();
    s.firstResponseDue = q.value(29).toLongLong();
    s.firstResponseWarn = q.value(30).toLongLong();
    s.resolutionDue = optionalInstant(q.value(31));
    s.resolutionWarn = optionalInstant(q.value(32));
    s.firstResponseAt = optionalInstant(q.value(33));
    s.resolvedAt = optionalInstant(q.value(34));
    s.firstResponseBusinessS = optionalInstant(q.value(35));
    s.resolutionBusinessS = optionalInstant(q.value(36));
    s.pausedBusinessS = q.value(37).toLongLong();
    s.pausedSince = optionalInstant(q.value(38));
    s.nextDue = optionalInstant(q.value(39));
    s.nextWarn = optionalInstant(q.value(40));
    s.nextCheckpoint = optionalInstant(q.value(41));
    s.flags = q.value(42).toInt();
}

Ticket ticketFrom(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.number = q.value(2).toString();
    readDetails(q, t.details);
    t.status = fromCode<TicketStatus>(q.value(16).toString()).value_or(TicketStatus::New);
    t.level = fromCode<SupportLevel>(q.value(17).toString()).value_or(SupportLevel::L1);
    t.assigneeId = optionalInstant(q.value(18));
    t.assigneeName = q.value(19).toString();
    t.customerName = q.value(20).toString();
    t.tierCode = q.value(21).toString();
    t.solution = q.value(22).toString();
    t.updatedAt = q.value(23).toLongLong();
    t.closedAt = optionalInstant(q.value(24));
    readSla(q, t.sla);
    t.reopenCount = q.value(43).toInt();
    t.agentPublicReplies = q.value(44).toInt();
    if (!q.value(45).isNull())
        t.csatScore = q.value(45).toInt();
    t.csatComment = q.value(46).toString();
    t.version = q.value(47).toInt();
    return t;
}

// Values of the mutable columns, in the order of kMutableColumns.
QVariantList mutableValues(const Ticket& t, qint64 actorId)
{
    const TicketDraft& d = t.details;
    const SlaFigures& s = t.sla;
    return {orNull(d.customerId), d.contactName, d.contactPhone, d.contactEmail, toCode(d.channel),
            toCode(d.category), toCode(d.priority), toCode(t.status), Workflow::isOpen(t.status) ? 1 : 0,
            toCode(t.level), textOrNull(d.teamCode), orNull(t.assigneeId), t.tierCode, d.subject, d.description,
            d.product, d.serial, textOrNull(d.complaintCause), textOrNull(t.solution), t.updatedAt,
            actorId > 0 ? QVariant(actorId) : QVariant(), s.calendarCode, s.firstResponseTargetMin,
            s.resolutionTargetMin, s.firstResponseDue, s.firstResponseWarn, orNull(s.resolutionDue),
            orNull(s.resolutionWarn), orNull(s.nextDue), orNull(s.nextWarn), orNull(s.nextCheckpoint), s.flags,
            orNull(s.firstResponseAt), orNull(s.resolvedAt), orNull(t.closedAt), orNull(s.firstResponseBusinessS),
            orNull(s.resolutionBusinessS), s.pausedBusinessS, orNull(s.pausedSince), t.reopenCount,
            t.agentPublicReplies, t.csatScore ? QVariant(*t.csatScore) : QVariant(), textOrNull(t.csatComment)};
}

const QStringList kMutableColumns = {
    QStringLiteral("customer_id"), QStringLiteral("contact_name"), QStringLiteral("contact_phone"),
    QStringLiteral("contact_email"), QStringLiteral("channel"), QStringLiteral("category"),
    QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("is_open"),
    QStringLiteral("support_level"), QStringLiteral("team_code"), QStringLiteral("assignee_id"),
    QStringLiteral("tier_code"), QStringLiteral("subject"), QStringLiteral("description"),
    QStringLiteral("product"), QStringLiteral("serial"), QStringLiteral("complaint_cause"),
    QStringLiteral("solution"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
    QStringLiteral("sla_calendar"), QStringLiteral("first_response_target_min"),
    QStringLiteral("resolution_target_min"), QStringLiteral("first_response_due"),
    QStringLiteral("first_response_warn"), QStringLiteral("resolution_due"), QStringLiteral("resolution_warn"),
    QStringLiteral("next_due_at"), QStringLiteral("next_warn_at"), QStringLiteral("sla_checkpoint_at"),
    QStringLiteral("sla_flags"), QStringLiteral("first_response_at"), QStringLiteral("resolved_at"),
    QStringLiteral("closed_at"), QStringLiteral("first_response_business_s"),
    QStringLiteral("resolution_business_s"), QStringLiteral("paused_business_s"), QStringLiteral("paused_since"),
    QStringLiteral("reopen_count"), QStringLiteral("agent_public_replies"), QStringLiteral("csat_score"),
    QStringLiteral("csat_comment")};

} // namespace

TicketStore::TicketStore(Database database)
    : m_database(std::move(database))
{
}

Result<Ticket> TicketStore::loadWhere(const QString& where, const QVariant& value) const
{
    auto query = sql::run(m_database.connection(), kSelect + QStringLiteral(" WHERE ") + where, {value});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(QStringLiteral("ticket"), QCoreApplication::translate("sd::TicketStore", "ticket %1 does not exist").arg(value.toString())));
    return ticketFrom(*query);
}

Result<Ticket> TicketStore::load(qint64 id) const
{
    return loadWhere(QStringLiteral("t.id = ?"), id);
}

Result<TicketStore::Ownership> TicketStore::ownership(qint64 id) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT status, assignee_id, COALESCE(team_code, '') FROM tickets WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next()) {
        auto missing = load(id); // the same "no such ticket" as every other lookup
        return fail(missing ? Error::notFound(QStringLiteral("ticket"), QString()) : missing.error());
    }
    Ownership owner;
    owner.status = fromCode<TicketStatus>(query->value(0).toString()).value_or(TicketStatus::New);
    if (!query->value(1).isNull())
        owner.assigneeId = query->value(1).toLongLong();
    owner.teamCode = query->value(2).toString();
    return owner;
}

Result<Ticket> TicketStore::loadByNumber(const QString& number) const
{
    return loadWhere(QStringLiteral("t.number = ?"), number.trimmed().toUpper());
}

Result<std::unique_ptr<BulkInserter>> TicketStore::prepareInsert(BulkInserter::Mode mode) const
{
    const QStringList columns = QStringList{QStringLiteral("uuid"), QStringLiteral("number"),
                                            QStringLiteral("created_at"), QStringLiteral("created_by")}
        + kMutableColumns;
    const QStringList marks(columns.size(), QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO tickets (%1) VALUES (%2)")
                               .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (mode == BulkInserter::Mode::Bulk)
        return BulkInserter::prepare(m_database, insert, mode);
    // A taken number inserts nothing instead of failing: a failed statement
    // would end a PostgreSQL transaction, and an import goes on past it.
    return BulkInserter::prepare(m_database, insert + QStringLiteral(" ON CONFLICT (number) DO NOTHING"));
}

Result<qint64> TicketStore::insertPrepared(BulkInserter& inserter, const Ticket& ticket, qint64 actorId) const
{
    const QVariantList values = QVariantList{ticket.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                                   : ticket.uuid,
                                             ticket.number, ticket.sla.createdAt,
                                             actorId > 0 ? QVariant(actorId) : QVariant()}
        + mutableValues(ticket, actorId);
    if (auto done = inserter.insert(values); !done)
        return fail(done.error());
    if (!inserter.inserted())
        return fail(Error{Error::Code::Duplicate, QStringLiteral("tickets.number"),
                          QCoreApplication::translate("sd::TicketStore", "ticket number %1 is already taken").arg(ticket.number)});
    return inserter.lastInsertId();
}

Result<qint64> TicketStore::insert(const Ticket& ticket, qint64 actorId)
{
    auto inserter = prepareInsert();
    if (!inserter)
        return fail(inserter.error());
    return insertPrepared(**inserter, ticket, actorId);
}

Error TicketStore::conflictFor(qint64 id) const
{
    auto row = sql::run(m_database.connection(),
                        QStringLiteral("SELECT COALESCE(u.display_name, ''), t.updated_at FROM tickets t "
                                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.id = ?"),
                        {id});
    if (!row || !row->next())
        return Error::notFound(QStringLiteral("ticket"), QCoreApplication::translate("sd::TicketStore", "ticket %1 does not exist").arg(id));
    const QString who = row->value(0).toString().isEmpty() ? QCoreApplication::translate("sd::TicketStore", "someone") : row->value(0).toString();
    const QString when = QDateTime::fromSecsSinceEpoch(row->value(1).toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return {Error::Code::Conflict, QStringLiteral("version"),
            QCoreApplication::translate("sd::TicketStore", "%1 changed this ticket at %2 after you opened it; reload to see their changes").arg(who, when)};
}

Status TicketStore::update(const Ticket& ticket, int expectedVersion, qint64 actorId, bool userChange)
{
    QStringList assignments;
    QVariantList values;
    const QVariantList all = mutableValues(ticket, actorId);
    for (qsizetype i = 0; i < kMutableColumns.size(); ++i) {
        const QString& column = kMutableColumns.at(i);
        if (!userChange && (column == QLatin1String("updated_at") || column == QLatin1String("updated_by")))
            continue;
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(all.at(i));
    }
    values += QVariantList{userChange ? 1 : 0, ticket.id, expectedVersion};
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE tickets SET %1, version = version + ? WHERE id = ? AND version = ?")
                                .arg(assignments.join(QStringLiteral(", "))),
                            values);
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(conflictFor(ticket.id));
    return {};
}

Result<std::unique_ptr<BulkInserter>> TicketStore::prepareEventInsert(BulkInserter::Mode mode) const
{
    return BulkInserter::prepare(m_database, QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, kind, "
                                                            "field, old_value, new_value, body, is_public) "
                                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), mode);
}

Status TicketStore::appendPrepared(BulkInserter& inserter, qint64 ticketId, const TicketEvent& event) const
{
    return inserter.insert({ticketId, event.at, orNull(event.actorId), event.kind, textOrNull(event.field),
                            textOrNull(event.oldValue), textOrNull(event.newValue), textOrNull(event.body),
                            event.isPublic ? 1 : 0});
}

Status TicketStore::appendEvent(qint64 ticketId, const TicketEvent& event)
{
    auto inserter = prepareEventInsert();
    if (!inserter)
        return fail(inserter.error());
    return appendPrepared(**inserter, ticketId, event);
}

Result<QList<TicketEvent>> TicketStore::timeline(qint64 ticketId) const
{
    return events(QStringLiteral(R"(SELECT e.id, e.at, e.actor_id,
        COALESCE(u.display_name, ''), e.kind, COALESCE(e.field, ''), COALESCE(e.old_value, ''),
        COALESCE(e.new_value, ''), COALESCE(e.body, ''), e.is_public, ''
        FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.ticket_id = ? ORDER BY e.at, e.id)"),
                  {ticketId});
}

Result<QList<TicketEvent>> TicketStore::joinedTimeline(qint64 ticketId) const
{
    // UNION (not UNION ALL) stops at a ticket already reached.
    return events(QStringLiteral(R"(WITH RECURSIVE joined(id) AS (
            SELECT CAST(? AS BIGINT)
            UNION SELECT l.ticket_id FROM ticket_links l JOIN joined j ON l.other_id = j.id
                WHERE l.kind = 'merged' AND l.removed_at IS NULL)
        SELECT e.id, e.at, e.actor_id,
        COALESCE(u.display_name, ''), e.kind, COALESCE(e.field, ''), COALESCE(e.old_value, ''),
        COALESCE(e.new_value, ''), COALESCE(e.body, ''), e.is_public, CASE WHEN t.id = joined_root.id THEN '' ELSE t.number END
        FROM joined j JOIN ticket_events e ON e.ticket_id = j.id JOIN tickets t ON t.id = e.ticket_id
        CROSS JOIN (SELECT CAST(? AS BIGINT) AS id) joined_root
        LEFT JOIN users u ON u.id = e.actor_id ORDER BY e.at, e.id)"),
                  {ticketId, ticketId});
}

Result<QList<TicketEvent>> TicketStore::events(const QString& statement, const QVariantList& values) const
{
    auto query = sql::run(m_database.connection(), statement, values);
    if (!query)
        return fail(query.error());
    QList<TicketEvent> events;
    while (query->next())
        events.append({query->value(0).toLongLong(), query->value(1).toLongLong(), optionalInstant(query->value(2)),
                       query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                       query->value(6).toString(), query->value(7).toString(), query->value(8).toString(),
                       query->value(9).toBool(), query->value(10).toString()});
    return events;
}

Result<QString> TicketStore::nextNumber(const QString& prefix)
{
    auto next = sql::scalar(m_database.connection(),
                            QStringLiteral("INSERT INTO ticket_counters (prefix, last_value) VALUES (?, 1) "
                                           "ON CONFLICT (prefix) DO UPDATE SET last_value = ticket_counters.last_value + 1 "
                                           "RETURNING last_value"),
                            {prefix});
    if (!next)
        return fail(next.error());
    return QStringLiteral("%1-%2").arg(prefix).arg(next->toLongLong(), 6, 10, QLatin1Char('0'));
}

QString TicketStore::ownOfficeCondition(const QString& number)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_offices o "
                          "WHERE o.is_self = 0 AND substr(%1, 1, length(o.code) + 1) = o.code || '-')").arg(number);
}

Result<QList<qint64>> TicketStore::idsWithCheckpointBefore(qint64 instant, int limit) const
{
    auto query = sql::run(m_database.connection(),
                          // Another office's tickets (branch sync) run their SLA clock
                          // there; their warnings arrive with its timeline.
                          QStringLiteral("SELECT id FROM tickets WHERE sla_checkpoint_at <= ? AND %1 "
                                         "ORDER BY sla_checkpoint_at, id LIMIT ?").arg(ownOfficeCondition()),
                          {instant, limit});
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

// One row in settings holds the last minute swept; raising it is the claim.
// Writers take turns (WriteTransaction), so exactly one desk raises it.
Result<bool> TicketStore::claimSweepMinute(qint64 minute)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto claimed = sql::run(m_database.connection(), QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('sla_sweep_minute', ?) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value WHERE CAST(settings.value AS BIGINT) < CAST(excluded.value AS BIGINT)"),
                            {QString::number(minute)});
    if (!claimed)
        return fail(claimed.error());
    const bool won = claimed->numRowsAffected() > 0;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return won;
}

Result<QList<qint64>> TicketStore::openTicketsOfCustomer(qint64 customerId) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? AND is_open = 1"), {customerId});
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

} // namespace sd
