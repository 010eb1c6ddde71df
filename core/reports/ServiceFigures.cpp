#include "reports/ServiceFigures.h"

#include "reports/KpiAccumulator.h"
#include "reports/KpiEngine.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <tuple>
#include <vector>

namespace sd {
namespace {

std::optional<double> shareOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return KpiAccumulator::round2(100.0 * double(part) / double(whole));
}

double units(qint64 cents)
{
    return KpiAccumulator::round2(double(cents) / 100.0);
}

// Costs of R by kind, in the order of CostKind.
struct CostTotals
{
    qint64 total = 0;
    qint64 charged = 0;
    std::array<qint64, 4> byKind{};
};

} // namespace

ServiceFigures::ServiceFigures(Database database)
    : m_database(std::move(database))
{
}

Status ServiceFigures::fill(const ReportRequest& request, KpiReport& report) const
{
    for (const Status& done : {complaintsCreated(request, report), complaintDeadlines(request, report.figures),
                               complaintsClosed(request, report.figures), costs(request, report),
                               returnVisits(request, report.figures), costByProduct(request, report), costTrend(request, report),
                               qualityReviews(request, report)})
        if (!done)
            return done;
    return {};
}

Status ServiceFigures::complaintsCreated(const ReportRequest& request, KpiReport& report) const
{
    QVariantList values{toCode(Category::Complaint), request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COALESCE(t.complaint_cause, ''), COUNT(*) FROM tickets t "
                                         "WHERE t.category = ? AND t.created_at >= ? AND t.created_at < ?")
                              + filter + QStringLiteral(" GROUP BY COALESCE(t.complaint_cause, '') ORDER BY 1"),
                          values);
    if (!query)
        return fail(query.error());
    QList<CauseRow> rows;
    while (query->next()) {
        const QString cause = query->value(0).toString();
        rows.append({cause.isEmpty() ? QStringLiteral("none") : cause, query->value(1).toLongLong(), std::nullopt});
        report.figures.complaintsCreated += rows.last().created;
    }
    for (CauseRow& row : rows)
        row.pct = shareOf(row.created, report.figures.complaintsCreated);
    std::sort(rows.begin(), rows.end(), [](const CauseRow& a, const CauseRow& b) { return a.key < b.key; });
    report.byComplaintCause = rows;
    return {};
}

// Complaints of CC with a known closing deadline that are closed or whose
// deadline is before the period's end (as sla_resolution_pct counts).
Status ServiceFigures::complaintDeadlines(const ReportRequest& request, KpiFigures& figures) const
{
    QVariantList values{request.to, toCode(Category::Complaint), request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN t.resolved_at <= c.closing_due THEN 1 ELSE 0 END) "
                                         "FROM tickets t JOIN complaints c ON c.ticket_id = t.id "
                                         "WHERE (t.resolved_at IS NOT NULL OR c.closing_due < ?) "
                                         "AND t.category = ? AND t.created_at >= ? AND t.created_at < ?")
                              + filter,
                          values);
    if (!query)
        return fail(query.error());
    query->next();
    figures.complaintDeadlinePct = shareOf(query->value(1).toLongLong(), query->value(0).toLongLong());
    return {};
}

Status ServiceFigures::complaintsClosed(const ReportRequest& request, KpiFigures& figures) const
{
    QVariantList values{toCode(Category::Complaint), request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.resolution_business_s, c.remedy_cents FROM tickets t "
                                         "LEFT JOIN complaints c ON c.ticket_id = t.id "
                                         "WHERE t.category = ? AND t.resolved_at >= ? AND t.resolved_at < ?")
                              + filter,
                          values);
    if (!query)
        return fail(query.error());
    std::vector<double> minutes;
    qint64 remedies = 0;
    while (query->next()) {
        ++figures.complaintsClosed;
        if (!query->value(0).isNull())
            minutes.push_back(query->value(0).toDouble() / 60.0);
        remedies += query->value(1).toLongLong();
    }
    figures.complaintCloseMedianMin = KpiAccumulator::percentile(minutes, 50);
    if (figures.complaintsClosed > 0)
        figures.remedyAmountTotal = units(remedies);
    return {};
}

