#include "tickets/AutoAssigner.h"

#include "config/Configuration.h"
#include "storage/Sql.h"
#include "tickets/TicketStore.h"

#include <algorithm>
#include <tuple>

namespace sd {

AutoAssigner::AutoAssigner(Database database, Clock clock)
    : m_database(std::move(database))
    , m_presence(m_database, std::move(clock))
{
}

Result<AssignmentMode> AutoAssigner::modeOf(const QString& teamCode) const
{
    auto mode = sql::scalar(m_database.connection(), QStringLiteral("SELECT assignment FROM teams WHERE code = ?"), {teamCode});
    if (!mode)
        return fail(mode.error());
    return fromCode<AssignmentMode>(mode->toString()).value_or(AssignmentMode::Manual);
}

Result<bool> AutoAssigner::isOtherOffices(const QString& ticketNumber) const
{
    auto own = sql::scalar(m_database.connection(),
                           QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END").arg(TicketStore::ownOfficeCondition(QStringLiteral("?"))),
                           {ticketNumber});
    if (!own)
        return fail(own.error());
    return own->toInt() == 0;
}

Result<std::optional<AutoPick>> AutoAssigner::pick(const QString& teamCode, Category category, const QString& ticketNumber) const
{
    if (teamCode.isEmpty())
        return std::optional<AutoPick>();
    auto elsewhere = isOtherOffices(ticketNumber);
    if (!elsewhere)
        return fail(elsewhere.error());
    if (*elsewhere)
        return std::optional<AutoPick>();
    auto mode = modeOf(teamCode);
    if (!mode)
        return fail(mode.error());
    if (*mode == AssignmentMode::Manual)
        return std::optional<AutoPick>();
    auto members = m_presence.members(teamCode);
    if (!members)
        return fail(members.error());
    QList<TeamMember> people = *members;
    people.removeIf([&](const TeamMember& m) {
        return !m.freeForTickets() || (*mode == AssignmentMode::SkillMatch && !m.skills.contains(category));
    });
    if (people.isEmpty())
        return std::optional<AutoPick>();
    const bool byLoad = *mode != AssignmentMode::RoundRobin;
    const auto order = [byLoad](const TeamMember& m) {
        return std::make_tuple(byLoad ? m.openTickets : 0, m.assignedTurn, m.userId);
    };
    const auto best = std::min_element(people.begin(), people.end(),
                                       [&](const TeamMember& a, const TeamMember& b) { return order(a) < order(b); });
    return std::optional<AutoPick>(AutoPick{best->userId, *mode});
}

Status AutoAssigner::takeTurn(qint64 userId) const
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE desk_presence SET assigned_turn = "
                                        "(SELECT COALESCE(MAX(assigned_turn), 0) + 1 FROM desk_presence) WHERE user_id = ?"),
                         {userId});
    if (!done)
        return fail(done.error());
    return {};
}

Result<QStringList> AutoAssigner::automaticTeams() const
{
    auto rows = sql::run(m_database.connection(), QStringLiteral("SELECT code FROM teams WHERE assignment <> ? ORDER BY code"),
                         {toCode(AssignmentMode::Manual)});
    if (!rows)
        return fail(rows.error());
    QStringList teams;
    while (rows->next())
        teams.append(rows->value(0).toString());
    return teams;
}

Result<QList<AutoAssigner::Waiting>> AutoAssigner::waiting(const QString& teamCode, int limit, const QList<Category>& skipped) const
{
    QVariantList values{toCode(TicketStatus::New), toCode(TicketStatus::InProgress), teamCode};
    QString skip;
    for (Category category : skipped) {
        skip += skip.isEmpty() ? QStringLiteral(" AND category NOT IN (?") : QStringLiteral(", ?");
        values.append(toCode(category));
    }
    if (!skip.isEmpty())
        skip += QLatin1Char(')');
    values.append(limit);
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT id, category FROM tickets WHERE status IN (?, ?) AND team_code = ? AND assignee_id IS NULL"
                                        "%1 AND %2 ORDER BY created_at, id LIMIT ?")
                             .arg(skip, TicketStore::ownOfficeCondition()),
                         values);
    if (!rows)
        return fail(rows.error());
    QList<Waiting> found;
    while (rows->next())
        found.append({rows->value(0).toLongLong(), fromCode<Category>(rows->value(1).toString()).value_or(Category::Inquiry)});
    return found;
}

} // namespace sd
