// sdctl tickets create|show|update|comment|customer-reply|status|assign|escalate|resolve|csat|links|link|unlink|merge|split:
// what a web form, a phone system or a script needs, through the same core
// services, permissions and optimistic concurrency as the desk.
#include "Command.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
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

QJsonValue instant(const std::optional<qint64>& value)
{
    if (!value)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(*value, QTimeZone::utc()).toString(Qt::ISODate);
}

QString loginOf(sd::Workspace& workspace, const std::optional<qint64>& userId)
{
    if (!userId)
        return {};
    auto user = workspace.users().byId(*userId);
    return user ? user->login : QString();
}

QJsonObject ticketJson(sd::Workspace& workspace, const sd::Ticket& ticket)
{
    QString customerCode;
    if (ticket.details.customerId)
        if (auto customer = workspace.customers().get(*ticket.details.customerId))
            customerCode = customer->details.code;
    QJsonObject json{
        {QStringLiteral("number"), ticket.number},
        {QStringLiteral("version"), ticket.version},
        {QStringLiteral("status"), sd::toCode(ticket.status)},
        {QStringLiteral("priority"), sd::toCode(ticket.details.priority)},
        {QStringLiteral("category"), sd::toCode(ticket.details.category)},
        {QStringLiteral("channel"), sd::toCode(ticket.details.channel)},
        {QStringLiteral("level"), sd::toCode(ticket.level)},
        {QStringLiteral("subject"), ticket.details.subject},
        {QStringLiteral("description"), ticket.details.description},
        {QStringLiteral("customer"), customerCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customerCode)},
        {QStringLiteral("customer_name"), ticket.customerName},
        {QStringLiteral("contact_name"), ticket.details.contactName},
        {QStringLiteral("contact_phone"), ticket.details.contactPhone},
        {QStringLiteral("product"), ticket.details.product},
        {QStringLiteral("serial"), ticket.details.serial},
        {QStringLiteral("team"), ticket.details.teamCode},
        {QStringLiteral("assignee"), loginOf(workspace, ticket.assigneeId)},
        {QStringLiteral("tier"), ticket.tierCode},
        {QStringLiteral("created_at"), instant(ticket.sla.createdAt)},
        {QStringLiteral("updated_at"), instant(ticket.updatedAt)},
        {QStringLiteral("first_response_due"), instant(ticket.sla.firstResponseDue)},
        {QStringLiteral("resolution_due"), instant(ticket.sla.resolutionDue)},
        {QStringLiteral("first_response_at"), instant(ticket.sla.firstResponseAt)},
        {QStringLiteral("resolved_at"), instant(ticket.sla.resolvedAt)},
        {QStringLiteral("solution"), ticket.solution},
        {QStringLiteral("csat"), ticket.csatScore ? QJsonValue(*ticket.csatScore) : QJsonValue(QJsonValue::Null)},
    };
    return json;
}

QJsonArray timelineJson(sd::Workspace& workspace, qint64 ticketId)
{
    QJsonArray events;
    auto timeline = workspace.tickets().timeline(ticketId);
    if (!timeline)
        return events;
    for (const sd::TicketEvent& event : *timeline)
        events.append(QJsonObject{{QStringLiteral("at"), instant(event.at)},
                                  {QStringLiteral("actor"), loginOf(workspace, event.actorId)},
                                  {QStringLiteral("kind"), event.kind},
                                  {QStringLiteral("field"), event.field},
                                  {QStringLiteral("old"), event.oldValue},
                                  {QStringLiteral("new"), event.newValue},
                                  {QStringLiteral("body"), event.body},
                                  {QStringLiteral("public"), event.isPublic},
                                  {QStringLiteral("from"), event.fromNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                      : QJsonValue(event.fromNumber)}});
    return events;
}

// How a link reads from this ticket: related, merged_into / merged_from, split_to / split_from.
QString relationCode(const sd::TicketLink& link)
{
    switch (link.kind) {
    case sd::LinkKind::Related: return QStringLiteral("related");
    case sd::LinkKind::Merged: return link.outgoing ? QStringLiteral("merged_into") : QStringLiteral("merged_from");
    case sd::LinkKind::Split: return link.outgoing ? QStringLiteral("split_to") : QStringLiteral("split_from");
    }
    return {};
}

