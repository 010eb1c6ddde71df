#include "process/VisitService.h"

#include "people/UserDirectory.h"
#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {

// An appointment is a part of one day at most; travel within what a
// technician could drive.
constexpr qint64 kLongestWindowS = 24 * 3600;
constexpr qint64 kMaxTravel = 10000;

const QString kColumns = QStringLiteral(
    "v.id, v.uuid, v.ticket_id, t.number, v.visit_no, v.technician_id, COALESCE(u.display_name, ''), v.address, v.time_zone, "
    "v.window_from, v.window_to, v.parts, v.tools, v.travel_km, v.travel_minutes, v.status, v.failure, v.report, "
    "v.departed_at, v.arrived_at, v.finished_at, v.created_at, v.version, "
    "CASE WHEN t.contact_name <> '' THEN t.contact_name ELSE COALESCE(c.name, '') END, "
    "CASE WHEN t.contact_phone <> '' THEN t.contact_phone ELSE COALESCE(c.phone, '') END, "
    "t.subject, t.description, t.product, t.serial, "
    // Another live visit of the same technician shares part of the window.
    "CASE WHEN v.status IN ('scheduled', 'en_route', 'on_site') AND EXISTS (SELECT 1 FROM work_orders o "
    "WHERE o.technician_id = v.technician_id AND o.id <> v.id AND o.status IN ('scheduled', 'en_route', 'on_site') "
    // Windows last a day at most: only the day before can reach in (keeps the index range short).
    "AND o.window_from > v.window_from - 86400 AND o.window_from < v.window_to AND o.window_to > v.window_from) THEN 1 ELSE 0 END");
const QString kFrom = QStringLiteral(
    " FROM work_orders v JOIN tickets t ON t.id = v.ticket_id LEFT JOIN users u ON u.id = v.technician_id "
    "LEFT JOIN customers c ON c.id = t.customer_id");

Visit visitFrom(const QSqlQuery& query)
{
    Visit visit;
    visit.id = query.value(0).toLongLong();
    visit.uuid = query.value(1).toString();
    visit.ticketId = query.value(2).toLongLong();
    visit.ticketNumber = query.value(3).toString();
    visit.visitNo = query.value(4).toInt();
    visit.technicianId = sql::optionalInt(query.value(5));
    visit.technicianName = query.value(6).toString();
    visit.address = query.value(7).toString();
    visit.timeZone = query.value(8).toString();
    visit.windowFrom = query.value(9).toLongLong();
    visit.windowTo = query.value(10).toLongLong();
    visit.parts = query.value(11).toString();
    visit.tools = query.value(12).toString();
    visit.travelKm = sql::optionalInt(query.value(13));
    visit.travelMinutes = sql::optionalInt(query.value(14));
    visit.status = fromCode<VisitStatus>(query.value(15).toString()).value_or(VisitStatus::Scheduled);
    visit.failure = fromCode<VisitFailure>(query.value(16).toString());
    visit.report = query.value(17).toString();
    visit.departedAt = sql::optionalInt(query.value(18));
    visit.arrivedAt = sql::optionalInt(query.value(19));
    visit.finishedAt = sql::optionalInt(query.value(20));
    visit.createdAt = query.value(21).toLongLong();
    visit.version = query.value(22).toInt();
    visit.customerName = query.value(23).toString();
    visit.customerPhone = query.value(24).toString();
    visit.subject = query.value(25).toString();
    visit.description = query.value(26).toString();
    visit.product = query.value(27).toString();
    visit.serial = query.value(28).toString();
    visit.overlaps = query.value(29).toInt() != 0;
    return visit;
}

// Forward only: a technician may skip a step they forgot to report.
int stepOf(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Scheduled: return 0;
    case VisitStatus::EnRoute: return 1;
    case VisitStatus::OnSite: return 2;
    case VisitStatus::Done: return 3;
    case VisitStatus::CannotComplete:
    case VisitStatus::Cancelled: return 4;
    }
    return 4;
}

QVariant actorValue(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

} // namespace

