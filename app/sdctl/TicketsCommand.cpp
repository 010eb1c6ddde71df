#include "Command.h"
#include "TerminalText.h"

#include "queue/QueueQuery.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sdctl {
namespace {

QString instantText(const std::optional<qint64>& instant)
{
    return instant ? QDateTime::fromSecsSinceEpoch(*instant).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

void printRows(Command& command, const QList<sd::QueueRow>& rows)
{
    QTextStream& out = command.out();
    out << cell(QCoreApplication::translate("sdctl", "NUMBER"), 16) << ' '
        << cell(QCoreApplication::translate("sdctl", "STATUS"), 20) << ' '
        << cell(QCoreApplication::translate("sdctl", "PRI"), 4) << ' '
        << cell(QCoreApplication::translate("sdctl", "DUE"), 17) << ' '
        << cell(QCoreApplication::translate("sdctl", "CUSTOMER"), 24) << ' '
        << QCoreApplication::translate("sdctl", "SUBJECT") << Qt::endl;
    for (const sd::QueueRow& row : rows)
        out << cell(row.number, 16) << ' ' << cell(sd::toCode(row.status), 20) << ' ' << cell(sd::toCode(row.priority), 4)
            << ' '
            << cell(row.pausedSince ? QCoreApplication::translate("sdctl", "paused") : instantText(row.nextDue), 17) << ' '
            << cell(row.customerName, 24) << ' ' << cell(row.subject, 60).trimmed() << Qt::endl;
}

int listQueue(Command& command, sd::QueueRequest request, const QString& defaultQueue)
{
    QCommandLineParser& parser = command.parser();
    const QString queueCode = parser.isSet(QStringLiteral("queue")) ? parser.value(QStringLiteral("queue")) : defaultQueue;
    auto queue = sd::QueueQuery::queueFromCode(queueCode);
    if (!queue)
        return command.usageError(QCoreApplication::translate("sdctl", "--queue: unknown queue \"%1\"; use open, mine, unassigned, at-risk, breached, "
                                     "pending, pending-customer, resolved or all").arg(queueCode));
    request.queue = *queue;
    if (parser.isSet(QStringLiteral("sort"))) {
        request.sort = sd::QueueQuery::sortFromCode(parser.value(QStringLiteral("sort")));
        if (!request.sort)
            return command.usageError(QCoreApplication::translate("sdctl", "--sort: unknown column \"%1\"; use due, number, created, updated, priority, "
                                         "status or resolved").arg(parser.value(QStringLiteral("sort"))));
        request.descending = parser.isSet(QStringLiteral("desc"));
    }
    bool ok = false;
    request.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || request.limit <= 0)
        return command.usageError(QCoreApplication::translate("sdctl", "--limit: give a positive number"));
    auto workspace = command.openWorkspace(Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    if (command.actorId() != sd::AccessControl::kIntake)
        request.me = command.actorId();
    const qint64 now = workspace->clock().now();
    auto rows = workspace->queues().page(request, now);
    if (!rows)
        return command.failWith(rows.error());
    auto total = workspace->queues().count(request, now);
    if (!total)
        return command.failWith(total.error());
    printRows(command, *rows);
    command.out() << QCoreApplication::translate("sdctl", "%1 of %2 ticket(s)").arg(rows->size()).arg(*total) << Qt::endl;
    return Ok;
}

} // namespace

int runTickets(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (isTicketWriteVerb(verb))
        return runTicketWrite(verb, arguments.mid(1));
    Command command(QStringLiteral("tickets ") + verb,
                    QCoreApplication::translate("sdctl", "tickets list: shows a queue.\ntickets search TEXT: finds tickets by number, phone, or words of "
                       "subject, description or customer name."),
                    arguments.mid(1));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("queue"), QCoreApplication::translate("sdctl", "open, mine, unassigned, at-risk, breached, pending, pending-customer, "
                                                  "resolved, all (default: open; all for search)."), QStringLiteral("QUEUE")});
    parser.addOption({QStringLiteral("sort"), QCoreApplication::translate("sdctl", "due, number, created, updated, priority, status, resolved."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("desc"), QCoreApplication::translate("sdctl", "Sort descending.")});
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("sdctl", "At most N tickets."), QStringLiteral("N"), QStringLiteral("50")});
    if (verb == QLatin1String("list")) {
        if (!command.parse(0))
            return command.exitCode();
        return listQueue(command, {}, QStringLiteral("open"));
    }
    if (verb == QLatin1String("search")) {
        command.parser().addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("sdctl", "What to look for."));
        if (!command.parse(1))
            return command.exitCode();
        sd::QueueRequest request;
        request.search = parser.positionalArguments().first();
        return listQueue(command, request, QStringLiteral("all"));
    }
    return command.usageError(QCoreApplication::translate("sdctl", "use: sdctl tickets list|search|create|show|update|comment|status|assign|escalate|resolve|csat ..."));
}

} // namespace sdctl
