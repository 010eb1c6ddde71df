#pragma once

#include "sla/BusinessCalendar.h"
#include "tickets/Ticket.h"

namespace sd {

// Applies the SLA rules to one ticket's figures when something happens to it.
// The figures are stored on the ticket at that moment, so reports never have
// to replay calendars. Rules:
// - due times count business time from creation in the policy's calendar;
// - a pause (pending customer / third party) stops the resolution clock and
//   the resolution due time moves by the paused business time; while paused
//   the ticket has no resolution due time;
// - time spent resolved before a reopen counts as paused;
// - warnings fall at 75 % of a target; the due instant itself is still on
//   time (a breach is any moment after it).
class SlaClock
{
public:
    explicit SlaClock(const BusinessCalendar& calendar);

    void start(SlaFigures& sla, int firstResponseMin, int resolutionMin) const;
    void retarget(SlaFigures& sla, int firstResponseMin, int resolutionMin) const;
    void pause(SlaFigures& sla, qint64 now) const;
    void resume(SlaFigures& sla, qint64 now) const;
    void respond(SlaFigures& sla, qint64 now) const;
    void resolve(SlaFigures& sla, qint64 now) const;
    void reopen(SlaFigures& sla, qint64 now) const;

    // Which warning/breach events fall due at `now` and are not yet recorded.
    int pendingFlags(const SlaFigures& sla, qint64 now) const;
    void markRecorded(SlaFigures& sla, int flags) const;
    // For history written after the fact (demo data, imports): the thresholds
    // crossed before each clock stopped (response, resolution), or before `now`
    // where it still runs.
    static int crossedFlags(const SlaFigures& sla, qint64 now);
    // One timeline event per flag, at the instant its threshold was crossed.
    static QList<TicketEvent> eventsFor(const SlaFigures& sla, int flags);
    // Both of the above, marked as recorded, with the events kept in time order.
    void recordCrossed(SlaFigures& sla, qint64 now, QList<TicketEvent>& events) const;

    static qint64 warnSeconds(int targetMin) { return (static_cast<qint64>(targetMin) * 60 * 3 + 3) / 4; }

private:
    void computeResolutionDue(SlaFigures& sla) const;
    void setResolutionDue(SlaFigures& sla) const;
    void refreshNext(SlaFigures& sla) const;

    const BusinessCalendar& m_calendar;
};

} // namespace sd
