#include "demo/DemoServiceProcess.h"

#include "process/ComplaintService.h"
#include "process/ComplaintStore.h"
#include "common/Money.h"
#include "tickets/Workflow.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd {
namespace {

constexpr qint64 kHour = 3600;
// Apology, repair, replacement, refund, compensation: the order of Remedy.
const std::vector<double> kRemedyWeights{15, 20, 15, 15, 35};

} // namespace

DemoServiceProcess::DemoServiceProcess(DemoRandom& random, const DemoWords& words, const Configuration& configuration, qint64 now)
    : m_random(random)
    , m_words(words)
    , m_configuration(configuration)
    , m_now(now)
{
}

TicketEvent DemoServiceProcess::event(qint64 at, qint64 actor, const QString& kind) const
{
    TicketEvent e;
    e.at = at;
    if (actor > 0)
        e.actorId = actor;
    e.kind = kind;
    return e;
}

ComplaintStep DemoServiceProcess::stepTo(ComplaintStage stage, const Work& work)
{
    const QString language = work.chinese ? QStringLiteral("zh") : QStringLiteral("en");
    ComplaintStep step;
    step.to = stage;
    if (stage == ComplaintStage::Verified)
        step.note = m_random.pick(m_words.complaintEvidence.value(language));
    if (stage == ComplaintStage::FeedbackGiven)
        step.note = m_random.pick(m_words.complaintFeedback.value(language));
    if (stage == ComplaintStage::Handled) {
        step.remedy = allValues<Remedy>().at(m_random.weighted(kRemedyWeights));
        if (*step.remedy == Remedy::Refund || *step.remedy == Remedy::Compensation)
            step.remedyCents = m_random.between(5, 80) * 1000; // 50.00 to 800.00 in tens
    }
    return step;
}

// Resolved complaints went the whole way before their resolution; open ones
// are as far along as their age and chance take them.
std::optional<Complaint> DemoServiceProcess::complaintOf(const Ticket& ticket, const BusinessCalendar& calendar, const Work& work,
                                                         QList<TicketEvent>& events)
{
    if (ticket.details.category != Category::Complaint)
        return std::nullopt;
    const ServiceRules& rules = m_configuration.service;
    const BusinessCalendar& clock = rules.complaintCalendar.isEmpty() || !m_configuration.calendars.contains(rules.complaintCalendar)
        ? calendar
        : *m_configuration.calendars.constFind(rules.complaintCalendar);
    Complaint complaint;
    complaint.receivedAt = ticket.sla.createdAt;
    std::tie(complaint.responseDue, complaint.closingDue) = ComplaintStore::deadlines(clock, rules, complaint.receivedAt);
    const bool resolved = !Workflow::isOpen(ticket.status) && ticket.sla.resolvedAt;
    const qint64 end = resolved ? *ticket.sla.resolvedAt : m_now;
    const qint64 span = end - complaint.receivedAt;
    int reached = 3; // feedback given, then closed with the resolution
    if (!resolved)
        reached = span < 2 * kHour ? 0 : m_random.weighted({25, 30, 25, 20});
    const double fractions[] = {0.2, 0.5, 0.8};
    for (int i = 0; i < reached; ++i) {
        const ComplaintStage to = ComplaintStage(i + 1);
        const qint64 at = complaint.receivedAt + qint64(double(span) * fractions[i]);
        const ComplaintStep step = stepTo(to, work);
        TicketEvent e = event(at, work.actorId, QStringLiteral("complaint"));
        e.field = QStringLiteral("stage");
        e.oldValue = toCode(complaint.stage);
        e.newValue = toCode(to);
        e.body = ComplaintService::eventBody(step);
        events.append(e);
        complaint.stage = to;
        if (to == ComplaintStage::Verified) {
            complaint.evidence = step.note;
            complaint.respondedAt = at;
        } else if (to == ComplaintStage::Handled) {
            complaint.remedy = step.remedy;
            complaint.remedyCents = step.remedyCents;
        } else {
            complaint.feedback = step.note;
        }
    }
    if (resolved) {
        TicketEvent e = event(end, work.actorId, QStringLiteral("complaint"));
        e.field = QStringLiteral("stage");
        e.oldValue = toCode(complaint.stage);
        e.newValue = toCode(ComplaintStage::Closed);
        events.append(e);
        complaint.stage = ComplaintStage::Closed;
        complaint.closedAt = end;
    }
    return complaint;
}

