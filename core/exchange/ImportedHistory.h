#pragma once

#include "exchange/ImportRow.h"
#include "sla/BusinessCalendar.h"
#include "tickets/Ticket.h"

#include <QList>

namespace sd {

// Rebuilds an imported ticket's SLA figures, status and timeline from the
// instants a file gives, moving the real SLA clock through them in order, the
// way DemoTicketLife does for invented tickets.
class ImportedHistory
{
public:
    ImportedHistory(const BusinessCalendar& calendar, qint64 now);

    // `ticket` has its details, tier and number; the policy's targets in minutes.
    void replay(Ticket& ticket, const ImportRow& row, int firstResponseMin, int resolutionMin,
                QList<TicketEvent>& events) const;

private:
    TicketEvent event(qint64 at, std::optional<qint64> actor, const char* kind) const;
    void addStatus(QList<TicketEvent>& events, qint64 at, std::optional<qint64> actor, TicketStatus from,
                   TicketStatus to) const;

    const BusinessCalendar& m_calendar;
    qint64 m_now;
    QString m_replyBody;
};

} // namespace sd
