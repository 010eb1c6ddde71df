#include "Command.h"

#include "sla/BusinessCalendar.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace sdctl {
namespace {

// Instants must say which zone they are in: an offset or Z.
std::optional<qint64> parseInstant(const QString& text)
{
    static const QRegularExpression zoned(QStringLiteral(R"((Z|[+-]\d\d:?\d\d)$)"));
    if (!zoned.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toSecsSinceEpoch();
}

std::optional<qint64> instantOption(Command& command, const char* name)
{
    const QString value = command.parser().value(QString::fromLatin1(name));
    auto instant = parseInstant(value);
    if (!instant)
        command.usageError(QCoreApplication::translate("sdctl", "--%1: \"%2\" is not an ISO 8601 instant with an offset or Z "
                              "(e.g. 2026-10-08T09:30:00+08:00)").arg(QString::fromLatin1(name), value));
    return instant;
}

int printDue(Command& command, const sd::BusinessCalendar& calendar)
{
    auto start = instantOption(command, "start");
    if (!start)
        return command.exitCode();
    bool ok = false;
    const qint64 minutes = command.parser().value(QStringLiteral("minutes")).toLongLong(&ok);
    if (!ok || minutes < 0)
        return command.usageError(QCoreApplication::translate("sdctl", "--minutes: \"%1\" is not a whole number of minutes (0 or more)")
                                      .arg(command.parser().value(QStringLiteral("minutes"))));
    const qint64 due = calendar.dueAfter(*start, minutes * 60);
    if (due == sd::BusinessCalendar::kUnreachable)
        return command.failWith(sd::Error::invalid(QStringLiteral("minutes"),
                                                   QCoreApplication::translate("sdctl", "the calendar has not enough working time to reach this target")));
    command.out() << QDateTime::fromSecsSinceEpoch(due, calendar.timeZone()).toString(Qt::ISODate) << Qt::endl;
    return Ok;
}

int printElapsed(Command& command, const sd::BusinessCalendar& calendar)
{
    auto from = instantOption(command, "from");
    if (!from)
        return command.exitCode();
    auto to = instantOption(command, "to");
    if (!to)
        return command.exitCode();
    command.out() << calendar.businessSecondsBetween(*from, *to) << Qt::endl;
    return Ok;
}

// Writes the SLA warnings and breaches that have fallen due to the timelines
// (the desktop client does this every minute while it is open).
int sweep(Command& command)
{
    if (!command.parse(0))
        return command.exitCode();
    // The sweep is the desk's own minute job: whoever may open the database runs it.
    auto workspace = command.openWorkspace(Command::Access::Write, Command::Person::Nobody);
    if (!workspace)
        return command.exitCode();
    qint64 total = 0;
    for (;;) {
        auto recorded = workspace->tickets().recordSlaEvents();
        if (!recorded)
            return command.failWith(recorded.error());
        total += *recorded;
        if (*recorded == 0)
            break;
    }
    command.out() << QCoreApplication::translate("sdctl", "%1 ticket(s) got SLA warnings or breaches on their timeline").arg(total)
                  << Qt::endl;
    // Tickets waiting in teams that assign automatically, to agents at a desk and Available.
    qint64 assigned = 0;
    for (;;) {
        auto given = workspace->tickets().assignWaiting();
        if (!given)
            return command.failWith(given.error());
        assigned += *given;
        if (*given < sd::TicketService::kWaitingPerPass)
            break;
    }
    command.out() << QCoreApplication::translate("sdctl", "Waiting tickets assigned automatically: %1").arg(assigned) << Qt::endl;
    return Ok;
}

} // namespace

int runSla(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    Command command(QStringLiteral("sla ") + verb,
                    QCoreApplication::translate("sdctl", "sla due: prints the instant a target of N business minutes from --start falls due.\n"
                       "sla elapsed: prints the business seconds between --from and --to.\n"
                       "sla sweep: writes the SLA warnings and breaches that have fallen due to the ticket timelines, and gives "
                       "waiting tickets of teams that assign automatically to their available agents."),
                    arguments.mid(1));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("calendar"), QCoreApplication::translate("sdctl", "Calendar JSON file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("start"), QCoreApplication::translate("sdctl", "Start instant (sla due)."), QStringLiteral("ISO8601")});
    parser.addOption({QStringLiteral("minutes"), QCoreApplication::translate("sdctl", "Target in business minutes (sla due)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("sdctl", "Start instant (sla elapsed)."), QStringLiteral("ISO8601")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("sdctl", "End instant (sla elapsed)."), QStringLiteral("ISO8601")});
    if (verb == QLatin1String("sweep"))
        return sweep(command);
    if (verb != QLatin1String("due") && verb != QLatin1String("elapsed"))
        return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl sla due|elapsed --calendar FILE ... or sdctl sla sweep"));
    if (!command.parse(0))
        return command.exitCode();
    const QStringList required = verb == QLatin1String("due")
        ? QStringList{QStringLiteral("calendar"), QStringLiteral("start"), QStringLiteral("minutes")}
        : QStringList{QStringLiteral("calendar"), QStringLiteral("from"), QStringLiteral("to")};
    for (const QString& option : required)
        if (!parser.isSet(option))
            return command.usageError(QCoreApplication::translate("sdctl", "--%1 is required").arg(option));
    auto calendar = sd::BusinessCalendar::fromFile(parser.value(QStringLiteral("calendar")));
    if (!calendar)
        return command.failWith(calendar.error());
    return verb == QLatin1String("due") ? printDue(command, *calendar) : printElapsed(command, *calendar);
}

} // namespace sdctl
