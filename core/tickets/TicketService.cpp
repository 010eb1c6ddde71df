#include "tickets/TicketService.h"

#include "customers/ContactDetails.h"
#include "process/ComplaintStore.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/SlaClock.h"
#include "tickets/Workflow.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {


void addFieldEvent(QList<TicketEvent>& events, const TicketEvent& base, const QString& field, const QString& before,
                   const QString& after)
{
    if (before == after)
        return;
    TicketEvent change = base;
    change.kind = QStringLiteral("field");
    change.field = field;
    change.oldValue = before;
    change.newValue = after;
    events.append(change);
}

QString idText(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

} // namespace

TicketService::TicketService(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_store(database)
    , m_access(database, clock)
    , m_assigner(database, clock)
    , m_notifications(database, clock)
    , m_returnVisits(database, configuration, clock)
    , m_links(database)
{
}

TicketEvent TicketService::event(const QString& kind, qint64 actorId) const
{
    TicketEvent e;
    e.at = m_clock.now();
    e.kind = kind;
    if (actorId > 0)
        e.actorId = actorId;
    return e;
}

Status TicketService::validate(const TicketDraft& draft) const
{
    std::vector<Error> problems;
    if (draft.subject.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("subject"), tr("the ticket needs a subject")));
    if (draft.subject.size() > 200)
        problems.push_back(Error::invalid(QStringLiteral("subject"), tr("the subject is longer than 200 characters")));
    if (!draft.customerId && draft.contactName.trimmed().isEmpty() && draft.contactPhone.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("customer"), tr("choose a customer or give a contact name or phone")));
    if (auto phone = ContactDetails::checkPhone(draft.contactPhone, QStringLiteral("contact_phone")); !phone)
        problems.push_back(phone.error());
    if (auto email = ContactDetails::checkEmail(draft.contactEmail, QStringLiteral("contact_email")); !email)
        problems.push_back(email.error());
    if (!draft.complaintCause.isEmpty() && !fromCode<ComplaintCause>(draft.complaintCause))
        problems.push_back(Error::invalid(QStringLiteral("complaint_cause"),
                                          tr("unknown complaint cause; use one of %1").arg(allCodes<ComplaintCause>().join(QStringLiteral(", ")))));
    const bool knownTeam = draft.teamCode.isEmpty()
        || std::any_of(m_configuration.teams.begin(), m_configuration.teams.end(),
                       [&](const Team& team) { return team.code == draft.teamCode; });
    if (!knownTeam)
        problems.push_back(Error::invalid(QStringLiteral("team"), tr("unknown team \"%1\"").arg(draft.teamCode)));
    return allOf(std::move(problems));
}

Result<QString> TicketService::tierOfCustomer(std::optional<qint64> customerId) const
{
    if (!customerId)
        return m_configuration.suggestTier(0, 0);
    auto tier = sql::run(m_database.connection(), QStringLiteral("SELECT tier_code FROM customers WHERE id = ?"),
                         {*customerId});
    if (!tier)
        return fail(tier.error());
    if (!tier->next())
        return fail(Error::invalid(QStringLiteral("customer"), tr("customer %1 does not exist").arg(*customerId)));
    return tier->value(0).toString();
}

Result<const BusinessCalendar*> TicketService::calendarFor(const QString& calendarCode) const
{
    auto it = m_configuration.calendars.constFind(calendarCode);
    if (it == m_configuration.calendars.constEnd())
        return fail(Error::invalid(QStringLiteral("calendar"), tr("calendar \"%1\" is not configured").arg(calendarCode)));
    return &it.value();
}

Result<const SlaPolicy*> TicketService::policyFor(const QString& tierCode, Priority priority) const
{
    const SlaPolicy* policy = m_configuration.policyFor(tierCode, priority);
    if (!policy)
        return fail(Error::invalid(QStringLiteral("priority"), tr("no SLA policy for tier \"%1\" and priority %2")
                                                                   .arg(tierCode, toCode(priority))));
    return policy;
}

Result<SlaPreview> TicketService::previewSla(std::optional<qint64> customerId, Priority priority) const
{
    auto tier = tierOfCustomer(customerId);
    if (!tier)
        return fail(tier.error());
    auto policy = policyFor(*tier, priority);
    if (!policy)
        return fail(policy.error());
    auto calendar = calendarFor((*policy)->calendarCode);
    if (!calendar)
        return fail(calendar.error());
    const qint64 now = m_clock.now();
    return SlaPreview{*tier, (*policy)->calendarCode, (*policy)->firstResponseMin, (*policy)->resolutionMin,
                      (*calendar)->dueAfter(now, qint64((*policy)->firstResponseMin) * 60),
                      (*calendar)->dueAfter(now, qint64((*policy)->resolutionMin) * 60)};
}

// Ticket numbers carry the office and the year of creation in the office's
// main calendar time zone: HQ-2026-000123.
QString TicketService::numberPrefix(qint64 createdAt) const
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!m_configuration.calendars.isEmpty())
        zone = m_configuration.calendars.first().timeZone();
    const int year = QDateTime::fromSecsSinceEpoch(createdAt, zone).date().year();
    return QStringLiteral("%1-%2").arg(m_configuration.officeCode).arg(year);
}

