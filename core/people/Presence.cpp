#include "people/Presence.h"

#include "config/Configuration.h"
#include "storage/Sql.h"

namespace sd {

Presence::Presence(Database database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{
}

// Inserts the user's row or sets `available` (when given) and `seen_at` on it.
Status Presence::record(qint64 userId, std::optional<bool> available, qint64 seenAt)
{
    auto done = available
        ? sql::run(m_database.connection(),
                   QStringLiteral("INSERT INTO desk_presence (user_id, available, seen_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (user_id) DO UPDATE SET available = excluded.available, seen_at = excluded.seen_at"),
                   {userId, *available ? 1 : 0, seenAt})
        : sql::run(m_database.connection(),
                   QStringLiteral("INSERT INTO desk_presence (user_id, seen_at) VALUES (?, ?) "
                                  "ON CONFLICT (user_id) DO UPDATE SET seen_at = excluded.seen_at"),
                   {userId, seenAt});
    if (!done)
        return fail(done.error());
    m_lastReport = seenAt;
    return {};
}

Status Presence::signOn(qint64 userId)
{
    return record(userId, true, m_clock.now());
}

Status Presence::heartbeat(qint64 userId)
{
    return record(userId, std::nullopt, m_clock.now());
}

Status Presence::signOff(qint64 userId)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE desk_presence SET seen_at = 0 WHERE user_id = ? AND seen_at <= ?"),
                         {userId, m_lastReport});
    if (!done)
        return fail(done.error());
    return {};
}

Status Presence::setAvailability(qint64 userId, Availability availability)
{
    return record(userId, availability == Availability::Available, m_clock.now());
}

Result<Availability> Presence::availability(qint64 userId) const
{
    auto available = sql::scalar(m_database.connection(), QStringLiteral("SELECT available FROM desk_presence WHERE user_id = ?"), {userId});
    if (!available)
        return fail(available.error());
    return available->isValid() && available->toBool() ? Availability::Available : Availability::Away;
}

Result<QList<TeamMember>> Presence::members(const QString& teamCode) const
{
    auto rows = sql::run(m_database.connection(), QStringLiteral(R"(
        SELECT u.id, u.login, u.display_name, u.role, u.skills, COALESCE(p.seen_at, 0), COALESCE(p.available, 0),
               (SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = u.id AND t.is_open = 1), COALESCE(p.assigned_turn, 0)
        FROM users u LEFT JOIN desk_presence p ON p.user_id = u.id
        WHERE u.team_code = ? AND u.active = 1 ORDER BY u.display_name, u.login)"), {teamCode});
    if (!rows)
        return fail(rows.error());
    // A desk's last report before this means it is gone.
    const qint64 signedInSince = m_clock.now() - kSignedInWindowS;
    QList<TeamMember> members;
    while (rows->next()) {
        TeamMember member;
        member.userId = rows->value(0).toLongLong();
        member.login = rows->value(1).toString();
        member.displayName = rows->value(2).toString();
        member.role = fromCode<Role>(rows->value(3).toString()).value_or(Role::Agent);
        member.skills = skillsFromText(rows->value(4).toString());
        member.signedIn = rows->value(5).toLongLong() >= signedInSince;
        member.availability = rows->value(6).toBool() ? Availability::Available : Availability::Away;
        member.openTickets = rows->value(7).toInt();
        member.assignedTurn = rows->value(8).toLongLong();
        members.append(member);
    }
    return members;
}

} // namespace sd