VisitService::VisitService(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(database, clock)
{
}

Status VisitService::check(const VisitPlan& plan) const
{
    std::vector<Error> problems;
    auto technician = UserDirectory(m_database).byId(plan.technicianId);
    if (!technician || !technician->active || technician->role != Role::Technician)
        problems.push_back(Error::invalid(QStringLiteral("technician"), tr("choose an active technician to send")));
    if (plan.address.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("address"), tr("give the address of the visit")));
    if (!plan.timeZone.isEmpty() && !QTimeZone(plan.timeZone.toUtf8()).isValid())
        problems.push_back(Error::invalid(QStringLiteral("time_zone"), tr("\"%1\" is not a known time zone").arg(plan.timeZone)));
    if (plan.windowTo <= plan.windowFrom || plan.windowTo - plan.windowFrom > kLongestWindowS)
        problems.push_back(Error::invalid(QStringLiteral("window"), tr("the appointment must end after it starts, within a day")));
    for (const auto& [value, field] : {std::pair{plan.travelKm, "travel_km"}, std::pair{plan.travelMinutes, "travel_minutes"}})
        if (value && (*value < 0 || *value > kMaxTravel))
            problems.push_back(Error::invalid(QLatin1String(field), tr("travel must be from 0 to %1").arg(kMaxTravel)));
    return allOf(std::move(problems));
}

Result<QString> VisitService::customerAddress(qint64 ticketId) const
{
    auto address = sql::scalar(m_database.connection(),
                               QStringLiteral("SELECT COALESCE(c.address, '') FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
                                              "WHERE t.id = ?"),
                               {ticketId});
    if (!address)
        return fail(address.error());
    return address->toString();
}

Result<int> VisitService::nextVisitNo(qint64 ticketId) const
{
    auto last = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(visit_no), 0) FROM work_orders WHERE ticket_id = ?"),
                            {ticketId});
    if (!last)
        return fail(last.error());
    return last->toInt() + 1;
}

Result<Visit> VisitService::schedule(qint64 ticketId, const VisitPlan& plan, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::PlanVisits); !allowed)
        return fail(allowed.error());
    if (auto valid = check(plan); !valid)
        return fail(valid.error());
    // Read in the transaction that writes: a ticket resolved meanwhile gets no visit.
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto ticket = TicketStore(m_database).load(ticketId);
    if (!ticket)
        return fail(ticket.error());
    if (ticket->status == TicketStatus::Resolved || ticket->status == TicketStatus::Closed)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("ticket"),
                          tr("ticket %1 is %2: reopen it before sending a technician").arg(ticket->number, toLabel(ticket->status))});
    auto number = nextVisitNo(ticketId);
    if (!number)
        return fail(number.error());
    const qint64 now = m_clock.now();
    Visit visit;
    visit.ticketId = ticketId;
    visit.ticketNumber = ticket->number;
    visit.visitNo = *number;
    visit.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO work_orders (uuid, ticket_id, visit_no, technician_id, address, time_zone, "
                                            "window_from, window_to, parts, tools, travel_km, travel_minutes, status, created_at, "
                                            "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?)"),
                             {visit.uuid, ticketId, visit.visitNo, plan.technicianId, plan.address.trimmed(),
                              plan.timeZone.isEmpty() ? m_configuration.officeTimeZone : plan.timeZone, plan.windowFrom,
                              plan.windowTo, plan.parts.trimmed(), plan.tools.trimmed(), sql::nullable(plan.travelKm),
                              sql::nullable(plan.travelMinutes), now, actorValue(actorId), now, actorValue(actorId)});
    if (!inserted)
        return fail(inserted.error());
    auto written = get(insertedId(*inserted, QStringLiteral("work_orders")));
    if (!written)
        return fail(written.error());
    if (auto logged = logEvent(*written, std::nullopt, {}, actorId); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit visitsChanged(ticketId);
    return written;
}

Result<Visit> VisitService::reschedule(qint64 visitId, int expectedVersion, const VisitPlan& plan, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::PlanVisits); !allowed)
        return fail(allowed.error());
    if (auto valid = check(plan); !valid)
        return fail(valid.error());
    auto visit = get(visitId);
    if (!visit)
        return fail(visit.error());
    if (visit->status != VisitStatus::Scheduled)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("visit %1 of %2 is %3: only a visit that has not started can be rescheduled; schedule a new one")
                              .arg(visit->visitNo).arg(visit->ticketNumber, toLabel(visit->status))});
    Visit changed = *visit;
    changed.technicianId = plan.technicianId;
    changed.address = plan.address.trimmed();
    changed.timeZone = plan.timeZone.isEmpty() ? visit->timeZone : plan.timeZone;
    changed.windowFrom = plan.windowFrom;
    changed.windowTo = plan.windowTo;
    changed.parts = plan.parts.trimmed();
    changed.tools = plan.tools.trimmed();
    changed.travelKm = plan.travelKm;
    changed.travelMinutes = plan.travelMinutes;
    return commitChange(changed, expectedVersion, VisitStatus::Scheduled, {}, actorId);
}