Status TicketService::retarget(Ticket& ticket) const
{
    auto policy = policyFor(ticket.tierCode, ticket.details.priority);
    if (!policy)
        return fail(policy.error());
    auto calendar = calendarFor((*policy)->calendarCode);
    if (!calendar)
        return fail(calendar.error());
    if (ticket.sla.calendarCode != (*policy)->calendarCode)
        ticket.sla.calendarCode = (*policy)->calendarCode;
    SlaClock(**calendar).retarget(ticket.sla, (*policy)->firstResponseMin, (*policy)->resolutionMin);
    return {};
}

Result<Ticket> TicketService::create(const TicketDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::CreateTicket); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    Ticket ticket;
    ticket.details = draft;
    ticket.details.subject = draft.subject.trimmed();
    auto tier = tierOfCustomer(draft.customerId);
    if (!tier)
        return fail(tier.error());
    ticket.tierCode = *tier;
    auto owner = takeOwnership(ticket, actorId);
    if (!owner)
        return fail(owner.error());
    std::optional<AutoPick> automatic;
    if (!*owner) {
        auto picked = assignByRule(ticket);
        if (!picked)
            return fail(picked.error());
        automatic = *picked;
    }
    if (automatic)
        ticket.status = TicketStatus::Assigned;
    ticket.sla.createdAt = m_clock.now();
    ticket.updatedAt = ticket.sla.createdAt;
    if (auto targeted = retarget(ticket); !targeted)
        return fail(targeted.error());
    auto number = m_store.nextNumber(numberPrefix(ticket.sla.createdAt));
    if (!number)
        return fail(number.error());
    ticket.number = *number;
    auto id = m_store.insert(ticket, actorId);
    if (!id)
        return fail(id.error());
    ticket.id = *id;
    if (auto logged = appendCreationEvents(ticket, actorId, *owner, automatic); !logged)
        return fail(logged.error());
    if (draft.category == Category::Complaint) {
        auto stored = m_store.load(*id);
        if (!stored)
            return fail(stored.error());
        if (auto started = ComplaintStore(m_database).ensureFor(*stored, m_configuration, actorId, m_clock.now()); !started)
            return fail(started.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    announce(*id);
    return m_store.load(*id);
}

// "Created", and when the ticket got an owner at once the same events as
// assign() would write: who owns it, and the status that follows.
Status TicketService::appendCreationEvents(const Ticket& ticket, qint64 actorId, bool ownedByCreator,
                                           const std::optional<AutoPick>& automatic)
{
    TicketEvent created = event(QStringLiteral("created"), actorId);
    created.newValue = ticket.number;
    QList<TicketEvent> events{created};
    if (ownedByCreator || automatic) {
        const qint64 by = ownedByCreator ? actorId : 0;
        TicketEvent assignment = automatic ? automaticAssignment(*automatic) : event(QStringLiteral("assignment"), by);
        assignment.newValue = idText(ticket.assigneeId);
        TicketEvent status = event(QStringLiteral("status"), by);
        status.oldValue = toCode(TicketStatus::New);
        status.newValue = toCode(TicketStatus::Assigned);
        events.append({assignment, status});
    }
    for (const TicketEvent& logged : events)
        if (auto appended = m_store.appendEvent(ticket.id, logged); !appended)
            return appended;
    return m_notifications.record(ticket, events);
}

// A ticket typed in by an agent or technician (a call they took) is theirs and
// their team's unless the form named a team: it must not wait in Unassigned
// for someone to notice it. Supervisors and administrators create tickets for
// others, so theirs only take the creator's team. True when an owner was set.
Result<bool> TicketService::takeOwnership(Ticket& ticket, qint64 actorId) const
{
    if (actorId <= 0)
        return false;
    auto creator = sql::run(m_database.connection(), QStringLiteral("SELECT team_code, role, active FROM users WHERE id = ?"), {actorId});
    if (!creator)
        return fail(creator.error());
    if (!creator->next() || !creator->value(2).toBool())
        return false;
    const bool sameTeam = ticket.details.teamCode.isEmpty() || ticket.details.teamCode == creator->value(0).toString();
    if (ticket.details.teamCode.isEmpty())
        ticket.details.teamCode = creator->value(0).toString();
    const auto role = fromCode<Role>(creator->value(1).toString());
    if (!sameTeam || !role || (*role != Role::Agent && *role != Role::Technician))
        return false;
    ticket.assigneeId = actorId;
    ticket.status = TicketStatus::Assigned;
    return true;
}

// The team's rule (tickets/AutoAssigner) gives an unowned ticket to one of
// its agents; in the caller's transaction, so the turn is taken only if the
// assignment is written.
Result<std::optional<AutoPick>> TicketService::assignByRule(Ticket& ticket) const
{
    auto picked = m_assigner.pick(ticket.details.teamCode, ticket.details.category, ticket.number);
    if (!picked || !*picked)
        return picked;
    if (auto turned = m_assigner.takeTurn((*picked)->userId); !turned)
        return fail(turned.error());
    ticket.assigneeId = (*picked)->userId;
    return picked;
}

// Nobody did it: the body names the team's rule for the timeline.
TicketEvent TicketService::automaticAssignment(const AutoPick& pick) const
{
    TicketEvent assignment = event(QStringLiteral("assignment"), 0);
    assignment.newValue = QString::number(pick.userId);
    assignment.body = toCode(pick.mode);
    return assignment;
}

// Loads the ticket, lets `change` apply a rule and list its events, then writes
// row and events in one transaction. Without an expected version (comments,
// SLA events) the current version is used, so the write cannot be stale.
Status TicketService::applyChange(qint64 id, std::optional<int> expectedVersion, qint64 actorId,
                                  const std::function<Status(Ticket&, QList<TicketEvent>&)>& change, bool userChange,
                                  Ticket* written)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto ticket = m_store.load(id);
    if (!ticket)
        return fail(ticket.error());
    const int version = expectedVersion.value_or(ticket->version);
    QList<TicketEvent> events;
    if (auto changed = change(*ticket, events); !changed)
        return changed;
    // A system note leaves the row's version alone; an escalation rule that
    // moved the ticket changed it like a person would.
    const bool counts = userChange || std::any_of(events.begin(), events.end(), [](const TicketEvent& e) {
        return e.kind == QLatin1String("escalation") || e.kind == QLatin1String("assignment");
    });
    if (counts)
        ticket->updatedAt = m_clock.now();
    if (auto stored = m_store.update(*ticket, version, actorId, counts); !stored)
        return stored;
    if (auto notified = m_notifications.record(*ticket, events); !notified)
        return notified;
    if (!events.isEmpty()) {
        auto inserter = m_store.prepareEventInsert();
        if (!inserter)
            return fail(inserter.error());
        for (const TicketEvent& e : events)
            if (auto logged = m_store.appendPrepared(**inserter, id, e); !logged)
                return logged;
    }
    if (auto planned = m_returnVisits.afterTicketChange(*ticket, events, actorId); !planned)
        return planned;
    if (written) {
        auto reloaded = m_store.load(id);
        if (!reloaded)
            return fail(reloaded.error());
        *written = std::move(*reloaded);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    announce(id);
    return {};
}

// A change the caller sees the result of: the ticket as this change wrote it
// (read before the commit: another desk's next change is not mistaken for it).
Result<Ticket> TicketService::mutate(qint64 id, std::optional<int> expectedVersion, qint64 actorId,
                                     const std::function<Status(Ticket&, QList<TicketEvent>&)>& change)
{
    Ticket written;
    if (auto applied = applyChange(id, expectedVersion, actorId, change, true, &written); !applied)
        return fail(applied.error());
    return written;
}

Result<Ticket> TicketService::edit(qint64 id, int expectedVersion, const TicketDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return fail(allowed.error());
    if (auto routed = requireRouting(id, draft.teamCode, actorId); !routed)
        return fail(routed.error());
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        const TicketDraft before = ticket.details;
        const TicketEvent base = event(QString(), actorId);
        addFieldEvent(events, base, QStringLiteral("customer"), idText(before.customerId), idText(draft.customerId));
        addFieldEvent(events, base, QStringLiteral("contact_name"), before.contactName, draft.contactName);
        addFieldEvent(events, base, QStringLiteral("contact_phone"), before.contactPhone, draft.contactPhone);
        addFieldEvent(events, base, QStringLiteral("contact_email"), before.contactEmail, draft.contactEmail);
        addFieldEvent(events, base, QStringLiteral("channel"), toCode(before.channel), toCode(draft.channel));
        addFieldEvent(events, base, QStringLiteral("category"), toCode(before.category), toCode(draft.category));
        addFieldEvent(events, base, QStringLiteral("subject"), before.subject, draft.subject.trimmed());
        addFieldEvent(events, base, QStringLiteral("description"), before.description, draft.description);
        addFieldEvent(events, base, QStringLiteral("product"), before.product, draft.product);
        addFieldEvent(events, base, QStringLiteral("serial"), before.serial, draft.serial);
        addFieldEvent(events, base, QStringLiteral("team"), before.teamCode, draft.teamCode);
        addFieldEvent(events, base, QStringLiteral("complaint_cause"), before.complaintCause, draft.complaintCause);
        ticket.details = draft;
        ticket.details.subject = draft.subject.trimmed();
        const bool customerChanged = before.customerId != draft.customerId;
        if (customerChanged) {
            auto tier = tierOfCustomer(draft.customerId);
            if (!tier)
                return fail(tier.error());
            ticket.tierCode = *tier;
        }
        if (before.priority != draft.priority) {
            TicketEvent priority = event(QStringLiteral("priority"), actorId);
            priority.oldValue = toCode(before.priority);
            priority.newValue = toCode(draft.priority);
            events.append(priority);
        }
        // A ticket that becomes a complaint starts the complaint's path.
        if (before.category != Category::Complaint && draft.category == Category::Complaint)
            if (auto started = ComplaintStore(m_database).ensureFor(ticket, m_configuration, actorId, m_clock.now()); !started)
                return started;
        if (customerChanged || before.priority != draft.priority)
            return retarget(ticket);
        return {};
    });
}

