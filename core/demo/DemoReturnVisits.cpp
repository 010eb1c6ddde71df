#include "demo/DemoReturnVisits.h"

#include "process/ReturnVisitPlanner.h"
#include "storage/Sql.h"

#include <QTimeZone>

namespace sd {
namespace {

constexpr int kHistoryDays = 45;

const QStringList kSatisfiedNotes{QStringLiteral("使用正常，客户很满意"), QStringLiteral("Working fine since the repair"),
                                  QStringLiteral("客户表示服务及时，感谢回访"), QStringLiteral("All good, thanked us for calling")};
const QStringList kLeadNotes{QStringLiteral("想再买两台同型号的"), QStringLiteral("Asked for a quote for a second unit"),
                             QStringLiteral("询问延保服务价格"), QStringLiteral("Interested in the extended warranty")};
const QStringList kIssueNotes{QStringLiteral("还是有异响，晚上更明显"), QStringLiteral("Still stops after an hour of use"),
                              QStringLiteral("温度仍然偏高"), QStringLiteral("The error code came back")};

} // namespace

DemoReturnVisits::DemoReturnVisits(Workspace& workspace, DemoRandom& random, QList<qint64> callers, qint64 now)
    : m_workspace(workspace)
    , m_random(random)
    , m_callers(std::move(callers))
    , m_now(now)
    , m_today(QDateTime::fromSecsSinceEpoch(now, QTimeZone(workspace.configuration().officeTimeZone.toUtf8())).date())
{
}

qint64 DemoReturnVisits::instantOn(const QDate& day, int hour, int minute) const
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(m_workspace.configuration().officeTimeZone.toUtf8())).toSecsSinceEpoch();
}

Status DemoReturnVisits::create(int tickets)
{
    if (m_callers.isEmpty())
        return {};
    const int limit = std::clamp(tickets / 20, std::min(tickets, 1), 3000);
    QList<Candidate> found;
    if (auto added = addFollowUps(limit, found); !added)
        return added;
    if (auto added = addFirstUses(limit / 2, found); !added)
        return added;
    for (const Candidate& visit : found) {
        auto id = insert(visit);
        if (!id)
            return fail(id.error());
        if (*id > 0)
            if (auto settled = settle(visit, *id); !settled)
                return settled;
    }
    auto periodic = m_workspace.returnVisits().schedulePeriodic();
    return periodic ? Status{} : fail(periodic.error());
}

// Resolved tickets of the last weeks that the rules follow up: the tier's rule, a low score, a complaint.
Status DemoReturnVisits::addFollowUps(int limit, QList<Candidate>& found) const
{
    const ReturnVisitRules& rules = m_workspace.configuration().service.returnVisits;
    auto query = sql::run(m_workspace.database().connection(),
                          QStringLiteral("SELECT t.id, t.uuid, t.customer_id, t.tier_code, t.category, t.csat_score, t.resolved_at, t.product "
                                         "FROM tickets t WHERE t.resolved_at >= ? AND t.customer_id IS NOT NULL "
                                         "ORDER BY t.resolved_at DESC LIMIT ?"),
                          {m_now - qint64(kHistoryDays) * 86400, limit * 4});
    if (!query)
        return fail(query.error());
    const QTimeZone zone(m_workspace.configuration().officeTimeZone.toUtf8());
    int kept = 0;
    while (query->next() && kept < limit) {
        const ReturnVisitTier* rule = rules.forTier(query->value(3).toString());
        const bool complaint = query->value(4).toString() == toCode(Category::Complaint);
        const bool low = !query->value(5).isNull() && query->value(5).toInt() <= rules.lowScoreAtMost;
        const QString prompted = low ? QStringLiteral("low_score") : complaint ? QStringLiteral("complaint") : QString();
        const int days = !prompted.isEmpty() ? rules.promptDays : rule ? rule->followUpDays : 0;
        if (prompted.isEmpty() && days <= 0)
            continue;
        const QDate resolved = QDateTime::fromSecsSinceEpoch(query->value(6).toLongLong(), zone).date();
        found.append({query->value(2).toLongLong(), query->value(0).toLongLong(),
                      ReturnVisitPlanner::followUpUuid(query->value(1).toString(), 0), ReturnReason::FollowUp, prompted,
                      query->value(7).toString(), resolved.addDays(days)});
        ++kept;
    }
    return {};
}

