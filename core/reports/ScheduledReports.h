#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "reports/ReportRequest.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace sd {

// What a supervisor saves: a name, the filters, and the period each run covers.
struct SavedReportDraft
{
    QString name;
    ReportPeriod period = ReportPeriod::LastMonth;
    ReportFilter filter;
};

struct SavedReport
{
    qint64 id = 0;
    QString uuid;
    SavedReportDraft draft;
    std::optional<qint64> ownerId;
    QString ownerName;
    QString officeCode;
    QDate lastPeriod; // the first day of the last period written
    std::optional<qint64> lastRunAt;
};

// Scheduled reports (docs/REPORTS.md): each runs once its period is over
// (yesterday's every day, last week's on Mondays, last month's on the 1st),
// at the office that saved it, by whichever runner comes first (`sdctl report
// run-scheduled`, or a desk of the owner that is open); the first run after
// saving writes the latest period already over.
class ScheduledReports
{
    Q_DECLARE_TR_FUNCTIONS(sd::ScheduledReports)

public:
    ScheduledReports(Database database, const Configuration& configuration, Clock clock);

    Result<SavedReport> save(const SavedReportDraft& draft, qint64 actorId);
    // Any supervisor of this office may remove one of its scheduled reports.
    Status remove(qint64 id, qint64 actorId);
    // This office's saved reports, by name.
    Result<QList<SavedReport>> list() const;
    // Those whose latest period over has not been written (of one owner, if given).
    Result<QList<SavedReport>> due(std::optional<qint64> ownerId = std::nullopt) const;
    // The first day of the latest period over (the office's today decides).
    QDate latestPeriod(const SavedReport& report) const;
    // The report request of the period starting `first` (default: the latest over), in the office's zone.
    ReportRequest requestFor(const SavedReport& report, const QDate& first = {}) const;
    // Takes the period starting `first` for this runner; false when another runner took it first.
    Result<bool> claim(const SavedReport& report, const QDate& first);
    // Gives a claimed period back when its PDF could not be written.
    Status release(const SavedReport& report);

private:
    QDate firstDayOfLatestPeriod(ReportPeriod period) const;
    QTimeZone zone() const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
