#include "reports/ServiceFigures.h"

#include "reports/KpiAccumulator.h"
#include "reports/KpiEngine.h"
#include "storage/Sql.h"

#include <QHash>

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
                               complaintsClosed(request, report.figures), costs(request, report)})
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

} // namespace sd
