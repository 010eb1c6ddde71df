#pragma once

#include "common/Error.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QHash>

#include <functional>

namespace sd {

// Computes the quality report of a period exactly as the KPI definitions say,
// from the SLA figures stored on each ticket when things happened: one
// indexed pass over the tickets created in the period (C) and one over those
// resolved in it (R). Safe to run on a worker thread (its own connection).
class KpiEngine
{
public:
    // Percent done; return false to cancel.
    using Progress = std::function<bool(int percent)>;

    explicit KpiEngine(Database database);

    Result<KpiReport> run(const ReportRequest& request, const Progress& progress = {}) const;
    // Only created, resolved, backlog_end, sla_resolution_pct and csat_avg, by
    // plain SQL aggregates (the cheapest way to get them).
    Result<KpiFigures> headline(const ReportRequest& request) const;

private:
    struct Scan;
    Result<QHash<qint64, QString>> logins() const;
    Status scanOthers(const ReportRequest& request, Scan& resolved, class TermCounter& previous, qint64& backlog) const;
    KpiReport assemble(const ReportRequest& request, Scan& scan, const TermCounter& previous) const;
    Status scanCreated(const ReportRequest& request, Scan& scan, const Progress& progress) const;
    Status scanResolved(const ReportRequest& request, Scan& scan) const;
    Result<qint64> backlogAt(const ReportRequest& request) const;
    Status countTerms(const ReportRequest& request, class TermCounter& counter) const;

    Database m_database;

public:
    // " AND ..." conditions on tickets aliased t for a filter, appending their values.
    static QString filterSql(const ReportFilter& filter, QVariantList& values);
};

} // namespace sd
