#include "process/PlanService.h"

#include "common/Money.h"
#include "process/CostService.h"
#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"
#include "tickets/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sd {
namespace {

constexpr qint64 kMaxQuantity = 1000;
constexpr qint64 kMaxMinutes = 100000;
constexpr qint64 kMaxCents = 100000000000; // a billion currency units

} // namespace

QString PlanService::partsToJson(const QList<PlanPart>& parts)
{
    QJsonArray list;
    for (const PlanPart& part : parts)
        list.append(QJsonObject{{QStringLiteral("code"), part.code},
                                {QStringLiteral("name"), part.name},
                                {QStringLiteral("quantity"), part.quantity},
                                {QStringLiteral("unit_cents"), part.unitCents}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

namespace {

QList<PlanPart> partsFrom(const QString& json)
{
    QList<PlanPart> parts;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        parts.append({object.value(QLatin1String("code")).toString(), object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("quantity")).toInteger(), object.value(QLatin1String("unit_cents")).toInteger()});
    }
    return parts;
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.ticket_id, p.plan_no, p.cause, p.steps, p.parts, p.labour_minutes, p.labour_role, p.labour_cents, "
    "p.parts_cents, p.other_cents, p.other_note, p.total_cents, p.customer_cents, p.in_warranty, p.deadline, "
    "COALESCE(p.consent_by, ''), p.consent_how, p.consent_at, COALESCE(r.display_name, ''), p.created_at, COALESCE(c.display_name, '') "
    "FROM solution_plans p LEFT JOIN users r ON r.id = p.consent_recorded_by LEFT JOIN users c ON c.id = p.created_by "
    // Offices that numbered a version alike before exchanging files order it the same way.
    "WHERE p.ticket_id = ? ORDER BY p.plan_no, p.created_at, p.uuid");

SolutionPlan planFrom(const QSqlQuery& query)
{
    SolutionPlan plan;
    plan.id = query.value(0).toLongLong();
    plan.uuid = query.value(1).toString();
    plan.ticketId = query.value(2).toLongLong();
    plan.planNo = query.value(3).toInt();
    plan.cause = query.value(4).toString();
    plan.steps = query.value(5).toString();
    plan.parts = partsFrom(query.value(6).toString());
    plan.labourMinutes = query.value(7).toLongLong();
    plan.labourRole = fromCode<Role>(query.value(8).toString()).value_or(Role::Technician);
    plan.labourCents = query.value(9).toLongLong();
    plan.partsCents = query.value(10).toLongLong();
    plan.otherCents = query.value(11).toLongLong();
    plan.otherNote = query.value(12).toString();
    plan.totalCents = query.value(13).toLongLong();
    plan.customerCents = query.value(14).toLongLong();
    plan.inWarranty = query.value(15).toInt() != 0;
    plan.deadline = query.value(16).toLongLong();
    plan.consentBy = query.value(17).toString();
    plan.consentHow = fromCode<ConsentMethod>(query.value(18).toString());
    plan.consentAt = sql::optionalInt(query.value(19));
    plan.consentRecordedByName = query.value(20).toString();
    plan.createdAt = query.value(21).toLongLong();
    plan.createdByName = query.value(22).toString();
    return plan;
}

QVariant actorValue(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

} // namespace

PlanService::PlanService(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(database, clock)
{
}

Status PlanService::check(const PlanDraft& draft) const
{
    std::vector<Error> problems;
    if (draft.cause.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("cause"), tr("give the cause found")));
    if (draft.steps.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("steps"), tr("describe the steps of the repair")));
    if (draft.labourMinutes < 0 || draft.labourMinutes > kMaxMinutes)
        problems.push_back(Error::invalid(QStringLiteral("labour"), tr("labour must be from 0 to %1 minutes").arg(kMaxMinutes)));
    if (draft.otherCents < 0 || draft.otherCents > kMaxCents)
        problems.push_back(Error::invalid(QStringLiteral("other"), tr("other charges must be from 0 to %1").arg(kMaxCents / 100)));
    if (draft.deadline <= m_clock.now())
        problems.push_back(Error::invalid(QStringLiteral("deadline"), tr("the deadline must be in the future")));
    return allOf(std::move(problems));
}

// Catalogue parts take the catalogue's name and cost; others need both.
Result<QList<PlanPart>> PlanService::pricedParts(const QList<PlanPart>& parts) const
{
    QList<PlanPart> priced;
    for (PlanPart part : parts) {
        if (part.quantity < 1 || part.quantity > kMaxQuantity)
            return fail(Error::invalid(QStringLiteral("parts"), tr("a part's quantity must be from 1 to %1").arg(kMaxQuantity)));
        if (!part.code.isEmpty()) {
            const PartPrice* known = m_configuration.service.part(part.code);
            if (!known)
                return fail(Error::invalid(QStringLiteral("parts"), tr("the part \"%1\" is not in the parts catalogue").arg(part.code)));
            part.name = known->name;
            part.unitCents = known->unitCents;
        } else if (part.name.trimmed().isEmpty() || part.unitCents < 0 || part.unitCents > kMaxCents) {
            return fail(Error::invalid(QStringLiteral("parts"), tr("a part not in the catalogue needs a name and a unit cost")));
        }
        part.name = part.name.trimmed();
        priced.append(part);
    }
    return priced;
}

Result<SolutionPlan> PlanService::price(qint64 ticketId, const PlanDraft& draft) const
{
    auto parts = pricedParts(draft.parts);
    if (!parts)
        return fail(parts.error());
    auto warranty = CostService(m_database, m_configuration, m_clock).inWarranty(ticketId, m_clock.now());
    if (!warranty)
        return fail(warranty.error());
    SolutionPlan plan;
    plan.ticketId = ticketId;
    plan.cause = draft.cause.trimmed();
    plan.steps = draft.steps.trimmed();
    plan.parts = *parts;
    plan.labourMinutes = draft.labourMinutes;
    plan.labourRole = draft.labourRole.value_or(Role::Technician);
    // Minutes at an hourly rate, rounded half up to the cent (as cost lines).
    plan.labourCents = (plan.labourMinutes * m_configuration.service.hourlyRate(plan.labourRole) + 30) / 60;
    for (const PlanPart& part : plan.parts)
        plan.partsCents += part.quantity * part.unitCents;
    plan.otherCents = draft.otherCents;
    plan.otherNote = draft.otherNote.trimmed();
    plan.totalCents = plan.labourCents + plan.partsCents + plan.otherCents;
    plan.inWarranty = *warranty;
    plan.customerCents = plan.inWarranty ? plan.otherCents : plan.totalCents;
    plan.deadline = draft.deadline;
    return plan;
}

Status PlanService::requireOpen(qint64 ticketId) const
{
    auto ticket = TicketStore(m_database).ownership(ticketId);
    if (!ticket)
        return fail(ticket.error());
    if (!Workflow::isOpen(ticket->status))
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("ticket"),
                          tr("the ticket is %1: reopen it to change its plan").arg(toLabel(ticket->status))});
    return {};
}

