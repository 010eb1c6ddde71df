#pragma once

#include "common/Error.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"

#include <QList>
#include <QSqlQuery>

namespace sd {

// Reads and writes ticket rows and their events. No rules here: TicketService
// decides, the store only maps the struct to SQL and guards the version.
class TicketStore
{
public:
    explicit TicketStore(Database database);

    Result<Ticket> load(qint64 id) const;
    // Who holds a ticket and where it stands: what a permission check needs
    // before a change, in one small read.
    struct Ownership
    {
        TicketStatus status = TicketStatus::New;
        std::optional<qint64> assigneeId;
        QString teamCode;
    };
    Result<Ownership> ownership(qint64 id) const;
    Result<Ticket> loadByNumber(const QString& number) const;
    Result<qint64> insert(const Ticket& ticket, qint64 actorId);
    // Writes every mutable column if the row still has `expectedVersion`; else a
    // conflict naming who changed it last.
    // `userChange` false: a system note (SLA warning) that neither counts as an
    // edit (no new version, so nobody's open form goes stale) nor as an update.
    Status update(const Ticket& ticket, int expectedVersion, qint64 actorId, bool userChange = true);
    Status appendEvent(qint64 ticketId, const TicketEvent& event);
    Result<QList<TicketEvent>> timeline(qint64 ticketId) const;
    // The same with the events of the duplicates merged into the ticket (and
    // into those), each marked with its ticket's number, in time order.
    Result<QList<TicketEvent>> joinedTimeline(qint64 ticketId) const;
    Result<QString> nextNumber(const QString& prefix);
    Result<QList<qint64>> idsWithCheckpointBefore(qint64 instant, int limit) const;
    // SQL that holds for a ticket number of this office (by default the
    // row's; "?" to bind one): another office's tickets (branch sync) are
    // worked, swept and assigned there.
    static QString ownOfficeCondition(const QString& number = QStringLiteral("tickets.number"));
    // True for the first caller of a minute (minutes since the epoch), false
    // for every later one on any connection.
    Result<bool> claimSweepMinute(qint64 minute);
    Result<QList<qint64>> openTicketsOfCustomer(qint64 customerId) const;

    // Bulk loading (demo data, imports): one prepared statement reused per row.
    // Bulk: a load whose numbers cannot be taken yet (demo data), sent with
    // COPY on PostgreSQL; Single: a taken number inserts nothing (inserted() false).
    Result<std::unique_ptr<BulkInserter>> prepareInsert(BulkInserter::Mode mode = BulkInserter::Mode::Single) const;
    Result<qint64> insertPrepared(BulkInserter& inserter, const Ticket& ticket, qint64 actorId) const;
    Result<std::unique_ptr<BulkInserter>> prepareEventInsert(BulkInserter::Mode mode = BulkInserter::Mode::Single) const;
    Status appendPrepared(BulkInserter& inserter, qint64 ticketId, const TicketEvent& event) const;

private:
    Result<QList<TicketEvent>> events(const QString& statement, const QVariantList& values) const;
    Result<Ticket> loadWhere(const QString& where, const QVariant& value) const;
    Error conflictFor(qint64 id) const;
    Database m_database;
};

} // namespace sd
