// sdctl visits due|list|record|schedule: return visits (docs/RETURN-VISITS.md),
// the calls back to customers after a purchase, after a ticket, or every so
// often. Technicians' visits are `sdctl dispatch`.
#include "Command.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QJsonObject visitJson(const sd::ReturnVisit& v)
{
    QJsonObject object{{QStringLiteral("id"), v.id},
                       {QStringLiteral("customer"), v.customerCode},
                       {QStringLiteral("name"), v.customerName},
                       {QStringLiteral("phone"), v.customerPhone},
                       {QStringLiteral("tier"), v.tierCode},
                       {QStringLiteral("reason"), sd::toCode(v.reason)},
                       {QStringLiteral("due"), v.dueOn.toString(Qt::ISODate)},
                       {QStringLiteral("attempts"), v.attempts},
                       {QStringLiteral("outcome"), v.outcome ? QJsonValue(sd::toCode(*v.outcome)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("sales_lead"), v.salesLead}};
    if (!v.ticketNumber.isEmpty())
        object.insert(QStringLiteral("ticket"), v.ticketNumber);
    if (!v.promptedBy.isEmpty())
        object.insert(QStringLiteral("prompted_by"), v.promptedBy);
    if (v.retryOn.isValid())
        object.insert(QStringLiteral("retry"), v.retryOn.toString(Qt::ISODate));
    if (v.satisfaction)
        object.insert(QStringLiteral("satisfaction"), *v.satisfaction);
    if (!v.notes.isEmpty())
        object.insert(QStringLiteral("notes"), v.notes);
    if (!v.resultTicketNumber.isEmpty())
        object.insert(QStringLiteral("result_ticket"), v.resultTicketNumber);
    return object;
}

QString visitLine(const sd::ReturnVisit& v)
{
    QStringList parts{QStringLiteral("#%1").arg(v.id), v.nextOn().toString(Qt::ISODate), sd::toLabel(v.reason),
                      v.customerCode + QLatin1Char(' ') + v.customerName, v.customerPhone};
    if (!v.ticketNumber.isEmpty())
        parts.append(v.ticketNumber);
    if (v.attempts > 0 && v.isOpen())
        parts.append(tr("tried %1 times").arg(v.attempts));
    if (v.outcome)
        parts.append(sd::toLabel(*v.outcome));
    if (!v.resultTicketNumber.isEmpty())
        parts.append(tr("→ %1").arg(v.resultTicketNumber));
    if (v.salesLead)
        parts.append(tr("sales lead"));
    return parts.join(QStringLiteral("  "));
}

int printVisits(Command& command, const QList<sd::ReturnVisit>& visits, const QString& none)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::ReturnVisit& v : visits)
            list.append(visitJson(v));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::ReturnVisit& v : visits)
        command.out() << visitLine(v) << Qt::endl;
    if (visits.isEmpty())
        command.out() << none << Qt::endl;
    return Ok;
}

std::optional<sd::ReturnVisitRecord::Then> thenOf(const QString& text)
{
    using Then = sd::ReturnVisitRecord::Then;
    static const QMap<QString, Then> known{{QString(), Then::Nothing}, {QStringLiteral("reopen"), Then::Reopen},
                                           {QStringLiteral("new-ticket"), Then::NewTicket}, {QStringLiteral("lead"), Then::SalesLead}};
    if (!known.contains(text))
        return std::nullopt;
    return known.value(text);
}

int list(Command& command, sd::Workspace& workspace)
{
    const QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("customer"))) {
        auto customer = workspace.customers().byCode(parser.value(QStringLiteral("customer")));
        if (!customer)
            return command.failWith(customer.error());
        auto visits = workspace.returnVisits().ofCustomer(customer->id);
        return visits ? printVisits(command, *visits, tr("No return visits for this customer.")) : command.failWith(visits.error());
    }
    const sd::ReturnQueue which = parser.isSet(QStringLiteral("made"))    ? sd::ReturnQueue::Made
                                  : parser.isSet(QStringLiteral("leads")) ? sd::ReturnQueue::Leads
                                                                          : sd::ReturnQueue::Upcoming;
    auto visits = workspace.returnVisits().queue(which);
    return visits ? printVisits(command, *visits, tr("No return visits.")) : command.failWith(visits.error());
}

