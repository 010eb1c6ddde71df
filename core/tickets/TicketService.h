#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/ReturnVisitPlanner.h"
#include "storage/Database.h"
#include "tickets/AutoAssigner.h"
#include "tickets/Notifications.h"
#include "tickets/Ticket.h"
#include "tickets/TicketLinks.h"
#include "tickets/TicketStore.h"

#include <QObject>

namespace sd {

// Due times shown on a form before the ticket exists.
struct SlaPreview
{
    QString tierCode;
    QString calendarCode;
    int firstResponseMin = 0;
    int resolutionMin = 0;
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
};

// Every change to a ticket goes through here: validation, the workflow, the
// SLA clock, and one transaction that writes the row and its timeline events.
// Emits ticketChanged after each committed change so views refresh.
class TicketService : public QObject
{
    Q_OBJECT

public:
    TicketService(Database database, const Configuration& configuration, Clock clock);

    Result<Ticket> create(const TicketDraft& draft, qint64 actorId);
    Result<Ticket> edit(qint64 id, int expectedVersion, const TicketDraft& draft, qint64 actorId);
    // `note` is the solution when resolving (required) and an optional reason otherwise.
    Result<Ticket> changeStatus(qint64 id, int expectedVersion, TicketStatus to, qint64 actorId, const QString& note = {});
    Result<Ticket> assign(qint64 id, int expectedVersion, std::optional<qint64> assigneeId, const QString& teamCode,
                          qint64 actorId);
    Result<Ticket> escalate(qint64 id, int expectedVersion, qint64 actorId, const QString& reason);
    // Comments append to the timeline; they do not conflict with edits.
    // `articles`: knowledge-base answers put into the comment, kept on the timeline with it.
    Result<Ticket> addComment(qint64 id, const QString& body, bool isPublic, qint64 actorId, const QList<ArticleUse>& articles = {});
    // What the customer said, recorded by whoever took it (a colleague on
    // the phone) or by the intake (a web form or mail gateway, actor 0). It
    // is not the desk's response; a ticket waiting for the customer goes back
    // to In progress, and the assignee is notified. A reply about a merged
    // duplicate is recorded on the ticket kept (and returns that ticket).
    Result<Ticket> recordCustomerReply(qint64 id, const QString& body, qint64 actorId);
    Result<Ticket> recordSatisfaction(qint64 id, int score, const QString& comment, qint64 actorId,
                                      const std::optional<SatisfactionDetail>& detail = std::nullopt);
    Result<std::optional<SatisfactionDetail>> satisfactionDetail(qint64 id) const;
    // The last step of a complaint's path (process/ComplaintService): the
    // cause set and the ticket resolved, which closes the complaint.
    Result<Ticket> closeComplaint(qint64 id, int expectedVersion, ComplaintCause cause, const QString& solution, qint64 actorId);

    // What the customer said when asked whether the fix works: confirmed
    // resolves the ticket with `note` as the solution; not fixed takes it back
    // to in progress with `note` saying what is still wrong, and is counted.
    Result<Ticket> recordAcceptance(qint64 id, int expectedVersion, Acceptance answer, const QString& note, qint64 actorId);
    // How many times the customer said the ticket was not fixed.
    Result<int> notFixedCount(qint64 id) const;

    // Merge, link and split (docs/SERVICE.md "Merge, link and split").
    Result<QList<TicketLink>> links(qint64 id) const;
    // The same customer's other tickets, newest first: what a link or merge is usually made to.
    static constexpr int kCandidateLimit = 20;
    Result<QList<LinkCandidate>> linkCandidates(qint64 id) const;
    // Ties two tickets of one office as related; both timelines say so.
    Result<Ticket> link(qint64 id, const QString& otherNumber, qint64 actorId);
    // Unties a related link (merges and splits stay recorded).
    Result<Ticket> unlink(qint64 id, qint64 linkId, qint64 actorId);
    // Closes an open duplicate with a pointer to the open ticket kept, whose
    // timeline then shows the duplicate's too. Cannot be undone. Returns the ticket kept.
    Result<Ticket> merge(qint64 duplicateId, int expectedVersion, const QString& targetNumber, const QString& note,
                         qint64 actorId);
    // A new ticket for a second matter raised on this one: the customer,
    // contact, channel, product and team come from it. Returns the new ticket.
    Result<Ticket> split(qint64 id, const SplitDraft& draft, qint64 actorId);

    Result<Ticket> get(qint64 id) const;
    Result<Ticket> byNumber(const QString& number) const;
    // The ticket's timeline joined with those of the duplicates merged into it.
    Result<QList<TicketEvent>> timeline(qint64 id) const;
    Result<SlaPreview> previewSla(std::optional<qint64> customerId, Priority priority) const;