// Every line not voided of each ticket of R, whenever it was recorded. The
// lines are read from R's tickets through the resolution index; how many of R
// each category has comes from the by_category breakdown already counted.
Status ServiceFigures::costs(const ReportRequest& request, KpiReport& report) const
{
    QVariantList values{request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.category, l.kind, SUM(l.amount_cents), SUM(l.charged_cents) "
                                         "FROM tickets t JOIN cost_lines l ON l.ticket_id = t.id AND l.voided = 0 "
                                         "WHERE t.resolved_at >= ? AND t.resolved_at < ?")
                              + filter + QStringLiteral(" GROUP BY t.category, l.kind"),
                          values);
    if (!query)
        return fail(query.error());
    CostTotals all;
    QHash<QString, qint64> byCategory;
    while (query->next()) {
        const qint64 amount = query->value(2).toLongLong();
        all.total += amount;
        all.charged += query->value(3).toLongLong();
        if (const auto kind = fromCode<CostKind>(query->value(1).toString()))
            all.byKind.at(size_t(*kind)) += amount;
        byCategory[query->value(0).toString()] += amount;
    }
    for (const Breakdown& breakdown : report.breakdowns)
        if (breakdown.name == QLatin1String("by_category"))
            for (const BreakdownRow& row : breakdown.rows)
                if (row.resolved > 0) {
                    const qint64 total = byCategory.value(row.key);
                    report.costByCategory.append({row.key, row.resolved, units(total),
                                                  KpiAccumulator::round2(double(total) / 100.0 / double(row.resolved))});
                }
    KpiFigures& f = report.figures;
    if (f.resolved == 0)
        return {};
    f.costTotal = units(all.total);
    f.costPerResolved = KpiAccumulator::round2(double(all.total) / 100.0 / double(f.resolved));
    f.costChargedTotal = units(all.charged);
    if (all.total == 0)
        return {};
    f.costLabourPct = shareOf(all.byKind[0], all.total);
    f.costPartsPct = shareOf(all.byKind[1], all.total);
    f.costTransportPct = shareOf(all.byKind[2], all.total);
    f.costOtherPct = shareOf(all.byKind[3], all.total);
    return {};
}

// The first day whose start (in the report's zone) is at or after an instant:
// a due date "falls in the period" when its 00:00 does.
static QDate firstDayFrom(qint64 instant, const QTimeZone& zone)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(instant, zone).date();
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch() >= instant ? day : day.addDays(1);
}

// Visits due in the period, read row by row (a period's visits, never the
// table); a filter of the report applies through the visit's ticket, the tier
// filter through the customer, so a ticket filter leaves out the visits that
// follow no ticket.
Status ServiceFigures::returnVisits(const ReportRequest& request, KpiFigures& figures) const
{
    const QDate first = firstDayFrom(request.from, request.zone);
    const QDate end = firstDayFrom(request.to, request.zone);
    QVariantList values{first.toString(Qt::ISODate), end.toString(Qt::ISODate)};
    ReportFilter ticketFilter = request.filter;
    ticketFilter.tier.clear();
    QString filter = KpiEngine::filterSql(ticketFilter, values);
    if (!request.filter.tier.isEmpty()) {
        filter += QStringLiteral(" AND c.tier_code = ?");
        values.append(request.filter.tier);
    }
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT r.due_on, r.outcome, r.made_at FROM return_visits r "
                                         "JOIN customers c ON c.id = r.customer_id LEFT JOIN tickets t ON t.id = r.ticket_id "
                                         "WHERE r.due_on >= ? AND r.due_on < ?")
                              + filter,
                          values);
    if (!query)
        return fail(query.error());
    qint64 due = 0, done = 0, onTime = 0, issues = 0;
    const QString unreachable = toCode(ReturnOutcome::Unreachable);
    const QString persists = toCode(ReturnOutcome::IssuePersists);
    const QString newNeed = toCode(ReturnOutcome::NewNeed);
    while (query->next()) {
        ++due;
        const QString outcome = query->value(1).toString();
        if (query->value(1).isNull() || outcome == unreachable)
            continue;
        ++done;
        const QDate dueOn = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        if (QDateTime::fromSecsSinceEpoch(query->value(2).toLongLong(), request.zone).date() <= dueOn)
            ++onTime;
        if (outcome == persists || outcome == newNeed)
            ++issues;
    }
    figures.visitsDue = due;
    figures.visitsDone = done;
    figures.visitsOnTimePct = shareOf(onTime, due);
    figures.visitsIssuePct = shareOf(issues, done);
    return {};
}

