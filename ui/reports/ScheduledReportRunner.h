#pragma once

#include "reports/Report.h"
#include "reports/ScheduledReports.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace sd {

// Writes the PDFs of the scheduled reports that are due (docs/REPORTS.md)
// into a folder: each claimed first, so that two runners never write the same
// period twice, and given back when its PDF could not be written.
class ScheduledReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(sd::ScheduledReportRunner)

public:
    struct Outcome
    {
        QStringList written;  // paths of the PDFs written
        QStringList failures; // "name: what went wrong"
    };

    // The figures of a report's latest period and of the one before.
    struct Computed
    {
        KpiReport current;
        KpiReport previous;
    };

    ScheduledReportRunner(Workspace& workspace, QString folder);
    // Any thread (the desktop computes off the window's thread); the database
    // hands each thread its own connection.
    static Result<Computed> compute(Database database, const ReportRequest& request);
    // The owner may read it; then the PDF is drawn (the window's thread only).
    Result<QString> writePdf(const SavedReport& report, const Computed& figures);
    // Claimed, computed and written: one period, worked out once.
    Result<QString> runClaimed(const SavedReport& report, const QDate& first);
    QString folder() const { return m_folder; }
    // Runs the due reports (of one owner, if given).
    Result<Outcome> runDue(std::optional<qint64> ownerId = std::nullopt);
    // Writes one report's latest period now, whether due or not.
    Result<QString> runNow(const SavedReport& report);
    // "Monthly quality 2026-11-01 – 2026-11-30.pdf" (the last day inclusive).
    static QString fileNameFor(const SavedReport& report, const ReportRequest& request);

    Status requireOwnerMayRead(const SavedReport& report) const;

private:

    Workspace& m_workspace;
    QString m_folder;
};

} // namespace sd
