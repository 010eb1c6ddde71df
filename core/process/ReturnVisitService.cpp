#include "process/ReturnVisitService.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketService.h"
#include "tickets/Workflow.h"

namespace sd {
namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.uuid, r.customer_id, c.code, c.name, c.phone, c.tier_code, r.ticket_id, t.number, t.subject, r.reason, "
    "r.prompted_by, r.product, r.due_on, r.retry_on, r.attempts, r.outcome, r.made_at, COALESCE(u.display_name, ''), "
    "r.satisfaction, r.notes, r.sales_lead, r.result_ticket_id, n.number, r.version ");
const QString kFrom = QStringLiteral(
    "FROM return_visits r JOIN customers c ON c.id = r.customer_id LEFT JOIN tickets t ON t.id = r.ticket_id "
    "LEFT JOIN users u ON u.id = r.made_by LEFT JOIN tickets n ON n.id = r.result_ticket_id ");

ReturnVisit visitFrom(const QSqlQuery& q)
{
    ReturnVisit v;
    v.id = q.value(0).toLongLong();
    v.uuid = q.value(1).toString();
    v.customerId = q.value(2).toLongLong();
    v.customerCode = q.value(3).toString();
    v.customerName = q.value(4).toString();
    v.customerPhone = q.value(5).toString();
    v.tierCode = q.value(6).toString();
    v.ticketId = sql::optionalInt(q.value(7));
    v.ticketNumber = q.value(8).toString();
    v.ticketSubject = q.value(9).toString();
    v.reason = fromCode<ReturnReason>(q.value(10).toString()).value_or(ReturnReason::FollowUp);
    v.promptedBy = q.value(11).toString();
    v.product = q.value(12).toString();
    v.dueOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    v.retryOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    v.attempts = q.value(15).toInt();
    if (!q.value(16).isNull())
        v.outcome = fromCode<ReturnOutcome>(q.value(16).toString());
    v.madeAt = sql::optionalInt(q.value(17));
    v.madeByName = q.value(18).toString();
    if (!q.value(19).isNull())
        v.satisfaction = q.value(19).toInt();
    v.notes = q.value(20).toString();
    v.salesLead = q.value(21).toInt() != 0;
    v.resultTicketId = sql::optionalInt(q.value(22));
    v.resultTicketNumber = q.value(23).toString();
    v.version = q.value(24).toInt();
    return v;
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Error ReturnVisitService::staleVisit()
{
    return Error{Error::Code::Conflict, QStringLiteral("version"),
                 tr("someone else recorded this return visit meanwhile; open it again to see what they wrote")};
}

ReturnVisitService::ReturnVisitService(Database database, const Configuration& configuration, Clock clock, TicketService& tickets)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(m_database, clock)
    , m_planner(m_database, configuration, clock)
    , m_tickets(tickets)
{
}

Result<QList<ReturnVisit>> ReturnVisitService::select(const QString& where, const QString& order, const QVariantList& values,
                                                      int limit) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ")
                              + order + QStringLiteral(" LIMIT ?"),
                          values + QVariantList{limit});
    if (!query)
        return fail(query.error());
    QList<ReturnVisit> visits;
    while (query->next())
        visits.append(visitFrom(*query));
    return visits;
}

Result<QList<ReturnVisit>> ReturnVisitService::queue(ReturnQueue which, int limit) const
{
    const QDate today = m_planner.today();
    // The open visits are read through the partial index on due_on; a retry day is never before the due day.
    switch (which) {
    case ReturnQueue::Due:
        return select(QStringLiteral("r.outcome IS NULL AND r.due_on <= ? AND COALESCE(r.retry_on, r.due_on) <= ?"),
                      QStringLiteral("r.due_on, r.id"), {day(today), day(today)}, limit);
    case ReturnQueue::Upcoming:
        return select(QStringLiteral("r.outcome IS NULL AND r.due_on <= ? AND COALESCE(r.retry_on, r.due_on) > ?"),
                      QStringLiteral("COALESCE(r.retry_on, r.due_on), r.id"), {day(today.addDays(kUpcomingDays)), day(today)}, limit);
    case ReturnQueue::Made:
        return select(QStringLiteral("r.made_at >= ?"), QStringLiteral("r.made_at DESC, r.id DESC"),
                      {m_clock.now() - qint64(kMadeDays) * 86400}, limit);
    case ReturnQueue::Leads:
        return select(QStringLiteral("r.made_at >= ? AND r.sales_lead = 1"), QStringLiteral("r.made_at DESC, r.id DESC"),
                      {m_clock.now() - qint64(kMadeDays) * 86400}, limit);
    }
    return QList<ReturnVisit>{};
}