// The relation as people read it; JSON keeps the code.
QString relationLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("related"), QT_TRANSLATE_NOOP("sdctl", "Related")},
        {QStringLiteral("merged_into"), QT_TRANSLATE_NOOP("sdctl", "Merged into")},
        {QStringLiteral("merged_from"), QT_TRANSLATE_NOOP("sdctl", "Duplicate merged in")},
        {QStringLiteral("split_to"), QT_TRANSLATE_NOOP("sdctl", "Split off into")},
        {QStringLiteral("split_from"), QT_TRANSLATE_NOOP("sdctl", "Split off from")}};
    return tr(labels.value(code, ""));
}

QJsonArray linksJson(sd::Workspace& workspace, qint64 ticketId)
{
    QJsonArray links;
    auto found = workspace.tickets().links(ticketId);
    if (!found)
        return links;
    for (const sd::TicketLink& link : *found)
        links.append(QJsonObject{{QStringLiteral("relation"), relationCode(link)},
                                 {QStringLiteral("ticket"), link.otherNumber},
                                 {QStringLiteral("status"), sd::toCode(link.otherStatus)},
                                 {QStringLiteral("subject"), link.otherSubject},
                                 {QStringLiteral("at"), instant(link.createdAt)}});
    return links;
}

// Prints the ticket after a change: JSON for scripts, one line for people.
int printTicket(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket, bool withTimeline = false)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonObject json = ticketJson(workspace, ticket);
        if (withTimeline) {
            json.insert(QStringLiteral("links"), linksJson(workspace, ticket.id));
            json.insert(QStringLiteral("timeline"), timelineJson(workspace, ticket.id));
        }
        command.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    command.out() << tr("%1  version %2  %3  %4  %5").arg(ticket.number).arg(ticket.version)
                         .arg(sd::toLabel(ticket.status), sd::toLabel(ticket.details.priority), ticket.details.subject)
                  << Qt::endl;
    if (withTimeline)
        command.out() << QJsonDocument(ticketJson(workspace, ticket)).toJson(QJsonDocument::Indented);
    return Ok;
}

template <typename E>
bool readEnum(Command& command, const char* option, E& value)
{
    const QString name = QString::fromLatin1(option);
    if (!command.parser().isSet(name))
        return true;
    auto parsed = sd::fromCodeOrLabel<E>(command.parser().value(name));
    if (!parsed) {
        command.usageError(tr("--%1: unknown value \"%2\"; use one of %3")
                               .arg(name, command.parser().value(name), sd::allCodes<E>().join(QStringLiteral(", "))));
        return false;
    }
    value = *parsed;
    return true;
}

void readText(Command& command, const char* option, QString& value)
{
    const QString name = QString::fromLatin1(option);
    if (command.parser().isSet(name))
        value = command.parser().value(name);
}

// --customer takes a customer code or a phone number that names one customer.
bool readCustomer(Command& command, sd::Workspace& workspace, sd::TicketDraft& draft)
{
    if (!command.parser().isSet(QStringLiteral("customer")))
        return true;
    const QString key = command.parser().value(QStringLiteral("customer"));
    if (auto byCode = workspace.customers().byCode(key)) {
        draft.customerId = byCode->id;
        return true;
    }
    auto byPhone = workspace.customers().findByPhone(key);
    if (byPhone && byPhone->size() == 1) {
        draft.customerId = byPhone->first().id;
        return true;
    }
    command.failWith(sd::Error::notFound(QStringLiteral("customer"),
                                         byPhone && byPhone->size() > 1
                                             ? tr("%1 customers have the phone number %2; give a customer code").arg(byPhone->size()).arg(key)
                                             : tr("no customer has the code or phone number \"%1\"").arg(key)));
    return false;
}

bool readDraft(Command& command, sd::Workspace& workspace, sd::TicketDraft& draft)
{
    readText(command, "subject", draft.subject);
    readText(command, "description", draft.description);
    readText(command, "product", draft.product);
    readText(command, "serial", draft.serial);
    readText(command, "team", draft.teamCode);
    readText(command, "contact-name", draft.contactName);
    readText(command, "contact-phone", draft.contactPhone);
    readText(command, "contact-email", draft.contactEmail);
    return readEnum(command, "channel", draft.channel) && readEnum(command, "category", draft.category)
        && readEnum(command, "priority", draft.priority) && readCustomer(command, workspace, draft);
}

// The version the change is based on: --expect-version, else the one just read.
std::optional<int> expectedVersion(Command& command, const sd::Ticket& ticket)
{
    if (!command.parser().isSet(QStringLiteral("expect-version")))
        return ticket.version;
    bool ok = false;
    const int version = command.parser().value(QStringLiteral("expect-version")).toInt(&ok);
    if (!ok || version <= 0) {
        command.usageError(tr("--expect-version: give the ticket's version, a positive number"));
        return std::nullopt;
    }
    return version;
}

