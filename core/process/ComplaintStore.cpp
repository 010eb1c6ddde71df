#include "process/ComplaintStore.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace sd {
namespace {

// A write that found the row changed (or already written) by another desk.
Error changedMeanwhile(const QString& ticketNumber)
{
    return {Error::Code::Conflict, QStringLiteral("version"),
            QCoreApplication::translate("sd::ComplaintStore", "complaint %1 was changed by someone else meanwhile; "
                                                              "look at it again and repeat the step")
                .arg(ticketNumber)};
}

} // namespace

QString ComplaintStore::uuidFor(const QString& ticketUuid)
{
    return QUuid::createUuidV5(QUuid::fromString(ticketUuid), QStringLiteral("complaint")).toString(QUuid::WithoutBraces);
}

std::pair<qint64, qint64> ComplaintStore::deadlines(const BusinessCalendar& calendar, const ServiceRules& rules, qint64 receivedAt)
{
    return {calendar.dueAfter(receivedAt, qint64(rules.complaintResponseMin) * 60),
            calendar.dueAfter(receivedAt, qint64(rules.complaintClosingMin) * 60)};
}

ComplaintStore::ComplaintStore(Database database)
    : m_database(std::move(database))
{
}

Result<std::optional<Complaint>> ComplaintStore::load(qint64 ticketId) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT c.id, c.uuid, c.stage, c.evidence, c.remedy, c.remedy_cents, c.feedback, "
                                         "c.response_due, c.closing_due, c.responded_at, c.closed_at, c.version, "
                                         "t.number, t.complaint_cause, t.created_at "
                                         "FROM complaints c JOIN tickets t ON t.id = c.ticket_id WHERE c.ticket_id = ?"),
                          {ticketId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Complaint>();
    Complaint complaint;
    complaint.id = query->value(0).toLongLong();
    complaint.uuid = query->value(1).toString();
    complaint.ticketId = ticketId;
    complaint.stage = fromCode<ComplaintStage>(query->value(2).toString()).value_or(ComplaintStage::Received);
    complaint.evidence = query->value(3).toString();
    complaint.remedy = fromCode<Remedy>(query->value(4).toString());
    complaint.remedyCents = sql::optionalInt(query->value(5));
    complaint.feedback = query->value(6).toString();
    complaint.responseDue = query->value(7).toLongLong();
    complaint.closingDue = query->value(8).toLongLong();
    complaint.respondedAt = sql::optionalInt(query->value(9));
    complaint.closedAt = sql::optionalInt(query->value(10));
    complaint.version = query->value(11).toInt();
    complaint.ticketNumber = query->value(12).toString();
    complaint.cause = fromCode<ComplaintCause>(query->value(13).toString());
    complaint.receivedAt = query->value(14).toLongLong();
    return std::optional<Complaint>(complaint);
}

Result<Complaint> ComplaintStore::started(const Ticket& ticket, const Configuration& configuration)
{
    const ServiceRules& rules = configuration.service;
    const QString code = rules.complaintCalendar.isEmpty() ? ticket.sla.calendarCode : rules.complaintCalendar;
    auto calendar = configuration.calendars.constFind(code);
    if (calendar == configuration.calendars.constEnd())
        return fail(Error::invalid(QStringLiteral("calendar"), QCoreApplication::translate("sd::ComplaintStore", "calendar \"%1\" is not configured").arg(code)));
    Complaint complaint;
    complaint.ticketId = ticket.id;
    complaint.ticketNumber = ticket.number;
    complaint.uuid = uuidFor(ticket.uuid);
    complaint.cause = fromCode<ComplaintCause>(ticket.details.complaintCause);
    complaint.receivedAt = ticket.sla.createdAt;
    std::tie(complaint.responseDue, complaint.closingDue) = deadlines(*calendar, rules, ticket.sla.createdAt);
    return complaint;
}

Status ComplaintStore::insert(const Complaint& complaint, const QString& ticketUuid, qint64 actorId, qint64 now)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("INSERT INTO complaints (uuid, ticket_id, stage, evidence, remedy, remedy_cents, feedback, "
                                        "response_due, closing_due, responded_at, closed_at, created_at, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                         {uuidFor(ticketUuid), complaint.ticketId, toCode(complaint.stage), complaint.evidence,
                          complaint.remedy ? QVariant(toCode(*complaint.remedy)) : QVariant(), sql::nullable(complaint.remedyCents),
                          complaint.feedback, complaint.responseDue, complaint.closingDue, sql::nullable(complaint.respondedAt),
                          sql::nullable(complaint.closedAt), now, now, actorId > 0 ? QVariant(actorId) : QVariant()});
    if (!done)
        return fail(done.error());
    // Another desk wrote the complaint's first step meanwhile.
    if (done->numRowsAffected() == 0)
        return fail(changedMeanwhile(complaint.ticketNumber));
    return {};
}

Status ComplaintStore::update(const Complaint& complaint, int expectedVersion, qint64 actorId, qint64 now)
{
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE complaints SET stage = ?, evidence = ?, remedy = ?, remedy_cents = ?, feedback = ?, "
                                        "responded_at = ?, closed_at = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                        "WHERE id = ? AND version = ?"),
                         {toCode(complaint.stage), complaint.evidence,
                          complaint.remedy ? QVariant(toCode(*complaint.remedy)) : QVariant(), sql::nullable(complaint.remedyCents),
                          complaint.feedback, sql::nullable(complaint.respondedAt), sql::nullable(complaint.closedAt), now,
                          actorId > 0 ? QVariant(actorId) : QVariant(), complaint.id, expectedVersion});
    if (!done)
        return fail(done.error());
    if (done->numRowsAffected() == 0)
        return fail(changedMeanwhile(complaint.ticketNumber));
    return {};
}

Status ComplaintStore::ensureFor(const Ticket& ticket, const Configuration& configuration, qint64 actorId, qint64 now)
{
    if (ticket.details.category != Category::Complaint)
        return {};
    auto existing = load(ticket.id);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return {};
    auto complaint = started(ticket, configuration);
    if (!complaint)
        return fail(complaint.error());
    return insert(*complaint, ticket.uuid, actorId, now);
}

} // namespace sd
