#include "queue/QueueQuery.h"

#include "customers/PhoneNumber.h"
#include "reports/KpiEngine.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sd {
namespace {

// Paused tickets have no due time; they sort after every running one. The
// same expression is indexed (ix_tickets_open_due), so the order is free.
const QString kDueKey = QStringLiteral("COALESCE(t.next_due_at, 9000000000000)");

struct QueueInfo
{
    Queue queue;
    const char* code;
    QueueSort natural;
    bool naturalDescending;
};

const QueueInfo kQueues[] = {
    {Queue::Open, "open", QueueSort::Due, false},
    {Queue::Mine, "mine", QueueSort::Due, false},
    {Queue::Unassigned, "unassigned", QueueSort::Due, false},
    {Queue::AtRisk, "at-risk", QueueSort::Due, false},
    {Queue::Breached, "breached", QueueSort::Due, false},
    {Queue::Pending, "pending", QueueSort::Updated, true},
    {Queue::PendingCustomer, "pending-customer", QueueSort::Updated, true},
    {Queue::RecentlyResolved, "resolved", QueueSort::Resolved, true},
    {Queue::All, "all", QueueSort::Created, true},
};

const std::pair<QueueSort, const char*> kSorts[] = {
    {QueueSort::Due, "due"},         {QueueSort::Number, "number"},     {QueueSort::Created, "created"},
    {QueueSort::Updated, "updated"}, {QueueSort::Priority, "priority"}, {QueueSort::Status, "status"},
    {QueueSort::Resolved, "resolved"},
};

const QueueInfo& infoOf(Queue queue)
{
    for (const QueueInfo& info : kQueues)
        if (info.queue == queue)
            return info;
    return kQueues[0];
}

QString sortExpression(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Due: return kDueKey;
    case QueueSort::Number: return QStringLiteral("t.number");
    case QueueSort::Created: return QStringLiteral("t.created_at");
    case QueueSort::Updated: return QStringLiteral("t.updated_at");
    case QueueSort::Priority: return QStringLiteral("t.priority");
    case QueueSort::Status: return QStringLiteral("t.status");
    case QueueSort::Resolved: return QStringLiteral("t.resolved_at");
    }
    return kDueKey;
}

// "Recently resolved" looks back one week.
constexpr qint64 kRecentSeconds = 7 * 24 * 3600;

const QString kRowColumns = QStringLiteral(R"(SELECT t.id, t.number, t.subject, COALESCE(c.name, t.contact_name),
    t.tier_code, t.status, t.priority, COALESCE(u.display_name, ''), t.next_due_at, t.next_warn_at, t.paused_since,
    t.created_at, t.updated_at, t.csat_score, t.category)");
const QString kRowJoins = QStringLiteral(" LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = t.assignee_id");

QueueRow rowFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            fromCode<TicketStatus>(q.value(5).toString()).value_or(TicketStatus::New),
            fromCode<Priority>(q.value(6).toString()).value_or(Priority::P3),
            q.value(7).toString(),
            sql::optionalInt(q.value(8)),
            sql::optionalInt(q.value(9)),
            sql::optionalInt(q.value(10)),
            q.value(11).toLongLong(),
            q.value(12).toLongLong(),
            q.value(13).isNull() ? std::nullopt : std::optional<int>(q.value(13).toInt()),
            fromCode<Category>(q.value(14).toString()).value_or(Category::Inquiry)};
}

} // namespace

QueueQuery::QueueQuery(Database database)
    : m_database(std::move(database))
{
}

QString QueueQuery::queueCode(Queue queue)
{
    return QString::fromLatin1(infoOf(queue).code);
}

std::optional<Queue> QueueQuery::queueFromCode(const QString& code)
{
    for (const QueueInfo& info : kQueues)
        if (code == QLatin1String(info.code))
            return info.queue;
    return std::nullopt;
}

std::optional<QueueSort> QueueQuery::sortFromCode(const QString& code)
{
    for (const auto& [value, name] : kSorts)
        if (code == QLatin1String(name))
            return value;
    return std::nullopt;
}

