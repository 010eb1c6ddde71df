#include "tickets/Notifications.h"

#include "risk/RiskText.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace sd {
namespace {

using Kind = Notification::Kind;

constexpr std::array<std::pair<Kind, const char*>, 8> kKindCodes{{
    {Kind::Assigned, "assigned"},
    {Kind::Mentioned, "mentioned"},
    {Kind::SlaWarning, "sla_warning"},
    {Kind::SlaBreach, "sla_breach"},
    {Kind::Escalated, "escalated"},
    {Kind::CustomerReply, "customer_reply"},
    {Kind::Merged, "merged"},
    {Kind::RiskRaised, "risk_raised"},
}};

} // namespace

QString Notification::codeOf(Kind kind)
{
    for (const auto& [each, code] : kKindCodes)
        if (each == kind)
            return QString::fromLatin1(code);
    return {};
}

std::optional<Notification::Kind> Notification::kindOf(const QString& code)
{
    for (const auto& [each, text] : kKindCodes)
        if (code == QLatin1String(text))
            return each;
    return std::nullopt;
}

Notifications::Notifications(Database database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{
}

Status Notifications::record(const Ticket& ticket, const QList<TicketEvent>& events)
{
    QList<std::pair<const TicketEvent*, Entry>> found;
    for (const TicketEvent& event : events) {
        auto entries = entriesFor(ticket, event);
        if (!entries)
            return fail(entries.error());
        for (const Entry& entry : *entries)
            found.append({&event, entry});
    }
    // A supervisor told by an escalation rule about a checkpoint need not also
    // hear of the same SLA warning or breach.
    const auto escalated = [&](const Entry& sla) {
        return std::any_of(found.begin(), found.end(), [&](const auto& other) {
            return other.second.kind == Kind::Escalated && other.second.userId == sla.userId && other.second.detail == sla.detail;
        });
    };
    for (const auto& [event, entry] : found) {
        if ((entry.kind == Kind::SlaWarning || entry.kind == Kind::SlaBreach) && escalated(entry))
            continue;
        if (auto inserted = insert(ticket, *event, entry); !inserted)
            return inserted;
    }
    return {};
}

Result<QList<Notifications::Entry>> Notifications::entriesFor(const Ticket& ticket, const TicketEvent& event) const
{
    QList<Entry> entries;
    const QString& kind = event.kind;
    if (kind == QLatin1String("assignment") && !event.newValue.isEmpty()) {
        const qint64 assignee = event.newValue.toLongLong();
        if (event.actorId != assignee)
            entries.append({assignee, Kind::Assigned, event.body});
    } else if (kind == QLatin1String("comment")) {
        auto people = mentioned(event.body);
        if (!people)
            return fail(people.error());
        for (qint64 person : *people)
            if (event.actorId != person)
                entries.append({person, Kind::Mentioned, event.body.left(500)});
    } else if (kind == QLatin1String("merge") && event.field == QLatin1String("from")) {
        if (ticket.assigneeId && event.actorId != ticket.assigneeId)
            entries.append({*ticket.assigneeId, Kind::Merged, event.newValue});
    } else if (kind == QLatin1String("customer_reply")) {
        if (ticket.assigneeId && event.actorId != ticket.assigneeId)
            entries.append({*ticket.assigneeId, Kind::CustomerReply, event.body.left(500)});
    } else if (kind == QLatin1String("sla_warning") || kind == QLatin1String("sla_breach")) {
        const Kind sla = kind == QLatin1String("sla_warning") ? Kind::SlaWarning : Kind::SlaBreach;
        const QString checkpoint = event.field + (sla == Kind::SlaWarning ? QStringLiteral("_warning") : QStringLiteral("_breach"));
        if (ticket.assigneeId) {
            entries.append({*ticket.assigneeId, sla, checkpoint});
        } else {
            auto supervisors = supervisorsOf(ticket.details.teamCode);
            if (!supervisors)
                return fail(supervisors.error());
            for (qint64 supervisor : *supervisors)
                entries.append({supervisor, sla, checkpoint});
        }
    } else if (kind == QLatin1String("escalation_rule") && event.body.split(QLatin1Char(',')).contains(QStringLiteral("notify"))) {
        // The team the ticket was in when the rule fired (before any move).
        auto supervisors = supervisorsOf(event.oldValue.isEmpty() ? ticket.details.teamCode : event.oldValue);
        if (!supervisors)
            return fail(supervisors.error());
        for (qint64 supervisor : *supervisors)
            entries.append({supervisor, Kind::Escalated, event.field});
    }
    return entries;
}

// "@li.na" names the active user li.na; a full stop or comma after the login
// ends the sentence, not the login.
Result<QList<qint64>> Notifications::mentioned(const QString& body) const
{
    static const QRegularExpression mention(QStringLiteral("(?:^|[^\\w@.])@([a-z0-9][a-z0-9._-]*[a-z0-9])"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<qint64> people;
    for (auto it = mention.globalMatch(body); it.hasNext();) {
        const QString login = it.next().captured(1).toLower();
        auto id = sql::scalar(m_database.connection(), QStringLiteral("SELECT id FROM users WHERE login = ? AND active = 1"), {login});
        if (!id)
            return fail(id.error());
        if (id->isValid() && !people.contains(id->toLongLong()))
            people.append(id->toLongLong());
    }
    return people;
}

Result<QList<qint64>> Notifications::supervisorsOf(const QString& teamCode) const
{
    auto rows = sql::run(m_database.connection(), QStringLiteral(R"(
        SELECT id FROM users WHERE role = ? AND active = 1
          AND (team_code = ? OR NOT EXISTS (SELECT 1 FROM users s WHERE s.role = ? AND s.active = 1 AND s.team_code = ?))
        ORDER BY id)"),
                         {toCode(Role::Supervisor), teamCode, toCode(Role::Supervisor), teamCode});
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

Status Notifications::insert(const Ticket& ticket, const TicketEvent& event, const Entry& entry)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("INSERT INTO notifications (user_id, ticket_id, kind, at, actor_id, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                         {entry.userId, ticket.id, Notification::codeOf(entry.kind), event.at, sql::nullable(event.actorId), entry.detail});
    if (!done)
        return fail(done.error());
    return {};
}

Result<int> Notifications::unreadCount(qint64 userId) const
{
    auto count = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"), {userId});
    if (!count)
        return fail(count.error());
    return count->toInt();
}

Result<QList<Notification>> Notifications::latest(qint64 userId) const
{
    auto rows = sql::run(m_database.connection(), QStringLiteral(R"(
        SELECT n.id, n.ticket_id, COALESCE(t.number, ''), COALESCE(t.subject, ''), n.kind, n.at, n.actor_id,
               COALESCE(u.display_name, ''), n.detail, n.read_at, n.risk_id, r.title, r.rule_code, r.rule_key, r.alert
        FROM notifications n LEFT JOIN tickets t ON t.id = n.ticket_id LEFT JOIN users u ON u.id = n.actor_id
             LEFT JOIN risks r ON r.id = n.risk_id
        WHERE n.user_id = ? ORDER BY n.id DESC LIMIT ?)"),
                         {userId, kListLimit});
    if (!rows)
        return fail(rows.error());
    QList<Notification> found;
    while (rows->next()) {
        Notification n;
        n.id = rows->value(0).toLongLong();
        n.ticketId = rows->value(1).toLongLong();
        n.ticketNumber = rows->value(2).toString();
        n.ticketSubject = rows->value(3).toString();
        n.kind = Notification::kindOf(rows->value(4).toString()).value_or(Kind::Assigned);
        n.at = rows->value(5).toLongLong();
        n.actorId = sql::optionalInt(rows->value(6));
        n.actorName = rows->value(7).toString();
        n.detail = rows->value(8).toString();
        n.read = !rows->value(9).isNull();
        n.riskId = sql::optionalInt(rows->value(10));
        if (n.riskId) {
            Risk risk;
            risk.draft.title = rows->value(11).toString();
            risk.ruleCode = rows->value(12).toString();
            risk.ruleKey = rows->value(13).toString();
            risk.alert = QJsonDocument::fromJson(rows->value(14).toString().toUtf8()).object();
            n.riskTitle = RiskText::title(risk);
        }
        found.append(n);
    }
    return found;
}

Status Notifications::markRead(qint64 userId, qint64 notificationId)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL"),
                         {m_clock.now(), notificationId, userId});
    if (!done)
        return fail(done.error());
    return {};
}

Status Notifications::recordRisk(qint64 riskId, const QString& ruleCode, const QString& teamCode)
{
    auto supervisors = supervisorsOf(teamCode);
    if (!supervisors)
        return fail(supervisors.error());
    for (qint64 userId : *supervisors) {
        auto inserted = sql::run(m_database.connection(),
                                 QStringLiteral("INSERT INTO notifications (user_id, risk_id, kind, at, detail) VALUES (?, ?, ?, ?, ?)"),
                                 {userId, riskId, Notification::codeOf(Kind::RiskRaised), m_clock.now(), ruleCode});
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Status Notifications::markAllRead(qint64 userId)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"),
                         {m_clock.now(), userId});
    if (!done)
        return fail(done.error());
    return {};
}

} // namespace sd
