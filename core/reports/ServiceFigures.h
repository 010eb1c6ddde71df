#pragma once

#include "common/Error.h"
#include "reports/Report.h"
#include "storage/Database.h"

namespace sd {

// The complaint, service-cost, return-visit and quality-inspection figures of a report (shared/KPI.md,
// "Complaints", "Service cost", "Return visits"), by SQL aggregates over the period's
// complaints and the cost lines of R. Runs after the report's scans: the
// figures of R and its by_category breakdown must be in the report already.
class ServiceFigures
{
public:
    explicit ServiceFigures(Database database);
    Status fill(const ReportRequest& request, KpiReport& report) const;

private:
    Status complaintsCreated(const ReportRequest& request, KpiReport& report) const;
    Status complaintDeadlines(const ReportRequest& request, KpiFigures& figures) const;
    Status complaintsClosed(const ReportRequest& request, KpiFigures& figures) const;
    Status costs(const ReportRequest& request, KpiReport& report) const;
    Status returnVisits(const ReportRequest& request, KpiFigures& figures) const;
    Status costByProduct(const ReportRequest& request, KpiReport& report) const;
    Status costTrend(const ReportRequest& request, KpiReport& report) const;
    Status qualityReviews(const ReportRequest& request, KpiReport& report) const;

public:
    static constexpr int kProductRows = 20;

    Database m_database;
};

} // namespace sd
