#include "sync/SlaReplay.h"

#include "storage/Sql.h"
#include "tickets/SlaClock.h"
#include "tickets/TicketStore.h"
#include "tickets/Workflow.h"

#include <algorithm>

namespace sd {
namespace {

struct Replayed
{
    SlaFigures sla;
    TicketStatus status = TicketStatus::New;
    int reopenCount = 0;
    int publicReplies = 0;
    std::optional<qint64> closedAt;
};

void move(const SlaClock& clock, Replayed& state, TicketStatus to, qint64 at)
{
    const TicketStatus from = state.status;
    if (from == to)
        return;
    if (Workflow::isReopen(from, to)) {
        state.reopenCount += 1;
        state.closedAt.reset();
        clock.reopen(state.sla, at);
    }
    if (Workflow::pausesResolutionClock(to))
        clock.pause(state.sla, at);
    else if (Workflow::pausesResolutionClock(from))
        clock.resume(state.sla, at);
    if (to == TicketStatus::Resolved || (to == TicketStatus::Closed && !state.sla.resolvedAt))
        clock.resolve(state.sla, at);
    if (to == TicketStatus::Closed)
        state.closedAt = at;
    state.status = to;
}

} // namespace

SlaReplay::SlaReplay(Database database, Configuration configuration)
    : m_database(std::move(database))
    , m_configuration(std::move(configuration))
{
}

Status SlaReplay::recompute(const QStringList& ticketUuids)
{
    QStringList unique = ticketUuids;
    unique.removeDuplicates();
    for (const QString& uuid : unique) {
        auto id = sql::scalar(m_database.connection(), QStringLiteral("SELECT id FROM tickets WHERE uuid = ?"), {uuid});
        if (!id)
            return fail(id.error());
        if (id->isValid())
            if (auto done = recomputeOne(id->toLongLong()); !done)
                return done;
    }
    return {};
}

Status SlaReplay::recomputeOne(qint64 id)
{
    TicketStore store(m_database);
    auto ticket = store.load(id);
    auto timeline = store.timeline(id);
    if (!ticket || !timeline)
        return fail(!ticket ? ticket.error() : timeline.error());
    auto calendar = m_configuration.calendars.constFind(ticket->sla.calendarCode);
    if (calendar == m_configuration.calendars.constEnd())
        return {}; // a calendar this office does not know: keep the figures that came
    const SlaClock clock(*calendar);
    Replayed state;
    state.sla.createdAt = ticket->sla.createdAt;
    clock.start(state.sla, ticket->sla.firstResponseTargetMin, ticket->sla.resolutionTargetMin);
    clock.markRecorded(state.sla, ticket->sla.flags); // warnings already on the timeline stay written once
    QList<TicketEvent> events = *timeline; // in time order (at, then id)
    for (const TicketEvent& event : events) {
        if (event.kind == QLatin1String("comment") && event.isPublic) {
            state.publicReplies += 1;
            clock.respond(state.sla, event.at);
        } else if (event.kind == QLatin1String("status")) {
            if (auto to = fromCode<TicketStatus>(event.newValue))
                move(clock, state, *to, event.at);
        } else if (event.kind == QLatin1String("assignment") && state.status == TicketStatus::New) {
            state.status = TicketStatus::Assigned;
        }
    }
    // Concurrent moves at two offices: the merged status decides where it ends.
    const qint64 lastAt = events.isEmpty() ? ticket->sla.createdAt : events.last().at;
    move(clock, state, ticket->status, lastAt);
    Ticket replayed = *ticket;
    replayed.sla = state.sla;
    replayed.reopenCount = state.reopenCount;
    replayed.agentPublicReplies = std::max(state.publicReplies, ticket->agentPublicReplies);
    replayed.closedAt = state.closedAt;
    // Not a person's edit: the version stays, so nobody's open form goes stale for it.
    return store.update(replayed, ticket->version, 0, false);
}

} // namespace sd
