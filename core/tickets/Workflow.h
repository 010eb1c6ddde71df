#pragma once

#include "common/Codes.h"

#include <QList>

namespace sd {

// The ticket workflow: which status may follow which. Reopening (Resolved or
// Closed back to In progress) is part of the table; everything not listed is
// refused.
class Workflow
{
public:
    static bool allows(TicketStatus from, TicketStatus to);
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    static bool isOpen(TicketStatus status);
    static bool pausesResolutionClock(TicketStatus status);
    static bool isReopen(TicketStatus from, TicketStatus to);
    // The permission a move needs: resolving or closing, reopening, or else editing.
    static Action permissionFor(TicketStatus from, TicketStatus to);
};

} // namespace sd
