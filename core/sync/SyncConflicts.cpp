#include "sync/SyncConflicts.h"

#include "common/Codes.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncEntities.h"
#include "sync/SyncRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>

namespace sd {
namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, entity, row_uuid, label, field, here_office, COALESCE(here_value, ''), COALESCE(here_by, ''), "
    "COALESCE(here_at, 0), there_office, COALESCE(there_value, ''), COALESCE(there_by, ''), COALESCE(there_at, 0), "
    "winner, detected_at, status, COALESCE(resolved_value, ''), COALESCE(resolved_by, ''), resolved_at");

SyncConflict conflictFrom(const QSqlQuery& q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.rowUuid = q.value(3).toString();
    c.label = q.value(4).toString();
    c.field = q.value(5).toString();
    c.hereOffice = q.value(6).toString();
    c.hereValue = q.value(7).toString();
    c.hereBy = q.value(8).toString();
    c.hereAt = q.value(9).toLongLong();
    c.thereOffice = q.value(10).toString();
    c.thereValue = q.value(11).toString();
    c.thereBy = q.value(12).toString();
    c.thereAt = q.value(13).toLongLong();
    c.winner = q.value(14).toString();
    c.detectedAt = q.value(15).toLongLong();
    c.open = q.value(16).toString() == QLatin1String("open");
    c.resolvedValue = q.value(17).toString();
    c.resolvedBy = q.value(18).toString();
    if (!q.value(19).isNull())
        c.resolvedAt = q.value(19).toLongLong();
    return c;
}

QJsonValue unpacked(const QString& stored)
{
    return QJsonDocument::fromJson(stored.toUtf8()).array().at(0);
}

QString packed(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

template <typename E>
QString labelOf(const QString& code)
{
    const auto value = fromCode<E>(code);
    return value ? toLabel(*value) : code;
}

} // namespace

SyncConflicts::SyncConflicts(Database database, Clock clock)
    : m_database(database)
    , m_clock(clock)
    , m_access(std::move(database), std::move(clock))
{
}

Result<QList<SyncConflict>> SyncConflicts::list(bool openOnly, int limit) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1 FROM sync_conflicts %2 ORDER BY detected_at DESC, id DESC LIMIT ?")
                              .arg(kColumns, openOnly ? QStringLiteral("WHERE status = 'open'") : QString()),
                          {limit});
    if (!query)
        return fail(query.error());
    QList<SyncConflict> conflicts;
    while (query->next())
        conflicts.append(conflictFrom(*query));
    return conflicts;
}

Result<int> SyncConflicts::openCount() const
{
    auto count = sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE status = 'open'"));
    if (!count)
        return fail(count.error());
    return count->toInt();
}

Result<SyncConflict> SyncConflicts::get(qint64 id) const
{
    auto query = sql::run(m_database.connection(), QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(QStringLiteral("conflict"), QCoreApplication::translate("sd::SyncConflicts", "conflict %1 does not exist").arg(id)));
    return conflictFrom(*query);
}

bool SyncConflicts::acceptsTypedValue(const QString& field)
{
    static const QStringList text{QStringLiteral("subject"), QStringLiteral("description"), QStringLiteral("contact_name"),
                                  QStringLiteral("contact_phone"), QStringLiteral("contact_email"), QStringLiteral("product"),
                                  QStringLiteral("serial"), QStringLiteral("solution"), QStringLiteral("csat_comment"),
                                  QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                                  QStringLiteral("address"), QStringLiteral("region"), QStringLiteral("industry"),
                                  QStringLiteral("notes"), QStringLiteral("code")};
    return text.contains(field);
}