Result<ReturnQueueCounts> ReturnVisitService::counts() const
{
    const QDate today = m_planner.today();
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT SUM(CASE WHEN due_on < ? AND COALESCE(retry_on, due_on) <= ? THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN due_on = ? AND COALESCE(retry_on, due_on) <= ? THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN COALESCE(retry_on, due_on) > ? THEN 1 ELSE 0 END) "
                                         "FROM return_visits WHERE outcome IS NULL AND due_on <= ?"),
                          {day(today), day(today), day(today), day(today), day(today), day(today.addDays(kUpcomingDays))});
    if (!query)
        return fail(query.error());
    ReturnQueueCounts counts;
    if (query->next()) {
        counts.overdue = query->value(0).toLongLong();
        counts.dueToday = query->value(1).toLongLong();
        counts.upcoming = query->value(2).toLongLong();
    }
    return counts;
}

Result<QList<ReturnVisit>> ReturnVisitService::ofCustomer(qint64 customerId, int limit) const
{
    return select(QStringLiteral("r.customer_id = ?"), QStringLiteral("r.due_on DESC, r.id DESC"), {customerId}, limit);
}

Result<ReturnVisit> ReturnVisitService::get(qint64 id) const
{
    auto found = select(QStringLiteral("r.id = ?"), QStringLiteral("r.id"), {id}, 1);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("return_visit"), tr("there is no return visit %1").arg(id)));
    return found->first();
}

Status ReturnVisitService::validate(const ReturnVisit& visit, const ReturnVisitRecord& record) const
{
    using Then = ReturnVisitRecord::Then;
    if (!visit.isOpen())
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("return_visit"),
                          tr("the return visit to %1 was already recorded as \"%2\" by %3")
                              .arg(visit.customerName, toLabel(*visit.outcome), visit.madeByName)});
    if (record.satisfaction && (*record.satisfaction < 1 || *record.satisfaction > 5))
        return fail(Error::invalid(QStringLiteral("satisfaction"), tr("the satisfaction score must be from 1 to 5")));
    if (record.outcome == ReturnOutcome::Unreachable && record.satisfaction)
        return fail(Error::invalid(QStringLiteral("satisfaction"), tr("a customer who could not be reached gave no score")));
    const bool needsNotes = record.outcome == ReturnOutcome::IssuePersists || record.outcome == ReturnOutcome::NewNeed;
    if (needsNotes && record.notes.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("notes"), tr("say what the customer told you")));
    bool fits = record.then == Then::Nothing;
    if (record.outcome == ReturnOutcome::IssuePersists)
        fits = record.then == Then::NewTicket || (record.then == Then::Reopen && visit.ticketId);
    if (record.outcome == ReturnOutcome::NewNeed)
        fits = record.then == Then::NewTicket || record.then == Then::SalesLead;
    if (!fits)
        return fail(Error::invalid(QStringLiteral("then"),
                                   record.outcome == ReturnOutcome::IssuePersists
                                       ? (visit.ticketId ? tr("an issue that persists reopens the ticket or opens a new one")
                                                         : tr("an issue that persists opens a new ticket (this visit follows no ticket)"))
                                   : record.outcome == ReturnOutcome::NewNeed ? tr("a new need opens a new ticket or is noted as a sales lead")
                                                                              : tr("nothing follows from this outcome")));
    return {};
}

