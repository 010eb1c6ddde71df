#include "sync/CustomerMerge.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace sd {

CustomerMerge::CustomerMerge(Database database, Clock clock)
    : m_database(database)
    , m_clock(clock)
    , m_access(std::move(database), std::move(clock))
{
}

Result<QList<DuplicateCandidate>> CustomerMerge::candidates(int limit) const
{
    auto query = sql::run(m_database.connection(), QStringLiteral(R"(SELECT c.phone_key, c.id, c.code, c.name, c.phone,
        (SELECT COUNT(*) FROM tickets t WHERE t.customer_id = c.id)
        FROM customers c
        WHERE c.merged_into IS NULL AND c.phone_key IN (
            SELECT phone_key FROM customers WHERE phone_key <> '' AND merged_into IS NULL
            GROUP BY phone_key HAVING COUNT(*) > 1 ORDER BY phone_key LIMIT ?)
        ORDER BY c.phone_key, c.id)"), {limit});
    if (!query)
        return fail(query.error());
    QList<DuplicateCandidate> candidates;
    while (query->next()) {
        if (candidates.isEmpty() || candidates.last().phoneKey != query->value(0).toString())
            candidates.append({query->value(0).toString(), {}});
        candidates.last().customers.append({query->value(1).toLongLong(), query->value(2).toString(), query->value(3).toString(),
                                            query->value(4).toString(), query->value(5).toInt()});
    }
    return candidates;
}

// Tickets, purchases and return visits of `other` move to `keep`, each moved ticket's timeline saying so.
Status CustomerMerge::moveRecords(qint64 keepId, qint64 otherId, const QString& keepLabel, const QString& otherLabel,
                                  const QVariant& actorId)
{
    const qint64 now = m_clock.now();
    const QString note = QCoreApplication::translate("sd::CustomerMerge", "Customer %1 merged into %2").arg(otherLabel, keepLabel);
    // The timeline first, while the moved tickets can still be told by their customer.
    auto logged = sql::run(m_database.connection(), QStringLiteral(R"(INSERT INTO ticket_events
        (ticket_id, at, actor_id, kind, field, old_value, new_value, body)
        SELECT id, ?, ?, 'field', 'customer', ?, ?, ? FROM tickets WHERE customer_id = ?)"),
        {now, actorId, otherLabel, keepLabel, note, otherId});
    if (!logged)
        return fail(logged.error());
    auto tickets = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE tickets SET customer_id = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                           "WHERE customer_id = ?"),
                            {keepId, now, actorId, otherId});
    if (!tickets)
        return fail(tickets.error());
    auto purchases = sql::run(m_database.connection(), QStringLiteral("UPDATE purchases SET customer_id = ?, updated_by = ? WHERE customer_id = ?"),
                              {keepId, actorId, otherId});
    if (!purchases)
        return fail(purchases.error());
    // Their calls back too: the kept customer is the one to call.
    auto visits = sql::run(m_database.connection(),
                           QStringLiteral("UPDATE return_visits SET customer_id = ?, version = version + 1, updated_by = ? WHERE customer_id = ?"),
                           {keepId, actorId, otherId});
    if (!visits)
        return fail(visits.error());
    return {};
}

// A merge made at another office reached this one: what this office holds of
// the merged customer (tickets and purchases the merging office did not have)
// follows it, as this office's own change, so it travels on to the others.
Status CustomerMerge::followMerge(const QString& otherUuid, const QString& byLogin)
{
    auto rows = sql::run(m_database.connection(), QStringLiteral(R"(SELECT o.id, o.code || ' ' || o.name, k.id, k.code || ' ' || k.name,
        (SELECT id FROM users WHERE login = ?)
        FROM customers o JOIN customers k ON k.uuid = o.merged_into
        WHERE o.uuid = ? AND (EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = o.id)
                              OR EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = o.id)
                              OR EXISTS (SELECT 1 FROM return_visits r WHERE r.customer_id = o.id)))"),
                         {byLogin, otherUuid});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return {};
    const qint64 otherId = rows->value(0).toLongLong(), keepId = rows->value(2).toLongLong();
    const QString otherLabel = rows->value(1).toString(), keepLabel = rows->value(3).toString();
    const QVariant actor = rows->value(4);
    rows->finish();
    return moveRecords(keepId, otherId, keepLabel, otherLabel, actor);
}

Status CustomerMerge::merge(qint64 keepId, qint64 otherId, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::MergeCustomers); !allowed)
        return allowed;
    if (keepId == otherId)
        return fail(Error::invalid(QStringLiteral("customer"),
                                   QCoreApplication::translate("sd::CustomerMerge", "a customer cannot be merged into itself")));
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT id, uuid, code || ' ' || name, merged_into FROM customers WHERE id IN (?, ?)"),
                         {keepId, otherId});
    if (!rows)
        return fail(rows.error());
    QString keepUuid, keepLabel, otherLabel;
    int found = 0;
    while (rows->next()) {
        ++found;
        if (!rows->value(3).isNull())
            return fail(Error::invalid(QStringLiteral("customer"), QCoreApplication::translate("sd::CustomerMerge", "%1 was already merged into another customer")
                                                                       .arg(rows->value(2).toString())));
        if (rows->value(0).toLongLong() == keepId) {
            keepUuid = rows->value(1).toString();
            keepLabel = rows->value(2).toString();
        } else {
            otherLabel = rows->value(2).toString();
        }
    }
    if (found != 2)
        return fail(Error::notFound(QStringLiteral("customer"), QCoreApplication::translate("sd::CustomerMerge", "one of the two customers does not exist")));
    if (auto moved = moveRecords(keepId, otherId, keepLabel, otherLabel, actorId); !moved)
        return moved;
    const qint64 now = m_clock.now();
    auto marked = sql::run(m_database.connection(),
                           QStringLiteral("UPDATE customers SET merged_into = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?"),
                           {keepUuid, now, actorId, otherId});
    if (!marked)
        return fail(marked.error());
    return transaction.commit();
}

} // namespace sd
