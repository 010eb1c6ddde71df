// sdctl dispatch create|reschedule|status|list|show|sheet (technicians'
// visits) and sdctl plans show|propose|consent (solution plans), for scripts,
// through the same core services and permissions as the desk.
#include "Command.h"
#include "TerminalText.h"

#include "config/Configuration.h"
#include "dispatch/VisitSheet.h"
#include "common/Money.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QString windowText(const sd::Visit& visit)
{
    const QTimeZone zone(visit.timeZone.toUtf8());
    const QDateTime from = QDateTime::fromSecsSinceEpoch(visit.windowFrom, zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(visit.windowTo, zone);
    return QStringLiteral("%1–%2 %3").arg(from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         to.toString(to.date() == from.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm")),
                                         visit.timeZone);
}

QString stateText(const sd::Visit& visit)
{
    QString text = sd::toLabel(visit.status);
    if (visit.failure)
        text += QStringLiteral(" (") + sd::toLabel(*visit.failure) + QLatin1Char(')');
    if (visit.overlaps)
        text += QLatin1Char(' ') + tr("[overlaps another visit]");
    return text;
}

QJsonObject visitJson(const sd::Visit& visit)
{
    const auto instant = [](std::optional<qint64> value) {
        return value ? QJsonValue(QDateTime::fromSecsSinceEpoch(*value, QTimeZone::utc()).toString(Qt::ISODate)) : QJsonValue();
    };
    const auto number = [](std::optional<qint64> value) { return value ? QJsonValue(*value) : QJsonValue(); };
    return {{QStringLiteral("ticket"), visit.ticketNumber},
            {QStringLiteral("visit"), visit.visitNo},
            {QStringLiteral("version"), visit.version},
            {QStringLiteral("technician"), visit.technicianName},
            {QStringLiteral("status"), sd::toCode(visit.status)},
            {QStringLiteral("failure"), visit.failure ? QJsonValue(sd::toCode(*visit.failure)) : QJsonValue()},
            {QStringLiteral("from"), instant(visit.windowFrom)},
            {QStringLiteral("to"), instant(visit.windowTo)},
            {QStringLiteral("time_zone"), visit.timeZone},
            {QStringLiteral("address"), visit.address},
            {QStringLiteral("customer"), visit.customerName},
            {QStringLiteral("phone"), visit.customerPhone},
            {QStringLiteral("parts"), visit.parts},
            {QStringLiteral("tools"), visit.tools},
            {QStringLiteral("travel_km"), number(visit.travelKm)},
            {QStringLiteral("travel_minutes"), number(visit.travelMinutes)},
            {QStringLiteral("report"), visit.report},
            {QStringLiteral("overlaps"), visit.overlaps}};
}

int printVisits(Command& command, const QList<sd::Visit>& visits)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::Visit& visit : visits)
            list.append(visitJson(visit));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream& out = command.out();
    if (visits.isEmpty()) {
        out << tr("No visits.") << Qt::endl;
        return Ok;
    }
    out << cell(tr("Appointment"), 36) << ' ' << cell(tr("Technician"), 10) << ' ' << cell(tr("Ticket"), 18) << ' '
        << cell(tr("Visit"), 5) << ' ' << cell(tr("Status"), 34) << ' ' << tr("Address") << Qt::endl;
    for (const sd::Visit& visit : visits)
        out << cell(windowText(visit), 36) << ' ' << cell(visit.technicianName, 10) << ' ' << cell(visit.ticketNumber, 18) << ' '
            << cell(QString::number(visit.visitNo), 5) << ' ' << cell(stateText(visit), 34) << ' ' << visit.address << Qt::endl;
    return Ok;
}

std::optional<qint64> technicianOf(Command& command, sd::Workspace& workspace)
{
    auto user = workspace.users().byLogin(command.parser().value(QStringLiteral("technician")));
    if (!user) {
        command.failWith(user.error());
        return std::nullopt;
    }
    return user->id;
}

// "2026-11-17 09:00" (in the visit's zone) or ISO 8601 with an offset.
std::optional<qint64> instantOption(Command& command, const char* name, const QTimeZone& zone)
{
    const QString text = command.parser().value(QLatin1String(name)).trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!local.isValid())
            local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
        parsed = local.isValid() ? QDateTime(local.date(), local.time(), zone) : QDateTime();
    }
    if (!parsed.isValid()) {
        command.usageError(tr("--%1: give a time such as \"2026-11-17 09:00\"").arg(QLatin1String(name)));
        return std::nullopt;
    }
    return parsed.toSecsSinceEpoch();
}