Status TicketService::moveStatus(Ticket& ticket, TicketStatus to, const QString& note, qint64 actorId,
                                 QList<TicketEvent>& events) const
{
    const TicketStatus from = ticket.status;
    if (Workflow::isReopen(from, to))
        if (auto single = requireNotMerged(ticket); !single)
            return single;
    if (!Workflow::allows(from, to))
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("a ticket cannot go from \"%1\" to \"%2\"").arg(toLabel(from), toLabel(to))});
    if (to == TicketStatus::Resolved && note.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("solution"), tr("describe the solution before resolving the ticket")));
    // A complaint is not closed out without knowing why it arose.
    if (to == TicketStatus::Resolved && ticket.details.category == Category::Complaint && ticket.details.complaintCause.isEmpty())
        return fail(Error::invalid(QStringLiteral("complaint_cause"), tr("choose the complaint's cause and save before resolving it")));
    if (auto followed = followComplaintPath(ticket, to, actorId, events); !followed)
        return followed;
    auto calendar = calendarFor(ticket.sla.calendarCode);
    if (!calendar)
        return fail(calendar.error());
    const SlaClock clock(**calendar);
    const qint64 now = m_clock.now();
    if (Workflow::isReopen(from, to)) {
        ticket.reopenCount += 1;
        ticket.closedAt.reset();
        clock.reopen(ticket.sla, now);
    }
    if (Workflow::pausesResolutionClock(to))
        clock.pause(ticket.sla, now);
    else if (Workflow::pausesResolutionClock(from))
        clock.resume(ticket.sla, now);
    if (to == TicketStatus::Resolved) {
        ticket.solution = note.trimmed();
        clock.resolve(ticket.sla, now);
    }
    if (to == TicketStatus::Closed)
        ticket.closedAt = now;
    ticket.status = to;
    TicketEvent change = event(QStringLiteral("status"), actorId);
    change.oldValue = toCode(from);
    change.newValue = toCode(to);
    change.body = note.trimmed();
    events.append(change);
    return {};
}

