#pragma once

#include "common/Error.h"
#include "config/Configuration.h"
#include "process/Complaint.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"

namespace sd {

// The complaints table. Callers hold the write transaction: a complaint's row
// is written with its ticket and its timeline events.
class ComplaintStore
{
public:
    explicit ComplaintStore(Database database);

    // The row of a ticket's complaint, if it has one.
    Result<std::optional<Complaint>> load(qint64 ticketId) const;
    // The start of the path for a complaint ticket: deadlines counted from the
    // ticket's creation on the configured calendar (the ticket's own if none).
    static Result<Complaint> started(const Ticket& ticket, const Configuration& configuration);
    // The answer and closing deadlines of a complaint received at `receivedAt`.
    static std::pair<qint64, qint64> deadlines(const BusinessCalendar& calendar, const ServiceRules& rules, qint64 receivedAt);
    // Derived from the ticket's: two offices that start the same complaint's
    // path before they synchronise hold one row, merged field by field.
    static QString uuidFor(const QString& ticketUuid);
    Status insert(const Complaint& complaint, const QString& ticketUuid, qint64 actorId, qint64 now);
    // Writes the row if it still has `expectedVersion`, else a conflict.
    Status update(const Complaint& complaint, int expectedVersion, qint64 actorId, qint64 now);
    // A complaint row for a ticket that is (now) a complaint and has none.
    Status ensureFor(const Ticket& ticket, const Configuration& configuration, qint64 actorId, qint64 now);

private:
    Database m_database;
};

} // namespace sd