Result<SolutionPlan> PlanService::propose(qint64 ticketId, const PlanDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ProposePlan); !allowed)
        return fail(allowed.error());
    if (auto valid = check(draft); !valid)
        return fail(valid.error());
    if (auto open = requireOpen(ticketId); !open)
        return fail(open.error());
    auto plan = price(ticketId, draft);
    if (!plan)
        return fail(plan.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto last = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(plan_no), 0) FROM solution_plans WHERE ticket_id = ?"),
                            {ticketId});
    if (!last)
        return fail(last.error());
    plan->planNo = last->toInt() + 1;
    plan->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan->createdAt = m_clock.now();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO solution_plans (uuid, ticket_id, plan_no, cause, steps, parts, labour_minutes, labour_role, "
                                            "labour_cents, parts_cents, other_cents, other_note, total_cents, customer_cents, in_warranty, deadline, "
                                            "created_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {plan->uuid, ticketId, plan->planNo, plan->cause, plan->steps, partsToJson(plan->parts), plan->labourMinutes,
                              toCode(plan->labourRole), plan->labourCents, plan->partsCents, plan->otherCents, plan->otherNote,
                              plan->totalCents, plan->customerCents, plan->inWarranty ? 1 : 0, plan->deadline, plan->createdAt,
                              actorValue(actorId), actorValue(actorId)});
    if (!inserted)
        return fail(inserted.error());
    plan->id = insertedId(*inserted, QStringLiteral("solution_plans"));
    if (auto logged = logEvent(*plan, QStringLiteral("proposed"), plan->cause, actorId); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit plansChanged(ticketId);
    return plan;
}