Status DemoReturnVisits::addFirstUses(int limit, QList<Candidate>& found) const
{
    auto query = sql::run(m_workspace.database().connection(),
                          QStringLiteral("SELECT p.uuid, p.customer_id, c.tier_code, p.product, p.purchased_on FROM purchases p "
                                         "JOIN customers c ON c.id = p.customer_id WHERE p.purchased_on >= ? "
                                         "ORDER BY p.purchased_on DESC, p.id DESC LIMIT ?"),
                          {m_today.addDays(-kHistoryDays).toString(Qt::ISODate), limit * 3});
    if (!query)
        return fail(query.error());
    int kept = 0;
    while (query->next() && kept < limit) {
        const ReturnVisitTier* rule = m_workspace.configuration().service.returnVisits.forTier(query->value(2).toString());
        if (!rule || rule->firstUseDays <= 0)
            continue;
        const QDate bought = QDate::fromString(query->value(4).toString(), Qt::ISODate);
        found.append({query->value(1).toLongLong(), std::nullopt, ReturnVisitPlanner::firstUseUuid(query->value(0).toString()),
                      ReturnReason::FirstUse, QString(), query->value(3).toString(), bought.addDays(rule->firstUseDays)});
        ++kept;
    }
    return {};
}

// Returns the new row's id, or 0 when the visit was already there.
Result<qint64> DemoReturnVisits::insert(const Candidate& visit)
{
    auto inserted = sql::run(m_workspace.database().connection(),
                             QStringLiteral("INSERT INTO return_visits (uuid, customer_id, ticket_id, reason, prompted_by, product, due_on, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
                             {visit.uuid, visit.customerId, sql::nullable(visit.ticketId), toCode(visit.reason), visit.promptedBy,
                              visit.product, visit.dueOn.toString(Qt::ISODate), instantOn(visit.dueOn.addDays(-2), 9, 0)});
    if (!inserted)
        return fail(inserted.error());
    if (inserted->numRowsAffected() == 0)
        return qint64(0);
    auto id = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT id FROM return_visits WHERE uuid = ?"), {visit.uuid});
    if (!id)
        return fail(id.error());
    return id->toLongLong();
}

// Past visits were made, most on their day; today's and some of the last three days' are still open.
Status DemoReturnVisits::settle(const Candidate& visit, qint64 id)
{
    const qint64 lateness = visit.dueOn.daysTo(m_today);
    if (lateness < 1 || (lateness <= 3 && m_random.chance(0.4)))
        return {};
    const qint64 caller = m_random.pick(m_callers);
    if (lateness <= 3 && m_random.chance(0.15))
        return recordIssue(visit, id, caller);
    const QDate made = std::min(visit.dueOn.addDays(m_random.chance(0.15) ? m_random.between(1, 2) : 0), m_today.addDays(-1));
    const double roll = m_random.unit();
    const ReturnOutcome outcome = roll < 0.82 ? ReturnOutcome::Satisfied : roll < 0.9 ? ReturnOutcome::NewNeed : ReturnOutcome::Unreachable;
    const bool unreachable = outcome == ReturnOutcome::Unreachable;
    const QVariant score = outcome == ReturnOutcome::Satisfied ? QVariant(int(m_random.between(4, 5)))
                           : outcome == ReturnOutcome::NewNeed ? QVariant(int(m_random.between(3, 5)))
                                                               : QVariant();
    const QString notes = unreachable ? QString() : m_random.pick(outcome == ReturnOutcome::NewNeed ? kLeadNotes : kSatisfiedNotes);
    auto updated = sql::run(m_workspace.database().connection(),
                            QStringLiteral("UPDATE return_visits SET outcome = ?, made_at = ?, made_by = ?, attempts = ?, satisfaction = ?, "
                                           "notes = ?, sales_lead = ?, updated_by = ? WHERE id = ?"),
                            {toCode(outcome), instantOn(made, int(m_random.between(9, 17)), int(m_random.between(0, 59))), caller,
                             unreachable ? 3 : 1, score, notes, outcome == ReturnOutcome::NewNeed ? 1 : 0, caller, id});
    return updated ? Status{} : fail(updated.error());
}

// Through the service, as an agent would: the ticket reopened, or a new one for a first-use visit.
Status DemoReturnVisits::recordIssue(const Candidate& visit, qint64 id, qint64 caller)
{
    ReturnVisitRecord record;
    record.outcome = ReturnOutcome::IssuePersists;
    record.notes = m_random.pick(kIssueNotes);
    record.satisfaction = int(m_random.between(1, 3));
    record.then = visit.ticketId ? ReturnVisitRecord::Then::Reopen : ReturnVisitRecord::Then::NewTicket;
    auto made = m_workspace.returnVisits().record(id, 1, record, caller);
    // A ticket the demo left past reopening (a merged duplicate) simply keeps its visit open.
    if (!made && made.error().code == Error::Code::Storage)
        return fail(made.error());
    return {};
}

} // namespace sd
