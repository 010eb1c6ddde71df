#include "Command.h"

#include "reports/AgentPerformanceDocument.h"
#include "reports/KpiEngine.h"
#include "reports/ReportDocument.h"
#include "reports/ReportLabels.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace sdctl {

// The printable report needs the desktop client's layout (charts are graphics
// widgets); main() starts an offscreen QApplication for this command.
int writeReportPdf(Command& command, sd::Workspace& workspace, const sd::KpiReport& report)
{
    auto previous = sd::KpiEngine(workspace.database()).run(report.request.previous());
    if (!previous)
        return command.failWith(previous.error());
    const sd::ReportLabels labels = sd::ReportLabels::fromWorkspace(workspace, &report);
    const QString path = command.parser().value(QStringLiteral("out"));
    if (sd::Database::isFileOf(workspace.database().path(), path))
        return command.failWith(sd::Database::ownFileRefused(path));
    if (auto written = sd::ReportDocument::writePdf(report, &*previous, labels, path); !written)
        return command.failWith(written.error());
    return Ok;
}

int writeAgentPdf(Command& command, sd::Workspace& workspace, const sd::AgentComparison& comparison)
{
    const QString path = command.parser().value(QStringLiteral("out"));
    if (sd::Database::isFileOf(workspace.database().path(), path))
        return command.failWith(sd::Database::ownFileRefused(path));
    if (auto written = sd::AgentPerformanceDocument::writePdf(comparison, sd::ReportLabels::fromWorkspace(workspace), path); !written)
        return command.failWith(written.error());
    return Ok;
}

} // namespace sdctl
