#include "risk/RiskRegister.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QUuid>

namespace sd {
namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.uuid, r.kind, r.title, r.description, r.probability, r.impact, r.owner_id, r.mitigation, r.contingency, "
    "r.review_on, r.status, r.rule_code, r.rule_key, r.alert, r.alert_count, r.last_alert_at, r.office_code, r.created_at, "
    "r.updated_at, r.created_by, COALESCE(u.display_name, ''), r.version, COALESCE(u.login, '')");
const QString kFrom = QStringLiteral(" FROM risks r LEFT JOIN users u ON u.id = r.owner_id ");

Risk riskFrom(const QSqlQuery& row)
{
    Risk risk;
    risk.id = row.value(0).toLongLong();
    risk.uuid = row.value(1).toString();
    risk.draft.kind = fromCode<RiskKind>(row.value(2).toString()).value_or(RiskKind::Other);
    risk.draft.title = row.value(3).toString();
    risk.draft.description = row.value(4).toString();
    risk.draft.probability = row.value(5).toInt();
    risk.draft.impact = row.value(6).toInt();
    risk.draft.ownerId = sql::optionalInt(row.value(7));
    risk.draft.mitigation = row.value(8).toString();
    risk.draft.contingency = row.value(9).toString();
    risk.draft.reviewOn = QDate::fromString(row.value(10).toString(), Qt::ISODate);
    risk.status = fromCode<RiskStatus>(row.value(11).toString()).value_or(RiskStatus::Open);
    risk.ruleCode = row.value(12).toString();
    risk.ruleKey = row.value(13).toString();
    risk.alert = QJsonDocument::fromJson(row.value(14).toString().toUtf8()).object();
    risk.alertCount = row.value(15).toInt();
    risk.lastAlertAt = sql::optionalInt(row.value(16));
    risk.officeCode = row.value(17).toString();
    risk.createdAt = row.value(18).toLongLong();
    risk.updatedAt = row.value(19).toLongLong();
    risk.createdBy = sql::optionalInt(row.value(20));
    risk.ownerName = row.value(21).toString();
    risk.version = row.value(22).toInt();
    risk.ownerLogin = row.value(23).toString();
    return risk;
}

QVariant actorOrNull(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Error staleRisk()
{
    return {Error::Code::Conflict, QStringLiteral("version"),
            QCoreApplication::translate("sd::RiskRegister", "someone else changed this risk first: read it again and repeat the change")};
}

} // namespace

RiskRegister::RiskRegister(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(database, clock)
{
}

Status RiskRegister::requireView(qint64 actorId) const
{
    return m_access.require(actorId, Action::ViewRisks);
}

Result<Risk> RiskRegister::get(qint64 id) const
{
    auto row = sql::run(m_database.connection(), QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE r.id = ?"), {id});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(Error::notFound(QStringLiteral("risk"), tr("there is no risk number %1").arg(id)));
    return riskFrom(*row);
}

Result<QList<Risk>> RiskRegister::ranked(const RiskQuery& query) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (query.status) {
        where += QStringLiteral(" AND r.status = ?");
        values << toCode(*query.status);
    } else if (!query.includeClosed) {
        where += QStringLiteral(" AND r.status <> ?");
        values << toCode(RiskStatus::Closed);
    }
    if (query.kind) {
        where += QStringLiteral(" AND r.kind = ?");
        values << toCode(*query.kind);
    }
    if (query.probability > 0) {
        where += QStringLiteral(" AND r.probability = ? AND r.impact = ?");
        values << query.probability << query.impact;
    }
    values << query.limit;
    // Highest score first; of equal scores the worse impact, then the review due first.
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT ") + kColumns + kFrom + where
                             + QStringLiteral(" ORDER BY r.probability * r.impact DESC, r.impact DESC, "
                                              "CASE WHEN r.review_on = '' THEN 1 ELSE 0 END, r.review_on, r.id LIMIT ?"),
                         values);
    if (!rows)
        return fail(rows.error());
    QList<Risk> risks;
    while (rows->next())
        risks.append(riskFrom(*rows));
    return risks;
}

Result<QList<HeatCell>> RiskRegister::heatMap() const
{
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT probability, impact, COUNT(*) FROM risks WHERE status <> ? "
                                        "GROUP BY probability, impact ORDER BY probability, impact"),
                         {toCode(RiskStatus::Closed)});
    if (!rows)
        return fail(rows.error());
    QList<HeatCell> cells;
    while (rows->next())
        cells.append({rows->value(0).toInt(), rows->value(1).toInt(), rows->value(2).toInt()});
    return cells;
}