Status SyncConflicts::resolve(qint64 id, Keep keep, const QString& typed, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ResolveConflicts); !allowed)
        return allowed;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto conflict = get(id);
    if (!conflict)
        return fail(conflict.error());
    if (!conflict->open)
        return fail(Error{Error::Code::Conflict, QStringLiteral("conflict"),
                          QCoreApplication::translate("sd::SyncConflicts", "%1 already resolved this conflict").arg(conflict->resolvedBy)});
    if (keep == Keep::Typed && !acceptsTypedValue(conflict->field))
        return fail(Error::invalid(QStringLiteral("value"), QCoreApplication::translate("sd::SyncConflicts", "choose one of the two values: %1 cannot be typed")
                                                                .arg(fieldLabel(conflict->field))));
    const QJsonValue chosen = keep == Keep::Here    ? unpacked(conflict->hereValue)
                            : keep == Keep::There ? unpacked(conflict->thereValue)
                                                  : QJsonValue(typed.trimmed());
    const SyncEntity* entity = syncEntity(conflict->entity);
    const SyncColumn* column = entity ? entity->field(conflict->field) : nullptr;
    if (!column)
        return fail(Error::invalid(QStringLiteral("field"), QCoreApplication::translate("sd::SyncConflicts", "this program does not know the field of the conflict")));
    SyncRows rows(m_database);
    auto before = rows.read(*entity, conflict->rowUuid, {*column});
    if (!before)
        return fail(before.error());
    if (!*before)
        return fail(Error::notFound(QStringLiteral("conflict"), QCoreApplication::translate("sd::SyncConflicts",
            "this office does not hold %1 (another office's ticket): the conflict is resolved at head office").arg(conflict->label)));
    if (auto set = rows.set(*entity, conflict->rowUuid, *column, chosen); !set)
        return set;
    auto login = rows.loginOf(actorId);
    if (!login)
        return fail(login.error());
    if (conflict->entity == QLatin1String("ticket")) {
        auto ticket = rows.idOfUuid(QStringLiteral("tickets"), conflict->rowUuid);
        if (!ticket)
            return fail(ticket.error());
        auto logged = sql::run(m_database.connection(), QStringLiteral(R"(INSERT INTO ticket_events
            (ticket_id, at, actor_id, kind, field, old_value, new_value, body) VALUES (?, ?, ?, 'field', ?, ?, ?, ?))"),
            {*ticket, m_clock.now(), actorId, conflict->field,
             *before && (*before)->value(conflict->field).isString() ? (*before)->value(conflict->field).toString() : QVariant(),
             chosen.isString() ? chosen.toString() : QVariant(),
             QCoreApplication::translate("sd::SyncConflicts", "Sync conflict between %1 and %2 resolved").arg(conflict->hereOffice, conflict->thereOffice)});
        if (!logged)
            return fail(logged.error());
    }
    auto closed = sql::run(m_database.connection(),
                           QStringLiteral("UPDATE sync_conflicts SET status = 'resolved', resolved_value = ?, resolved_by = ?, "
                                          "resolved_at = ?, updated_by = ? WHERE id = ?"),
                           {packed(chosen), *login, m_clock.now(), actorId, id});
    if (!closed)
        return fail(closed.error());
    return transaction.commit();
}