CostLine DemoServiceProcess::line(const Ticket& ticket, CostKind kind, qint64 at, const Work& work)
{
    const ServiceRules& rules = m_configuration.service;
    CostLine line;
    line.uuid = work.newUuid();
    line.kind = kind;
    line.at = at;
    if (kind == CostKind::Labour) {
        line.role = Role::Technician;
        line.quantity = m_random.between(6, 48) * 5; // 30 minutes to 4 hours
        line.unitCents = rules.hourlyRate(Role::Technician);
        line.amountCents = (line.quantity * line.unitCents + 30) / 60;
    } else if (kind == CostKind::Parts) {
        const DemoPart& part = m_random.pick(m_words.parts);
        line.description = work.chinese ? part.nameZh : part.nameEn;
        line.quantity = m_random.chance(0.8) ? 1 : 2;
        line.unitCents = part.costCents;
        line.amountCents = line.quantity * line.unitCents;
    } else {
        line.quantity = m_random.between(5, 60);
        line.unitCents = rules.transportPerKmCents;
        line.amountCents = rules.transportPerVisitCents + line.quantity * line.unitCents;
    }
    const bool covered = work.inWarranty && kind != CostKind::Transport;
    line.chargedCents = covered ? 0 : line.amountCents;
    Q_UNUSED(ticket);
    return line;
}

// Repairs that were worked on: labour always, a part often, travel for the
// field team, each recorded between the first response and the resolution.
QList<CostLine> DemoServiceProcess::costsOf(const Ticket& ticket, const Work& work, QList<TicketEvent>& events)
{
    const bool repair = ticket.details.category == Category::Fault
        || (ticket.details.category == Category::Return && m_random.chance(0.3));
    if (!repair || !ticket.sla.firstResponseAt || m_words.parts.isEmpty())
        return {};
    const qint64 from = *ticket.sla.firstResponseAt;
    const qint64 to = ticket.sla.resolvedAt.value_or(m_now);
    QList<CostKind> kinds{CostKind::Labour};
    if (m_random.chance(0.3))
        kinds.append(CostKind::Labour);
    if (m_random.chance(0.45))
        kinds.append(CostKind::Parts);
    if (ticket.details.teamCode == QLatin1String("field"))
        kinds.append(CostKind::Transport);
    QList<CostLine> lines;
    for (CostKind kind : kinds) {
        const qint64 at = to > from ? from + qint64(m_random.below(quint64(to - from))) : from;
        CostLine made = line(ticket, kind, at, work);
        TicketEvent e = event(at, work.actorId, QStringLiteral("cost"));
        e.field = toCode(kind);
        e.oldValue = centsText(made.chargedCents);
        e.newValue = centsText(made.amountCents);
        e.body = made.description;
        events.append(e);
        lines.append(made);
    }
    return lines;
}

SolutionPlan DemoServiceProcess::planAt(const Ticket& ticket, int number, qint64 at, qint64 deadline, const Work& work)
{
    const ServiceRules& rules = m_configuration.service;
    const QString language = work.chinese ? QStringLiteral("zh") : QStringLiteral("en");
    SolutionPlan plan;
    plan.uuid = work.newUuid();
    plan.planNo = number;
    plan.cause = ticket.details.subject;
    plan.steps = m_random.pick(m_words.solutions.value(language));
    if (!rules.parts.isEmpty() && m_random.chance(0.7)) {
        const PartPrice& part = m_random.pick(rules.parts);
        plan.parts.append({part.code, part.name, number == 1 || m_random.chance(0.5) ? 1 : 2, part.unitCents});
    }
    plan.labourMinutes = m_random.between(4, 24) * 15;
    plan.labourRole = Role::Technician;
    plan.labourCents = (plan.labourMinutes * rules.hourlyRate(Role::Technician) + 30) / 60;
    for (const PlanPart& part : plan.parts)
        plan.partsCents += part.quantity * part.unitCents;
    if (ticket.details.teamCode == QLatin1String("field")) {
        plan.otherCents = rules.transportPerVisitCents;
        plan.otherNote = work.chinese ? QStringLiteral("上门费") : QStringLiteral("Call-out fee");
    }
    plan.totalCents = plan.labourCents + plan.partsCents + plan.otherCents;
    plan.inWarranty = work.inWarranty;
    plan.customerCents = plan.inWarranty ? plan.otherCents : plan.totalCents;
    plan.deadline = deadline;
    plan.createdAt = at;
    return plan;
}