// A complaint is resolved only at the end of its own path, which resolving
// closes; reopening it takes it back to verified, to be handled again.
Status TicketService::followComplaintPath(const Ticket& ticket, TicketStatus to, qint64 actorId, QList<TicketEvent>& events) const
{
    const bool resolving = to == TicketStatus::Resolved;
    if (ticket.details.category != Category::Complaint || (!resolving && !Workflow::isReopen(ticket.status, to)))
        return {};
    ComplaintStore store(m_database);
    auto complaint = store.load(ticket.id);
    if (!complaint)
        return fail(complaint.error());
    const ComplaintStage stage = *complaint ? (*complaint)->stage : ComplaintStage::Received;
    // Closing is taking the complaint along (technicians resolve tickets but not complaints).
    if (resolving)
        if (auto allowed = m_access.require(actorId, Action::HandleComplaint); !allowed)
            return allowed;
    // Closed on an open ticket: two offices merged the stage and the status
    // apart; resolving closes it again.
    if (resolving && stage != ComplaintStage::FeedbackGiven && stage != ComplaintStage::Closed)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("stage"),
                          tr("complaint %1 is at \"%2\": verify it, handle it and give the customer feedback before closing it")
                              .arg(ticket.number, toLabel(stage))});
    if (!*complaint || (!resolving && stage != ComplaintStage::Closed))
        return {};
    Complaint changed = **complaint;
    changed.stage = resolving ? ComplaintStage::Closed : ComplaintStage::Verified;
    changed.closedAt = resolving ? std::optional<qint64>(m_clock.now()) : std::nullopt;
    if (auto stored = store.update(changed, changed.version, actorId, m_clock.now()); !stored)
        return stored;
    TicketEvent step = event(QStringLiteral("complaint"), actorId);
    step.field = QStringLiteral("stage");
    step.oldValue = toCode(resolving && stage == ComplaintStage::Closed ? ComplaintStage::FeedbackGiven : stage);
    step.newValue = toCode(changed.stage);
    events.append(step);
    return {};
}

Result<Ticket> TicketService::closeComplaint(qint64 id, int expectedVersion, ComplaintCause cause, const QString& solution,
                                             qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::Resolve); !allowed)
        return fail(allowed.error());
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        addFieldEvent(events, event(QString(), actorId), QStringLiteral("complaint_cause"), ticket.details.complaintCause,
                      toCode(cause));
        ticket.details.complaintCause = toCode(cause);
        return moveStatus(ticket, TicketStatus::Resolved, solution, actorId, events);
    });
}

Result<Action> TicketService::statusAction(qint64 id, TicketStatus to) const
{
    if (to == TicketStatus::Resolved || to == TicketStatus::Closed)
        return Action::Resolve;
    auto current = m_store.ownership(id);
    if (!current)
        return fail(current.error());
    return Workflow::permissionFor(current->status, to);
}