QString SyncConflicts::fieldLabel(const QString& field) const
{
    static const QList<std::pair<const char*, const char*>> labels{
        {"subject", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Subject")},
        {"description", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Description")},
        {"status", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Status")},
        {"priority", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Priority")},
        {"category", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Category")},
        {"channel", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Channel")},
        {"support_level", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Support level")},
        {"team_code", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Team")},
        {"assignee_id", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Assignee")},
        {"customer_id", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Customer")},
        {"contact_name", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Contact name")},
        {"contact_phone", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Contact phone")},
        {"contact_email", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Contact e-mail")},
        {"tier_code", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Tier")},
        {"product", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Product")},
        {"serial", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Serial number")},
        {"complaint_cause", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Complaint cause")},
        {"solution", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Solution")},
        {"csat_score", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Satisfaction")},
        {"csat_comment", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Satisfaction comment")},
        {"code", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Customer code")},
        {"name", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Name")},
        {"kind", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Kind")},
        {"phone", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Phone")},
        {"email", QT_TRANSLATE_NOOP("sd::SyncConflicts", "E-mail")},
        {"address", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Address")},
        {"region", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Region")},
        {"industry", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Industry")},
        {"size", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Size")},
        {"birthday", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Birthday")},
        {"notes", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Notes")},
        {"tier_locked", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Tier locked")},
        {"phone_key", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Phone")},
        {"purchased_on", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Purchase date")},
        {"amount_cents", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Amount")},
        {"warranty_until", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Warranty until")},
        {"resolved_value", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Resolution")},
        {"resolved_by", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Resolved by")},
        {"resolved_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Resolved at")},
        {"stage", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Complaint stage")},
        {"evidence", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Evidence")},
        {"remedy", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Remedy")},
        {"remedy_cents", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Remedy amount")},
        {"feedback", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Feedback to the customer")},
        {"responded_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Answered at")},
        {"closed_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Closed at")},
        {"voided", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Cost line voided")},
        {"timeliness", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Satisfaction: timeliness")},
        {"professionalism", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Satisfaction: professionalism")},
        {"attitude", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Satisfaction: attitude")},
        {"technician_id", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Technician")},
        {"time_zone", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Visit time zone")},
        {"window_from", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Appointment from")},
        {"window_to", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Appointment to")},
        {"parts", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Parts to bring")},
        {"tools", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Tools to bring")},
        {"travel_km", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Travel distance (km)")},
        {"travel_minutes", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Travel time (minutes)")},
        {"failure", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Why the visit could not be completed")},
        {"report", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Technician's notes")},
        {"departed_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Set out at")},
        {"arrived_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Arrived at")},
        {"finished_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Finished at")},
        {"consent_by", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Plan agreed by")},
        {"consent_how", QT_TRANSLATE_NOOP("sd::SyncConflicts", "How the plan was agreed")},
        {"consent_at", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Plan agreed at")},
        {"consent_recorded_by", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Consent recorded by")},
        {"title", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Canned reply title")},
        {"language", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Canned reply language")},
        {"body", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Canned reply text")},
        {"active", QT_TRANSLATE_NOOP("sd::SyncConflicts", "Canned reply in use")}};
    for (const auto& [code, label] : labels)
        if (field == QLatin1String(code))
            return QCoreApplication::translate("sd::SyncConflicts", label);
    return QCoreApplication::translate("sd::SyncConflicts", "Other field");
}

QString SyncConflicts::displayValue(const SyncConflict& conflict, const QString& storedValue) const
{
    const QJsonValue value = unpacked(storedValue);
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QCoreApplication::translate("sd::SyncConflicts", "(empty)");
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
    const QString& field = conflict.field;
    if (field == QLatin1String("status"))
        return conflict.entity == QLatin1String("visit") ? labelOf<VisitStatus>(text) : labelOf<TicketStatus>(text);
    if (field == QLatin1String("failure"))
        return labelOf<VisitFailure>(text);
    if (field == QLatin1String("consent_how"))
        return labelOf<ConsentMethod>(text);
    if (field == QLatin1String("priority"))
        return labelOf<Priority>(text);
    if (field == QLatin1String("category"))
        return labelOf<Category>(text);
    if (field == QLatin1String("channel"))
        return labelOf<Channel>(text);
    if (field == QLatin1String("support_level"))
        return labelOf<SupportLevel>(text);
    if (field == QLatin1String("kind"))
        return labelOf<CustomerKind>(text);
    if (field == QLatin1String("stage"))
        return labelOf<ComplaintStage>(text);
    if (field == QLatin1String("remedy"))
        return labelOf<Remedy>(text);
    if (field == QLatin1String("complaint_cause"))
        return labelOf<ComplaintCause>(text);
    static const QStringList instants{QStringLiteral("responded_at"), QStringLiteral("closed_at"), QStringLiteral("window_from"),
                                      QStringLiteral("window_to"), QStringLiteral("departed_at"), QStringLiteral("arrived_at"),
                                      QStringLiteral("finished_at"), QStringLiteral("consent_at")};
    if (instants.contains(field))
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble())).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (field == QLatin1String("amount_cents") || field == QLatin1String("remedy_cents"))
        return QLocale().toString(value.toDouble() / 100.0, 'f', 2);
    if (field == QLatin1String("language"))
        return text == QLatin1String("zh") ? QCoreApplication::translate("sd::SyncConflicts", "Chinese")
                                           : QCoreApplication::translate("sd::SyncConflicts", "English");
    if (field == QLatin1String("tier_locked") || field == QLatin1String("voided") || field == QLatin1String("active"))
        return value.toDouble() != 0 ? QCoreApplication::translate("sd::SyncConflicts", "yes") : QCoreApplication::translate("sd::SyncConflicts", "no");
    QString lookup;
    if (field == QLatin1String("assignee_id") || field == QLatin1String("technician_id") || field == QLatin1String("consent_recorded_by"))
        lookup = QStringLiteral("SELECT display_name FROM users WHERE login = ?");
    else if (field == QLatin1String("customer_id"))
        lookup = QStringLiteral("SELECT name FROM customers WHERE uuid = ?");
    if (!lookup.isEmpty())
        if (auto name = sql::scalar(m_database.connection(), lookup, {text}); name && name->isValid())
            return name->toString();
    return text;
}

} // namespace sd
