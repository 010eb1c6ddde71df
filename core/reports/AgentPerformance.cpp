#include "reports/AgentPerformance.h"

#include "people/UserDirectory.h"

#include <cmath>

namespace sd {
namespace {

std::optional<double> count(qint64 value)
{
    return double(value);
}

// Figures are given to 2 decimals (shared/KPI.md "Period and clocks").
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

// The first run is the agent's (their few tickets), the second the team's.
KpiEngine::Progress share(const KpiEngine::Progress& progress, int base, int span)
{
    if (!progress)
        return {};
    return [=](int percent) { return progress(base + percent * span / 100); };
}

} // namespace

QList<PerformanceRow> AgentComparison::rows() const
{
    const KpiFigures& a = agent;
    const KpiFigures& t = team;
    return {
        {QStringLiteral("created"), count(a.created), teamCreatedPerAgent},
        {QStringLiteral("resolved"), count(a.resolved), teamResolvedPerAgent},
        {QStringLiteral("frt_median_min"), a.frtMedianMin, t.frtMedianMin},
        {QStringLiteral("resolution_median_min"), a.resolutionMedianMin, t.resolutionMedianMin},
        {QStringLiteral("sla_first_response_pct"), a.slaFirstResponsePct, t.slaFirstResponsePct},
        {QStringLiteral("sla_resolution_pct"), a.slaResolutionPct, t.slaResolutionPct},
        {QStringLiteral("fcr_pct"), a.fcrPct, t.fcrPct},
        {QStringLiteral("reopen_pct"), a.reopenPct, t.reopenPct},
        {QStringLiteral("csat_avg"), a.csatAvg, t.csatAvg},
        {QStringLiteral("csat_satisfied_pct"), a.csatSatisfiedPct, t.csatSatisfiedPct},
        {QStringLiteral("qa_reviews"), count(a.qaReviews), teamReviewsPerAgent},
        {QStringLiteral("iqs"), a.iqs, t.iqs},
    };
}

AgentPerformance::AgentPerformance(Database database)
    : m_database(std::move(database))
{
}

Result<AgentComparison> AgentPerformance::compare(const QString& login, const ReportRequest& period,
                                                  const KpiEngine::Progress& progress) const
{
    auto user = UserDirectory(m_database).byLogin(login);
    if (!user)
        return fail(user.error());
    AgentComparison comparison;
    comparison.login = login;
    comparison.teamCode = user->teamCode;
    comparison.request = period;
    comparison.request.filter = ReportFilter{};
    comparison.request.filter.agent = login;
    // The page shows neither the top terms nor the backlog: both runs spare them.
    comparison.request.withTerms = false;
    comparison.request.withBacklog = false;
    ReportRequest teamRequest = comparison.request;
    teamRequest.filter = ReportFilter{};
    teamRequest.filter.team = user->teamCode;
    const KpiEngine engine(m_database);
    auto mine = engine.run(comparison.request, share(progress, 0, 30));
    if (!mine)
        return fail(mine.error());
    auto team = engine.run(teamRequest, share(progress, 30, 70));
    if (!team)
        return fail(team.error());
    comparison.agent = mine->figures;
    comparison.team = team->figures;
    averagePerAgent(*team, comparison);
    return comparison;
}

// Unassigned tickets (key "") belong to no agent, so they count in neither
// the sums nor the number of agents.
void AgentPerformance::averagePerAgent(const KpiReport& team, AgentComparison& comparison)
{
    qint64 created = 0, resolved = 0, reviews = 0;
    for (const Breakdown& breakdown : team.breakdowns) {
        if (breakdown.name != QLatin1String("by_agent"))
            continue;
        for (const BreakdownRow& row : breakdown.rows) {
            if (row.key.isEmpty())
                continue;
            ++comparison.teamAgents;
            created += row.created;
            resolved += row.resolved;
            reviews += row.qaReviews;
        }
    }
    if (comparison.teamAgents == 0)
        return;
    const double agents = double(comparison.teamAgents);
    comparison.teamCreatedPerAgent = rounded(created / agents);
    comparison.teamResolvedPerAgent = rounded(resolved / agents);
    comparison.teamReviewsPerAgent = rounded(reviews / agents);
}

} // namespace sd
