#include "demo/DemoTicketLife.h"

#include "tickets/SlaClock.h"

#include <algorithm>

namespace sd {
namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

} // namespace

DemoTicketLife::DemoTicketLife(DemoRandom& random, const DemoWords& words, qint64 now)
    : m_random(random)
    , m_words(words)
    , m_now(now)
{
}

QString DemoTicketLife::line(const QHash<QString, QStringList>& lists, const QString& key)
{
    const QStringList& items = lists.value(key);
    return items.isEmpty() ? QString() : m_random.pick(items);
}

TicketEvent DemoTicketLife::event(qint64 at, qint64 actor, const char* kind) const
{
    TicketEvent e;
    e.at = at;
    if (actor > 0)
        e.actorId = actor;
    e.kind = QString::fromLatin1(kind);
    return e;
}

void DemoTicketLife::moveTo(Ticket& ticket, TicketStatus to, qint64 at, qint64 actor, const QString& body)
{
    TicketEvent e = event(at, actor, "status");
    e.oldValue = toCode(ticket.status);
    e.newValue = toCode(to);
    e.body = body;
    m_events->append(e);
    ticket.status = to;
    m_last = at;
}

void DemoTicketLife::simulate(Ticket& ticket, const BusinessCalendar& calendar, const Cast& cast,
                              QList<TicketEvent>& events)
{
    m_calendar = &calendar;
    m_events = &events;
    m_cast = cast;
    m_last = ticket.sla.createdAt;
    ticket.status = TicketStatus::New;
    TicketEvent created = event(ticket.sla.createdAt, cast.creatorId, "created");
    created.newValue = ticket.number;
    events.append(created);
    // Each step runs only if the previous one has happened by now.
    if (assign(ticket) && respond(ticket) && maybePause(ticket) && resolve(ticket) && maybeReopen(ticket))
        closeAndSurvey(ticket);
    // The warnings and breaches a sweep would have written as time passed.
    SlaClock(calendar).recordCrossed(ticket.sla, m_now, events);
    ticket.updatedAt = m_last;
}

bool DemoTicketLife::assign(Ticket& ticket)
{
    const qint64 at = ticket.sla.createdAt + m_random.between(2 * kMinute, 25 * kMinute);
    if (!happened(at))
        return false;
    TicketEvent e = event(at, m_cast.creatorId, "assignment");
    e.newValue = QString::number(m_cast.assigneeId);
    m_events->append(e);
    ticket.assigneeId = m_cast.assigneeId;
    moveTo(ticket, TicketStatus::Assigned, at, m_cast.creatorId);
    return true;
}