std::optional<qint64> numberOption(Command& command, const char* name, bool& bad)
{
    if (!command.parser().isSet(QLatin1String(name)))
        return std::nullopt;
    bool ok = false;
    const qint64 value = command.parser().value(QLatin1String(name)).toLongLong(&ok);
    if (!ok) {
        command.usageError(tr("--%1: give a whole number").arg(QLatin1String(name)));
        bad = true;
    }
    return value;
}

// The plan from the options; `base` supplies what a reschedule leaves out.
std::optional<sd::VisitPlan> planOf(Command& command, sd::Workspace& workspace, qint64 ticketId, const sd::Visit* base)
{
    QCommandLineParser& parser = command.parser();
    sd::VisitPlan plan;
    if (base) {
        plan = {base->technicianId.value_or(0), base->address, base->timeZone, base->windowFrom, base->windowTo,
                base->parts, base->tools, base->travelKm, base->travelMinutes};
    } else if (!parser.isSet(QStringLiteral("technician")) || !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        command.usageError(tr("give --technician LOGIN, --from TIME and --to TIME"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("technician"))) {
        const auto technician = technicianOf(command, workspace);
        if (!technician)
            return std::nullopt;
        plan.technicianId = *technician;
    }
    if (parser.isSet(QStringLiteral("zone")))
        plan.timeZone = parser.value(QStringLiteral("zone"));
    const QTimeZone zone((plan.timeZone.isEmpty() ? workspace.configuration().officeTimeZone : plan.timeZone).toUtf8());
    for (const auto& [name, target] : {std::pair{"from", &plan.windowFrom}, std::pair{"to", &plan.windowTo}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const auto instant = instantOption(command, name, zone.isValid() ? zone : QTimeZone::utc());
        if (!instant)
            return std::nullopt;
        *target = *instant;
    }
    if (parser.isSet(QStringLiteral("address")))
        plan.address = parser.value(QStringLiteral("address"));
    else if (!base)
        plan.address = workspace.visits().customerAddress(ticketId).value_or(QString());
    for (const auto& [name, target] : {std::pair{"parts", &plan.parts}, std::pair{"tools", &plan.tools}})
        if (parser.isSet(QLatin1String(name)))
            *target = parser.value(QLatin1String(name));
    bool bad = false;
    if (auto km = numberOption(command, "km", bad))
        plan.travelKm = km;
    if (auto minutes = numberOption(command, "travel-minutes", bad))
        plan.travelMinutes = minutes;
    return bad ? std::nullopt : std::optional<sd::VisitPlan>(plan);
}

std::optional<sd::Visit> visitOf(Command& command, sd::Workspace& workspace, qint64 ticketId, const QString& number, const QString& visitText)
{
    bool ok = false;
    const int visitNo = visitText.toInt(&ok);
    auto found = ok ? workspace.visits().byNumber(ticketId, visitNo) : sd::Result<std::optional<sd::Visit>>(std::nullopt);
    if (!found) {
        command.failWith(found.error());
        return std::nullopt;
    }
    if (!*found) {
        command.failWith(sd::Error::notFound(QStringLiteral("visit"), tr("ticket %1 has no visit %2").arg(number, visitText)));
        return std::nullopt;
    }
    return **found;
}

std::optional<int> expectedVersion(Command& command, const sd::Visit& visit)
{
    if (!command.parser().isSet(QStringLiteral("expect-version")))
        return visit.version;
    bool ok = false;
    const int version = command.parser().value(QStringLiteral("expect-version")).toInt(&ok);
    if (!ok) {
        command.usageError(tr("--expect-version: give a whole number"));
        return std::nullopt;
    }
    return version;
}

int changeStatus(Command& command, sd::Workspace& workspace, const sd::Visit& visit)
{
    const auto to = sd::fromCodeOrLabel<sd::VisitStatus>(command.parser().value(QStringLiteral("to")));
    if (!to)
        return command.usageError(tr("--to: give en_route, on_site, done, cannot_complete or cancelled"));
    const auto version = expectedVersion(command, visit);
    if (!version)
        return command.exitCode();
    const QString note = command.parser().value(QStringLiteral("note"));
    sd::Result<sd::Visit> changed = sd::fail(sd::Error());
    if (*to == sd::VisitStatus::Cancelled) {
        changed = workspace.visits().cancel(visit.id, *version, note, command.actorId());
    } else {
        sd::VisitReport report;
        report.to = *to;
        report.note = note;
        if (command.parser().isSet(QStringLiteral("reason"))) {
            report.failure = sd::fromCodeOrLabel<sd::VisitFailure>(command.parser().value(QStringLiteral("reason")));
            if (!report.failure)
                return command.usageError(tr("--reason: give one of %1").arg(sd::allCodes<sd::VisitFailure>().join(QStringLiteral(", "))));
        }
        changed = workspace.visits().report(visit.id, *version, report, command.actorId());
    }
    if (!changed)
        return command.failWith(changed.error());
    return printVisits(command, {*changed});
}

int listVisits(Command& command, sd::Workspace& workspace)
{
    QCommandLineParser& parser = command.parser();
    sd::VisitFilter filter;
    if (parser.isSet(QStringLiteral("technician"))) {
        const auto technician = technicianOf(command, workspace);
        if (!technician)
            return command.exitCode();
        filter.technicianId = technician;
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return command.usageError(tr("--date: give a day such as 2026-11-17"));
        filter.day = day;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = sd::fromCodeOrLabel<sd::VisitStatus>(parser.value(QStringLiteral("status")));
        if (!filter.status)
            return command.usageError(tr("--status: give one of %1").arg(sd::allCodes<sd::VisitStatus>().join(QStringLiteral(", "))));
    }
    auto visits = workspace.visits().list(filter);
    if (!visits)
        return command.failWith(visits.error());
    return printVisits(command, *visits);
}

int writeSheet(Command& command, sd::Workspace& workspace, const sd::Visit& visit)
{
    const QString path = command.parser().value(QStringLiteral("out"));
    if (path.isEmpty())
        return command.usageError(tr("--out: name the PDF file to write"));
    if (sd::Database::isFileOf(workspace.database().path(), path))
        return command.failWith(sd::Database::ownFileRefused(path));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(workspace.clock().now());
    if (auto written = sd::VisitSheet::writePdf(visit, sd::displayName(workspace.configuration().officeName), now, path); !written)
        return command.failWith(written.error());
    command.out() << tr("Wrote the work-order sheet of %1, visit %2, to %3").arg(visit.ticketNumber).arg(visit.visitNo).arg(path) << Qt::endl;
    return Ok;
}

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({{QStringLiteral("technician"), tr("The technician's login."), QStringLiteral("LOGIN")},
                       {QStringLiteral("from"), tr("Appointment start, \"YYYY-MM-DD HH:MM\" in the visit's zone."), QStringLiteral("TIME")},
                       {QStringLiteral("to"), tr("Appointment end (create, reschedule), or the visit's new status (status)."), QStringLiteral("TIME|STATUS")},
                       {QStringLiteral("zone"), tr("The visit's time zone (default: the office's)."), QStringLiteral("ZONE")},
                       {QStringLiteral("address"), tr("Where to go (default: the customer's address)."), QStringLiteral("TEXT")},
                       {QStringLiteral("parts"), tr("Parts to bring."), QStringLiteral("TEXT")},
                       {QStringLiteral("tools"), tr("Tools to bring."), QStringLiteral("TEXT")},
                       {QStringLiteral("km"), tr("Travel distance in kilometres."), QStringLiteral("N")},
                       {QStringLiteral("travel-minutes"), tr("Travel time in minutes."), QStringLiteral("N")},
                       {QStringLiteral("reason"), tr("Why a visit cannot be completed: missing_part, customer_absent, needs_specialist, no_access, other."), QStringLiteral("REASON")},
                       {QStringLiteral("note"), tr("Work done, what happened, or why the visit is cancelled."), QStringLiteral("TEXT")},
                       {QStringLiteral("date"), tr("list: one day (in the office's zone)."), QStringLiteral("YYYY-MM-DD")},
                       {QStringLiteral("status"), tr("list: only visits in this status."), QStringLiteral("STATUS")},
                       {QStringLiteral("out"), tr("sheet: the PDF file to write."), QStringLiteral("FILE")},
                       {QStringLiteral("expect-version"), tr("Refuse if the visit changed since this version."), QStringLiteral("N")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
}

} // namespace

int runDispatch(const QStringList& arguments)
{
    Command command(QStringLiteral("dispatch"),
                    tr("dispatch create NUMBER --technician LOGIN --from TIME --to TIME [--zone --address --parts --tools --km --travel-minutes]\n"
                       "dispatch reschedule NUMBER VISIT [the same options]\n"
                       "dispatch status NUMBER VISIT --to en_route|on_site|done|cannot_complete|cancelled [--reason R] [--note TEXT]\n"
                       "dispatch list [--technician LOGIN] [--date YYYY-MM-DD] [--status STATUS]\n"
                       "dispatch show NUMBER: the ticket's visits.\n"
                       "dispatch sheet NUMBER VISIT --out FILE.pdf: the printable work-order sheet."),
                    arguments);
    addOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("VERB"), tr("create | reschedule | status | list | show | sheet"));
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = command.parser().positionalArguments();
    const QString verb = positional.value(0);
    static const QMap<QString, int> wanted{{QStringLiteral("create"), 2}, {QStringLiteral("reschedule"), 3}, {QStringLiteral("status"), 3},
                                           {QStringLiteral("list"), 1},   {QStringLiteral("show"), 2},       {QStringLiteral("sheet"), 3}};
    if (!wanted.contains(verb) || positional.size() != wanted.value(verb))
        return command.usageError(tr("use: sdctl dispatch create NUMBER | reschedule NUMBER VISIT | status NUMBER VISIT | list | show NUMBER | sheet NUMBER VISIT"));
    const bool writes = verb == QLatin1String("create") || verb == QLatin1String("reschedule") || verb == QLatin1String("status");
    auto workspace = command.openWorkspace(writes ? Command::Access::Write : Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("list"))
        return listVisits(command, *workspace);
    auto ticket = workspace->tickets().byNumber(positional.at(1));
    if (!ticket)
        return command.failWith(ticket.error());
    if (verb == QLatin1String("show")) {
        auto visits = workspace->visits().ofTicket(ticket->id);
        return visits ? printVisits(command, *visits) : command.failWith(visits.error());
    }
    if (verb == QLatin1String("create")) {
        const auto plan = planOf(command, *workspace, ticket->id, nullptr);
        if (!plan)
            return command.exitCode();
        auto visit = workspace->visits().schedule(ticket->id, *plan, command.actorId());
        return visit ? printVisits(command, {*visit}) : command.failWith(visit.error());
    }
    const auto visit = visitOf(command, *workspace, ticket->id, positional.at(1), positional.at(2));
    if (!visit)
        return command.exitCode();
    if (verb == QLatin1String("sheet"))
        return writeSheet(command, *workspace, *visit);
    if (verb == QLatin1String("status"))
        return changeStatus(command, *workspace, *visit);
    const auto plan = planOf(command, *workspace, ticket->id, &*visit);
    const auto version = plan ? expectedVersion(command, *visit) : std::nullopt;
    if (!plan || !version)
        return command.exitCode();
    auto moved = workspace->visits().reschedule(visit->id, *version, *plan, command.actorId());
    return moved ? printVisits(command, {*moved}) : command.failWith(moved.error());
}

} // namespace sdctl

namespace sdctl {
namespace {

QJsonObject planJson(const sd::SolutionPlan& plan)
{
    QJsonArray parts;
    for (const sd::PlanPart& part : plan.parts)
        parts.append(QJsonObject{{QStringLiteral("code"), part.code}, {QStringLiteral("name"), part.name},
                                 {QStringLiteral("quantity"), part.quantity}, {QStringLiteral("unit"), sd::centsText(part.unitCents)}});
    const auto instant = [](std::optional<qint64> value) {
        return value ? QJsonValue(QDateTime::fromSecsSinceEpoch(*value, QTimeZone::utc()).toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("version"), plan.planNo},
            {QStringLiteral("cause"), plan.cause},
            {QStringLiteral("steps"), plan.steps},
            {QStringLiteral("parts"), parts},
            {QStringLiteral("labour_minutes"), plan.labourMinutes},
            {QStringLiteral("labour"), sd::centsText(plan.labourCents)},
            {QStringLiteral("other"), sd::centsText(plan.otherCents)},
            {QStringLiteral("total"), sd::centsText(plan.totalCents)},
            {QStringLiteral("customer_pays"), sd::centsText(plan.customerCents)},
            {QStringLiteral("in_warranty"), plan.inWarranty},
            {QStringLiteral("deadline"), instant(plan.deadline)},
            {QStringLiteral("consent_by"), plan.consented() ? QJsonValue(plan.consentBy) : QJsonValue()},
            {QStringLiteral("consent_how"), plan.consentHow ? QJsonValue(sd::toCode(*plan.consentHow)) : QJsonValue()},
            {QStringLiteral("consent_at"), instant(plan.consentAt)}};
}

void printPlan(QTextStream& out, sd::Workspace& workspace, const sd::SolutionPlan& plan)
{
    const QTimeZone zone(workspace.configuration().officeTimeZone.toUtf8());
    const auto when = [&](qint64 instant) { return QDateTime::fromSecsSinceEpoch(instant, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    out << tr("Version %1, proposed by %2 on %3").arg(plan.planNo).arg(plan.createdByName, when(plan.createdAt)) << Qt::endl;
    out << "  " << tr("cause: %1").arg(plan.cause) << Qt::endl;
    out << "  " << tr("steps: %1").arg(QString(plan.steps).replace(QLatin1Char('\n'), QStringLiteral("; "))) << Qt::endl;
    for (const sd::PlanPart& part : plan.parts)
        out << "  " << tr("part: %1 × %2 at %3").arg(part.name).arg(part.quantity).arg(sd::centsText(part.unitCents)) << Qt::endl;
    out << "  " << tr("labour: %1 min, %2; other: %3").arg(plan.labourMinutes).arg(sd::centsText(plan.labourCents), sd::centsText(plan.otherCents))
        << Qt::endl;
    out << "  " << tr("estimate %1, the customer pays %2%3; done by %4")
                       .arg(sd::centsText(plan.totalCents), sd::centsText(plan.customerCents),
                            plan.inWarranty ? tr(" (in warranty)") : QString(), when(plan.deadline))
        << Qt::endl;
    out << "  " << (plan.consented() ? tr("agreed by %1 (%2) on %3").arg(plan.consentBy, plan.consentHow ? sd::toLabel(*plan.consentHow) : QString(), when(*plan.consentAt))
                                     : tr("not yet agreed by the customer"))
        << Qt::endl;
}

int showPlans(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    auto plans = workspace.plans().ofTicket(ticketId);
    if (!plans)
        return command.failWith(plans.error());
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::SolutionPlan& plan : *plans)
            list.append(planJson(plan));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (plans->isEmpty())
        command.out() << tr("No solution plan yet.") << Qt::endl;
    for (const sd::SolutionPlan& plan : *plans)
        printPlan(command.out(), workspace, plan);
    return Ok;
}

// --part CODE:QTY (from the catalogue) or --part "NAME:QTY:UNIT" (another part).
std::optional<QList<sd::PlanPart>> partsOf(Command& command)
{
    QList<sd::PlanPart> parts;
    for (const QString& text : command.parser().values(QStringLiteral("part"))) {
        const QStringList fields = text.split(QLatin1Char(':'));
        bool ok = false;
        sd::PlanPart part;
        part.quantity = fields.value(1).toLongLong(&ok);
        ok = ok && (fields.size() == 2 || fields.size() == 3);
        if (fields.size() == 3) {
            part.name = fields.at(0);
            const auto unit = parseMoney(fields.at(2));
            ok = ok && unit.has_value();
            part.unitCents = unit.value_or(0);
        } else {
            part.code = fields.value(0);
        }
        if (!ok) {
            command.usageError(tr("--part: give CODE:QUANTITY (from the parts catalogue) or NAME:QUANTITY:UNIT_COST, not \"%1\"").arg(text));
            return std::nullopt;
        }
        parts.append(part);
    }
    return parts;
}

int proposePlan(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    QCommandLineParser& parser = command.parser();
    sd::PlanDraft draft;
    draft.cause = parser.value(QStringLiteral("cause"));
    draft.steps = parser.value(QStringLiteral("steps"));
    const auto parts = partsOf(command);
    if (!parts)
        return command.exitCode();
    draft.parts = *parts;
    bool bad = false;
    draft.labourMinutes = numberOption(command, "labour", bad).value_or(0);
    if (bad)
        return command.exitCode();
    if (parser.isSet(QStringLiteral("role"))) {
        draft.labourRole = sd::fromCodeOrLabel<sd::Role>(parser.value(QStringLiteral("role")));
        if (!draft.labourRole)
            return command.usageError(tr("--role: give one of %1").arg(sd::allCodes<sd::Role>().join(QStringLiteral(", "))));
    }
    if (parser.isSet(QStringLiteral("other"))) {
        const auto other = parseMoney(parser.value(QStringLiteral("other")));
        if (!other)
            return command.usageError(tr("--other: give an amount such as 30 or 30.50"));
        draft.otherCents = *other;
    }
    draft.otherNote = parser.value(QStringLiteral("other-note"));
    if (!parser.isSet(QStringLiteral("deadline")))
        return command.usageError(tr("--deadline: give when the work will be done, such as \"2026-11-20 18:00\""));
    const auto deadline = instantOption(command, "deadline", QTimeZone(workspace.configuration().officeTimeZone.toUtf8()));
    if (!deadline)
        return command.exitCode();
    draft.deadline = *deadline;
    auto plan = workspace.plans().propose(ticketId, draft, command.actorId());
    if (!plan)
        return command.failWith(plan.error());
    printPlan(command.out(), workspace, *plan);
    return Ok;
}

int recordConsent(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    QCommandLineParser& parser = command.parser();
    sd::Consent consent;
    consent.by = parser.value(QStringLiteral("by"));
    const auto how = sd::fromCodeOrLabel<sd::ConsentMethod>(parser.value(QStringLiteral("how")));
    if (!how)
        return command.usageError(tr("--how: give phone, in_person or signed_sheet"));
    consent.how = *how;
    auto current = workspace.plans().current(ticketId);
    if (!current)
        return command.failWith(current.error());
    bool ok = true;
    const int version = parser.isSet(QStringLiteral("version")) ? parser.value(QStringLiteral("version")).toInt(&ok)
                                                                : (*current ? (*current)->planNo : 0);
    if (!ok)
        return command.usageError(tr("--version: give a whole number"));
    auto plan = workspace.plans().recordConsent(ticketId, version, consent, command.actorId());
    if (!plan)
        return command.failWith(plan.error());
    printPlan(command.out(), workspace, *plan);
    return Ok;
}

} // namespace

int runPlans(const QStringList& arguments)
{
    Command command(QStringLiteral("plans"),
                    tr("plans show NUMBER: every version of the ticket's solution plan.\n"
                       "plans propose NUMBER --cause TEXT --steps TEXT [--part CODE:QTY | --part NAME:QTY:UNIT ...] [--labour MIN] [--role R] "
                       "[--other AMOUNT] [--other-note TEXT] --deadline TIME: a new version (the customer must agree again).\n"
                       "plans consent NUMBER --by NAME --how phone|in_person|signed_sheet [--version N]: the customer agrees."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("show | propose | consent"));
    parser.addOptions({{QStringLiteral("cause"), tr("The cause found."), QStringLiteral("TEXT")},
                       {QStringLiteral("steps"), tr("The steps of the repair."), QStringLiteral("TEXT")},
                       {QStringLiteral("part"), tr("A part: CODE:QUANTITY from the catalogue, or NAME:QUANTITY:UNIT_COST (repeat for more)."), QStringLiteral("PART")},
                       {QStringLiteral("labour"), tr("Labour estimate in minutes."), QStringLiteral("MIN")},
                       {QStringLiteral("role"), tr("Whose hourly rate prices the labour (default: technician)."), QStringLiteral("ROLE")},
                       {QStringLiteral("other"), tr("Other charges (transport, call-out), never covered by warranty."), QStringLiteral("AMOUNT")},
                       {QStringLiteral("other-note"), tr("What the other charges are."), QStringLiteral("TEXT")},
                       {QStringLiteral("deadline"), tr("When the work will be done, \"YYYY-MM-DD HH:MM\" in the office's zone."), QStringLiteral("TIME")},
                       {QStringLiteral("by"), tr("consent: who agreed."), QStringLiteral("NAME")},
                       {QStringLiteral("how"), tr("consent: phone, in_person or signed_sheet."), QStringLiteral("HOW")},
                       {QStringLiteral("version"), tr("consent: the version agreed to (default: the current one)."), QStringLiteral("N")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (!QStringList{QStringLiteral("show"), QStringLiteral("propose"), QStringLiteral("consent")}.contains(verb) || positional.size() != 2)
        return command.usageError(tr("use: sdctl plans show NUMBER | propose NUMBER ... | consent NUMBER --by NAME --how HOW"));
    auto workspace = command.openWorkspace(verb == QLatin1String("show") ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    auto ticket = workspace->tickets().byNumber(positional.at(1));
    if (!ticket)
        return command.failWith(ticket.error());
    if (verb == QLatin1String("propose"))
        return proposePlan(command, *workspace, ticket->id);
    if (verb == QLatin1String("consent"))
        return recordConsent(command, *workspace, ticket->id);
    return showPlans(command, *workspace, ticket->id);
}

} // namespace sdctl