Status RiskRegister::validate(const RiskDraft& draft, bool needsTitle) const
{
    if (needsTitle && draft.title.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("title"), tr("give the risk a title")));
    if (draft.probability < 1 || draft.probability > 5)
        return fail(Error::invalid(QStringLiteral("probability"), tr("the probability is rated from 1 to 5")));
    if (draft.impact < 1 || draft.impact > 5)
        return fail(Error::invalid(QStringLiteral("impact"), tr("the impact is rated from 1 to 5")));
    if (draft.ownerId) {
        auto active = sql::scalar(m_database.connection(), QStringLiteral("SELECT active FROM users WHERE id = ?"), {*draft.ownerId});
        if (!active)
            return fail(active.error());
        if (!active->isValid() || active->toInt() != 1)
            return fail(Error::invalid(QStringLiteral("owner"), tr("the owner must be an active user")));
    }
    return {};
}

Result<Risk> RiskRegister::create(const RiskDraft& input, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageRisks); !allowed)
        return fail(allowed.error());
    RiskDraft draft = input;
    draft.title = draft.title.trimmed();
    if (auto valid = validate(draft, true); !valid)
        return fail(valid.error());
    Risk risk;
    risk.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    risk.draft = draft;
    risk.officeCode = m_configuration.officeCode;
    risk.createdBy = actorId > 0 ? std::optional<qint64>(actorId) : std::nullopt;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto id = insertRaised(risk);
    if (!id)
        return fail(id.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit risksChanged();
    return get(*id);
}

Result<qint64> RiskRegister::insertRaised(const Risk& risk)
{
    const qint64 now = m_clock.now();
    const RiskDraft& d = risk.draft;
    auto inserted = sql::run(
        m_database.connection(),
        QStringLiteral("INSERT INTO risks (uuid, kind, title, description, probability, impact, owner_id, mitigation, contingency, "
                       "review_on, status, rule_code, rule_key, alert, alert_count, last_alert_at, office_code, created_at, created_by, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {risk.uuid, toCode(d.kind), d.title, d.description, d.probability, d.impact, sql::nullable(d.ownerId), d.mitigation,
         d.contingency, dateText(d.reviewOn), toCode(risk.status), risk.ruleCode, risk.ruleKey,
         risk.alert.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(risk.alert).toJson(QJsonDocument::Compact)),
         risk.alertCount, sql::nullable(risk.lastAlertAt), risk.officeCode, now, sql::nullable(risk.createdBy), now,
         sql::nullable(risk.createdBy)});
    if (!inserted)
        return fail(inserted.error());
    // Read before the history row is written: SQLite answers with the latest row of any table.
    const qint64 id = insertedId(*inserted, QStringLiteral("risks"));
    RiskEvent created;
    created.kind = QStringLiteral("created");
    created.newValue = risk.ruleCode;
    if (auto logged = logEvent(risk.uuid, created, risk.createdBy); !logged)
        return fail(logged.error());
    return id;
}

Status RiskRegister::logEvent(const QString& riskUuid, const RiskEvent& event, std::optional<qint64> actorId) const
{
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO risk_events (uuid, risk_uuid, at, kind, field, old_value, new_value, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), riskUuid, m_clock.now(), event.kind, event.field,
                              event.oldValue, event.newValue, actorId && *actorId > 0 ? QVariant(*actorId) : QVariant()});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<QList<RiskEvent>> RiskRegister::history(const Risk& risk) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT e.at, COALESCE(u.display_name, ''), e.kind, e.field, e.old_value, e.new_value "
                                         "FROM risk_events e LEFT JOIN users u ON u.id = e.updated_by WHERE e.risk_uuid = ? "
                                         "ORDER BY e.at, e.id"),
                          {risk.uuid});
    if (!query)
        return fail(query.error());
    QList<RiskEvent> events;
    while (query->next())
        events.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                       query->value(3).toString(), query->value(4).toString(), query->value(5).toString()});
    return events;
}

Result<QString> RiskRegister::ownerName(const std::optional<qint64>& ownerId) const
{
    if (!ownerId)
        return QString();
    auto name = sql::scalar(m_database.connection(), QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {*ownerId});
    if (!name)
        return fail(name.error());
    return name->toString();
}

