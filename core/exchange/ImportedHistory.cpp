#include "exchange/ImportedHistory.h"

#include "tickets/SlaClock.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd {

ImportedHistory::ImportedHistory(const BusinessCalendar& calendar, qint64 now)
    : m_calendar(calendar)
    , m_now(now)
    , m_replyBody(QCoreApplication::translate("sd::ImportedHistory", "First reply (imported; the text was not in the file)"))
{
}

TicketEvent ImportedHistory::event(qint64 at, std::optional<qint64> actor, const char* kind) const
{
    TicketEvent e;
    e.at = at;
    e.actorId = actor;
    e.kind = QString::fromLatin1(kind);
    return e;
}

void ImportedHistory::addStatus(QList<TicketEvent>& events, qint64 at, std::optional<qint64> actor,
                                TicketStatus from, TicketStatus to) const
{
    TicketEvent e = event(at, actor, "status");
    e.oldValue = toCode(from);
    e.newValue = toCode(to);
    events.append(e);
}

void ImportedHistory::replay(Ticket& ticket, const ImportRow& row, int firstResponseMin, int resolutionMin,
                             QList<TicketEvent>& events) const
{
    const SlaClock clock(m_calendar);
    SlaFigures& sla = ticket.sla;
    sla.createdAt = row.createdAt;
    clock.start(sla, firstResponseMin, resolutionMin);
    TicketEvent created = event(row.createdAt, std::nullopt, "created");
    created.newValue = ticket.number;
    events.append(created);
    // Answer and resolution in the order they happened (a ticket may be solved
    // before anyone wrote back). A file gives how often a ticket was reopened
    // but not when, so reopens cannot be replayed: the count is kept as given,
    // and the resolution figures run from creation to the last resolution
    // without the time it spent resolved in between.
    const bool answeredFirst = row.firstResponseAt && (!row.resolvedAt || *row.firstResponseAt <= *row.resolvedAt);
    if (answeredFirst)
        clock.respond(sla, *row.firstResponseAt);
    if (row.resolvedAt)
        clock.resolve(sla, *row.resolvedAt);
    if (row.firstResponseAt && !answeredFirst)
        clock.respond(sla, *row.firstResponseAt);
    if (row.firstResponseAt) {
        TicketEvent reply = event(*row.firstResponseAt, ticket.assigneeId, "comment");
        reply.isPublic = true;
        reply.body = m_replyBody;
        events.append(reply);
    }
    ticket.status = row.firstResponseAt ? TicketStatus::InProgress : TicketStatus::New;
    if (row.resolvedAt) {
        const TicketStatus before = answeredFirst ? TicketStatus::InProgress : TicketStatus::New;
        addStatus(events, *row.resolvedAt, ticket.assigneeId, before, TicketStatus::Resolved);
        ticket.status = TicketStatus::Resolved;
    }
    if (row.closedAt) {
        addStatus(events, *row.closedAt, std::nullopt, TicketStatus::Resolved, TicketStatus::Closed);
        ticket.status = TicketStatus::Closed;
        ticket.closedAt = row.closedAt;
    }
    if (row.csat) {
        // The file has no survey instant: the answer is filed at the resolution.
        TicketEvent survey = event(row.resolvedAt.value_or(row.createdAt), std::nullopt, "survey");
        survey.newValue = QString::number(*row.csat);
        events.append(survey);
        ticket.csatScore = row.csat;
    }
    ticket.reopenCount = row.reopenCount;
    ticket.agentPublicReplies = row.agentReplies;
    ticket.updatedAt = std::max({row.createdAt, row.firstResponseAt.value_or(0), row.resolvedAt.value_or(0),
                                 row.closedAt.value_or(0)});
    // The warnings and breaches a sweep would have written as time passed.
    SlaClock(m_calendar).recordCrossed(ticket.sla, m_now, events);
}


} // namespace sd
