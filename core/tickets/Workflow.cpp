#include "tickets/Workflow.h"

#include <QHash>

namespace sd {
namespace {

using S = TicketStatus;

const QHash<S, QList<S>>& transitions()
{
    static const QHash<S, QList<S>> table{
        {S::New, {S::Assigned, S::InProgress, S::PendingCustomer, S::PendingThirdParty, S::Resolved}},
        {S::Assigned, {S::New, S::InProgress, S::PendingCustomer, S::PendingThirdParty, S::Resolved}},
        {S::InProgress, {S::PendingCustomer, S::PendingThirdParty, S::Resolved}},
        {S::PendingCustomer, {S::InProgress, S::PendingThirdParty, S::Resolved}},
        {S::PendingThirdParty, {S::InProgress, S::PendingCustomer, S::Resolved}},
        {S::Resolved, {S::Closed, S::InProgress}},
        {S::Closed, {S::InProgress}},
    };
    return table;
}

} // namespace

bool Workflow::allows(TicketStatus from, TicketStatus to)
{
    return transitions().value(from).contains(to);
}

QList<TicketStatus> Workflow::nextStatuses(TicketStatus from)
{
    return transitions().value(from);
}

bool Workflow::isOpen(TicketStatus status)
{
    return status != S::Resolved && status != S::Closed;
}

bool Workflow::pausesResolutionClock(TicketStatus status)
{
    return status == S::PendingCustomer || status == S::PendingThirdParty;
}

bool Workflow::isReopen(TicketStatus from, TicketStatus to)
{
    return !isOpen(from) && isOpen(to);
}

Action Workflow::permissionFor(TicketStatus from, TicketStatus to)
{
    if (to == S::Resolved || to == S::Closed)
        return Action::Resolve;
    return isReopen(from, to) ? Action::Reopen : Action::EditTicket;
}

} // namespace sd
