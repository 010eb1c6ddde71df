// TicketService: merge, link and split (docs/SERVICE.md "Merge, link and split").
#include "tickets/TicketService.h"

#include "storage/WriteTransaction.h"
#include "tickets/Workflow.h"

#include <utility>

namespace sd {

// Changes of several tickets in one transaction: the views hear of them once
// it is committed, not of rows a later failure rolls back.
class HeldAnnouncements
{
public:
    explicit HeldAnnouncements(TicketService& service)
        : m_service(service)
    {
        ++m_service.m_holding;
    }
    ~HeldAnnouncements() { release(false); }
    Status commit(WriteTransaction& transaction)
    {
        if (auto committed = transaction.commit(); !committed)
            return committed;
        release(true);
        return {};
    }

private:
    // The outermost holder announces what was committed, or forgets what was not.
    void release(bool committed)
    {
        if (std::exchange(m_released, true) || --m_service.m_holding > 0)
            return;
        const QList<qint64> changed = std::exchange(m_service.m_held, {});
        if (committed)
            for (qint64 id : changed)
                emit m_service.ticketChanged(id);
    }

    TicketService& m_service;
    bool m_released = false;
};

void TicketService::announce(qint64 id)
{
    if (m_holding == 0) {
        emit ticketChanged(id);
        return;
    }
    if (!m_held.contains(id))
        m_held.append(id);
}

Result<qint64> TicketService::keptTicketOf(qint64 id) const
{
    // A chain of merges is short; the bound guards against a loop two offices made.
    for (int step = 0; step < 16; ++step) {
        auto into = m_links.mergedIntoId(id);
        if (!into)
            return fail(into.error());
        if (!*into)
            return id;
        id = **into;
    }
    return id;
}

Result<QList<TicketLink>> TicketService::links(qint64 id) const
{
    return m_links.linksOf(id);
}

Result<QList<LinkCandidate>> TicketService::linkCandidates(qint64 id) const
{
    return m_links.candidates(id, kCandidateLimit);
}

// The ticket a link, merge or split of `from` names: another ticket of the
// same office (a branch holds only its own tickets, so a tie across offices
// could not travel with branch sync).
Result<Ticket> TicketService::linkTarget(const Ticket& from, const QString& number) const
{
    const QString wanted = number.trimmed().toUpper();
    if (wanted.isEmpty())
        return fail(Error::invalid(QStringLiteral("ticket"), tr("enter the number of the other ticket")));
    auto target = m_store.loadByNumber(wanted);
    if (!target) {
        if (target.error().code == Error::Code::NotFound)
            return fail(Error{Error::Code::NotFound, QStringLiteral("ticket"), tr("there is no ticket %1").arg(wanted)});
        return fail(target.error());
    }
    if (target->id == from.id)
        return fail(Error::invalid(QStringLiteral("ticket"), tr("%1 is this ticket: choose another one").arg(wanted)));
    auto here = m_links.officeOf(from.number);
    auto there = m_links.officeOf(target->number);
    if (!here || !there)
        return fail(!here ? here.error() : there.error());
    if (*here != *there)
        return fail(Error::invalid(QStringLiteral("ticket"),
                                   tr("%1 and %2 belong to different offices: only tickets of one office can be tied together")
                                       .arg(from.number, target->number)));
    return target;
}

// A duplicate merged away is finished: its work goes on in the ticket kept.
Status TicketService::requireNotMerged(const Ticket& ticket) const
{
    auto into = m_links.mergedInto(ticket.id);
    if (!into)
        return fail(into.error());
    if (*into)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("ticket %1 was merged into %2: work on %2").arg(ticket.number, **into)});
    return {};
}

// One timeline line about a tie; a note, not an edit, so open forms stay current.
Status TicketService::noteLink(qint64 ticketId, const QString& kind, const QString& field, const QString& oldValue,
                               const QString& newValue, const QString& body, qint64 actorId)
{
    return applyChange(ticketId, std::nullopt, actorId, [&](Ticket&, QList<TicketEvent>& events) -> Status {
        TicketEvent note = event(kind, actorId);
        note.field = field;
        note.oldValue = oldValue;
        note.newValue = newValue;
        note.body = body;
        events.append(note);
        return {};
    }, false);
}

Result<Ticket> TicketService::link(qint64 id, const QString& otherNumber, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return fail(allowed.error());
    HeldAnnouncements held(*this);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto ticket = m_store.load(id);
    if (!ticket)
        return fail(ticket.error());
    auto other = linkTarget(*ticket, otherNumber);
    if (!other)
        return fail(other.error());
    auto existing = m_links.between(id, other->id, LinkKind::Related);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(Error{Error::Code::Duplicate, QStringLiteral("ticket"),
                          tr("%1 and %2 are already linked").arg(ticket->number, other->number)});
    const QString related = toCode(LinkKind::Related);
    if (auto inserted = m_links.insert(id, other->id, LinkKind::Related, m_clock.now(), actorId); !inserted)
        return fail(inserted.error());
    if (auto noted = noteLink(id, QStringLiteral("link"), related, {}, other->number, {}, actorId); !noted)
        return fail(noted.error());
    if (auto noted = noteLink(other->id, QStringLiteral("link"), related, {}, ticket->number, {}, actorId); !noted)
        return fail(noted.error());
    if (auto committed = held.commit(transaction); !committed)
        return fail(committed.error());
    return m_store.load(id);
}