int finish(Command& command, sd::Workspace& workspace, const sd::Result<sd::Ticket>& result)
{
    if (!result)
        return command.failWith(result.error());
    return printTicket(command, workspace, *result);
}

int create(Command& command, sd::Workspace& workspace)
{
    sd::TicketDraft draft;
    if (!readDraft(command, workspace, draft))
        return command.exitCode();
    return finish(command, workspace, workspace.tickets().create(draft, command.actorId()));
}

int assign(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket, int version)
{
    const QString who = command.parser().positionalArguments().value(1);
    std::optional<qint64> assignee;
    if (who == QLatin1String("-")) {
        assignee = std::nullopt;
    } else {
        auto user = workspace.users().byLogin(who);
        if (!user)
            return command.failWith(user.error());
        assignee = user->id;
    }
    return finish(command, workspace,
                  workspace.tickets().assign(ticket.id, version, assignee, command.parser().value(QStringLiteral("team")),
                                             command.actorId()));
}

int changeStatus(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket, int version)
{
    const QString text = command.parser().positionalArguments().value(1);
    auto status = sd::fromCodeOrLabel<sd::TicketStatus>(text);
    if (!status)
        return command.usageError(tr("unknown status \"%1\"; use one of %2")
                                      .arg(text, sd::allCodes<sd::TicketStatus>().join(QStringLiteral(", "))));
    return finish(command, workspace,
                  workspace.tickets().changeStatus(ticket.id, version, *status, command.actorId(),
                                                   command.parser().value(QStringLiteral("note"))));
}

int satisfaction(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket)
{
    bool ok = false;
    const int score = command.parser().positionalArguments().value(1).toInt(&ok);
    if (!ok)
        return command.usageError(tr("give the satisfaction score, 1 to 5"));
    // The three dimensions come together or not at all.
    const QStringList dimensions{QStringLiteral("timeliness"), QStringLiteral("professionalism"), QStringLiteral("attitude")};
    const auto given = std::count_if(dimensions.begin(), dimensions.end(), [&](const QString& name) { return command.parser().isSet(name); });
    std::optional<sd::SatisfactionDetail> detail;
    if (given == 3) {
        bool all = true, each = false;
        detail = sd::SatisfactionDetail{command.parser().value(dimensions[0]).toInt(&each), 0, 0};
        all = all && each;
        detail->professionalism = command.parser().value(dimensions[1]).toInt(&each);
        all = all && each;
        detail->attitude = command.parser().value(dimensions[2]).toInt(&each);
        if (!all || !each)
            return command.usageError(tr("--timeliness, --professionalism and --attitude take a score from 1 to 5"));
    } else if (given > 0) {
        return command.usageError(tr("give --timeliness, --professionalism and --attitude together"));
    }
    return finish(command, workspace,
                  workspace.tickets().recordSatisfaction(ticket.id, score, command.parser().value(QStringLiteral("comment")),
                                                         command.actorId(), detail));
}