Result<QueueQuery::Filter> QueueQuery::filterFor(const QueueRequest& request, qint64 now) const
{
    Filter filter;
    switch (request.queue) {
    case Queue::Open: filter.where = QStringLiteral("t.is_open = 1"); break;
    case Queue::Mine:
        if (!request.me)
            return fail(Error::invalid(QStringLiteral("user"),
                                       QCoreApplication::translate("sd::QueueQuery", "\"my tickets\" needs a user")));
        filter = {QStringLiteral("t.assignee_id = ? AND t.is_open = 1"), {*request.me}};
        break;
    case Queue::Unassigned: filter.where = QStringLiteral("t.assignee_id IS NULL AND t.is_open = 1"); break;
    case Queue::AtRisk:
        filter = {QStringLiteral("t.is_open = 1 AND %1 >= ? AND t.next_warn_at <= ?").arg(kDueKey), {now, now}};
        break;
    case Queue::Breached: filter = {QStringLiteral("t.is_open = 1 AND %1 < ?").arg(kDueKey), {now}}; break;
    case Queue::Pending:
        filter.where = QStringLiteral("t.status IN ('pending_customer', 'pending_third_party')");
        break;
    case Queue::PendingCustomer: filter.where = QStringLiteral("t.status = 'pending_customer'"); break;
    case Queue::RecentlyResolved: filter = {QStringLiteral("t.resolved_at >= ?"), {now - kRecentSeconds}}; break;
    case Queue::All: filter.where = QStringLiteral("1 = 1"); break;
    }
    if (request.reportFilter)
        filter.where += KpiEngine::filterSql(*request.reportFilter, filter.values);
    if (request.createdFrom) {
        filter.where += QStringLiteral(" AND t.created_at >= ?");
        filter.values.append(*request.createdFrom);
    }
    if (request.createdTo) {
        filter.where += QStringLiteral(" AND t.created_at < ?");
        filter.values.append(*request.createdTo);
    }
    if (request.status) {
        filter.where += QStringLiteral(" AND t.status = ?");
        filter.values.append(toCode(*request.status));
    }
    if (request.customerId) {
        filter.where += QStringLiteral(" AND t.customer_id = ?");
        filter.values.append(*request.customerId);
    }
    if (request.search.trimmed().isEmpty())
        return filter;
    auto search = searchFilter(request.search);
    if (!search)
        return fail(search.error());
    filter.where += QStringLiteral(" AND ") + search->where;
    filter.values += search->values;
    filter.fewRows = search->fewRows;
    filter.scans = search->scans;
    return filter;
}

// A ticket number finds that ticket, a phone number the caller's tickets, and
// anything else is looked up as text.
Result<QueueQuery::Filter> QueueQuery::searchFilter(const QString& text) const
{
    static const QRegularExpression ticketNumber(QStringLiteral("^[A-Za-z0-9]{1,8}-\\d{4}-\\d{1,9}$"));
    const QString trimmed = text.trimmed();
    if (ticketNumber.match(trimmed).hasMatch())
        return Filter{QStringLiteral("t.number = ?"), {trimmed.toUpper()}};
    static const QRegularExpression numberTail(QStringLiteral("^\\d{1,6}$"));
    if (numberTail.match(trimmed).hasMatch())
        return Filter{m_database.dialect().numberTailExpression() + QStringLiteral(" = ?"),
                      {trimmed.rightJustified(6, QLatin1Char('0'))}};
    if (PhoneNumber::looksLikePhone(trimmed))
        return Filter{QStringLiteral("t.customer_id IN (SELECT id FROM customers WHERE phone_key = ?)"),
                      {PhoneNumber::lookupKey(trimmed)}};
    const SqlFragment indexed = m_database.dialect().ticketTextCondition(trimmed);
    if (!indexed.sql.isEmpty()) {
        const bool capped = m_database.dialect().textConditionCapsMatches();
        Filter text{indexed.sql, indexed.values, capped};
        text.scans = !capped;
        return text;
    }
    // Too short for the index (one or two characters): a scan, stopped by LIMIT.
    const QString pattern = sql::containsPattern(trimmed);
    Filter scan{QStringLiteral("(t.subject %1 ? ESCAPE '\\' OR t.description %1 ? ESCAPE '\\' OR t.customer_id IN "
                               "(SELECT id FROM customers WHERE name %1 ? ESCAPE '\\'))").arg(m_database.dialect().likeOperator()),
                {pattern, pattern, pattern}};
    scan.scans = true;
    return scan;
}