int record(Command& command, sd::Workspace& workspace, const QStringList& positional)
{
    const QCommandLineParser& parser = command.parser();
    bool isNumber = false;
    const qint64 id = positional.at(1).toLongLong(&isNumber);
    const auto outcome = sd::fromCodeOrLabel<sd::ReturnOutcome>(positional.at(2));
    const auto then = thenOf(parser.value(QStringLiteral("then")));
    if (!isNumber || !outcome)
        return command.usageError(tr("give the visit's number and the outcome (satisfied, issue_persists, new_need, unreachable)"));
    if (!then)
        return command.usageError(tr("--then: reopen, new-ticket or lead"));
    sd::ReturnVisitRecord what;
    what.outcome = *outcome;
    what.then = *then;
    what.notes = parser.value(QStringLiteral("notes"));
    what.newTicketSubject = parser.value(QStringLiteral("subject"));
    if (parser.isSet(QStringLiteral("score"))) {
        bool scoreIsNumber = false;
        what.satisfaction = parser.value(QStringLiteral("score")).toInt(&scoreIsNumber);
        if (!scoreIsNumber)
            return command.usageError(tr("--score: a whole number from 1 to 5"));
    }
    auto visit = workspace.returnVisits().get(id);
    if (!visit)
        return command.failWith(visit.error());
    auto recorded = workspace.returnVisits().record(id, visit->version, what, command.actorId());
    if (!recorded)
        return command.failWith(recorded.error());
    return printVisits(command, {*recorded}, QString());
}

} // namespace

int runReturnVisits(const QStringList& arguments)
{
    Command command(QStringLiteral("visits"),
                    tr("visits due: return visits due today or overdue (calls back to customers).\n"
                       "visits list [--customer CODE | --made | --leads]: the next 14 days' visits, a customer's, "
                       "those made in the last 30 days, or the sales leads noted.\n"
                       "visits record ID OUTCOME [--then reopen|new-ticket|lead] [--notes TEXT] [--score 1-5] [--subject TEXT]: "
                       "what the call found (OUTCOME: satisfied, issue_persists, new_need, unreachable).\n"
                       "visits schedule: give top-tier customers their next periodic visit (run daily, e.g. by cron)."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("due | list | record ID OUTCOME | schedule"));
    parser.addOptions({{QStringLiteral("customer"), tr("list: this customer's visits."), QStringLiteral("CODE")},
                       {QStringLiteral("made"), tr("list: the visits made in the last 30 days.")},
                       {QStringLiteral("leads"), tr("list: the sales leads noted in the last 30 days.")},
                       {QStringLiteral("then"), tr("record: reopen (the ticket), new-ticket, or lead."), QStringLiteral("WHAT")},
                       {QStringLiteral("notes"), tr("record: what the customer said."), QStringLiteral("TEXT")},
                       {QStringLiteral("score"), tr("record: the customer's satisfaction, 1 to 5."), QStringLiteral("N")},
                       {QStringLiteral("subject"), tr("record: a new ticket's subject (default: the notes)."), QStringLiteral("TEXT")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool known = ((verb == QLatin1String("due") || verb == QLatin1String("list") || verb == QLatin1String("schedule"))
                        && positional.size() == 1)
                       || (verb == QLatin1String("record") && positional.size() == 3);
    if (!known)
        return command.usageError(tr("use: sdctl visits due | list | record ID OUTCOME | schedule"));
    const bool writes = verb == QLatin1String("record") || verb == QLatin1String("schedule");
    auto workspace = command.openWorkspace(writes ? Command::Access::Write : Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("due")) {
        auto visits = workspace->returnVisits().queue(sd::ReturnQueue::Due);
        return visits ? printVisits(command, *visits, tr("No return visits due.")) : command.failWith(visits.error());
    }
    if (verb == QLatin1String("list"))
        return list(command, *workspace);
    if (verb == QLatin1String("record"))
        return record(command, *workspace, positional);
    auto scheduled = workspace->returnVisits().schedulePeriodic();
    if (!scheduled)
        return command.failWith(scheduled.error());
    command.out() << tr("Periodic visits scheduled: %1.").arg(*scheduled) << Qt::endl;
    return Ok;
}

} // namespace sdctl
