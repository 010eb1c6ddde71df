#include "process/ReturnVisitPlanner.h"

#include "storage/Sql.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace sd {
namespace {

QString derivedUuid(const QString& from, const QString& what)
{
    return QUuid::createUuidV5(QUuid::fromString(from), what.toUtf8()).toString(QUuid::WithoutBraces);
}

bool hasEvent(const QList<TicketEvent>& events, const char* kind, const std::function<bool(const TicketEvent&)>& also = {})
{
    return std::any_of(events.begin(), events.end(), [&](const TicketEvent& e) {
        return e.kind == QLatin1String(kind) && (!also || also(e));
    });
}

// A customer's first periodic visit falls on a day of the cycle fixed by the
// customer's uuid: a new rule spreads the tier's customers over the cycle
// instead of putting them all on one day, and every office picks the same day.
QDate firstPeriodicDay(const QString& customerUuid, int days, const QDate& today)
{
    const qint64 offset = qint64(QUuid::fromString(customerUuid).data1 % quint32(days));
    const qint64 into = ((today.toJulianDay() - offset) % days + days) % days;
    return today.addDays(into == 0 ? 0 : days - into);
}

} // namespace

QString ReturnVisitPlanner::firstUseUuid(const QString& purchaseUuid)
{
    return derivedUuid(purchaseUuid, QStringLiteral("first_use"));
}

QString ReturnVisitPlanner::followUpUuid(const QString& ticketUuid, qint64 earlier)
{
    return derivedUuid(ticketUuid, QStringLiteral("follow_up/%1").arg(earlier));
}

ReturnVisitPlanner::ReturnVisitPlanner(Database database, const Configuration& configuration, Clock clock)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(std::move(clock))
{
}

QDate ReturnVisitPlanner::officeDay(qint64 instant) const
{
    return QDateTime::fromSecsSinceEpoch(instant, QTimeZone(m_configuration.officeTimeZone.toUtf8())).date();
}

Result<QString> ReturnVisitPlanner::customerTier(qint64 customerId) const
{
    auto tier = sql::scalar(m_database.connection(), QStringLiteral("SELECT tier_code FROM customers WHERE id = ?"), {customerId});
    if (!tier)
        return fail(tier.error());
    return tier->toString();
}

Result<QString> ReturnVisitPlanner::customerUuid(qint64 customerId) const
{
    auto uuid = sql::scalar(m_database.connection(), QStringLiteral("SELECT uuid FROM customers WHERE id = ?"), {customerId});
    if (!uuid)
        return fail(uuid.error());
    return uuid->toString();
}

