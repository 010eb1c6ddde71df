#include "demo/DemoServiceProcess.h"

#include "process/ComplaintService.h"
#include "process/ComplaintStore.h"
#include "common/Money.h"
#include "tickets/Workflow.h"

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

} // namespace sd