Result<Visit> VisitService::cancel(qint64 visitId, int expectedVersion, const QString& reason, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::PlanVisits); !allowed)
        return fail(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("reason"), tr("say why the visit is cancelled")));
    auto visit = get(visitId);
    if (!visit)
        return fail(visit.error());
    if (visit->status != VisitStatus::Scheduled && visit->status != VisitStatus::EnRoute)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("visit %1 of %2 is %3 and can no longer be cancelled")
                              .arg(visit->visitNo).arg(visit->ticketNumber, toLabel(visit->status))});
    Visit changed = *visit;
    changed.status = VisitStatus::Cancelled;
    changed.finishedAt = m_clock.now();
    return commitChange(changed, expectedVersion, visit->status, reason.trimmed(), actorId);
}

// Technicians report their own visits; supervisors and administrators correct anyone's.
Status VisitService::requireReporter(const Visit& visit, qint64 actorId) const
{
    if (auto allowed = m_access.require(actorId, Action::ReportVisits); !allowed)
        return allowed;
    auto actor = UserDirectory(m_database).byId(actorId);
    if (!actor)
        return fail(actor.error());
    if (actor->role == Role::Technician && visit.technicianId != actorId)
        return fail(Error{Error::Code::Forbidden, QStringLiteral("technician"),
                          tr("visit %1 of %2 is %3's: only the technician sent, a supervisor or an administrator reports on it")
                              .arg(visit.visitNo).arg(visit.ticketNumber, visit.technicianName)});
    return {};
}

Status VisitService::checkStep(const Visit& visit, const VisitReport& report) const
{
    const bool ending = report.to == VisitStatus::CannotComplete || report.to == VisitStatus::Done;
    if (!visit.isLive() || report.to == VisitStatus::Cancelled || report.to == VisitStatus::Scheduled
        || (!ending && stepOf(report.to) <= stepOf(visit.status)))
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("visit %1 of %2 cannot go from \"%3\" to \"%4\"")
                              .arg(visit.visitNo).arg(visit.ticketNumber, toLabel(visit.status), toLabel(report.to))});
    if (report.to == VisitStatus::CannotComplete && !report.failure)
        return fail(Error::invalid(QStringLiteral("failure"), tr("say why the visit cannot be completed")));
    if (ending && report.note.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("note"), report.to == VisitStatus::Done ? tr("describe the work done")
                                                                                      : tr("describe what happened")));
    return {};
}

Result<Visit> VisitService::report(qint64 visitId, int expectedVersion, const VisitReport& report, qint64 actorId)
{
    auto visit = get(visitId);
    if (!visit)
        return fail(visit.error());
    if (auto allowed = requireReporter(*visit, actorId); !allowed)
        return fail(allowed.error());
    if (auto valid = checkStep(*visit, report); !valid)
        return fail(valid.error());
    const qint64 now = m_clock.now();
    Visit changed = *visit;
    changed.status = report.to;
    if (report.to == VisitStatus::EnRoute)
        changed.departedAt = now;
    else if (report.to == VisitStatus::OnSite)
        changed.arrivedAt = now;
    else
        changed.finishedAt = now;
    if (report.to == VisitStatus::CannotComplete)
        changed.failure = report.failure;
    if (!report.note.trimmed().isEmpty())
        changed.report = report.note.trimmed();
    return commitChange(changed, expectedVersion, visit->status, report.note.trimmed(), actorId);
}

Result<Visit> VisitService::commitChange(Visit changed, int expectedVersion, VisitStatus from, const QString& body, qint64 actorId)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto written = write(changed, expectedVersion, actorId); !written)
        return fail(written.error());
    if (auto logged = logEvent(changed, from, body, actorId); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit visitsChanged(changed.ticketId);
    return get(changed.id);
}