QString QueueQuery::orderBy(const QueueRequest& request, bool reversed, bool fewRows) const
{
    const QueueInfo& info = infoOf(request.queue);
    const QueueSort sort = request.sort.value_or(info.natural);
    const bool descending = (request.sort ? request.descending : info.naturalDescending) != reversed;
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString key = fewRows ? m_database.dialect().unindexedKey(sortExpression(sort)) : sortExpression(sort);
    // Only the resolution time can be empty among the sort keys.
    const QString nulls = sort == QueueSort::Resolved ? m_database.dialect().nullsAsSqlite(descending) : QString();
    return QStringLiteral("ORDER BY %1 %2%3, t.id %2").arg(key, direction, nulls);
}

Result<SqlFragment> QueueQuery::pageStatement(const QueueRequest& request, qint64 now) const
{
    auto filter = filterFor(request, now);
    if (!filter)
        return fail(filter.error());
    // The page is chosen from tickets alone, and only its rows meet customers
    // and users: a planner that misjudges how many tickets match (a server's
    // statistics are minutes old, and due times pass) would otherwise join
    // every match before sorting.
    const QString order = orderBy(request, false, filter->fewRows);
    SqlFragment page{kRowColumns
                         + QStringLiteral(" FROM (SELECT * FROM tickets t WHERE %1 %2 LIMIT ? OFFSET ?) t%3 %4")
                               .arg(filter->where, order, kRowJoins, orderBy(request, false, true)),
                     filter->values};
    page.values << request.limit << request.offset;
    return page;
}

Result<QList<QueueRow>> QueueQuery::page(const QueueRequest& request, qint64 now) const
{
    auto statement = pageStatement(request, now);
    if (!statement)
        return fail(statement.error());
    auto query = sql::run(m_database.connection(), statement->sql, statement->values);
    if (!query)
        return fail(query.error());
    QList<QueueRow> rows;
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Result<QList<qint64>> QueueQuery::pageIds(const QueueRequest& request, qint64 now, qint64 offset, int limit,
                                          bool fromEnd) const
{
    auto filter = filterFor(request, now);
    if (!filter)
        return fail(filter.error());
    QVariantList values = filter->values;
    values << limit << offset;
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.id FROM tickets t WHERE %1 %2 LIMIT ? OFFSET ?")
                              .arg(filter->where, orderBy(request, fromEnd, filter->fewRows)),
                          values);
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    if (fromEnd)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<QList<QueueRow>> QueueQuery::rowsByIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<QueueRow>();
    const QStringList marks(ids.size(), QStringLiteral("?"));
    QVariantList values;
    for (qint64 id : ids)
        values.append(id);
    auto query = sql::run(m_database.connection(),
                          kRowColumns + QStringLiteral(" FROM tickets t%1 WHERE t.id IN (%2)").arg(kRowJoins, marks.join(QLatin1Char(','))),
                          values);
    if (!query)
        return fail(query.error());
    QHash<qint64, QueueRow> byId;
    while (query->next()) {
        QueueRow row = rowFrom(*query);
        byId.insert(row.id, row);
    }
    QList<QueueRow> rows;
    for (qint64 id : ids)
        if (byId.contains(id))
            rows.append(byId.value(id));
    return rows;
}

Result<qint64> QueueQuery::count(const QueueRequest& request, qint64 now) const
{
    auto filter = filterFor(request, now);
    if (!filter)
        return fail(filter.error());
    QVariantList values = filter->values;
    QString statement = QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + filter->where;
    if (filter->scans) {
        statement = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM tickets t WHERE %1 LIMIT ?) AS capped").arg(filter->where);
        values.append(SqlDialect::kSearchCap);
    }
    auto value = sql::scalar(m_database.connection(), statement, values);
    if (!value)
        return fail(value.error());
    return value->toLongLong();
}

} // namespace sd
