#include "tickets/TicketLinks.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"

#include <QUuid>

namespace sd {
namespace {

// Each side of a link read as seen from the ticket asked about.
const char* const kLinksOf = R"(SELECT l.id, l.kind, 1, l.other_id, t.number, t.subject, t.status, l.created_at,
        COALESCE(u.display_name, '')
    FROM ticket_links l JOIN tickets t ON t.id = l.other_id LEFT JOIN users u ON u.id = l.created_by
    WHERE l.ticket_id = ? AND l.removed_at IS NULL
    UNION ALL
    SELECT l.id, l.kind, 0, l.ticket_id, t.number, t.subject, t.status, l.created_at, COALESCE(u.display_name, '')
    FROM ticket_links l JOIN tickets t ON t.id = l.ticket_id LEFT JOIN users u ON u.id = l.created_by
    WHERE l.other_id = ? AND l.removed_at IS NULL
    ORDER BY 8, 1)";

TicketLink linkOf(const QSqlQuery& q)
{
    TicketLink link;
    link.id = q.value(0).toLongLong();
    link.kind = fromCode<LinkKind>(q.value(1).toString()).value_or(LinkKind::Related);
    link.outgoing = q.value(2).toInt() == 1;
    link.otherId = q.value(3).toLongLong();
    link.otherNumber = q.value(4).toString();
    link.otherSubject = q.value(5).toString();
    link.otherStatus = fromCode<TicketStatus>(q.value(6).toString()).value_or(TicketStatus::New);
    link.createdAt = q.value(7).toLongLong();
    link.createdByName = q.value(8).toString();
    return link;
}

} // namespace

LinkStore::LinkStore(Database database)
    : m_database(std::move(database))
{
}

Result<QList<TicketLink>> LinkStore::linksOf(qint64 ticketId) const
{
    auto query = sql::run(m_database.connection(), QString::fromLatin1(kLinksOf), {ticketId, ticketId});
    if (!query)
        return fail(query.error());
    QList<TicketLink> links;
    while (query->next())
        links.append(linkOf(*query));
    return links;
}

Result<std::optional<TicketLink>> LinkStore::find(qint64 id) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT l.id, l.kind, 1, l.other_id, t.number, t.subject, t.status, l.created_at, '' "
                                         "FROM ticket_links l JOIN tickets t ON t.id = l.other_id "
                                         "WHERE l.id = ? AND l.removed_at IS NULL"),
                          {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<TicketLink>();
    return std::optional<TicketLink>(linkOf(*query));
}

Result<std::optional<qint64>> LinkStore::between(qint64 a, qint64 b, LinkKind kind) const
{
    auto id = sql::scalar(m_database.connection(),
                          QStringLiteral("SELECT id FROM ticket_links WHERE kind = ? AND removed_at IS NULL "
                                         "AND ((ticket_id = ? AND other_id = ?) OR (ticket_id = ? AND other_id = ?))"),
                          {toCode(kind), a, b, b, a});
    if (!id)
        return fail(id.error());
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<std::optional<QString>> LinkStore::mergedInto(qint64 ticketId) const
{
    auto number = sql::scalar(m_database.connection(),
                              QStringLiteral("SELECT t.number FROM ticket_links l JOIN tickets t ON t.id = l.other_id "
                                             "WHERE l.ticket_id = ? AND l.kind = ? AND l.removed_at IS NULL"),
                              {ticketId, toCode(LinkKind::Merged)});
    if (!number)
        return fail(number.error());
    return number->isValid() ? std::optional<QString>(number->toString()) : std::nullopt;
}

Result<std::optional<qint64>> LinkStore::mergedIntoId(qint64 ticketId) const
{
    auto id = sql::scalar(m_database.connection(),
                          QStringLiteral("SELECT other_id FROM ticket_links WHERE ticket_id = ? AND kind = ? AND removed_at IS NULL"),
                          {ticketId, toCode(LinkKind::Merged)});
    if (!id)
        return fail(id.error());
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<qint64> LinkStore::insert(qint64 ticketId, qint64 otherId, LinkKind kind, qint64 at, qint64 actorId)
{
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO ticket_links (uuid, ticket_id, other_id, kind, created_at, created_by, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), ticketId, otherId, toCode(kind), at, actor, actor});
    if (!inserted)
        return fail(inserted.error());
    return insertedId(*inserted, QStringLiteral("ticket_links"));
}

Status LinkStore::markRemoved(qint64 id, qint64 at, qint64 actorId)
{
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE ticket_links SET removed_at = ?, removed_by = ?, updated_by = ? "
                                           "WHERE id = ? AND removed_at IS NULL"),
                            {at, actor, actor, id});
    if (!updated)
        return fail(updated.error());
    return {};
}

Result<QString> LinkStore::officeOf(const QString& number) const
{
    auto code = sql::scalar(m_database.connection(),
                            QStringLiteral("SELECT code FROM sync_offices WHERE is_self = 0 "
                                           "AND substr(?, 1, length(code) + 1) = code || '-'"),
                            {number});
    if (!code)
        return fail(code.error());
    return code->isValid() ? code->toString() : QString();
}

Result<QList<LinkCandidate>> LinkStore::candidates(qint64 ticketId, int limit) const
{
    auto query = sql::run(m_database.connection(), QStringLiteral(R"(SELECT t.id, t.number, t.subject, t.status, t.created_at
        FROM tickets t
        WHERE t.customer_id = (SELECT customer_id FROM tickets WHERE id = ?) AND t.id <> ?
          AND NOT EXISTS (SELECT 1 FROM ticket_links l WHERE l.ticket_id = t.id AND l.kind = ? AND l.removed_at IS NULL)
        ORDER BY t.created_at DESC, t.id DESC LIMIT ?)"),
                          {ticketId, ticketId, toCode(LinkKind::Merged), limit});
    if (!query)
        return fail(query.error());
    QList<LinkCandidate> found;
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      fromCode<TicketStatus>(query->value(3).toString()).value_or(TicketStatus::New),
                      query->value(4).toLongLong()});
    return found;
}

} // namespace sd
