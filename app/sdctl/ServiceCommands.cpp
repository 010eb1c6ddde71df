// sdctl complaints list|show|advance and sdctl costs add|show|void: the
// complaint path and service costs for scripts, through the same core
// services and permissions as the desk.
#include "Command.h"
#include "TerminalText.h"

#include "common/Money.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QString when(sd::Workspace& workspace, std::optional<qint64> instant)
{
    if (!instant)
        return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(*instant, QTimeZone(workspace.configuration().officeTimeZone.toUtf8()))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// An age people read at a glance: days and hours.
QString age(qint64 seconds)
{
    const qint64 hours = std::max<qint64>(0, seconds) / 3600;
    return hours >= 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 h").arg(hours);
}

QString causeText(const std::optional<sd::ComplaintCause>& cause)
{
    return cause ? sd::toLabel(*cause) : tr("not yet known");
}

template <typename E>
std::optional<E> option(Command& command, const char* name, bool& bad)
{
    const QString key = QString::fromLatin1(name);
    if (!command.parser().isSet(key))
        return std::nullopt;
    auto parsed = sd::fromCodeOrLabel<E>(command.parser().value(key));
    if (!parsed) {
        command.usageError(tr("--%1: unknown value \"%2\"; use one of %3")
                               .arg(key, command.parser().value(key), sd::allCodes<E>().join(QStringLiteral(", "))));
        bad = true;
    }
    return parsed;
}

QJsonObject complaintJson(sd::Workspace& workspace, const sd::Complaint& complaint)
{
    const auto zoned = [&](std::optional<qint64> instant) {
        return instant ? QJsonValue(QDateTime::fromSecsSinceEpoch(*instant, QTimeZone::utc()).toString(Qt::ISODate))
                       : QJsonValue(QJsonValue::Null);
    };
    Q_UNUSED(workspace);
    return {{QStringLiteral("ticket"), complaint.ticketNumber},
            {QStringLiteral("version"), complaint.version},
            {QStringLiteral("stage"), sd::toCode(complaint.stage)},
            {QStringLiteral("cause"), complaint.cause ? QJsonValue(sd::toCode(*complaint.cause)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("evidence"), complaint.evidence},
            {QStringLiteral("remedy"), complaint.remedy ? QJsonValue(sd::toCode(*complaint.remedy)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("remedy_amount"), complaint.remedyCents ? QJsonValue(sd::centsText(*complaint.remedyCents)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("feedback"), complaint.feedback},
            {QStringLiteral("received_at"), zoned(complaint.receivedAt)},
            {QStringLiteral("response_due"), zoned(complaint.responseDue)},
            {QStringLiteral("closing_due"), zoned(complaint.closingDue)},
            {QStringLiteral("responded_at"), zoned(complaint.respondedAt)},
            {QStringLiteral("closed_at"), zoned(complaint.closedAt)}};
}

int printComplaint(Command& command, sd::Workspace& workspace, const sd::Complaint& complaint)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        command.out() << QJsonDocument(complaintJson(workspace, complaint)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream& out = command.out();
    out << tr("%1  version %2  %3  cause: %4").arg(complaint.ticketNumber).arg(complaint.version)
               .arg(sd::toLabel(complaint.stage), causeText(complaint.cause))
        << Qt::endl
        << tr("  answer by %1, close by %2").arg(when(workspace, complaint.responseDue), when(workspace, complaint.closingDue)) << Qt::endl;
    if (!complaint.evidence.isEmpty())
        out << tr("  evidence: %1").arg(complaint.evidence) << Qt::endl;
    if (complaint.remedy)
        out << tr("  remedy: %1 %2").arg(sd::toLabel(*complaint.remedy), complaint.remedyCents ? sd::centsText(*complaint.remedyCents) : QString())
            << Qt::endl;
    if (!complaint.feedback.isEmpty())
        out << tr("  feedback: %1").arg(complaint.feedback) << Qt::endl;
    return Ok;
}

int listComplaints(Command& command, sd::Workspace& workspace)
{
    bool bad = false;
    sd::ComplaintService::RegisterFilter filter;
    filter.cause = option<sd::ComplaintCause>(command, "cause", bad);
    if (bad)
        return command.exitCode();
    filter.overdueOnly = command.parser().isSet(QStringLiteral("overdue"));
    constexpr int kShown = 500;
    filter.limit = kShown + 1;
    auto rows = workspace.complaints().openComplaints(filter);
    if (!rows)
        return command.failWith(rows.error());
    const bool more = rows->size() > kShown;
    if (more)
        rows->removeLast();
    const qint64 now = workspace.clock().now();
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::ComplaintRegisterRow& row : *rows)
            list.append(QJsonObject{{QStringLiteral("ticket"), row.ticketNumber},
                                    {QStringLiteral("stage"), sd::toCode(row.stage)},
                                    {QStringLiteral("cause"), row.cause ? QJsonValue(sd::toCode(*row.cause)) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("age_hours"), (now - row.receivedAt) / 3600},
                                    {QStringLiteral("overdue"), row.closingDue && *row.closingDue < now},
                                    {QStringLiteral("subject"), row.subject}});
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream& out = command.out();
    out << cell(tr("Ticket"), 16) << ' ' << cell(tr("Age"), 10) << ' ' << cell(tr("Stage"), 14) << ' '
        << cell(tr("Cause"), 16) << ' ' << cell(tr("Close by"), 28) << ' ' << tr("Subject") << Qt::endl;
    for (const sd::ComplaintRegisterRow& row : *rows) {
        const bool overdue = row.closingDue && *row.closingDue < now;
        out << cell(row.ticketNumber, 16) << ' ' << cell(age(now - row.receivedAt), 10) << ' '
            << cell(sd::toLabel(row.stage), 14) << ' ' << cell(causeText(row.cause), 16) << ' '
            << cell(overdue ? tr("%1 (overdue)").arg(when(workspace, row.closingDue)) : when(workspace, row.closingDue), 28) << ' '
            << row.subject << Qt::endl;
    }
    out << (more ? tr("the %1 oldest open complaints are shown").arg(kShown) : tr("%1 open complaints").arg(rows->size())) << Qt::endl;
    return Ok;
}

int advanceComplaint(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    bool bad = false;
    sd::ComplaintStep step;
    const auto to = option<sd::ComplaintStage>(command, "to", bad);
    step.remedy = option<sd::Remedy>(command, "remedy", bad);
    step.cause = option<sd::ComplaintCause>(command, "cause", bad);
    if (bad)
        return command.exitCode();
    if (!to)
        return command.usageError(tr("--to: give the stage to move to: verified, handled, feedback or closed"));
    step.to = *to;
    step.note = command.parser().value(QStringLiteral("note"));
    if (command.parser().isSet(QStringLiteral("amount")) && step.to != sd::ComplaintStage::Handled)
        return command.usageError(tr("--amount goes with --to handled (the remedy's amount)"));
    if (command.parser().isSet(QStringLiteral("remedy")) && step.to != sd::ComplaintStage::Handled)
        return command.usageError(tr("--remedy goes with --to handled"));
    if (command.parser().isSet(QStringLiteral("amount"))) {
        step.remedyCents = parseMoney(command.parser().value(QStringLiteral("amount")));
        if (!step.remedyCents)
            return command.usageError(tr("--amount: give an amount such as 120 or 120.50"));
    }
    auto current = workspace.complaints().ofTicket(ticketId);
    if (!current)
        return command.failWith(current.error());
    int version = current->version;
    if (command.parser().isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        version = command.parser().value(QStringLiteral("expect-version")).toInt(&ok);
        if (!ok || version < 0)
            return command.usageError(tr("--expect-version: give the complaint's version, 0 or more"));
    }
    auto advanced = workspace.complaints().advance(ticketId, version, step, command.actorId());
    if (!advanced)
        return command.failWith(advanced.error());
    return printComplaint(command, workspace, *advanced);
}

} // namespace

std::optional<qint64> ticketIdOf(Command& command, sd::Workspace& workspace, const QString& number)
{
    auto ticket = workspace.tickets().byNumber(number);
    if (!ticket) {
        command.failWith(ticket.error());
        return std::nullopt;
    }
    return ticket->id;
}

int runComplaints(const QStringList& arguments)
{
    Command command(QStringLiteral("complaints"),
                    tr("complaints list: the complaint register, open complaints oldest first, with age and cause.\n"
                       "complaints show NUMBER: where a complaint stands on its path.\n"
                       "complaints advance NUMBER --to STAGE: the next step (verified --note EVIDENCE; handled --remedy R "
                       "[--amount X]; feedback --note WHAT_THE_CUSTOMER_WAS_TOLD; closed [--cause C])."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("list | show NUMBER | advance NUMBER"));
    parser.addOptions({{QStringLiteral("cause"), tr("Only this cause (list), or the cause when closing."), QStringLiteral("CAUSE")},
                       {QStringLiteral("overdue"), tr("Only complaints past their closing deadline.")},
                       {QStringLiteral("to"), tr("The stage to move to."), QStringLiteral("STAGE")},
                       {QStringLiteral("note"), tr("Evidence (verified), remarks (handled), feedback (feedback) or solution (closed)."), QStringLiteral("TEXT")},
                       {QStringLiteral("remedy"), tr("refund, replacement, repair, apology or compensation."), QStringLiteral("REMEDY")},
                       {QStringLiteral("amount"), tr("The remedy's amount in currency units."), QStringLiteral("AMOUNT")},
                       {QStringLiteral("expect-version"), tr("Refuse if the complaint changed since this version."), QStringLiteral("N")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool needsNumber = verb == QLatin1String("show") || verb == QLatin1String("advance");
    if ((verb != QLatin1String("list") && !needsNumber) || (needsNumber && positional.size() != 2))
        return command.usageError(tr("use: sdctl complaints list | show NUMBER | advance NUMBER --to STAGE"));
    auto workspace = command.openWorkspace(verb == QLatin1String("advance") ? Command::Access::Write : Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("list"))
        return listComplaints(command, *workspace);
    const auto ticketId = ticketIdOf(command, *workspace, positional.at(1));
    if (!ticketId)
        return command.exitCode();
    if (verb == QLatin1String("advance"))
        return advanceComplaint(command, *workspace, *ticketId);
    auto complaint = workspace->complaints().ofTicket(*ticketId);
    if (!complaint)
        return command.failWith(complaint.error());
    return printComplaint(command, *workspace, *complaint);
}

namespace {

int showCosts(Command& command, sd::Workspace& workspace, qint64 ticketId, const QString& number)
{
    auto lines = workspace.costs().lines(ticketId);
    auto summary = workspace.costs().summary(ticketId);
    if (!lines || !summary)
        return command.failWith(!lines ? lines.error() : summary.error());
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::CostLine& line : *lines)
            list.append(QJsonObject{{QStringLiteral("id"), line.id}, {QStringLiteral("kind"), sd::toCode(line.kind)},
                                    {QStringLiteral("description"), line.description}, {QStringLiteral("quantity"), line.quantity},
                                    {QStringLiteral("unit"), sd::centsText(line.unitCents)}, {QStringLiteral("amount"), sd::centsText(line.amountCents)},
                                    {QStringLiteral("charged"), sd::centsText(line.chargedCents)}, {QStringLiteral("voided"), line.voided}});
        command.out() << QJsonDocument(QJsonObject{{QStringLiteral("ticket"), number}, {QStringLiteral("lines"), list},
                                                   {QStringLiteral("total"), sd::centsText(summary->totalCents)},
                                                   {QStringLiteral("charged"), sd::centsText(summary->chargedCents)}})
                             .toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream& out = command.out();
    out << cell(tr("Line"), 6) << ' ' << cell(tr("Kind"), 10) << ' ' << cell(tr("Quantity"), 9) << ' ' << cell(tr("Amount"), 12) << ' '
        << cell(tr("Charged"), 12) << ' ' << tr("Description") << Qt::endl;
    for (const sd::CostLine& line : *lines)
        out << cell(QString::number(line.id), 6) << ' ' << cell(sd::toLabel(line.kind), 10) << ' '
            << cell(QString::number(line.quantity), 9) << ' ' << cell(sd::centsText(line.amountCents), 12) << ' '
            << cell(sd::centsText(line.chargedCents), 12) << ' ' << (line.voided ? tr("(voided) %1").arg(line.description) : line.description)
            << Qt::endl;
    out << tr("Total %1, charged to the customer %2").arg(sd::centsText(summary->totalCents), sd::centsText(summary->chargedCents)) << Qt::endl;
    return Ok;
}

int addCost(Command& command, sd::Workspace& workspace, qint64 ticketId, const QString& number)
{
    bool bad = false;
    sd::CostEntry entry;
    const auto kind = option<sd::CostKind>(command, "kind", bad);
    entry.role = option<sd::Role>(command, "role", bad);
    if (bad)
        return command.exitCode();
    if (!kind)
        return command.usageError(tr("--kind: give labour, parts, transport or other"));
    entry.kind = *kind;
    entry.description = command.parser().value(QStringLiteral("description"));
    bool ok = true;
    if (command.parser().isSet(QStringLiteral("quantity")))
        entry.quantity = command.parser().value(QStringLiteral("quantity")).toLongLong(&ok);
    if (!ok)
        return command.usageError(tr("--quantity: give a whole number (minutes, pieces or kilometres)"));
    for (const auto& [name, target] : {std::pair{"unit", &entry.unitCents}, std::pair{"charge", &entry.chargedCents}}) {
        if (!command.parser().isSet(QLatin1String(name)))
            continue;
        *target = parseMoney(command.parser().value(QLatin1String(name)));
        if (!*target)
            return command.usageError(tr("--%1: give an amount such as 120 or 120.50").arg(QLatin1String(name)));
    }
    auto line = workspace.costs().add(ticketId, entry, command.actorId());
    if (!line)
        return command.failWith(line.error());
    return showCosts(command, workspace, ticketId, number);
}

} // namespace

int runCosts(const QStringList& arguments)
{
    Command command(QStringLiteral("costs"),
                    tr("costs show NUMBER: a ticket's cost lines, total and the customer's part.\n"
                       "costs add NUMBER --kind labour --quantity MINUTES [--role ROLE] | --kind parts --quantity N --unit COST "
                       "--description PART | --kind transport [--quantity KM] | --kind other --unit AMOUNT [--charge AMOUNT].\n"
                       "costs void NUMBER LINE: a mistaken line no longer counts."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("show NUMBER | add NUMBER | void NUMBER LINE"));
    parser.addOptions({{QStringLiteral("kind"), tr("labour, parts, transport or other."), QStringLiteral("KIND")},
                       {QStringLiteral("quantity"), tr("Minutes (labour), pieces (parts) or kilometres (transport)."), QStringLiteral("N")},
                       {QStringLiteral("unit"), tr("Unit cost of a part, the amount of other costs; for labour the hourly rate and for "
                                                   "transport the rate per kilometre instead of the configured ones."), QStringLiteral("AMOUNT")},
                       {QStringLiteral("role"), tr("Labour: whose hourly rate (default: yours)."), QStringLiteral("ROLE")},
                       {QStringLiteral("charge"), tr("What the customer pays of it (default: all, nothing for labour and parts in warranty)."), QStringLiteral("AMOUNT")},
                       {QStringLiteral("description"), tr("What it was."), QStringLiteral("TEXT")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const qsizetype wanted = verb == QLatin1String("void") ? 3 : 2;
    if ((verb != QLatin1String("show") && verb != QLatin1String("add") && verb != QLatin1String("void")) || positional.size() != wanted)
        return command.usageError(tr("use: sdctl costs show NUMBER | add NUMBER --kind KIND ... | void NUMBER LINE"));
    auto workspace = command.openWorkspace(verb == QLatin1String("show") ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    const auto ticketId = ticketIdOf(command, *workspace, positional.at(1));
    if (!ticketId)
        return command.exitCode();
    if (verb == QLatin1String("add"))
        return addCost(command, *workspace, *ticketId, positional.at(1));
    if (verb == QLatin1String("void")) {
        auto lines = workspace->costs().lines(*ticketId);
        if (!lines)
            return command.failWith(lines.error());
        const qint64 lineId = positional.at(2).toLongLong();
        const bool onTicket = std::any_of(lines->begin(), lines->end(), [&](const sd::CostLine& line) { return line.id == lineId; });
        if (!onTicket)
            return command.failWith(sd::Error::notFound(QStringLiteral("line"), tr("ticket %1 has no cost line %2").arg(positional.at(1), positional.at(2))));
        if (auto voided = workspace->costs().voidLine(lineId, command.actorId()); !voided)
            return command.failWith(voided.error());
    }
    return showCosts(command, *workspace, *ticketId, positional.at(1));
}

} // namespace sdctl