// One history row per field that changed, and one for a status moved.
Status RiskRegister::logChanges(const Risk& risk, const RiskDraft& d, RiskStatus status, qint64 actorId) const
{
    const RiskDraft& was = risk.draft;
    QList<RiskEvent> changes;
    const auto compare = [&](const char* field, const QString& before, const QString& after) {
        if (before != after)
            changes.append({0, {}, QStringLiteral("changed"), QString::fromLatin1(field), before, after});
    };
    compare("title", was.title, d.title);
    compare("kind", toCode(was.kind), toCode(d.kind));
    compare("probability", QString::number(was.probability), QString::number(d.probability));
    compare("impact", QString::number(was.impact), QString::number(d.impact));
    compare("description", was.description, d.description);
    compare("mitigation", was.mitigation, d.mitigation);
    compare("contingency", was.contingency, d.contingency);
    compare("review_on", dateText(was.reviewOn), dateText(d.reviewOn));
    if (was.ownerId != d.ownerId) {
        auto before = ownerName(was.ownerId);
        auto after = ownerName(d.ownerId);
        if (!before || !after)
            return fail(!before ? before.error() : after.error());
        changes.append({0, {}, QStringLiteral("changed"), QStringLiteral("owner"), *before, *after});
    }
    if (status != risk.status)
        changes.append({0, {}, QStringLiteral("status"), {}, toCode(risk.status), toCode(status)});
    for (const RiskEvent& change : std::as_const(changes))
        if (auto logged = logEvent(risk.uuid, change, actorId); !logged)
            return logged;
    return {};
}

Result<Risk> RiskRegister::update(qint64 id, int expectedVersion, const RiskDraft& input, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageRisks); !allowed)
        return fail(allowed.error());
    auto risk = get(id);
    if (!risk)
        return fail(risk.error());
    RiskDraft draft = input;
    draft.title = draft.title.trimmed();
    // A risk an alert raised may keep its rule's wording.
    if (auto valid = validate(draft, risk->ruleCode.isEmpty()); !valid)
        return fail(valid.error());
    if (risk->version != expectedVersion)
        return fail(staleRisk());
    // The plan a status rests on stays written while the risk is in it.
    Risk edited = *risk;
    edited.draft = draft;
    if (risk->status == RiskStatus::Mitigating || risk->status == RiskStatus::Accepted)
        if (auto kept = checkPlans(edited, risk->status); !kept)
            return fail(kept.error());
    return write(*risk, expectedVersion, draft, risk->status, actorId);
}

Status RiskRegister::checkMove(const Risk& risk, RiskStatus to) const
{
    if (risk.status == to)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("the risk is already “%1”").arg(toLabel(to))});
    if (risk.status == RiskStatus::Closed && to != RiskStatus::Open)
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("a closed risk can only be opened again")});
    return checkPlans(risk, to);
}

Status RiskRegister::checkPlans(const Risk& risk, RiskStatus status) const
{
    if (status == RiskStatus::Mitigating && risk.draft.mitigation.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("mitigation"), tr("write the mitigation plan before mitigating the risk")));
    if (status == RiskStatus::Accepted && risk.draft.contingency.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("contingency"), tr("write the contingency plan before accepting the risk")));
    return {};
}

Result<Risk> RiskRegister::setStatus(qint64 id, int expectedVersion, RiskStatus to, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageRisks); !allowed)
        return fail(allowed.error());
    auto risk = get(id);
    if (!risk)
        return fail(risk.error());
    if (risk->version != expectedVersion)
        return fail(staleRisk());
    if (auto move = checkMove(*risk, to); !move)
        return fail(move.error());
    return write(*risk, expectedVersion, risk->draft, to, actorId);
}

Result<Risk> RiskRegister::write(const Risk& risk, int expectedVersion, const RiskDraft& d, RiskStatus status, qint64 actorId)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE risks SET kind = ?, title = ?, description = ?, probability = ?, impact = ?, owner_id = ?, "
                                           "mitigation = ?, contingency = ?, review_on = ?, status = ?, updated_at = ?, "
                                           "version = version + 1, updated_by = ? WHERE id = ? AND version = ?"),
                            {toCode(d.kind), d.title, d.description, d.probability, d.impact, sql::nullable(d.ownerId), d.mitigation,
                             d.contingency, dateText(d.reviewOn), toCode(status), m_clock.now(), actorOrNull(actorId), risk.id,
                             expectedVersion});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(staleRisk());
    if (auto logged = logChanges(risk, d, status, actorId); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit risksChanged();
    return get(risk.id);
}

} // namespace sd
