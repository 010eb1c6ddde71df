#include "Command.h"

#include "reports/AgentPerformance.h"
#include "reports/KpiEngine.h"
#include "reports/ReportExport.h"
#include "reports/ScheduledReportRunner.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

namespace sdctl {
namespace {

// A date means 00:00 of that day in the report's zone; an instant must carry an offset.
std::optional<qint64> parseBoundary(const QString& text, const QTimeZone& zone)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    if (instant.isValid() && (text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+'))
                              || text.lastIndexOf(QLatin1Char('-')) > 10))
        return instant.toSecsSinceEpoch();
    return std::nullopt;
}

template <typename E>
bool readEnum(Command& command, const char* option, std::optional<E>& target)
{
    const QString value = command.parser().value(QString::fromLatin1(option));
    if (value.isEmpty())
        return true;
    target = sd::fromCodeOrLabel<E>(value);
    if (!target)
        command.usageError(QCoreApplication::translate("sdctl", "--%1: unknown value \"%2\"; use one of %3")
                               .arg(QString::fromLatin1(option), value, sd::allCodes<E>().join(QStringLiteral(", "))));
    return target.has_value();
}

bool readRequest(Command& command, sd::ReportRequest& request)
{
    QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("tz"))) {
        request.zone = QTimeZone(parser.value(QStringLiteral("tz")).toUtf8());
        if (!request.zone.isValid())
            return command.usageError(QCoreApplication::translate("sdctl", "--tz: unknown time zone \"%1\"").arg(parser.value(QStringLiteral("tz")))), false;
    }
    for (const char* option : {"from", "to"}) {
        const QString value = parser.value(QString::fromLatin1(option));
        const auto boundary = parseBoundary(value, request.zone);
        if (!boundary)
            return command.usageError(QCoreApplication::translate("sdctl", "--%1: \"%2\" is not a date (YYYY-MM-DD) or an instant with an offset")
                                          .arg(QString::fromLatin1(option), value)), false;
        (qstrcmp(option, "from") == 0 ? request.from : request.to) = *boundary;
    }
    if (request.to <= request.from)
        return command.usageError(QCoreApplication::translate("sdctl", "--to must be after --from")), false;
    const QString bucket = parser.value(QStringLiteral("bucket"));
    const QStringList buckets{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")};
    if (!bucket.isEmpty() && !buckets.contains(bucket))
        return command.usageError(QCoreApplication::translate("sdctl", "--bucket: use day, week or month")), false;
    request.bucket = bucket.isEmpty() ? sd::TrendBucket::Automatic : sd::TrendBucket(buckets.indexOf(bucket) + 1);
    request.filter.team = parser.value(QStringLiteral("team"));
    request.filter.agent = parser.value(QStringLiteral("agent"));
    request.filter.tier = parser.value(QStringLiteral("tier"));
    request.filter.office = parser.value(QStringLiteral("office"));
    return readEnum(command, "category", request.filter.category) && readEnum(command, "channel", request.filter.channel)
        && readEnum(command, "priority", request.filter.priority);
}

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("sdctl", "First day (YYYY-MM-DD, 00:00 in --tz) or an instant."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("sdctl", "End of the period, exclusive."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("tz"), QCoreApplication::translate("sdctl", "Time zone of dates and trend buckets (default: the office's, from the configuration)."), QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("bucket"), QCoreApplication::translate("sdctl", "Trend buckets: day, week or month (default: by period length)."), QStringLiteral("B")});
    for (const char* filter : {"team", "agent", "category", "channel", "tier", "priority", "office"})
        parser.addOption({QString::fromLatin1(filter), QCoreApplication::translate("sdctl", "Only this %1 (a code).").arg(QString::fromLatin1(filter)), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("sdctl", "json, csv or pdf."), QStringLiteral("F"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("sdctl", "Output file (default: standard output for json and csv)."), QStringLiteral("FILE")});
}