Result<Ticket> TicketService::changeStatus(qint64 id, int expectedVersion, TicketStatus to, qint64 actorId,
                                           const QString& note)
{
    auto action = statusAction(id, to);
    if (!action)
        return fail(action.error());
    if (auto allowed = m_access.require(actorId, *action); !allowed)
        return fail(allowed.error());
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        return moveStatus(ticket, to, note, actorId, events);
    });
}

Result<Ticket> TicketService::recordAcceptance(qint64 id, int expectedVersion, Acceptance answer, const QString& note,
                                               qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::Resolve); !allowed)
        return fail(allowed.error());
    if (answer == Acceptance::NotFixed && note.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("acceptance"), tr("say what the customer reports is still wrong")));
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        if (!Workflow::isOpen(ticket.status))
            return fail(Error{Error::Code::IllegalTransition, QStringLiteral("acceptance"),
                              tr("ticket %1 is %2: the customer's answer is recorded before resolving").arg(ticket.number, toLabel(ticket.status))});
        TicketEvent asked = event(QStringLiteral("acceptance"), actorId);
        asked.newValue = toCode(answer);
        if (answer == Acceptance::NotFixed)
            asked.body = note.trimmed();
        events.append(asked);
        const TicketStatus to = answer == Acceptance::Confirmed ? TicketStatus::Resolved : TicketStatus::InProgress;
        return ticket.status == to ? Status{} : moveStatus(ticket, to, answer == Acceptance::Confirmed ? note : QString(), actorId, events);
    });
}

Result<int> TicketService::notFixedCount(qint64 id) const
{
    auto count = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'acceptance' AND new_value = ?"),
                             {id, toCode(Acceptance::NotFixed)});
    if (!count)
        return fail(count.error());
    return count->toInt();
}

// Taking an unowned ticket, handing one's own back, or routing either to
// another team is assigning to oneself; anything that gives a ticket to
// someone else or takes it from a colleague moves other people's work.
Result<Action> TicketService::assignAction(qint64 id, std::optional<qint64> assigneeId, qint64 actorId) const
{
    auto current = m_store.ownership(id);
    if (!current)
        return fail(current.error());
    const bool fromMeOrNobody = !current->assigneeId || *current->assigneeId == actorId;
    const bool toMeOrNobody = !assigneeId || *assigneeId == actorId;
    return fromMeOrNobody && toMeOrNobody ? Action::AssignToSelf : Action::AssignToOthers;
}

// Moving a colleague's ticket to another team through the form is moving their work.
Status TicketService::requireRouting(qint64 id, const QString& teamCode, qint64 actorId) const
{
    auto current = m_store.ownership(id);
    if (!current)
        return fail(current.error());
    if (current->teamCode == teamCode || !current->assigneeId || *current->assigneeId == actorId)
        return {};
    return m_access.require(actorId, Action::AssignToOthers);
}

Result<Ticket> TicketService::assign(qint64 id, int expectedVersion, std::optional<qint64> assigneeId,
                                     const QString& teamCode, qint64 actorId)
{
    auto action = assignAction(id, assigneeId, actorId);
    if (!action)
        return fail(action.error());
    if (auto allowed = m_access.require(actorId, *action); !allowed)
        return fail(allowed.error());
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        if (!teamCode.isEmpty()
            && std::none_of(m_configuration.teams.begin(), m_configuration.teams.end(),
                            [&](const Team& team) { return team.code == teamCode; }))
            return fail(Error::invalid(QStringLiteral("team"), tr("unknown team \"%1\"").arg(teamCode)));
        if (assigneeId) {
            auto exists = sql::scalar(m_database.connection(),
                                      QStringLiteral("SELECT active FROM users WHERE id = ?"), {*assigneeId});
            if (!exists)
                return fail(exists.error());
            if (!exists->isValid() || !exists->toBool())
                return fail(Error::invalid(QStringLiteral("assignee"), tr("user %1 is not an active user").arg(*assigneeId)));
        }
        if (ticket.assigneeId != assigneeId) {
            TicketEvent assignment = event(QStringLiteral("assignment"), actorId);
            assignment.oldValue = idText(ticket.assigneeId);
            assignment.newValue = idText(assigneeId);
            events.append(assignment);
            ticket.assigneeId = assigneeId;
        }
        if (!teamCode.isEmpty() && ticket.details.teamCode != teamCode) {
            TicketEvent team = event(QStringLiteral("team"), actorId);
            team.oldValue = ticket.details.teamCode;
            team.newValue = teamCode;
            events.append(team);
            ticket.details.teamCode = teamCode;
            // Handed to a team without naming anyone: the team's rule chooses.
            if (!ticket.assigneeId && Workflow::isOpen(ticket.status)) {
                auto picked = assignByRule(ticket);
                if (!picked)
                    return fail(picked.error());
                if (*picked)
                    events.append(automaticAssignment(**picked));
            }
        }
        // A new ticket that gets an owner is Assigned; one that loses it goes back to New.
        if (ticket.status == TicketStatus::New && ticket.assigneeId)
            return moveStatus(ticket, TicketStatus::Assigned, QString(), actorId, events);
        if (ticket.status == TicketStatus::Assigned && !ticket.assigneeId)
            return moveStatus(ticket, TicketStatus::New, QString(), actorId, events);
        return {};
    });
}

