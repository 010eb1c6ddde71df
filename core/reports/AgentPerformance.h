#pragma once

#include "common/Error.h"
#include "reports/KpiEngine.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

// One figure of an agent's page: the agent's value and the team's
// (docs/REPORTS.md "Agent performance").
struct PerformanceRow
{
    QString key; // the KPI definition's key, e.g. "fcr_pct"
    std::optional<double> agent;
    std::optional<double> team;
};

// An agent's figures of a period beside their team's. Rates and times of the
// team are measured over all the team's tickets; counts are the team's mean
// per agent, over the agents who worked on the team's tickets in the period.
struct AgentComparison
{
    QString login;
    QString teamCode; // empty: the agent has no team, so every ticket is the team
    ReportRequest request; // the period, filtered to the agent
    KpiFigures agent;
    KpiFigures team;
    qint64 teamAgents = 0; // the named by_agent rows of the team's report
    std::optional<double> teamCreatedPerAgent, teamResolvedPerAgent, teamReviewsPerAgent;

    // created, resolved, frt_median_min, resolution_median_min,
    // sla_first_response_pct, sla_resolution_pct, fcr_pct, reopen_pct,
    // csat_avg, csat_satisfied_pct, qa_reviews, iqs, in that order.
    QList<PerformanceRow> rows() const;
};

// Builds an agent's performance page from two runs of the quality report:
// one filtered to the agent, one to their team.
class AgentPerformance
{
public:
    explicit AgentPerformance(Database database);

    // The period of `period` (its filters are replaced); an unknown login is refused.
    Result<AgentComparison> compare(const QString& login, const ReportRequest& period,
                                    const KpiEngine::Progress& progress = {}) const;

private:
    static void averagePerAgent(const KpiReport& team, AgentComparison& comparison);

    Database m_database;
};

} // namespace sd