bool DemoTicketLife::respond(Ticket& ticket)
{
    // Most answers come well inside the target; about one in ten is late.
    const double share = std::min(m_random.exponential(0.45), 3.0);
    const qint64 delay = std::max<qint64>(kMinute, qint64(share * ticket.sla.firstResponseTargetMin * kMinute));
    const qint64 at = std::max(m_calendar->dueAfter(ticket.sla.createdAt, delay), m_last + kMinute);
    if (!happened(at))
        return false;
    SlaClock(*m_calendar).respond(ticket.sla, at);
    TicketEvent reply = event(at, m_cast.assigneeId, "comment");
    reply.body = line(m_words.publicReplies, m_cast.chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    reply.isPublic = true;
    m_events->append(reply);
    ticket.agentPublicReplies = 1;
    moveTo(ticket, TicketStatus::InProgress, at, m_cast.assigneeId);
    if (m_random.chance(0.3)) {
        TicketEvent note = event(at + m_random.between(5 * kMinute, 2 * kHour), m_cast.assigneeId, "comment");
        note.body = line(m_words.internalNotes, m_cast.chinese ? QStringLiteral("zh") : QStringLiteral("en"));
        if (happened(note.at)) {
            m_events->append(note);
            m_last = note.at;
        }
    }
    if (ticket.details.category == Category::Fault && m_random.chance(0.2)) {
        TicketEvent up = event(m_last + m_random.between(10 * kMinute, 3 * kHour), m_cast.assigneeId, "escalation");
        up.oldValue = toCode(SupportLevel::L1);
        up.newValue = toCode(SupportLevel::L2);
        if (happened(up.at)) {
            m_events->append(up);
            ticket.level = SupportLevel::L2;
            m_last = up.at;
        }
    }
    return true;
}

bool DemoTicketLife::maybePause(Ticket& ticket)
{
    if (!m_random.chance(ticket.details.category == Category::Fault ? 0.25 : 0.12))
        return true;
    const qint64 start = m_last + m_random.between(10 * kMinute, 4 * kHour);
    if (!happened(start))
        return false;
    const TicketStatus waiting = m_random.chance(0.7) ? TicketStatus::PendingCustomer : TicketStatus::PendingThirdParty;
    SlaClock(*m_calendar).pause(ticket.sla, start);
    moveTo(ticket, waiting, start, m_cast.assigneeId);
    const qint64 end = start + m_random.between(1 * kHour, 3 * kDay);
    if (!happened(end))
        return false;
    SlaClock(*m_calendar).resume(ticket.sla, end);
    moveTo(ticket, TicketStatus::InProgress, end, m_cast.assigneeId);
    return true;
}

bool DemoTicketLife::resolve(Ticket& ticket)
{
    const double share = std::clamp(m_random.exponential(0.5), 0.05, 4.0);
    const qint64 business = qint64(share * ticket.sla.resolutionTargetMin * kMinute) + ticket.sla.pausedBusinessS;
    qint64 at = m_calendar->dueAfter(ticket.sla.createdAt, business);
    if (at <= m_last + kMinute)
        at = m_calendar->dueAfter(m_last, m_random.between(15, 120) * kMinute);
    // First-contact resolution for most; the rest need a few more replies.
    const int moreReplies = m_random.chance(0.6) ? 0 : int(m_random.between(1, 3));
    for (int i = 1; i <= moreReplies; ++i) {
        TicketEvent reply = event(m_last + (at - m_last) * i / (moreReplies + 1), m_cast.assigneeId, "comment");
        if (!happened(reply.at))
            break;
        reply.body = line(m_words.publicReplies, m_cast.chinese ? QStringLiteral("zh") : QStringLiteral("en"));
        reply.isPublic = true;
        m_events->append(reply);
        ticket.agentPublicReplies += 1;
    }
    if (!happened(at))
        return false;
    ticket.solution = line(m_words.solutions, m_cast.chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    SlaClock(*m_calendar).resolve(ticket.sla, at);
    moveTo(ticket, TicketStatus::Resolved, at, m_cast.assigneeId, ticket.solution);
    return true;
}

bool DemoTicketLife::maybeReopen(Ticket& ticket)
{
    if (!m_random.chance(0.04))
        return true;
    const qint64 reopened = m_last + m_random.between(4 * kHour, 3 * kDay);
    if (!happened(reopened))
        return true;
    SlaClock(*m_calendar).reopen(ticket.sla, reopened);
    ticket.reopenCount += 1;
    moveTo(ticket, TicketStatus::InProgress, reopened, m_cast.assigneeId);
    const qint64 again = m_calendar->dueAfter(reopened, m_random.between(30, 480) * kMinute);
    if (!happened(again))
        return false;
    SlaClock(*m_calendar).resolve(ticket.sla, again);
    moveTo(ticket, TicketStatus::Resolved, again, m_cast.assigneeId, ticket.solution);
    return true;
}

void DemoTicketLife::closeAndSurvey(Ticket& ticket)
{
    const qint64 resolvedAt = m_last;
    if (m_random.chance(0.55)) {
        const qint64 surveyed = resolvedAt + m_random.between(1 * kHour, 2 * kDay);
        if (happened(surveyed)) {
            // Customers whose SLA was missed are markedly less satisfied.
            const bool late = ticket.sla.resolutionDue && resolvedAt > *ticket.sla.resolutionDue;
            const std::vector<double> onTime{2, 3, 10, 30, 55}, breached{15, 20, 25, 25, 15};
            const int score = 1 + m_random.weighted(late ? breached : onTime);
            ticket.csatScore = score;
            const QString key = QString::number(score) + (m_cast.chinese ? QStringLiteral("/zh") : QStringLiteral("/en"));
            ticket.csatComment = m_random.chance(0.4) ? line(m_words.csatComments, key) : QString();
            TicketEvent survey = event(surveyed, 0, "survey");
            survey.newValue = QString::number(score);
            survey.body = ticket.csatComment;
            m_events->append(survey);
            m_last = std::max(m_last, surveyed);
        }
    }
    const qint64 closing = resolvedAt + 3 * kDay;
    if (happened(closing)) {
        ticket.closedAt = closing;
        moveTo(ticket, TicketStatus::Closed, closing, 0);
    }
}


} // namespace sd