Result<Ticket> TicketService::escalate(qint64 id, int expectedVersion, qint64 actorId, const QString& reason)
{
    if (auto allowed = m_access.require(actorId, Action::Escalate); !allowed)
        return fail(allowed.error());
    return mutate(id, expectedVersion, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        if (!Workflow::isOpen(ticket.status))
            return fail(Error::invalid(QStringLiteral("level"), tr("only an open ticket can be escalated")));
        if (ticket.level == SupportLevel::L3)
            return fail(Error::invalid(QStringLiteral("level"), tr("the ticket is already at the highest support level (L3)")));
        const SupportLevel next = ticket.level == SupportLevel::L1 ? SupportLevel::L2 : SupportLevel::L3;
        TicketEvent escalation = event(QStringLiteral("escalation"), actorId);
        escalation.oldValue = toCode(ticket.level);
        escalation.newValue = toCode(next);
        escalation.body = reason.trimmed();
        events.append(escalation);
        ticket.level = next;
        return {};
    });
}

Status TicketService::noteReturnVisit(qint64 id, ReturnReason reason, ReturnOutcome outcome, int attempt, const QString& notes,
                                      qint64 actorId)
{
    TicketEvent visit = event(QStringLiteral("return_visit"), actorId);
    visit.field = toCode(reason);
    visit.newValue = toCode(outcome);
    visit.oldValue = attempt > 0 ? QString::number(attempt) : QString();
    visit.body = notes;
    return applyChange(id, std::nullopt, actorId, [&](Ticket&, QList<TicketEvent>& events) -> Status {
        events.append(visit);
        return {};
    }, false);
}

Result<Ticket> TicketService::addComment(qint64 id, const QString& body, bool isPublic, qint64 actorId, const QList<ArticleUse>& articles)
{
    if (body.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("body"), tr("the comment is empty")));
    if (auto allowed = m_access.require(actorId, Action::CommentTicket); !allowed)
        return fail(allowed.error());
    return mutate(id, std::nullopt, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        TicketEvent comment = event(QStringLiteral("comment"), actorId);
        comment.body = body.trimmed();
        comment.isPublic = isPublic;
        events.append(comment);
        for (const ArticleUse& article : articles) {
            TicketEvent used = event(QStringLiteral("knowledge"), actorId);
            used.field = QStringLiteral("used");
            used.newValue = article.uuid;
            used.body = article.title;
            events.append(used);
        }
        if (!isPublic)
            return {};
        ticket.agentPublicReplies += 1;
        auto calendar = calendarFor(ticket.sla.calendarCode);
        if (!calendar)
            return fail(calendar.error());
        SlaClock(**calendar).respond(ticket.sla, comment.at);
        return {};
    });
}

Result<Ticket> TicketService::recordCustomerReply(qint64 id, const QString& body, qint64 actorId)
{
    if (body.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("body"), tr("the customer's reply is empty")));
    if (actorId != AccessControl::kIntake)
        if (auto allowed = m_access.require(actorId, Action::CommentTicket); !allowed)
            return fail(allowed.error());
    // A reply about a duplicate merged away belongs to the ticket kept.
    auto kept = keptTicketOf(id);
    if (!kept)
        return fail(kept.error());
    return mutate(*kept, std::nullopt, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        TicketEvent reply = event(QStringLiteral("customer_reply"), actorId);
        reply.body = body.trimmed();
        reply.isPublic = true;
        events.append(reply);
        // The answer the desk was waiting for: the ticket is back in work.
        if (ticket.status == TicketStatus::PendingCustomer)
            return moveStatus(ticket, TicketStatus::InProgress, QString(), actorId, events);
        return {};
    });
}

Result<Ticket> TicketService::recordSatisfaction(qint64 id, int score, const QString& comment, qint64 actorId,
                                                 const std::optional<SatisfactionDetail>& detail)
{
    if (score < 1 || score > 5)
        return fail(Error::invalid(QStringLiteral("csat"), tr("the satisfaction score must be from 1 to 5")));
    if (detail)
        for (const auto& [value, field] : {std::pair{detail->timeliness, "timeliness"}, std::pair{detail->professionalism, "professionalism"},
                                           std::pair{detail->attitude, "attitude"}})
            if (value < 1 || value > 5)
                return fail(Error::invalid(QString::fromLatin1(field), tr("each satisfaction score must be from 1 to 5")));
    if (auto allowed = m_access.require(actorId, Action::RecordSatisfaction); !allowed)
        return fail(allowed.error());
    return mutate(id, std::nullopt, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        if (Workflow::isOpen(ticket.status))
            return fail(Error::invalid(QStringLiteral("csat"), tr("satisfaction is recorded once the ticket is resolved")));
        TicketEvent survey = event(QStringLiteral("survey"), actorId);
        survey.oldValue = ticket.csatScore ? QString::number(*ticket.csatScore) : QString();
        survey.newValue = QString::number(score);
        survey.body = comment.trimmed();
        // The dimensions as "timeliness/professionalism/attitude" (the timeline reads them).
        if (detail)
            survey.field = QStringLiteral("%1/%2/%3").arg(detail->timeliness).arg(detail->professionalism).arg(detail->attitude);
        events.append(survey);
        ticket.csatScore = score;
        ticket.csatComment = comment.trimmed();
        return detail ? storeSatisfactionDetail(ticket, *detail, actorId) : Status{};
    });
}

