#include "process/ComplaintService.h"

#include "common/Money.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"
#include "tickets/Workflow.h"

#include <QCoreApplication>

namespace sd {
namespace {

// Money changes hands with these; an apology, a repair or a replacement may
// cost nothing to name.
bool remedyNeedsAmount(Remedy remedy)
{
    return remedy == Remedy::Refund || remedy == Remedy::Compensation;
}

} // namespace

ComplaintService::ComplaintService(Database database, const Configuration& configuration, Clock clock, TicketService& tickets)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_tickets(tickets)
    , m_store(database)
    , m_access(database, clock)
{
}

Result<Complaint> ComplaintService::ofTicket(qint64 ticketId) const
{
    auto ticket = m_tickets.get(ticketId);
    if (!ticket)
        return fail(ticket.error());
    if (ticket->details.category != Category::Complaint)
        return fail(Error::invalid(QStringLiteral("category"), tr("ticket %1 is not a complaint").arg(ticket->number)));
    auto stored = m_store.load(ticketId);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return ComplaintStore::started(*ticket, m_configuration);
    Complaint complaint = **stored;
    // Closed while its ticket is open: two offices merged the stage and the
    // status apart. It stands where closing it again is the next step.
    if (complaint.stage == ComplaintStage::Closed && Workflow::isOpen(ticket->status))
        complaint.stage = ComplaintStage::FeedbackGiven;
    return complaint;
}

Status ComplaintService::checkStep(const Complaint& complaint, const ComplaintStep& step) const
{
    const int from = int(complaint.stage);
    if (complaint.stage == ComplaintStage::Closed)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("stage"),
                          tr("complaint %1 is closed; reopen its ticket to take it further").arg(complaint.ticketNumber)});
    if (int(step.to) != from + 1)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("stage"),
                          tr("complaint %1 is at \"%2\"; its next step is \"%3\", not \"%4\"")
                              .arg(complaint.ticketNumber, toLabel(complaint.stage),
                                   toLabel(ComplaintStage(std::min(from + 1, int(ComplaintStage::Closed)))), toLabel(step.to))});
    switch (step.to) {
    case ComplaintStage::Verified:
        if (step.note.trimmed().isEmpty())
            return fail(Error::invalid(QStringLiteral("evidence"), tr("note the evidence that verifies the complaint")));
        break;
    case ComplaintStage::Handled:
        if (!step.remedy)
            return fail(Error::invalid(QStringLiteral("remedy"), tr("choose the remedy: refund, replacement, repair, apology or compensation")));
        if (remedyNeedsAmount(*step.remedy) && (!step.remedyCents || *step.remedyCents <= 0))
            return fail(Error::invalid(QStringLiteral("amount"), tr("a %1 needs its amount").arg(toLabel(*step.remedy).toLower())));
        if (step.remedyCents && *step.remedyCents < 0)
            return fail(Error::invalid(QStringLiteral("amount"), tr("the amount cannot be negative")));
        break;
    case ComplaintStage::FeedbackGiven:
        if (step.note.trimmed().isEmpty())
            return fail(Error::invalid(QStringLiteral("feedback"), tr("note what the customer was told and how they took it")));
        break;
    case ComplaintStage::Closed:
        if (!step.cause && !complaint.cause)
            return fail(Error::invalid(QStringLiteral("cause"), tr("choose the complaint's cause before closing it")));
        break;
    case ComplaintStage::Received:
        break;
    }
    return {};
}

Result<Complaint> ComplaintService::advance(qint64 ticketId, int expectedVersion, const ComplaintStep& step, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::HandleComplaint); !allowed)
        return fail(allowed.error());
    auto complaint = ofTicket(ticketId);
    if (!complaint)
        return fail(complaint.error());
    if (complaint->version != expectedVersion)
        return fail(Error{Error::Code::Conflict, QStringLiteral("version"),
                          tr("complaint %1 was changed by someone else meanwhile; look at it again and repeat the step")
                              .arg(complaint->ticketNumber)});
    if (auto valid = checkStep(*complaint, step); !valid)
        return fail(valid.error());
    if (step.to == ComplaintStage::Closed)
        return close(ticketId, *complaint, step, actorId);
    auto ticket = m_tickets.get(ticketId);
    if (!ticket)
        return fail(ticket.error());
    if (!Workflow::isOpen(ticket->status))
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("complaint %1 is resolved; reopen it to take it further").arg(ticket->number)});
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto written = write(*complaint, expectedVersion, step, *ticket, actorId); !written)
        return fail(written.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit complaintChanged(ticketId);
    return ofTicket(ticketId);
}