// Over R by product: how many were resolved and what they cost; the
// kProductRows that cost most (then the most resolved, then by name).
Status ServiceFigures::costByProduct(const ReportRequest& request, KpiReport& report) const
{
    QVariantList values{request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT TRIM(COALESCE(t.product, '')), COUNT(*), SUM(COALESCE((SELECT SUM(l.amount_cents) FROM cost_lines l "
                                         "WHERE l.ticket_id = t.id AND l.voided = 0), 0)) FROM tickets t "
                                         "WHERE t.resolved_at >= ? AND t.resolved_at < ?")
                              + filter + QStringLiteral(" GROUP BY TRIM(COALESCE(t.product, ''))"),
                          values);
    if (!query)
        return fail(query.error());
    struct Product
    {
        QString key;
        qint64 resolved = 0;
        qint64 cents = 0;
    };
    std::vector<Product> products;
    while (query->next())
        products.push_back({query->value(0).toString().trimmed(), query->value(1).toLongLong(), query->value(2).toLongLong()});
    std::sort(products.begin(), products.end(), [](const Product& a, const Product& b) {
        return std::tuple(-a.cents, -a.resolved, a.key) < std::tuple(-b.cents, -b.resolved, b.key);
    });
    for (const Product& product : products) {
        if (report.costByProduct.size() == kProductRows)
            break;
        report.costByProduct.append({product.key, product.resolved, units(product.cents),
                                     KpiAccumulator::round2(double(product.cents) / 100.0 / double(product.resolved))});
    }
    return {};
}

// Each trend bucket's resolved tickets and what they cost, read ticket by
// ticket over R (the period's resolved tickets, never the table).
Status ServiceFigures::costTrend(const ReportRequest& request, KpiReport& report) const
{
    if (report.trend.isEmpty())
        return {};
    std::vector<qint64> starts;
    for (const TrendRow& row : std::as_const(report.trend))
        starts.push_back(QDateTime(row.bucket, QTime(0, 0), request.zone).toSecsSinceEpoch());
    QVariantList values{request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.resolved_at, SUM(l.amount_cents) FROM tickets t "
                                         "JOIN cost_lines l ON l.ticket_id = t.id AND l.voided = 0 "
                                         "WHERE t.resolved_at >= ? AND t.resolved_at < ?")
                              + filter + QStringLiteral(" GROUP BY t.id, t.resolved_at"),
                          values);
    if (!query)
        return fail(query.error());
    std::vector<qint64> cents(starts.size(), 0);
    while (query->next()) {
        const auto after = std::upper_bound(starts.begin(), starts.end(), query->value(0).toLongLong());
        if (after != starts.begin())
            cents[size_t(after - starts.begin() - 1)] += query->value(1).toLongLong();
    }
    for (qsizetype i = 0; i < report.trend.size(); ++i) {
        TrendRow& row = report.trend[i];
        if (row.resolved == 0)
            continue;
        row.costTotal = units(cents[size_t(i)]);
        row.costPerResolved = KpiAccumulator::round2(double(cents[size_t(i)]) / 100.0 / double(row.resolved));
    }
    return {};
}

// Reviews completed in the period (reviewed_at in [from, to)), calibration
// ones left out; the filters go through the reviewed ticket (the agent filter
// through its assignee, whom sampling drew it for), by_agent through the agent reviewed.
Status ServiceFigures::qualityReviews(const ReportRequest& request, KpiReport& report) const
{
    QVariantList values{request.from, request.to};
    const QString filter = KpiEngine::filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COALESCE(u.login, ''), q.score, q.critical_fail FROM qa_reviews q "
                                         "JOIN tickets t ON t.id = q.ticket_id LEFT JOIN users u ON u.id = q.agent_id "
                                         "WHERE q.calibration = 0 AND q.reviewed_at >= ? AND q.reviewed_at < ?")
                              + filter,
                          values);
    if (!query)
        return fail(query.error());
    struct Sum
    {
        qint64 count = 0;
        double scores = 0;
    };
    Sum all;
    qint64 criticalFails = 0;
    QHash<QString, Sum> byAgent;
    while (query->next()) {
        const double score = query->value(1).toDouble();
        ++all.count;
        all.scores += score;
        criticalFails += query->value(2).toInt() != 0 ? 1 : 0;
        Sum& agent = byAgent[query->value(0).toString()];
        ++agent.count;
        agent.scores += score;
    }
    report.figures.qaReviews = all.count;
    if (all.count > 0)
        report.figures.iqs = KpiAccumulator::round2(all.scores / double(all.count));
    report.figures.qaCriticalFailPct = shareOf(criticalFails, all.count);
    for (Breakdown& breakdown : report.breakdowns) {
        if (breakdown.name != QLatin1String("by_agent"))
            continue;
        // An agent reviewed in the period whose tickets were all older still gets a row.
        for (auto it = byAgent.begin(); it != byAgent.end(); ++it)
            if (std::none_of(breakdown.rows.begin(), breakdown.rows.end(), [&](const BreakdownRow& row) { return row.key == it.key(); }))
                breakdown.rows.append({it.key(), 0, 0, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 0, std::nullopt});
        std::sort(breakdown.rows.begin(), breakdown.rows.end(), [](const BreakdownRow& a, const BreakdownRow& b) { return a.key < b.key; });
        for (BreakdownRow& row : breakdown.rows) {
            const Sum agent = byAgent.value(row.key);
            row.qaReviews = agent.count;
            if (agent.count > 0)
                row.iqs = KpiAccumulator::round2(agent.scores / double(agent.count));
        }
    }
    return {};
}

} // namespace sd