Status ReturnVisitPlanner::insert(const Planned& visit, qint64 actorId) const
{
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO return_visits (uuid, customer_id, ticket_id, reason, prompted_by, product, due_on, "
                                            "created_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
                             {visit.uuid, visit.customerId, sql::nullable(visit.ticketId), toCode(visit.reason), visit.promptedBy,
                              visit.product, visit.dueOn.toString(Qt::ISODate), m_clock.now(), actor});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Status ReturnVisitPlanner::afterPurchase(qint64 customerId, const QString& purchaseUuid, const QString& product,
                                         const QDate& purchasedOn, qint64 actorId) const
{
    auto tier = customerTier(customerId);
    if (!tier)
        return fail(tier.error());
    const ReturnVisitTier* rule = m_configuration.service.returnVisits.forTier(*tier);
    if (!rule || rule->firstUseDays <= 0)
        return {};
    // A purchase entered long after it was made is not called about any more.
    const QDate due = purchasedOn.addDays(rule->firstUseDays);
    if (due < today())
        return {};
    return insert({customerId, std::nullopt, ReturnReason::FirstUse, QString(), product, due,
                   firstUseUuid(purchaseUuid)},
                  actorId);
}

Status ReturnVisitPlanner::afterTicketChange(const Ticket& ticket, const QList<TicketEvent>& events, qint64 actorId) const
{
    if (!ticket.details.customerId || hasEvent(events, "merge"))
        return {};
    const ReturnVisitRules& rules = m_configuration.service.returnVisits;
    const bool resolved = hasEvent(events, "status", [](const TicketEvent& e) { return e.newValue == toCode(TicketStatus::Resolved); });
    const bool lowScore = rules.lowScoreAtMost > 0 && hasEvent(events, "survey", [&](const TicketEvent& e) {
        return e.newValue.toInt() >= 1 && e.newValue.toInt() <= rules.lowScoreAtMost;
    });
    if (lowScore)
        return followUp(ticket, QStringLiteral("low_score"), rules.promptDays, actorId);
    if (!resolved)
        return {};
    if (ticket.details.category == Category::Complaint)
        return followUp(ticket, QStringLiteral("complaint"), rules.promptDays, actorId);
    const ReturnVisitTier* rule = rules.forTier(ticket.tierCode);
    if (!rule || rule->followUpDays <= 0)
        return {};
    return followUp(ticket, QString(), rule->followUpDays, actorId);
}

// One open follow-up per ticket: a later reason to call brings it forward.
Status ReturnVisitPlanner::followUp(const Ticket& ticket, const QString& promptedBy, int days, qint64 actorId) const
{
    const QDate due = today().addDays(days);
    auto open = sql::run(m_database.connection(),
                         QStringLiteral("SELECT id, due_on FROM return_visits WHERE ticket_id = ? AND reason = ? AND outcome IS NULL"),
                         {ticket.id, toCode(ReturnReason::FollowUp)});
    if (!open)
        return fail(open.error());
    if (open->next()) {
        if (promptedBy.isEmpty() || QDate::fromString(open->value(1).toString(), Qt::ISODate) <= due)
            return {};
        auto moved = sql::run(m_database.connection(),
                              QStringLiteral("UPDATE return_visits SET due_on = ?, prompted_by = ?, version = version + 1, updated_by = ? "
                                             "WHERE id = ?"),
                              {due.toString(Qt::ISODate), promptedBy, actorId > 0 ? QVariant(actorId) : QVariant(), open->value(0)});
        return moved ? Status{} : fail(moved.error());
    }
    auto earlier = sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM return_visits WHERE ticket_id = ? AND reason = ?"),
                               {ticket.id, toCode(ReturnReason::FollowUp)});
    if (!earlier)
        return fail(earlier.error());
    return insert({*ticket.details.customerId, ticket.id, ReturnReason::FollowUp, promptedBy, ticket.details.product, due,
                   followUpUuid(ticket.uuid, earlier->toLongLong())},
                  actorId);
}

Result<int> ReturnVisitPlanner::schedulePeriodic(int limit) const
{
    QVariantList values;
    QHash<QString, int> cycle;
    for (const ReturnVisitTier& rule : m_configuration.service.returnVisits.tiers)
        if (rule.periodicDays > 0) {
            values.append(rule.tier);
            cycle.insert(rule.tier, rule.periodicDays);
        }
    if (values.isEmpty())
        return 0;
    QStringList marks(values.size(), QStringLiteral("?"));
    const QString periodic = toCode(ReturnReason::Periodic);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT c.id, c.uuid, c.tier_code, (SELECT MAX(r.due_on) FROM return_visits r "
                                         "WHERE r.customer_id = c.id AND r.reason = ?) FROM customers c "
                                         "WHERE c.tier_code IN (%1) AND (c.merged_into IS NULL OR c.merged_into = '') "
                                         "AND NOT EXISTS (SELECT 1 FROM return_visits o WHERE o.customer_id = c.id AND o.reason = ? "
                                         "AND o.outcome IS NULL) ORDER BY c.id LIMIT ?")
                              .arg(marks.join(QStringLiteral(", "))),
                          QVariantList{periodic} + values + QVariantList{periodic, limit});
    if (!query)
        return fail(query.error());
    QList<Planned> planned;
    const QDate now = today();
    while (query->next()) {
        const int days = cycle.value(query->value(2).toString());
        const QString uuid = query->value(1).toString();
        QDate due = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        if (due.isValid()) {
            due = due.addDays(days);
            // A cycle missed (the customer moved up a tier long after): its next day from today.
            while (due < now)
                due = due.addDays(days);
        } else {
            due = firstPeriodicDay(uuid, days, now);
        }
        planned.append({query->value(0).toLongLong(), std::nullopt, ReturnReason::Periodic, QString(), QString(), due,
                        derivedUuid(uuid, QStringLiteral("periodic/") + due.toString(Qt::ISODate))});
    }
    query->finish();
    for (const Planned& visit : planned)
        if (auto inserted = insert(visit, 0); !inserted)
            return fail(inserted.error());
    return int(planned.size());
}

} // namespace sd
