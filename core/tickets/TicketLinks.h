#pragma once

#include "common/Codes.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

// One tie between two tickets, as seen from one of them.
struct TicketLink
{
    qint64 id = 0;
    LinkKind kind = LinkKind::Related;
    // True on the duplicate of a merge and on the ticket split; a related
    // link reads the same from both ends.
    bool outgoing = true;
    qint64 otherId = 0;
    QString otherNumber;
    QString otherSubject;
    TicketStatus otherStatus = TicketStatus::New;
    qint64 createdAt = 0;
    QString createdByName;
};

// A ticket a link or merge may be made to: the same customer's other tickets.
struct LinkCandidate
{
    qint64 id = 0;
    QString number;
    QString subject;
    TicketStatus status = TicketStatus::New;
    qint64 createdAt = 0;
};

// Reads and writes ticket_links. No rules here: TicketService decides.
class LinkStore
{
public:
    explicit LinkStore(Database database);

    // A ticket's links that are not removed, oldest first.
    Result<QList<TicketLink>> linksOf(qint64 ticketId) const;
    Result<std::optional<TicketLink>> find(qint64 id) const;
    // The live link of `kind` between the two tickets in either direction.
    Result<std::optional<qint64>> between(qint64 a, qint64 b, LinkKind kind) const;
    // The number of the ticket a duplicate was merged into (none if it was not).
    Result<std::optional<QString>> mergedInto(qint64 ticketId) const;
    Result<std::optional<qint64>> mergedIntoId(qint64 ticketId) const;
    Result<qint64> insert(qint64 ticketId, qint64 otherId, LinkKind kind, qint64 at, qint64 actorId);
    Status markRemoved(qint64 id, qint64 at, qint64 actorId);
    // The code of the other office a ticket number belongs to ("" for this
    // office's own): a link ties tickets of one office (branch sync).
    Result<QString> officeOf(const QString& number) const;
    // The same customer's other tickets, newest first, except merged duplicates.
    Result<QList<LinkCandidate>> candidates(qint64 ticketId, int limit) const;

private:
    Database m_database;
};

} // namespace sd