QList<SolutionPlan> DemoServiceProcess::plansOf(const Ticket& ticket, const Work& work, QList<TicketEvent>& events)
{
    if (ticket.details.category != Category::Fault || !ticket.sla.firstResponseAt || !m_random.chance(0.6)
        || m_words.solutions.isEmpty())
        return {};
    const qint64 end = ticket.sla.resolvedAt.value_or(m_now);
    const qint64 start = *ticket.sla.firstResponseAt;
    if (end - start < 2 * kHour)
        return {};
    // The end of a working day: the day of the resolution, or two days ahead.
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const QDate day = QDateTime::fromSecsSinceEpoch(ticket.sla.resolvedAt.value_or(m_now + 2 * 24 * kHour), zone).date();
    const qint64 deadline = qMax(QDateTime(day, QTime(18, 0), zone).toSecsSinceEpoch(), ticket.sla.resolvedAt.value_or(0));
    QList<SolutionPlan> plans;
    const int versions = m_random.chance(0.15) ? 2 : 1;
    for (int number = 1; number <= versions; ++number) {
        // Proposed and agreed in the first part of the repair's time.
        const qint64 proposed = start + (end - start) * number / 8;
        SolutionPlan plan = planAt(ticket, number, proposed, deadline, work);
        const QString name = ticket.details.contactName.isEmpty() ? QStringLiteral("—") : ticket.details.contactName;
        plan.consentBy = name;
        plan.consentHow = m_random.chance(0.7) ? ConsentMethod::Phone : ConsentMethod::InPerson;
        // Agreed before the next version was proposed, if there is one.
        const qint64 nextProposal = start + (end - start) * (number + 1) / 8;
        plan.consentAt = qMin(proposed + m_random.between(5, 90) * 60, number < versions ? nextProposal - 60 : end);
        TicketEvent offered = event(proposed, work.actorId, QStringLiteral("plan"));
        offered.field = QString::number(number);
        offered.oldValue = centsText(plan.totalCents) + QLatin1Char('/') + centsText(plan.customerCents);
        offered.newValue = QStringLiteral("proposed");
        offered.body = plan.cause;
        TicketEvent agreed = offered;
        agreed.at = *plan.consentAt;
        agreed.newValue = QStringLiteral("consented");
        agreed.body = toCode(*plan.consentHow) + QLatin1Char(' ') + name;
        // A first version revised before the customer agreed stays unagreed.
        const bool replaced = number < versions && m_random.chance(0.5);
        events.append(offered);
        if (replaced) {
            plan.consentBy.clear();
            plan.consentHow.reset();
            plan.consentAt.reset();
        } else {
            events.append(agreed);
        }
        plans.append(plan);
    }
    return plans;
}

// A two-hour window on a working hour, the day after `after` in the office's zone.
Visit DemoServiceProcess::visitAt(qint64 after, int number, const Work& work, qint64 technicianId, const QString& address)
{
    const QString language = work.chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const QDate day = QDateTime::fromSecsSinceEpoch(after, zone).date().addDays(1);
    static const QList<int> hours{9, 10, 13, 14, 15, 16};
    Visit visit;
    visit.uuid = work.newUuid();
    visit.visitNo = number;
    visit.technicianId = technicianId;
    visit.address = address;
    visit.timeZone = m_configuration.officeTimeZone;
    visit.windowFrom = QDateTime(day, QTime(m_random.pick(hours), 0), zone).toSecsSinceEpoch();
    visit.windowTo = visit.windowFrom + 2 * kHour;
    if (m_random.chance(0.5) && !m_words.parts.isEmpty()) {
        const DemoPart& part = m_random.pick(m_words.parts);
        visit.parts = (work.chinese ? part.nameZh : part.nameEn) + QStringLiteral(" ×1");
    }
    visit.tools = m_random.pick(m_words.visitTools.value(language));
    visit.travelKm = m_random.between(3, 40);
    visit.travelMinutes = m_random.between(15, 90);
    visit.createdAt = after;
    return visit;
}