// The row (created on the first step if the ticket had none) and its event.
Status ComplaintService::write(Complaint& complaint, int expectedVersion, const ComplaintStep& step, const Ticket& ticket,
                               qint64 actorId)
{
    const qint64 now = m_clock.now();
    const ComplaintStage from = complaint.stage;
    complaint.stage = step.to;
    if (step.to == ComplaintStage::Verified) {
        complaint.evidence = step.note.trimmed();
        complaint.respondedAt = now;
    } else if (step.to == ComplaintStage::Handled) {
        complaint.remedy = step.remedy;
        complaint.remedyCents = step.remedyCents;
    } else if (step.to == ComplaintStage::FeedbackGiven) {
        complaint.feedback = step.note.trimmed();
    }
    Status stored = complaint.id == 0 ? m_store.insert(complaint, ticket.uuid, actorId, now)
                                      : m_store.update(complaint, expectedVersion, actorId, now);
    if (!stored)
        return stored;
    TicketEvent event;
    event.at = now;
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("complaint");
    event.field = QStringLiteral("stage");
    event.oldValue = toCode(from);
    event.newValue = toCode(step.to);
    event.body = eventBody(step);
    return TicketStore(m_database).appendEvent(ticket.id, event);
}

// Closing is resolving the ticket: the ticket service checks the path is at
// its last step and closes the row with the resolution.
Result<Complaint> ComplaintService::close(qint64 ticketId, const Complaint& complaint, const ComplaintStep& step, qint64 actorId)
{
    auto ticket = m_tickets.get(ticketId);
    if (!ticket)
        return fail(ticket.error());
    const ComplaintCause cause = step.cause ? *step.cause : *complaint.cause;
    QString solution = step.note.trimmed();
    if (solution.isEmpty())
        solution = complaint.feedback;
    auto resolved = m_tickets.closeComplaint(ticketId, ticket->version, cause, solution, actorId);
    if (!resolved)
        return fail(resolved.error());
    emit complaintChanged(ticketId);
    return ofTicket(ticketId);
}

QString ComplaintService::eventBody(const ComplaintStep& step)
{
    if (step.to != ComplaintStage::Handled || !step.remedy)
        return step.note.trimmed();
    QString remedy = toCode(*step.remedy);
    if (step.remedyCents)
        remedy += QLatin1Char(' ') + centsText(*step.remedyCents);
    return step.note.trimmed().isEmpty() ? remedy : remedy + QStringLiteral(": ") + step.note.trimmed();
}

Result<QList<ComplaintRegisterRow>> ComplaintService::openComplaints(const RegisterFilter& filter) const
{
    QString sql = QStringLiteral(
        "SELECT t.id, t.number, t.subject, COALESCE(cu.name, t.contact_name), COALESCE(c.stage, 'received'), "
        "t.complaint_cause, t.created_at, c.response_due, c.closing_due, COALESCE(u.display_name, '') "
        "FROM tickets t LEFT JOIN complaints c ON c.ticket_id = t.id LEFT JOIN customers cu ON cu.id = t.customer_id "
        "LEFT JOIN users u ON u.id = t.assignee_id WHERE t.is_open = 1 AND t.category = ?");
    QVariantList values{toCode(Category::Complaint)};
    if (filter.cause) {
        sql += QStringLiteral(" AND t.complaint_cause = ?");
        values.append(toCode(*filter.cause));
    }
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND c.closing_due < ?");
        values.append(m_clock.now());
    }
    sql += QStringLiteral(" ORDER BY t.created_at, t.id LIMIT ?");
    values.append(filter.limit);
    auto query = sql::run(m_database.connection(), sql, values);
    if (!query)
        return fail(query.error());
    QList<ComplaintRegisterRow> rows;
    while (query->next()) {
        ComplaintRegisterRow row;
        row.ticketId = query->value(0).toLongLong();
        row.ticketNumber = query->value(1).toString();
        row.subject = query->value(2).toString();
        row.customerName = query->value(3).toString();
        row.stage = fromCode<ComplaintStage>(query->value(4).toString()).value_or(ComplaintStage::Received);
        row.cause = fromCode<ComplaintCause>(query->value(5).toString());
        row.receivedAt = query->value(6).toLongLong();
        row.responseDue = sql::optionalInt(query->value(7));
        row.closingDue = sql::optionalInt(query->value(8));
        row.assigneeName = query->value(9).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace sd