Result<Ticket> TicketService::unlink(qint64 id, qint64 linkId, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return fail(allowed.error());
    HeldAnnouncements held(*this);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto found = m_links.linksOf(id);
    if (!found)
        return fail(found.error());
    const auto link = std::find_if(found->cbegin(), found->cend(), [&](const TicketLink& each) { return each.id == linkId; });
    if (link == found->cend())
        return fail(Error{Error::Code::NotFound, QStringLiteral("link"), tr("this link was already removed")});
    if (link->kind != LinkKind::Related)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("link"),
                          tr("a merge or a split stays recorded: only related tickets can be unlinked")});
    auto ticket = m_store.load(id);
    if (!ticket)
        return fail(ticket.error());
    if (auto removed = m_links.markRemoved(linkId, m_clock.now(), actorId); !removed)
        return fail(removed.error());
    const QString related = toCode(LinkKind::Related);
    if (auto noted = noteLink(id, QStringLiteral("unlink"), related, link->otherNumber, {}, {}, actorId); !noted)
        return fail(noted.error());
    if (auto noted = noteLink(link->otherId, QStringLiteral("unlink"), related, ticket->number, {}, {}, actorId); !noted)
        return fail(noted.error());
    if (auto committed = held.commit(transaction); !committed)
        return fail(committed.error());
    return m_store.load(id);
}

Result<Ticket> TicketService::merge(qint64 duplicateId, int expectedVersion, const QString& targetNumber, const QString& note,
                                   qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::MergeTickets); !allowed)
        return fail(allowed.error());
    HeldAnnouncements held(*this);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto duplicate = m_store.load(duplicateId);
    if (!duplicate)
        return fail(duplicate.error());
    auto kept = linkTarget(*duplicate, targetNumber);
    if (!kept)
        return fail(kept.error());
    if (auto mergeable = checkMerge(*duplicate, *kept); !mergeable)
        return fail(mergeable.error());
    if (auto inserted = m_links.insert(duplicateId, kept->id, LinkKind::Merged, m_clock.now(), actorId); !inserted)
        return fail(inserted.error());
    // The solution is written in the merging person's language, like any other.
    const QString solution = tr("Merged into %1 as a duplicate.").arg(kept->number);
    auto closed = applyChange(duplicateId, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        TicketEvent merged = event(QStringLiteral("merge"), actorId);
        merged.field = QStringLiteral("into");
        merged.newValue = kept->number;
        merged.body = note.trimmed();
        events.append(merged);
        if (auto resolved = moveStatus(ticket, TicketStatus::Resolved, solution, actorId, events); !resolved)
            return resolved;
        return moveStatus(ticket, TicketStatus::Closed, {}, actorId, events);
    }, true);
    if (!closed)
        return fail(closed.error());
    if (auto noted = noteLink(kept->id, QStringLiteral("merge"), QStringLiteral("from"), {}, duplicate->number, note.trimmed(), actorId);
        !noted)
        return fail(noted.error());
    if (auto committed = held.commit(transaction); !committed)
        return fail(committed.error());
    return m_store.load(kept->id);
}

// Only open work is merged: a finished ticket is reopened or left alone, and
// a complaint closes through its own path (with its cause and remedy).
Status TicketService::checkMerge(const Ticket& duplicate, const Ticket& kept) const
{
    if (duplicate.details.category == Category::Complaint)
        return fail(Error::invalid(QStringLiteral("ticket"),
                                   tr("%1 is a complaint: a complaint is closed through its own path, not merged").arg(duplicate.number)));
    for (const Ticket* ticket : {&duplicate, &kept})
        if (auto single = requireNotMerged(*ticket); !single)
            return single;
    for (const Ticket* ticket : {&duplicate, &kept})
        if (!Workflow::isOpen(ticket->status))
            return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                              tr("ticket %1 is %2: only open tickets are merged (reopen it first)")
                                  .arg(ticket->number, toLabel(ticket->status))});
    return {};
}

Result<Ticket> TicketService::split(qint64 id, const SplitDraft& draft, qint64 actorId)
{
    HeldAnnouncements held(*this);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto original = m_store.load(id);
    if (!original)
        return fail(original.error());
    if (auto single = requireNotMerged(*original); !single)
        return fail(single.error());
    // The new ticket is numbered here, so the one split must be this office's too.
    auto office = m_links.officeOf(original->number);
    if (!office)
        return fail(office.error());
    if (!office->isEmpty())
        return fail(Error::invalid(QStringLiteral("ticket"),
                                   tr("%1 belongs to office %2: split it there, where its new ticket is numbered").arg(original->number, *office)));
    TicketDraft details = original->details;
    details.subject = draft.subject;
    details.description = draft.description;
    details.category = draft.category;
    details.priority = draft.priority;
    details.complaintCause.clear();
    auto created = create(details, actorId);
    if (!created)
        return fail(created.error());
    if (auto inserted = m_links.insert(id, created->id, LinkKind::Split, m_clock.now(), actorId); !inserted)
        return fail(inserted.error());
    if (auto noted = noteLink(id, QStringLiteral("split"), QStringLiteral("to"), {}, created->number, {}, actorId); !noted)
        return fail(noted.error());
    if (auto noted = noteLink(created->id, QStringLiteral("split"), QStringLiteral("from"), {}, original->number, {}, actorId); !noted)
        return fail(noted.error());
    if (auto committed = held.commit(transaction); !committed)
        return fail(committed.error());
    return m_store.load(created->id);
}

} // namespace sd