// Takes a scheduled visit as far as `until`: en route, on site, then done or not.
void DemoServiceProcess::progress(Visit& visit, qint64 until, bool fails, const Work& work, QList<TicketEvent>& events)
{
    const QString language = work.chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const auto step = [&](VisitStatus to, qint64 at, const QString& body, const QString& field) {
        TicketEvent e = event(at, *visit.technicianId, QStringLiteral("visit"));
        e.field = field.isEmpty() ? QString::number(visit.visitNo) : field;
        e.oldValue = toCode(visit.status);
        e.newValue = toCode(to);
        e.body = body;
        events.append(e);
        visit.status = to;
    };
    // Never before the visit was scheduled (a second visit can be booked for the same hour).
    const qint64 departed = qMax(visit.windowFrom - m_random.between(20, 50) * 60, visit.createdAt + 60);
    if (departed > until)
        return;
    visit.departedAt = departed;
    step(VisitStatus::EnRoute, departed, {}, {});
    const qint64 arrived = qMax(visit.windowFrom + m_random.between(0, 40) * 60, departed + 5 * 60);
    if (arrived > until)
        return;
    visit.arrivedAt = arrived;
    step(VisitStatus::OnSite, arrived, {}, {});
    const qint64 finished = arrived + m_random.between(20, 70) * 60;
    if (finished > until)
        return;
    visit.finishedAt = finished;
    if (fails) {
        visit.failure = m_random.chance(0.6) ? VisitFailure::MissingPart : VisitFailure::CustomerAbsent;
        visit.report = m_random.pick(m_words.visitFailedNotes.value(language));
        step(VisitStatus::CannotComplete, finished, visit.report,
             QString::number(visit.visitNo) + QLatin1Char(':') + toCode(*visit.failure));
    } else {
        visit.report = m_random.pick(m_words.visitDoneNotes.value(language));
        step(VisitStatus::Done, finished, visit.report, {});
    }
}

QList<Visit> DemoServiceProcess::visitsOf(const Ticket& ticket, const Work& work, qint64 technicianId, const QString& address,
                                          QList<TicketEvent>& events)
{
    if (ticket.details.teamCode != QLatin1String("field") || ticket.details.category != Category::Fault
        || !ticket.sla.firstResponseAt || technicianId == 0 || address.isEmpty() || m_words.visitTools.isEmpty())
        return {};
    const qint64 end = ticket.sla.resolvedAt.value_or(m_now);
    QList<Visit> visits;
    qint64 after = *ticket.sla.firstResponseAt;
    const bool secondVisit = m_random.chance(0.2);
    for (int number = 1; number <= (secondVisit ? 2 : 1); ++number) {
        Visit visit = visitAt(after, number, work, technicianId, address);
        // A ticket resolved the same day had its visit the same day, within the hours before.
        if (ticket.sla.resolvedAt && visit.windowFrom + 2 * kHour > end) {
            visit.windowFrom = (after / kHour + 1) * kHour;
            visit.windowTo = visit.windowFrom + 2 * kHour;
            if (visit.windowFrom + 2 * kHour > end)
                break;
        }
        TicketEvent scheduled = event(after, work.actorId, QStringLiteral("visit"));
        scheduled.field = QString::number(number);
        scheduled.newValue = toCode(VisitStatus::Scheduled);
        scheduled.body = QStringLiteral("%1 %2 %3 %4").arg(technicianId).arg(visit.windowFrom).arg(visit.windowTo).arg(visit.timeZone);
        events.append(scheduled);
        progress(visit, end, secondVisit && number == 1, work, events);
        visits.append(visit);
        if (visit.status != VisitStatus::CannotComplete)
            break;
        after = *visit.finishedAt;
    }
    return visits;
}

} // namespace sd