// One row per ticket, its uuid derived from the ticket's: two offices that
// record the same ticket's survey hold one row, merged field by field.
Status TicketService::storeSatisfactionDetail(const Ticket& ticket, const SatisfactionDetail& detail, qint64 actorId) const
{
    const QString uuid = QUuid::createUuidV5(QUuid::fromString(ticket.uuid), QStringLiteral("survey")).toString(QUuid::WithoutBraces);
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto stored = sql::run(m_database.connection(),
                           QStringLiteral("INSERT INTO satisfaction_details (uuid, ticket_id, timeliness, professionalism, attitude, "
                                          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET "
                                          "timeliness = excluded.timeliness, professionalism = excluded.professionalism, "
                                          "attitude = excluded.attitude, updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                                          "version = satisfaction_details.version + 1"),
                           {uuid, ticket.id, detail.timeliness, detail.professionalism, detail.attitude, m_clock.now(), actor});
    if (!stored)
        return fail(stored.error());
    return {};
}

Result<std::optional<SatisfactionDetail>> TicketService::satisfactionDetail(qint64 id) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT timeliness, professionalism, attitude FROM satisfaction_details WHERE ticket_id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<SatisfactionDetail>();
    return std::optional<SatisfactionDetail>(SatisfactionDetail{query->value(0).toInt(), query->value(1).toInt(), query->value(2).toInt()});
}

Result<Ticket> TicketService::get(qint64 id) const
{
    return m_store.load(id);
}

Result<Ticket> TicketService::byNumber(const QString& number) const
{
    return m_store.loadByNumber(number);
}

Result<QList<TicketEvent>> TicketService::timeline(qint64 id) const
{
    return m_store.joinedTimeline(id);
}

Result<int> TicketService::recordSlaEvents()
{
    const qint64 now = m_clock.now();
    auto due = m_store.idsWithCheckpointBefore(now, 5000);
    if (!due)
        return fail(due.error());
    for (qint64 id : *due)
        if (auto recorded = recordSlaEventsOf(id, now); !recorded)
            return fail(recorded.error());
    return static_cast<int>(due->size());
}

Result<std::optional<int>> TicketService::sweepSla()
{
    auto claimed = m_store.claimSweepMinute(m_clock.now() / 60);
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed)
        return std::optional<int>();
    auto recorded = recordSlaEvents();
    if (!recorded)
        return fail(recorded.error());
    if (auto assigned = assignWaiting(); !assigned)
        return fail(assigned.error());
    return std::optional<int>(*recorded);
}

// The configured rules for the checkpoints just crossed (docs/SERVICE.md
// "Escalation rules"). A checkpoint is crossed once, so a rule fires once.
Status TicketService::applyEscalationRules(Ticket& ticket, const QList<TicketEvent>& crossed, QList<TicketEvent>& events)
{
    for (const TicketEvent& sla : crossed) {
        const QString checkpoint = sla.field + (sla.kind == QLatin1String("sla_warning") ? QStringLiteral("_warning") : QStringLiteral("_breach"));
        const EscalationRule* rule = m_configuration.service.escalationAt(checkpoint);
        if (!rule || !Workflow::isOpen(ticket.status))
            continue;
        QStringList actions;
        if (rule->notifySupervisor)
            actions.append(QStringLiteral("notify"));
        if (rule->raiseLevel && ticket.level != SupportLevel::L3)
            actions.append(QStringLiteral("raise"));
        if (actions.isEmpty())
            continue;
        TicketEvent applied = event(QStringLiteral("escalation_rule"), 0);
        applied.field = checkpoint;
        applied.oldValue = ticket.details.teamCode; // whose supervisors hear of it
        applied.body = actions.join(QLatin1Char(','));
        events.append(applied);
        if (rule->raiseLevel && ticket.level != SupportLevel::L3)
            if (auto raised = raiseLevel(ticket, events); !raised)
                return raised;
    }
    return {};
}