Status VisitService::write(const Visit& visit, int expectedVersion, qint64 actorId) const
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE work_orders SET technician_id = ?, address = ?, time_zone = ?, window_from = ?, "
                                        "window_to = ?, parts = ?, tools = ?, travel_km = ?, travel_minutes = ?, status = ?, "
                                        "failure = ?, report = ?, departed_at = ?, arrived_at = ?, finished_at = ?, updated_at = ?, "
                                        "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"),
                         {sql::nullable(visit.technicianId), visit.address, visit.timeZone, visit.windowFrom, visit.windowTo,
                          visit.parts, visit.tools, sql::nullable(visit.travelKm), sql::nullable(visit.travelMinutes),
                          toCode(visit.status), visit.failure ? QVariant(toCode(*visit.failure)) : QVariant(), visit.report,
                          sql::nullable(visit.departedAt), sql::nullable(visit.arrivedAt), sql::nullable(visit.finishedAt),
                          m_clock.now(), actorValue(actorId), visit.id, expectedVersion});
    if (!done)
        return fail(done.error());
    if (done->numRowsAffected() == 0)
        return fail(Error{Error::Code::Conflict, QStringLiteral("version"),
                          tr("visit %1 of %2 was changed by someone else meanwhile; look at it again and repeat the change")
                              .arg(visit.visitNo).arg(visit.ticketNumber)});
    return {};
}

// The event keeps the visit's number and step; a scheduling step's body is
// "TECHNICIAN_ID FROM TO ZONE" so the timeline shows the window in the
// visit's zone; a failed visit's field is "NUMBER:REASON".
Status VisitService::logEvent(const Visit& visit, std::optional<VisitStatus> from, const QString& body, qint64 actorId) const
{
    TicketEvent event;
    event.at = m_clock.now();
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("visit");
    event.field = QString::number(visit.visitNo);
    if (visit.status == VisitStatus::CannotComplete && visit.failure)
        event.field += QLatin1Char(':') + toCode(*visit.failure);
    event.oldValue = from ? toCode(*from) : QString();
    event.newValue = toCode(visit.status);
    event.body = visit.status == VisitStatus::Scheduled ? QStringLiteral("%1 %2 %3 %4")
                                                              .arg(visit.technicianId.value_or(0))
                                                              .arg(visit.windowFrom)
                                                              .arg(visit.windowTo)
                                                              .arg(visit.timeZone)
                                                        : body;
    return TicketStore(m_database).appendEvent(visit.ticketId, event);
}

Result<QList<Visit>> VisitService::select(const QString& where, const QVariantList& values, const QString& order, int limit) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ")
                              + order + QStringLiteral(" LIMIT ?"),
                          values + QVariantList{limit});
    if (!query)
        return fail(query.error());
    QList<Visit> visits;
    while (query->next())
        visits.append(visitFrom(*query));
    return visits;
}

Result<Visit> VisitService::get(qint64 visitId) const
{
    auto found = select(QStringLiteral("v.id = ?"), {visitId}, QStringLiteral("v.id"), 1);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("visit"), tr("visit %1 does not exist").arg(visitId)));
    return found->constFirst();
}

Result<std::optional<Visit>> VisitService::byNumber(qint64 ticketId, int visitNo) const
{
    auto found = select(QStringLiteral("v.ticket_id = ? AND v.visit_no = ?"), {ticketId, visitNo}, QStringLiteral("v.id DESC"), 1);
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Visit>(found->constFirst());
}

Result<QList<Visit>> VisitService::ofTicket(qint64 ticketId) const
{
    return select(QStringLiteral("v.ticket_id = ?"), {ticketId}, QStringLiteral("v.visit_no, v.id"), 1000);
}

Result<QList<Visit>> VisitService::list(const VisitFilter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.technicianId) {
        where << QStringLiteral("v.technician_id = ?");
        values << *filter.technicianId;
    }
    if (filter.day) {
        // The office's day: visits whose window touches it.
        const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
        const qint64 start = QDateTime(*filter.day, QTime(0, 0), zone).toSecsSinceEpoch();
        // A window lasts a day at most, so one that touches the day starts after the day before began.
        where << QStringLiteral("v.window_from > ? AND v.window_from < ? AND v.window_to > ?");
        values << start - kLongestWindowS << QDateTime(filter.day->addDays(1), QTime(0, 0), zone).toSecsSinceEpoch() << start;
    }
    if (filter.status) {
        where << QStringLiteral("v.status = ?");
        values << toCode(*filter.status);
    }
    return select(where.join(QStringLiteral(" AND ")), values, QStringLiteral("u.display_name, v.window_from, v.id"),
                  qMax(1, filter.limit));
}

} // namespace sd