int printLinks(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket)
{
    const QJsonArray links = linksJson(workspace, ticket.id);
    if (command.parser().isSet(QStringLiteral("json"))) {
        command.out() << QJsonDocument(links).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (links.isEmpty())
        command.out() << tr("%1 is not linked to another ticket.").arg(ticket.number) << Qt::endl;
    for (const QJsonValue& value : links) {
        const QJsonObject link = value.toObject();
        const auto status = sd::fromCode<sd::TicketStatus>(link.value(QStringLiteral("status")).toString());
        command.out() << QStringLiteral("%1  %2  %3  %4").arg(relationLabel(link.value(QStringLiteral("relation")).toString()),
                                                              link.value(QStringLiteral("ticket")).toString(),
                                                              status ? sd::toLabel(*status) : QString(),
                                                              link.value(QStringLiteral("subject")).toString())
                      << Qt::endl;
    }
    return Ok;
}

int unlink(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket, const QString& other)
{
    auto links = workspace.tickets().links(ticket.id);
    if (!links)
        return command.failWith(links.error());
    for (const sd::TicketLink& link : *links)
        if (link.kind == sd::LinkKind::Related && link.otherNumber.compare(other.trimmed(), Qt::CaseInsensitive) == 0)
            return finish(command, workspace, workspace.tickets().unlink(ticket.id, link.id, command.actorId()));
    return command.failWith(sd::Error{sd::Error::Code::NotFound, QStringLiteral("ticket"),
                                      tr("%1 is not linked to %2 as related").arg(ticket.number, other.trimmed())});
}

int split(Command& command, sd::Workspace& workspace, const sd::Ticket& ticket)
{
    sd::SplitDraft draft{command.parser().value(QStringLiteral("subject")), command.parser().value(QStringLiteral("description")),
                         ticket.details.category, ticket.details.priority};
    if (!readEnum(command, "category", draft.category) || !readEnum(command, "priority", draft.priority))
        return command.exitCode();
    return finish(command, workspace, workspace.tickets().split(ticket.id, draft, command.actorId()));
}

int onTicket(Command& command, sd::Workspace& workspace, const QString& verb)
{
    auto ticket = workspace.tickets().byNumber(command.parser().positionalArguments().value(0));
    if (!ticket)
        return command.failWith(ticket.error());
    if (verb == QLatin1String("show"))
        return printTicket(command, workspace, *ticket, true);
    if (verb == QLatin1String("links"))
        return printLinks(command, workspace, *ticket);
    const auto version = expectedVersion(command, *ticket);
    if (!version)
        return command.exitCode();
    sd::TicketService& tickets = workspace.tickets();
    const qint64 actor = command.actorId();
    const QString second = command.parser().positionalArguments().value(1);
    if (verb == QLatin1String("update")) {
        sd::TicketDraft draft = ticket->details;
        if (!readDraft(command, workspace, draft))
            return command.exitCode();
        return finish(command, workspace, tickets.edit(ticket->id, *version, draft, actor));
    }
    if (verb == QLatin1String("comment"))
        return finish(command, workspace, tickets.addComment(ticket->id, second, command.parser().isSet(QStringLiteral("public")), actor));
    if (verb == QLatin1String("customer-reply"))
        return finish(command, workspace, tickets.recordCustomerReply(ticket->id, second, actor));
    if (verb == QLatin1String("status"))
        return changeStatus(command, workspace, *ticket, *version);
    if (verb == QLatin1String("link"))
        return finish(command, workspace, tickets.link(ticket->id, second, actor));
    if (verb == QLatin1String("unlink"))
        return unlink(command, workspace, *ticket, second);
    if (verb == QLatin1String("merge"))
        return finish(command, workspace, tickets.merge(ticket->id, *version, second, command.parser().value(QStringLiteral("note")), actor));
    if (verb == QLatin1String("split"))
        return split(command, workspace, *ticket);
    if (verb == QLatin1String("assign"))
        return assign(command, workspace, *ticket, *version);
    if (verb == QLatin1String("escalate"))
        return finish(command, workspace, tickets.escalate(ticket->id, *version, actor, command.parser().value(QStringLiteral("reason"))));
    if (verb == QLatin1String("resolve")) {
        // What the customer said comes first: confirmed resolves, not fixed goes back to in progress.
        const auto answer = sd::fromCodeOrLabel<sd::Acceptance>(command.parser().value(QStringLiteral("answer")));
        if (!answer)
            return command.usageError(tr("--answer: give the customer's answer, confirmed or not_fixed"));
        const QString note = command.parser().value(*answer == sd::Acceptance::Confirmed ? QStringLiteral("solution") : QStringLiteral("note"));
        return finish(command, workspace, tickets.recordAcceptance(ticket->id, *version, *answer, note, actor));
    }
    return satisfaction(command, workspace, *ticket);
}

void addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("json"), tr("Print the ticket as JSON.")},
        {QStringLiteral("expect-version"), tr("Refuse the change unless the ticket is still at version N (what it was when read)."),
         QStringLiteral("N")},
        {QStringLiteral("customer"), tr("Customer code, or a phone number of exactly one customer."), QStringLiteral("CUSTOMER")},
        {QStringLiteral("channel"), tr("phone, email, web, chat, social, walkin."), QStringLiteral("CHANNEL")},
        {QStringLiteral("category"), tr("inquiry, guidance, fault, complaint, suggestion, return."), QStringLiteral("CATEGORY")},
        {QStringLiteral("priority"), tr("P1, P2, P3 or P4."), QStringLiteral("PRIORITY")},
        {QStringLiteral("subject"), tr("Subject."), QStringLiteral("TEXT")},
        {QStringLiteral("description"), tr("Description."), QStringLiteral("TEXT")},
        {QStringLiteral("product"), tr("Product."), QStringLiteral("TEXT")},
        {QStringLiteral("serial"), tr("Serial number."), QStringLiteral("TEXT")},
        {QStringLiteral("team"), tr("Team code."), QStringLiteral("TEAM")},
        {QStringLiteral("contact-name"), tr("Contact's name."), QStringLiteral("TEXT")},
        {QStringLiteral("contact-phone"), tr("Contact's phone."), QStringLiteral("TEXT")},
        {QStringLiteral("contact-email"), tr("Contact's e-mail."), QStringLiteral("TEXT")},
        {QStringLiteral("public"), tr("The comment is a reply the customer sees (else an internal note).")},
        {QStringLiteral("note"), tr("Why the status changes; for resolve --answer not_fixed, what is still wrong."), QStringLiteral("TEXT")},
        {QStringLiteral("reason"), tr("Why the ticket is escalated."), QStringLiteral("TEXT")},
        {QStringLiteral("solution"), tr("What solved it (required)."), QStringLiteral("TEXT")},
        {QStringLiteral("answer"), tr("resolve: the customer's answer, confirmed (with --solution) or not_fixed (with --note saying what is still wrong)."),
         QStringLiteral("ANSWER")},
        {QStringLiteral("comment"), tr("The customer's words with the score."), QStringLiteral("TEXT")},
        {QStringLiteral("timeliness"), tr("csat: timeliness, 1 to 5 (with --professionalism and --attitude)."), QStringLiteral("N")},
        {QStringLiteral("professionalism"), tr("csat: professionalism, 1 to 5."), QStringLiteral("N")},
        {QStringLiteral("attitude"), tr("csat: attitude, 1 to 5."), QStringLiteral("N")},
    };
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
}