// The ticket reopened or opened for what the call found; returns the new ticket's id.
Result<std::optional<qint64>> ReturnVisitService::followThrough(const ReturnVisit& visit, const ReturnVisitRecord& record, qint64 actorId)
{
    using Then = ReturnVisitRecord::Then;
    if (record.then == Then::Reopen) {
        auto ticket = m_tickets.get(*visit.ticketId);
        if (!ticket)
            return fail(ticket.error());
        // Reopened by a call in the meantime: the work goes on there, the visit says so on its timeline.
        if (Workflow::isOpen(ticket->status))
            return std::optional<qint64>(ticket->id);
        auto reopened = m_tickets.changeStatus(ticket->id, ticket->version, TicketStatus::InProgress, actorId,
                                               tr("Return visit: %1").arg(record.notes.trimmed()));
        if (!reopened)
            return fail(reopened.error());
        return std::optional<qint64>(ticket->id);
    }
    if (record.then != Then::NewTicket)
        return std::optional<qint64>();
    TicketDraft draft;
    draft.customerId = visit.customerId;
    draft.contactName = visit.customerName;
    draft.contactPhone = visit.customerPhone;
    draft.channel = Channel::Phone;
    draft.category = record.outcome == ReturnOutcome::IssuePersists ? Category::Fault : Category::Inquiry;
    draft.product = visit.product;
    draft.subject = record.newTicketSubject.trimmed().isEmpty() ? record.notes.trimmed().left(120) : record.newTicketSubject.trimmed();
    draft.description = tr("From a return visit (%1): %2").arg(toLabel(visit.reason), record.notes.trimmed());
    auto created = m_tickets.create(draft, actorId);
    if (!created)
        return fail(created.error());
    return std::optional<qint64>(created->id);
}

Status ReturnVisitService::write(const ReturnVisit& visit, int expectedVersion, const ReturnVisitRecord& record,
                                 std::optional<qint64> resultTicket, qint64 actorId)
{
    const ReturnVisitRules& rules = m_configuration.service.returnVisits;
    const int attempts = visit.attempts + 1;
    // Unreachable: tried again later, until the attempts run out.
    const bool retry = record.outcome == ReturnOutcome::Unreachable && attempts < rules.attempts;
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    const QVariant outcome = retry ? QVariant() : QVariant(toCode(record.outcome));
    const QVariant retryOn = retry ? QVariant(day(m_planner.today().addDays(rules.retryDays))) : QVariant();
    const QVariant madeAt = retry ? QVariant() : QVariant(m_clock.now());
    const QString notes = visit.notes.isEmpty() ? record.notes.trimmed()
                          : record.notes.trimmed().isEmpty() ? visit.notes
                                                             : visit.notes + QLatin1Char('\n') + record.notes.trimmed();
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE return_visits SET outcome = ?, made_at = ?, made_by = ?, attempts = ?, retry_on = ?, "
                                           "satisfaction = ?, notes = ?, sales_lead = ?, result_ticket_id = ?, version = version + 1, "
                                           "updated_by = ? WHERE id = ? AND version = ?"),
                            {outcome, madeAt, retry ? QVariant() : actor, attempts, retryOn, sql::nullable(record.satisfaction), notes,
                             record.then == ReturnVisitRecord::Then::SalesLead ? 1 : 0, sql::nullable(resultTicket), actor, visit.id,
                             expectedVersion});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(staleVisit());
    if (!visit.ticketId)
        return {};
    return m_tickets.noteReturnVisit(*visit.ticketId, visit.reason, record.outcome, retry ? attempts : 0, record.notes.trimmed(), actorId);
}

Result<ReturnVisit> ReturnVisitService::record(qint64 id, int expectedVersion, const ReturnVisitRecord& record, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::MakeReturnVisits); !allowed)
        return fail(allowed.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto visit = get(id);
    if (!visit)
        return fail(visit.error());
    if (auto valid = validate(*visit, record); !valid)
        return fail(valid.error());
    if (visit->version != expectedVersion)
        return fail(staleVisit());
    auto resultTicket = followThrough(*visit, record, actorId);
    if (!resultTicket)
        return fail(resultTicket.error());
    if (auto written = write(*visit, expectedVersion, record, *resultTicket, actorId); !written)
        return fail(written.error());
    auto stored = get(id);
    if (!stored)
        return fail(stored.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit returnVisitsChanged();
    return stored;
}

// In batches of kPeriodicBatch customers, each its own transaction, until none is left.
Result<int> ReturnVisitService::schedulePeriodic()
{
    int total = 0;
    for (;;) {
        WriteTransaction transaction(m_database.connection(), m_database.dialect());
        if (auto begun = transaction.begin(); !begun)
            return fail(begun.error());
        auto scheduled = m_planner.schedulePeriodic(kPeriodicBatch);
        if (!scheduled)
            return fail(scheduled.error());
        if (auto committed = transaction.commit(); !committed)
            return fail(committed.error());
        total += *scheduled;
        if (*scheduled < kPeriodicBatch)
            break;
    }
    if (total > 0)
        emit returnVisitsChanged();
    return total;
}

} // namespace sd
