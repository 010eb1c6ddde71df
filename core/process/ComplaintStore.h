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
    Status insert(const Complaint& complaint, const QString& ticketUuid, qint64 actorId, qint64 now);
    // Writes the row if it still has `expectedVersion`, else a conflict.
    Status update(const Complaint& complaint, int expectedVersion, qint64 actorId, qint64 now);
    // A complaint row for a ticket that is (now) a complaint and has none.
    Status ensureFor(const Ticket& ticket, const Configuration& configuration, qint64 actorId, qint64 now);

private:
    Database m_database;
};

} // namespace sd