// One level up; with a team configured for the new level the ticket moves
// there without a person, and that team's rule may choose one at once.
Status TicketService::raiseLevel(Ticket& ticket, QList<TicketEvent>& events)
{
    const SupportLevel next = ticket.level == SupportLevel::L1 ? SupportLevel::L2 : SupportLevel::L3;
    TicketEvent escalation = event(QStringLiteral("escalation"), 0);
    escalation.oldValue = toCode(ticket.level);
    escalation.newValue = toCode(next);
    events.append(escalation);
    ticket.level = next;
    const QString team = m_configuration.service.levelTeams.value(next);
    if (team.isEmpty() || team == ticket.details.teamCode)
        return {};
    TicketEvent moved = event(QStringLiteral("team"), 0);
    moved.oldValue = ticket.details.teamCode;
    moved.newValue = team;
    events.append(moved);
    ticket.details.teamCode = team;
    if (ticket.assigneeId) {
        TicketEvent released = event(QStringLiteral("assignment"), 0);
        released.oldValue = idText(ticket.assigneeId);
        events.append(released);
        ticket.assigneeId.reset();
    }
    auto picked = assignByRule(ticket);
    if (!picked)
        return fail(picked.error());
    if (*picked)
        events.append(automaticAssignment(**picked));
    if (ticket.status == TicketStatus::Assigned && !ticket.assigneeId)
        return moveStatus(ticket, TicketStatus::New, QString(), 0, events);
    if (ticket.status == TicketStatus::New && ticket.assigneeId)
        return moveStatus(ticket, TicketStatus::Assigned, QString(), 0, events);
    return {};
}

Result<int> TicketService::assignWaiting(int limit)
{
    auto teams = m_assigner.automaticTeams();
    if (!teams)
        return fail(teams.error());
    int assigned = 0;
    for (const QString& team : *teams) {
        auto given = assignWaitingOf(team, limit - assigned);
        if (!given)
            return fail(given.error());
        assigned += *given;
    }
    return assigned;
}

// A category nobody is free for is left out of the rest of this pass (under
// skill match the others may still find someone skilled), so the oldest
// tickets of one category cannot hold up the rest of the queue.
Result<int> TicketService::assignWaitingOf(const QString& teamCode, int limit)
{
    QList<Category> nobodyFree;
    int assigned = 0;
    bool refetch = true;
    while (refetch && assigned < limit) {
        refetch = false;
        auto waiting = m_assigner.waiting(teamCode, limit - assigned, nobodyFree);
        if (!waiting)
            return fail(waiting.error());
        for (const AutoAssigner::Waiting& ticket : *waiting) {
            auto outcome = assignOneWaiting(ticket.id);
            if (!outcome)
                return fail(outcome.error());
            if (*outcome == WaitingOutcome::Assigned)
                ++assigned;
            if (*outcome == WaitingOutcome::NobodyFree) {
                nobodyFree.append(ticket.category);
                refetch = nobodyFree.size() < allValues<Category>().size();
                break;
            }
        }
    }
    return assigned;
}

Result<TicketService::WaitingOutcome> TicketService::assignOneWaiting(qint64 id)
{
    WaitingOutcome outcome = WaitingOutcome::Assigned;
    auto done = applyChange(id, std::nullopt, 0, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        // Refusing with a conflict rolls the transaction back and writes nothing.
        if ((ticket.status != TicketStatus::New && ticket.status != TicketStatus::InProgress) || ticket.assigneeId) {
            outcome = WaitingOutcome::AlreadyTaken;
            return fail(Error{Error::Code::Conflict, QStringLiteral("assignee"), tr("the ticket was assigned meanwhile")});
        }
        auto picked = assignByRule(ticket);
        if (!picked)
            return fail(picked.error());
        if (!*picked) {
            outcome = WaitingOutcome::NobodyFree;
            return fail(Error{Error::Code::Conflict, QStringLiteral("assignee"), tr("nobody in the team is free")});
        }
        events.append(automaticAssignment(**picked));
        if (ticket.status == TicketStatus::New)
            return moveStatus(ticket, TicketStatus::Assigned, QString(), 0, events);
        return {};
    }, true);
    if (!done && outcome == WaitingOutcome::Assigned)
        return fail(done.error());
    return outcome;
}

Status TicketService::recordSlaEventsOf(qint64 id, qint64 now)
{
    return applyChange(id, std::nullopt, 0, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
        auto calendar = calendarFor(ticket.sla.calendarCode);
        if (!calendar)
            return fail(calendar.error());
        const SlaClock clock(**calendar);
        const int flags = clock.pendingFlags(ticket.sla, now);
        // Each event carries the instant the threshold was crossed, not the sweep's.
        const QList<TicketEvent> crossed = SlaClock::eventsFor(ticket.sla, flags);
        events.append(crossed);
        clock.markRecorded(ticket.sla, flags);
        return applyEscalationRules(ticket, crossed, events);
    }, false);
}

Status TicketService::applyCustomerTier(qint64 customerId, const QString& tierCode, qint64 actorId)
{
    auto ids = m_store.openTicketsOfCustomer(customerId);
    if (!ids)
        return fail(ids.error());
    for (qint64 id : *ids) {
        auto done = applyChange(id, std::nullopt, actorId, [&](Ticket& ticket, QList<TicketEvent>& events) -> Status {
            if (ticket.tierCode == tierCode)
                return {};
            TicketEvent tier = event(QStringLiteral("tier"), actorId);
            tier.oldValue = ticket.tierCode;
            tier.newValue = tierCode;
            events.append(tier);
            ticket.tierCode = tierCode;
            return retarget(ticket);
        }, true);
        if (!done)
            return done;
    }
    return {};
}

} // namespace sd
