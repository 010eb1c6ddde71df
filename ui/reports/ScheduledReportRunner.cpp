#include "reports/ScheduledReportRunner.h"

#include "reports/KpiEngine.h"
#include "reports/ReportDocument.h"
#include "reports/ReportLabels.h"

#include <QDateTime>
#include <QDir>

namespace sd {

ScheduledReportRunner::ScheduledReportRunner(Workspace& workspace, QString folder)
    : m_workspace(workspace)
    , m_folder(std::move(folder))
{
}

QString ScheduledReportRunner::fileNameFor(const SavedReport& report, const ReportRequest& request)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(request.from, request.zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(request.to, request.zone).date().addDays(-1);
    QString name = report.draft.name;
    // A name typed by a supervisor must not leave the folder or upset a file system.
    for (QChar& c : name)
        if (QStringLiteral("/\\\\:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return QStringLiteral("%1 %2 – %3.pdf").arg(name, first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

// The owner's right to read the report is checked at each run: a supervisor
// who moved team or left no longer gets it.
Status ScheduledReportRunner::requireOwnerMayRead(const SavedReport& report) const
{
    return m_workspace.access().requireReport(report.ownerId.value_or(0), report.draft.filter.team, report.draft.filter.agent);
}

Result<ScheduledReportRunner::Computed> ScheduledReportRunner::compute(Database database, const ReportRequest& request)
{
    const KpiEngine engine(database);
    auto current = engine.run(request);
    if (!current)
        return fail(current.error());
    auto previous = engine.run(request.previous());
    if (!previous)
        return fail(previous.error());
    return Computed{std::move(*current), std::move(*previous)};
}

Result<QString> ScheduledReportRunner::writePdf(const SavedReport& report, const Computed& figures)
{
    if (!QDir().mkpath(m_folder))
        return fail(Error::io(m_folder, tr("the folder cannot be created")));
    const QString path = QDir(m_folder).filePath(fileNameFor(report, figures.current.request));
    if (auto written = ReportDocument::writePdf(figures.current, &figures.previous, ReportLabels::fromWorkspace(m_workspace, &figures.current),
                                                path);
        !written)
        return fail(written.error());
    return path;
}

Result<QString> ScheduledReportRunner::runNow(const SavedReport& report)
{
    return runClaimed(report, m_workspace.scheduledReports().latestPeriod(report));
}

Result<QString> ScheduledReportRunner::runClaimed(const SavedReport& report, const QDate& first)
{
    if (auto allowed = requireOwnerMayRead(report); !allowed)
        return fail(allowed.error());
    auto figures = compute(m_workspace.database(), m_workspace.scheduledReports().requestFor(report, first));
    if (!figures)
        return fail(figures.error());
    return writePdf(report, *figures);
}

Result<ScheduledReportRunner::Outcome> ScheduledReportRunner::runDue(std::optional<qint64> ownerId)
{
    auto due = m_workspace.scheduledReports().due(ownerId);
    if (!due)
        return fail(due.error());
    Outcome outcome;
    for (const SavedReport& report : *due) {
        const QDate first = m_workspace.scheduledReports().latestPeriod(report);
        auto claimed = m_workspace.scheduledReports().claim(report, first);
        if (!claimed)
            return fail(claimed.error());
        if (!*claimed)
            continue; // another runner has it
        auto written = runClaimed(report, first);
        if (written) {
            outcome.written.append(*written);
            continue;
        }
        outcome.failures.append(QStringLiteral("%1: %2").arg(report.draft.name, written.error().message));
        if (auto released = m_workspace.scheduledReports().release(report); !released)
            return fail(released.error());
    }
    return outcome;
}

} // namespace sd