int writeOutput(Command& command, const QByteArray& bytes)
{
    const QString path = command.parser().value(QStringLiteral("out"));
    if (path.isEmpty()) {
        command.out() << QString::fromUtf8(bytes);
        command.out().flush();
        return Ok;
    }
    if (sd::Database::isFileOf(command.databasePath(), path))
        return command.failWith(sd::Database::ownFileRefused(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return command.failWith(sd::Error::io(path, file.errorString()));
    return Ok;
}

QString periodText(const sd::ReportRequest& request)
{
    return QStringLiteral("%1 – %2").arg(QDateTime::fromSecsSinceEpoch(request.from, request.zone).date().toString(Qt::ISODate),
                                         QDateTime::fromSecsSinceEpoch(request.to, request.zone).date().addDays(-1).toString(Qt::ISODate));
}

int listScheduled(Command& command, sd::Workspace& workspace)
{
    auto reports = workspace.scheduledReports().list();
    if (!reports)
        return command.failWith(reports.error());
    for (const sd::SavedReport& report : *reports)
        command.out() << QStringLiteral("#%1  %2  %3  %4  %5")
                             .arg(report.id)
                             .arg(report.draft.name, sd::toLabel(report.draft.period), report.ownerName,
                                  report.lastPeriod.isValid()
                                      ? QCoreApplication::translate("sdctl", "last written from %1").arg(report.lastPeriod.toString(Qt::ISODate))
                                      : QCoreApplication::translate("sdctl", "not written yet"))
                      << Qt::endl;
    if (reports->isEmpty())
        command.out() << QCoreApplication::translate("sdctl", "No scheduled reports.") << Qt::endl;
    return Ok;
}

int schedule(Command& command, sd::Workspace& workspace, const QString& name)
{
    const auto period = sd::fromCodeOrLabel<sd::ReportPeriod>(command.parser().value(QStringLiteral("period")));
    if (!period)
        return command.usageError(QCoreApplication::translate("sdctl", "--period: use yesterday, last_week or last_month"));
    sd::SavedReportDraft draft;
    draft.name = name;
    draft.period = *period;
    sd::ReportRequest request;
    request.filter.team = command.parser().value(QStringLiteral("team"));
    request.filter.agent = command.parser().value(QStringLiteral("agent"));
    request.filter.tier = command.parser().value(QStringLiteral("tier"));
    request.filter.office = command.parser().value(QStringLiteral("office"));
    if (!readEnum(command, "category", request.filter.category) || !readEnum(command, "channel", request.filter.channel)
        || !readEnum(command, "priority", request.filter.priority))
        return command.exitCode();
    draft.filter = request.filter;
    auto saved = workspace.scheduledReports().save(draft, command.actorId());
    if (!saved)
        return command.failWith(saved.error());
    command.out() << QCoreApplication::translate("sdctl", "Scheduled #%1: %2; the next run writes %3.")
                         .arg(saved->id)
                         .arg(saved->draft.name, periodText(workspace.scheduledReports().requestFor(*saved)))
                  << Qt::endl;
    return Ok;
}

int runScheduled(Command& command, sd::Workspace& workspace)
{
    const QString folder = command.parser().value(QStringLiteral("folder"));
    if (folder.isEmpty())
        return command.usageError(QCoreApplication::translate("sdctl", "run-scheduled needs --folder DIR"));
    auto outcome = sd::ScheduledReportRunner(workspace, folder).runDue();
    if (!outcome)
        return command.failWith(outcome.error());
    for (const QString& path : outcome->written)
        command.out() << QCoreApplication::translate("sdctl", "Written: %1").arg(path) << Qt::endl;
    for (const QString& failure : outcome->failures)
        command.err() << QCoreApplication::translate("sdctl", "Not written: %1").arg(failure) << Qt::endl;
    if (outcome->written.isEmpty() && outcome->failures.isEmpty())
        command.out() << QCoreApplication::translate("sdctl", "No scheduled report is due.") << Qt::endl;
    return outcome->failures.isEmpty() ? Ok : Failed;
}

// sdctl report schedule|scheduled|unschedule|run-scheduled (docs/REPORTS.md).
int runSchedules(const QStringList& arguments)
{
    Command command(QStringLiteral("report"),
                    QCoreApplication::translate("sdctl",
                       "report schedule NAME --period yesterday|last_week|last_month [filters]: save a report to run once each period is over.\n"
                       "report scheduled: this office's scheduled reports.\n"
                       "report unschedule ID: stop one.\n"
                       "report run-scheduled --folder DIR: write the PDFs of the reports due (run it daily, e.g. by cron or a systemd timer)."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), QCoreApplication::translate("sdctl", "schedule NAME | scheduled | unschedule ID | run-scheduled"));
    parser.addOption({QStringLiteral("period"), QCoreApplication::translate("sdctl", "schedule: yesterday, last_week or last_month."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("folder"), QCoreApplication::translate("sdctl", "run-scheduled: where the PDFs go."), QStringLiteral("DIR")});
    for (const char* filter : {"team", "agent", "category", "channel", "tier", "priority", "office"})
        parser.addOption({QString::fromLatin1(filter), QCoreApplication::translate("sdctl", "Only this %1 (a code).").arg(QString::fromLatin1(filter)), QStringLiteral("CODE")});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool known = ((verb == QLatin1String("schedule") || verb == QLatin1String("unschedule")) && positional.size() == 2)
                       || ((verb == QLatin1String("scheduled") || verb == QLatin1String("run-scheduled")) && positional.size() == 1);
    if (!known)
        return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl report schedule NAME --period P | scheduled | unschedule ID | run-scheduled --folder DIR"));
    auto workspace = command.openWorkspace(verb == QLatin1String("scheduled") ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    // Listing and running them is the schedulers' business too: a run writes office-wide figures and claims their period.
    if (auto allowed = workspace->access().require(command.actorId(), sd::Action::ScheduleReports); !allowed)
        return command.failWith(allowed.error());
    if (verb == QLatin1String("scheduled"))
        return listScheduled(command, *workspace);
    if (verb == QLatin1String("schedule"))
        return schedule(command, *workspace, positional.at(1));
    if (verb == QLatin1String("run-scheduled"))
        return runScheduled(command, *workspace);
    bool isNumber = false;
    const qint64 id = positional.at(1).toLongLong(&isNumber);
    if (!isNumber)
        return command.usageError(QCoreApplication::translate("sdctl", "give the scheduled report's number"));
    if (auto removed = workspace->scheduledReports().remove(id, command.actorId()); !removed)
        return command.failWith(removed.error());
    return listScheduled(command, *workspace);
}

// sdctl report agent LOGIN --from --to: the agent's figures beside their team's.
int runAgentReport(const QStringList& arguments)
{
    Command command(QStringLiteral("report agent"),
                    QCoreApplication::translate("sdctl", "An agent's performance in a period against their team (docs/REPORTS.md)."),
                    arguments.mid(1));
    addOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("LOGIN"), QCoreApplication::translate("sdctl", "The agent's login."));
    if (!command.parse(1))
        return command.exitCode();
    for (const char* required : {"from", "to"})
        if (!command.parser().isSet(QString::fromLatin1(required)))
            return command.usageError(QCoreApplication::translate("sdctl", "--%1 is required").arg(QString::fromLatin1(required)));
    const QString format = command.parser().value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("pdf"))
        return command.usageError(QCoreApplication::translate("sdctl", "--format: use json or pdf"));
    if (format == QLatin1String("pdf") && !command.parser().isSet(QStringLiteral("out")))
        return command.usageError(QCoreApplication::translate("sdctl", "--format pdf needs --out FILE"));
    auto workspace = command.openWorkspace(Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    sd::ReportRequest request;
    request.zone = QTimeZone(workspace->configuration().officeTimeZone.toUtf8());
    if (!readRequest(command, request))
        return command.exitCode();
    const QString login = command.parser().positionalArguments().constFirst();
    if (auto allowed = workspace->access().requireReport(command.actorId(), QString(), login); !allowed)
        return command.failWith(allowed.error());
    auto comparison = sd::AgentPerformance(workspace->database()).compare(login, request);
    if (!comparison)
        return command.failWith(comparison.error());
    if (format == QLatin1String("pdf"))
        return writeAgentPdf(command, *workspace, *comparison);
    return writeOutput(command, QJsonDocument(sd::ReportExport::toJson(*comparison)).toJson(QJsonDocument::Indented));
}

} // namespace

int runReport(const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("agent"))
        return runAgentReport(arguments);
    static const QStringList verbs{QStringLiteral("schedule"), QStringLiteral("scheduled"), QStringLiteral("unschedule"),
                                   QStringLiteral("run-scheduled")};
    if (verbs.contains(arguments.value(0)))
        return runSchedules(arguments);
    Command command(QStringLiteral("report"),
                    QCoreApplication::translate("sdctl", "Computes the quality report of a period (figures, breakdowns, trend, top terms) as defined in "
                       "the KPI definitions, without a display: for scheduled jobs."),
                    arguments);
    addOptions(command.parser());
    if (!command.parse(0))
        return command.exitCode();
    for (const char* required : {"from", "to"})
        if (!command.parser().isSet(QString::fromLatin1(required)))
            return command.usageError(QCoreApplication::translate("sdctl", "--%1 is required").arg(QString::fromLatin1(required)));
    const QString format = command.parser().value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return command.usageError(QCoreApplication::translate("sdctl", "--format: use json, csv or pdf"));
    if (format == QLatin1String("pdf") && !command.parser().isSet(QStringLiteral("out")))
        return command.usageError(QCoreApplication::translate("sdctl", "--format pdf needs --out FILE"));
    sd::ReportRequest request;
    if (!readRequest(command, request))
        return command.exitCode();
    auto workspace = command.openWorkspace(Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    // Without --tz, dates are read in the office's zone, not this computer's.
    if (!command.parser().isSet(QStringLiteral("tz"))) {
        request.zone = QTimeZone(workspace->configuration().officeTimeZone.toUtf8());
        if (!readRequest(command, request))
            return command.exitCode();
    }
    if (auto allowed = workspace->access().requireReport(command.actorId(), request.filter.team, request.filter.agent); !allowed)
        return command.failWith(allowed.error());
    auto report = sd::KpiEngine(workspace->database()).run(request);
    if (!report)
        return command.failWith(report.error());
    if (format == QLatin1String("pdf"))
        return writeReportPdf(command, *workspace, *report);
    if (format == QLatin1String("csv"))
        return writeOutput(command, sd::ReportExport::toCsv(*report));
    return writeOutput(command, QJsonDocument(sd::ReportExport::toJson(*report)).toJson(QJsonDocument::Indented));
}

} // namespace sdctl
