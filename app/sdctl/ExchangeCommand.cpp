#include "Command.h"
#include "TerminalProgress.h"

#include "exchange/TicketExporter.h"
#include "exchange/TicketImporter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace sdctl {
namespace {

constexpr int kProblemsShown = 50;

// "import tickets FILE" / "export tickets FILE": the only kind there is so far.
bool checkWhat(Command& command)
{
    if (command.parser().positionalArguments().constFirst() == QLatin1String("tickets"))
        return true;
    command.usageError(QCoreApplication::translate("sdctl", "unknown kind \"%1\"; use: tickets").arg(command.parser().positionalArguments().constFirst()));
    return false;
}

void printProblems(Command& command, const sd::ImportReport& report)
{
    QTextStream& err = command.err();
    const qsizetype shown = std::min<qsizetype>(report.problems.size(), kProblemsShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const sd::ImportProblem& problem = report.problems.at(i);
        err << (problem.column.isEmpty() ? QCoreApplication::translate("sdctl", "line %1: %2").arg(problem.line).arg(problem.reason)
                                         : QCoreApplication::translate("sdctl", "line %1, %2: %3").arg(problem.line).arg(problem.column, problem.reason))
            << Qt::endl;
    }
    if (report.problemCount > shown)
        err << QCoreApplication::translate("sdctl", "... and %1 more problems").arg(report.problemCount - shown) << Qt::endl;
}

int reportImport(Command& command, const sd::ImportReport& report, const QString& rejectsPath, bool checkOnly,
                 double seconds)
{
    printProblems(command, report);
    if (report.rows == 0 && report.problemCount > 0) // the header itself is wrong
        return Failed;
    if (checkOnly) {
        command.out() << QCoreApplication::translate("sdctl", "%1 rows read (%2): %3 good, %4 with problems; nothing written")
                             .arg(report.rows).arg(report.encoding).arg(report.valid).arg(report.rejected)
                      << Qt::endl;
        return report.rejected > 0 ? Failed : Ok;
    }
    if (!report.committed) {
        command.err() << QCoreApplication::translate("sdctl", "Nothing imported: %1 of %2 rows have problems. Fix them, or import the good rows with "
                            "--skip-bad REJECTS.csv.").arg(report.rejected).arg(report.rows)
                      << Qt::endl;
        return Failed;
    }
    command.out() << QCoreApplication::translate("sdctl", "Imported %1 tickets (%2) in %3 s").arg(report.imported).arg(report.encoding)
                         .arg(seconds, 0, 'f', 1)
                  << Qt::endl;
    if (report.rejected > 0)
        command.out() << (rejectsPath.isEmpty() ? QCoreApplication::translate("sdctl", "%1 rows left out").arg(report.rejected)
                                                : QCoreApplication::translate("sdctl", "%1 rows left out, written with their reason to %2")
                                                      .arg(report.rejected).arg(rejectsPath))
                      << Qt::endl;
    return Ok;
}

} // namespace

int runImport(const QStringList& arguments)
{
    Command command(QStringLiteral("import"),
                    QCoreApplication::translate("sdctl", "Imports tickets from a CSV file (header row; columns: number, customer, tier, channel, "
                       "category, priority, subject, assignee, team, created_at, first_response_at, resolved_at, "
                       "closed_at, reopen_count, agent_replies, csat). Nothing is imported if any row is bad, "
                       "unless --skip-bad is given.\nUsage: sdctl import tickets FILE.csv"),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("encoding"), QCoreApplication::translate("sdctl", "utf-8 or gb18030 (default: detected)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("skip-bad"), QCoreApplication::translate("sdctl", "Import the good rows; write the bad ones with a reason column to REJECTS."),
                      QStringLiteral("REJECTS")});
    parser.addOption({QStringLiteral("check"), QCoreApplication::translate("sdctl", "Check every row as an import would, and write nothing.")});
    if (!command.parse(2) || !checkWhat(command))
        return command.exitCode();
    sd::ImportOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.skipBad = parser.isSet(QStringLiteral("skip-bad"));
    options.rejectsPath = parser.value(QStringLiteral("skip-bad"));
    options.validateOnly = parser.isSet(QStringLiteral("check"));
    auto workspace = command.openWorkspace(options.validateOnly ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    options.actorId = command.actorId();
    sd::TicketImporter importer(*workspace);
    TerminalProgress bar(QCoreApplication::translate("sdctl", "import"));
    QElapsedTimer timer;
    timer.start();
    auto report = importer.importFile(parser.positionalArguments().at(1), options, [&](qint64 done, qint64 total) {
        bar.update(done, total);
        return true;
    });
    bar.finish();
    if (!report)
        return command.failWith(report.error());
    return reportImport(command, *report, options.rejectsPath, options.validateOnly, timer.elapsed() / 1000.0);
}

int runExport(const QStringList& arguments)
{
    Command command(QStringLiteral("export"),
                    QCoreApplication::translate("sdctl", "Exports all tickets to a CSV file that 'sdctl import tickets' reads back (UTF-8 with BOM).\n"
                       "Usage: sdctl export tickets FILE.csv"),
                    arguments);
    if (!command.parse(2) || !checkWhat(command))
        return command.exitCode();
    auto workspace = command.openWorkspace(Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    sd::TicketExporter exporter(*workspace, command.actorId());
    TerminalProgress bar(QCoreApplication::translate("sdctl", "export"));
    QElapsedTimer timer;
    timer.start();
    const QString path = command.parser().positionalArguments().at(1);
    auto written = exporter.exportFile(path, [&](qint64 done, qint64 total) {
        bar.update(done, total);
        return true;
    });
    bar.finish();
    if (!written)
        return command.failWith(written.error());
    command.out() << QCoreApplication::translate("sdctl", "Exported %1 tickets to %2 in %3 s").arg(*written).arg(path).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return Ok;
}

} // namespace sdctl
