#include "Command.h"

#include "queue/QueueQuery.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QString instantText(const std::optional<qint64>& instant)
{
    return instant ? QDateTime::fromSecsSinceEpoch(*instant).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString clipped(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

void printRows(Command& command, const QList<sd::QueueRow>& rows)
{
    QTextStream& out = command.out();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(tr("NUMBER"), -16)
               .arg(tr("STATUS"), -20)
               .arg(tr("PRI"), -4)
               .arg(tr("DUE"), -17)
               .arg(tr("CUSTOMER"), -20)
               .arg(tr("SUBJECT"))
        << Qt::endl;
    for (const sd::QueueRow& row : rows)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(row.number, -16)
                   .arg(sd::toCode(row.status), -20)
                   .arg(sd::toCode(row.priority), -4)
                   .arg(row.pausedSince ? tr("paused") : instantText(row.nextDue), -17)
                   .arg(clipped(row.customerName, 20), -20)
                   .arg(clipped(row.subject, 60))
            << Qt::endl;
}

int listQueue(Command& command, sd::QueueRequest request, const QString& defaultQueue)
{
    QCommandLineParser& parser = command.parser();
    const QString queueCode = parser.isSet(QStringLiteral("queue")) ? parser.value(QStringLiteral("queue")) : defaultQueue;
    auto queue = sd::QueueQuery::queueFromCode(queueCode);
    if (!queue)
        return command.usageError(tr("--queue: unknown queue \"%1\"; use open, mine, unassigned, at-risk, breached, "
                                     "pending, pending-customer, resolved or all").arg(queueCode));
    request.queue = *queue;
    if (parser.isSet(QStringLiteral("sort"))) {
        request.sort = sd::QueueQuery::sortFromCode(parser.value(QStringLiteral("sort")));
        if (!request.sort)
            return command.usageError(tr("--sort: unknown column \"%1\"; use due, number, created, updated, priority, "
                                         "status or resolved").arg(parser.value(QStringLiteral("sort"))));
        request.descending = parser.isSet(QStringLiteral("desc"));
    }
    bool ok = false;
    request.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || request.limit <= 0)
        return command.usageError(tr("--limit: give a positive number"));
    auto workspace = command.openWorkspace();
    if (!workspace)
        return command.exitCode();
    if (parser.isSet(QStringLiteral("user"))) {
        auto user = workspace->users().byLogin(parser.value(QStringLiteral("user")));
        if (!user)
            return command.failWith(user.error());
        request.me = user->id;
    }
    const qint64 now = workspace->clock().now();
    auto rows = workspace->queues().page(request, now);
    if (!rows)
        return command.failWith(rows.error());
    auto total = workspace->queues().count(request, now);
    if (!total)
        return command.failWith(total.error());
    printRows(command, *rows);
    command.out() << tr("%1 of %2 ticket(s)").arg(rows->size()).arg(*total) << Qt::endl;
    return Ok;
}

} // namespace

int runTickets(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    Command command(QStringLiteral("tickets ") + verb,
                    tr("tickets list: shows a queue.\ntickets search TEXT: finds tickets by number, phone, or words of "
                       "subject, description or customer name."),
                    arguments.mid(1));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("queue"), tr("open, mine, unassigned, at-risk, breached, pending, pending-customer, "
                                                  "resolved, all (default: open; all for search)."), QStringLiteral("QUEUE")});
    parser.addOption({QStringLiteral("sort"), tr("due, number, created, updated, priority, status, resolved."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("desc"), tr("Sort descending.")});
    parser.addOption({QStringLiteral("limit"), tr("At most N tickets."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("user"), tr("The user for the \"mine\" queue."), QStringLiteral("LOGIN")});
    if (verb == QLatin1String("list")) {
        if (!command.parse(0))
            return command.exitCode();
        return listQueue(command, {}, QStringLiteral("open"));
    }
    if (verb == QLatin1String("search")) {
        command.parser().addPositionalArgument(QStringLiteral("TEXT"), tr("What to look for."));
        if (!command.parse(1))
            return command.exitCode();
        sd::QueueRequest request;
        request.search = parser.positionalArguments().first();
        return listQueue(command, request, QStringLiteral("all"));
    }
    return command.usageError(tr("use: sdctl tickets list|search ..."));
}

} // namespace sdctl
