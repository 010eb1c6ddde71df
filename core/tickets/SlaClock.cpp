#include "tickets/SlaClock.h"

#include <algorithm>

namespace sd {
namespace {

std::optional<qint64> earliest(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

} // namespace

SlaClock::SlaClock(const BusinessCalendar& calendar)
    : m_calendar(calendar)
{
}

void SlaClock::start(SlaFigures& sla, int firstResponseMin, int resolutionMin) const
{
    sla.calendarCode = m_calendar.name();
    retarget(sla, firstResponseMin, resolutionMin);
}

void SlaClock::retarget(SlaFigures& sla, int firstResponseMin, int resolutionMin) const
{
    sla.firstResponseTargetMin = firstResponseMin;
    sla.resolutionTargetMin = resolutionMin;
    sla.firstResponseDue = m_calendar.dueAfter(sla.createdAt, qint64(firstResponseMin) * 60);
    sla.firstResponseWarn = m_calendar.dueAfter(sla.createdAt, warnSeconds(firstResponseMin));
    computeResolutionDue(sla);
    refreshNext(sla);
}

void SlaClock::computeResolutionDue(SlaFigures& sla) const
{
    if (sla.pausedSince || sla.resolvedAt) {
        sla.resolutionDue.reset();
        sla.resolutionWarn.reset();
        return;
    }
    setResolutionDue(sla);
}

// The resolution target moved later by the business time spent paused.
void SlaClock::setResolutionDue(SlaFigures& sla) const
{
    const qint64 target = qint64(sla.resolutionTargetMin) * 60 + sla.pausedBusinessS;
    sla.resolutionDue = m_calendar.dueAfter(sla.createdAt, target);
    sla.resolutionWarn = m_calendar.dueAfter(sla.createdAt, warnSeconds(sla.resolutionTargetMin) + sla.pausedBusinessS);
}

void SlaClock::pause(SlaFigures& sla, qint64 now) const
{
    if (sla.pausedSince || sla.resolvedAt)
        return;
    sla.pausedSince = now;
    computeResolutionDue(sla);
    refreshNext(sla);
}

void SlaClock::resume(SlaFigures& sla, qint64 now) const
{
    if (!sla.pausedSince)
        return;
    sla.pausedBusinessS += m_calendar.businessSecondsBetween(*sla.pausedSince, now);
    sla.pausedSince.reset();
    computeResolutionDue(sla);
    refreshNext(sla);
}

void SlaClock::respond(SlaFigures& sla, qint64 now) const
{
    if (sla.firstResponseAt)
        return;
    sla.firstResponseAt = now;
    sla.firstResponseBusinessS = m_calendar.businessSecondsBetween(sla.createdAt, now);
    refreshNext(sla);
}

void SlaClock::resolve(SlaFigures& sla, qint64 now) const
{
    resume(sla, now);
    sla.resolvedAt = now;
    sla.resolutionBusinessS = m_calendar.businessSecondsBetween(sla.createdAt, now) - sla.pausedBusinessS;
    // The due time stays on record: reports compare resolved_at with it.
    setResolutionDue(sla);
    refreshNext(sla);
}

void SlaClock::reopen(SlaFigures& sla, qint64 now) const
{
    if (!sla.resolvedAt)
        return;
    sla.pausedBusinessS += m_calendar.businessSecondsBetween(*sla.resolvedAt, now);
    sla.resolvedAt.reset();
    sla.resolutionBusinessS.reset();
    sla.flags &= ~(ResolutionWarned | ResolutionBreached);
    computeResolutionDue(sla);
    refreshNext(sla);
}

// The queue shows the nearest deadline still running: first response until
// someone has answered, and resolution until the ticket is resolved.
void SlaClock::refreshNext(SlaFigures& sla) const
{
    const bool awaitingResponse = !sla.firstResponseAt && !sla.resolvedAt;
    const bool resolutionRunning = !sla.resolvedAt && !sla.pausedSince && sla.resolutionDue;
    sla.nextDue = earliest(awaitingResponse ? std::optional(sla.firstResponseDue) : std::nullopt,
                           resolutionRunning ? sla.resolutionDue : std::nullopt);
    sla.nextWarn = earliest(awaitingResponse ? std::optional(sla.firstResponseWarn) : std::nullopt,
                            resolutionRunning ? sla.resolutionWarn : std::nullopt);
    std::optional<qint64> checkpoint;
    if (awaitingResponse && !(sla.flags & FirstResponseWarned))
        checkpoint = earliest(checkpoint, sla.firstResponseWarn);
    else if (awaitingResponse && !(sla.flags & FirstResponseBreached))
        checkpoint = earliest(checkpoint, sla.firstResponseDue + 1);
    if (resolutionRunning && !(sla.flags & ResolutionWarned))
        checkpoint = earliest(checkpoint, sla.resolutionWarn);
    else if (resolutionRunning && !(sla.flags & ResolutionBreached))
        checkpoint = earliest(checkpoint, *sla.resolutionDue + 1);
    sla.nextCheckpoint = checkpoint;
}

int SlaClock::pendingFlags(const SlaFigures& sla, qint64 now) const
{
    const bool awaitingResponse = !sla.firstResponseAt && !sla.resolvedAt;
    const bool resolutionRunning = !sla.resolvedAt && !sla.pausedSince && sla.resolutionDue;
    int flags = 0;
    if (awaitingResponse && now >= sla.firstResponseWarn)
        flags |= FirstResponseWarned;
    if (awaitingResponse && now > sla.firstResponseDue)
        flags |= FirstResponseBreached;
    if (resolutionRunning && now >= *sla.resolutionWarn)
        flags |= ResolutionWarned;
    if (resolutionRunning && now > *sla.resolutionDue)
        flags |= ResolutionBreached;
    return flags & ~sla.flags;
}

int SlaClock::crossedFlags(const SlaFigures& sla, qint64 now)
{
    const auto crossed = [&](qint64 threshold, std::optional<qint64> stoppedAt) {
        return stoppedAt ? *stoppedAt > threshold : now > threshold;
    };
    const std::optional<qint64> responded = sla.firstResponseAt ? sla.firstResponseAt : sla.resolvedAt;
    int flags = 0;
    if (crossed(sla.firstResponseWarn, responded))
        flags |= FirstResponseWarned;
    if (crossed(sla.firstResponseDue, responded))
        flags |= FirstResponseBreached;
    if (sla.resolutionWarn && crossed(*sla.resolutionWarn, sla.resolvedAt))
        flags |= ResolutionWarned;
    if (sla.resolutionDue && crossed(*sla.resolutionDue, sla.resolvedAt))
        flags |= ResolutionBreached;
    return flags;
}

QList<TicketEvent> SlaClock::eventsFor(const SlaFigures& sla, int flags)
{
    QList<TicketEvent> events;
    const auto add = [&](int flag, const char* kind, const char* which, std::optional<qint64> at) {
        if (!(flags & flag) || !at)
            return;
        TicketEvent e;
        e.at = *at;
        e.kind = QString::fromLatin1(kind);
        e.field = QString::fromLatin1(which);
        events.append(e);
    };
    add(FirstResponseWarned, "sla_warning", "first_response", sla.firstResponseWarn);
    add(FirstResponseBreached, "sla_breach", "first_response", sla.firstResponseDue);
    add(ResolutionWarned, "sla_warning", "resolution", sla.resolutionWarn);
    add(ResolutionBreached, "sla_breach", "resolution", sla.resolutionDue);
    return events;
}

void SlaClock::recordCrossed(SlaFigures& sla, qint64 now, QList<TicketEvent>& events) const
{
    const int flags = crossedFlags(sla, now);
    events.append(eventsFor(sla, flags));
    markRecorded(sla, flags);
    std::stable_sort(events.begin(), events.end(), [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
}

void SlaClock::markRecorded(SlaFigures& sla, int flags) const
{
    sla.flags |= flags;
    refreshNext(sla);
}

} // namespace sd