Result<SolutionPlan> PlanService::recordConsent(qint64 ticketId, int planNo, const Consent& consent, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ProposePlan); !allowed)
        return fail(allowed.error());
    if (consent.by.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("consent_by"), tr("name who agreed to the plan")));
    // Read in the transaction that writes: a version proposed meanwhile is seen.
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto open = requireOpen(ticketId); !open)
        return fail(open.error());
    auto plan = current(ticketId);
    if (!plan)
        return fail(plan.error());
    if (!*plan || (*plan)->planNo != planNo)
        return fail(Error{Error::Code::Conflict, QStringLiteral("plan"),
                          *plan ? tr("version %1 of the plan has been replaced by version %2: ask the customer about that one")
                                      .arg(planNo).arg((*plan)->planNo)
                                : tr("the ticket has no solution plan yet")});
    const qint64 at = consent.at.value_or(m_clock.now());
    if (at > m_clock.now() || at < (*plan)->createdAt)
        return fail(Error::invalid(QStringLiteral("consent_at"), tr("the consent must be given after the plan was proposed and not in the future")));
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE solution_plans SET consent_by = ?, consent_how = ?, consent_at = ?, consent_recorded_by = ?, "
                                           "updated_by = ? WHERE id = ? AND consent_at IS NULL"),
                            {consent.by.trimmed(), toCode(consent.how), at, actorValue(actorId), actorValue(actorId), (*plan)->id});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(Error{Error::Code::Conflict, QStringLiteral("plan"), tr("the customer's consent to version %1 is already recorded").arg(planNo)});
    SolutionPlan agreed = **plan;
    agreed.consentBy = consent.by.trimmed();
    agreed.consentHow = consent.how;
    agreed.consentAt = at;
    if (auto logged = logEvent(agreed, QStringLiteral("consented"), toCode(consent.how) + QLatin1Char(' ') + agreed.consentBy, actorId);
        !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit plansChanged(ticketId);
    auto written = current(ticketId);
    if (!written)
        return fail(written.error());
    return **written;
}

// field: the version; old value: "TOTAL/CUSTOMER" in currency units; new
// value: proposed or consented; body: the cause, or "HOW WHO" for consent.
Status PlanService::logEvent(const SolutionPlan& plan, const QString& step, const QString& body, qint64 actorId) const
{
    TicketEvent event;
    event.at = m_clock.now();
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("plan");
    event.field = QString::number(plan.planNo);
    event.oldValue = centsText(plan.totalCents) + QLatin1Char('/') + centsText(plan.customerCents);
    event.newValue = step;
    event.body = body;
    return TicketStore(m_database).appendEvent(plan.ticketId, event);
}

Result<QList<SolutionPlan>> PlanService::ofTicket(qint64 ticketId) const
{
    auto query = sql::run(m_database.connection(), kSelect, {ticketId});
    if (!query)
        return fail(query.error());
    QList<SolutionPlan> plans;
    while (query->next())
        plans.append(planFrom(*query));
    return plans;
}

Result<std::optional<SolutionPlan>> PlanService::current(qint64 ticketId) const
{
    auto plans = ofTicket(ticketId);
    if (!plans)
        return fail(plans.error());
    return plans->isEmpty() ? std::nullopt : std::optional<SolutionPlan>(plans->constLast());
}

} // namespace sd