    // Writes the SLA warning and breach events that have fallen due; returns how many.
    Result<int> recordSlaEvents();
    // What every open desk calls once a minute: the first desk to claim the
    // current minute runs recordSlaEvents(), the others do nothing (nullopt),
    // so a database is swept once a minute however many desks are open.
    Result<std::optional<int>> sweepSla();
    // Gives the unassigned tickets (New, or In progress) of teams that assign automatically to
    // their agents who are signed in and Available (tickets/AutoAssigner), at
    // most kWaitingPerPass, each team's oldest first; returns how many found an agent. Run
    // by the minute's sweep and when an agent becomes Available.
    static constexpr int kWaitingPerPass = 200;
    Result<int> assignWaiting(int limit = kWaitingPerPass);
    // The signed-in person's notification centre.
    Notifications& notifications() { return m_notifications; }
    // A return visit's outcome on the timeline of the ticket it followed up
    // (process/ReturnVisitService); `attempt` counts an unreachable try to be repeated.
    Status noteReturnVisit(qint64 id, ReturnReason reason, ReturnOutcome outcome, int attempt, const QString& notes, qint64 actorId);
    // Open tickets of a customer take the customer's new tier and its SLA.
    Status applyCustomerTier(qint64 customerId, const QString& tierCode, qint64 actorId);

signals:
    void ticketChanged(qint64 id);

private:
    Status validate(const TicketDraft& draft) const;
    Result<std::optional<AutoPick>> assignByRule(Ticket& ticket) const;
    enum class WaitingOutcome { Assigned, AlreadyTaken, NobodyFree };
    Result<WaitingOutcome> assignOneWaiting(qint64 id);
    Result<int> assignWaitingOf(const QString& teamCode, int limit);
    TicketEvent automaticAssignment(const AutoPick& pick) const;
    Status appendCreationEvents(const Ticket& ticket, qint64 actorId, bool ownedByCreator, const std::optional<AutoPick>& automatic);
    Status applyEscalationRules(Ticket& ticket, const QList<TicketEvent>& crossed, QList<TicketEvent>& events);
    Status raiseLevel(Ticket& ticket, QList<TicketEvent>& events);
    Result<bool> takeOwnership(Ticket& ticket, qint64 actorId) const;
    Result<QString> tierOfCustomer(std::optional<qint64> customerId) const;
    Result<const BusinessCalendar*> calendarFor(const QString& calendarCode) const;
    Result<const SlaPolicy*> policyFor(const QString& tierCode, Priority priority) const;
    Status retarget(Ticket& ticket) const;
    Status applyChange(qint64 id, std::optional<int> expectedVersion, qint64 actorId,
                       const std::function<Status(Ticket&, QList<TicketEvent>&)>& change, bool userChange,
                       Ticket* written = nullptr);
    Result<Ticket> mutate(qint64 id, std::optional<int> expectedVersion, qint64 actorId,
                          const std::function<Status(Ticket&, QList<TicketEvent>&)>& change);
    Status moveStatus(Ticket& ticket, TicketStatus to, const QString& note, qint64 actorId,
                      QList<TicketEvent>& events) const;
    Status recordSlaEventsOf(qint64 id, qint64 now);
    Result<Ticket> linkTarget(const Ticket& from, const QString& number) const;
    Status requireNotMerged(const Ticket& ticket) const;
    Status checkMerge(const Ticket& duplicate, const Ticket& kept) const;
    // The ticket a duplicate was merged into (following merges on), or `id` itself.
    Result<qint64> keptTicketOf(qint64 id) const;
    // ticketChanged, held back while a change of several tickets is not yet committed.
    void announce(qint64 id);
    friend class HeldAnnouncements;
    Status noteLink(qint64 ticketId, const QString& kind, const QString& field, const QString& oldValue,
                    const QString& newValue, const QString& body, qint64 actorId);
    Status storeSatisfactionDetail(const Ticket& ticket, const SatisfactionDetail& detail, qint64 actorId) const;
    Status followComplaintPath(const Ticket& ticket, TicketStatus to, qint64 actorId, QList<TicketEvent>& events) const;
    QString numberPrefix(qint64 createdAt) const;
    TicketEvent event(const QString& kind, qint64 actorId) const;
    // What a status change or an assignment counts as in the permission matrix.
    Result<Action> statusAction(qint64 id, TicketStatus to) const;
    Status requireRouting(qint64 id, const QString& teamCode, qint64 actorId) const;
    Result<Action> assignAction(qint64 id, std::optional<qint64> assigneeId, qint64 actorId) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    TicketStore m_store;
    AccessControl m_access;
    AutoAssigner m_assigner;
    Notifications m_notifications;
    ReturnVisitPlanner m_returnVisits;
    LinkStore m_links;
    int m_holding = 0;
    QList<qint64> m_held;
};

} // namespace sd