int positionalCount(const QString& verb)
{
    if (verb == QLatin1String("create"))
        return 0;
    if (verb == QLatin1String("comment") || verb == QLatin1String("customer-reply") || verb == QLatin1String("status")
        || verb == QLatin1String("assign") || verb == QLatin1String("csat") || verb == QLatin1String("link")
        || verb == QLatin1String("unlink") || verb == QLatin1String("merge"))
        return 2;
    return 1;
}

} // namespace

bool isTicketWriteVerb(const QString& verb)
{
    static const QStringList verbs{QStringLiteral("create"), QStringLiteral("show"),     QStringLiteral("update"),
                                   QStringLiteral("comment"), QStringLiteral("status"), QStringLiteral("assign"),
                                   QStringLiteral("escalate"), QStringLiteral("resolve"), QStringLiteral("csat"),
                                   QStringLiteral("customer-reply"), QStringLiteral("links"), QStringLiteral("link"),
                                   QStringLiteral("unlink"), QStringLiteral("merge"), QStringLiteral("split")};
    return verbs.contains(verb);
}

int runTicketWrite(const QString& verb, const QStringList& arguments)
{
    Command command(QStringLiteral("tickets ") + verb,
                    tr("tickets create --subject S [--customer C] [--channel] [--category] [--priority] ...: a new ticket.\n"
                       "tickets show NUMBER: the ticket and its timeline.\n"
                       "tickets update NUMBER [--priority] [--category] [--subject] [--description] [--product] ...\n"
                       "tickets comment NUMBER TEXT [--public]; status NUMBER STATUS [--note]; assign NUMBER LOGIN|- [--team]\n"
                       "tickets customer-reply NUMBER TEXT: what the customer said (a mail gateway, a call back); a ticket pending the customer goes back to in progress\n"
                       "tickets escalate NUMBER [--reason]; resolve NUMBER --answer confirmed --solution TEXT | --answer not_fixed --note TEXT; csat NUMBER SCORE [--comment] [--timeliness N --professionalism N --attitude N]\n"
                       "tickets links NUMBER: the tickets it is tied to; link NUMBER OTHER and unlink NUMBER OTHER: related tickets\n"
                       "tickets merge DUPLICATE KEPT [--note]: closes the open duplicate, its timeline joined to the kept ticket's (cannot be undone)\n"
                       "tickets split NUMBER --subject S [--description] [--category] [--priority]: a new ticket for a second matter, same customer\n"
                       "Changes take --expect-version N: refused if someone changed the ticket since."),
                    arguments);
    addOptions(command.parser());
    if (!command.parse(positionalCount(verb)))
        return command.exitCode();
    const auto access = verb == QLatin1String("show") || verb == QLatin1String("links") ? Command::Access::Read : Command::Access::Write;
    auto workspace = command.openWorkspace(access);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("create"))
        return create(command, *workspace);
    return onTicket(command, *workspace, verb);
}

} // namespace sdctl
