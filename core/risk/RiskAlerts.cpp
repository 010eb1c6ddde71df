#include "risk/RiskAlerts.h"

#include "risk/RiskRegister.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/Notifications.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace sd {
namespace {

constexpr qint64 kDay = 86400;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

double roundedPct(qint64 part, qint64 whole)
{
    return std::round(double(part) * 10000.0 / double(whole)) / 100.0;
}

} // namespace

RiskAlerts::RiskAlerts(Database database, const Configuration& configuration, Clock clock, RiskRegister& risks)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_risks(risks)
    , m_access(database, clock)
{
}

qint64 RiskAlerts::daysBack(int days) const
{
    return m_clock.now() - days * kDay;
}

Result<QList<AlertFinding>> RiskAlerts::findings() const
{
    QList<AlertFinding> found;
    for (Status (RiskAlerts::*rule)(QList<AlertFinding>&) const :
         {&RiskAlerts::complaintSurge, &RiskAlerts::productFaults, &RiskAlerts::teamSla})
        if (auto ran = (this->*rule)(found); !ran)
            return fail(ran.error());
    return found;
}

// More than `above` complaints in the window, or at least `growth_from` and
// more than (1 + growth_pct/100) times those of the window before.
Status RiskAlerts::complaintSurge(QList<AlertFinding>& found) const
{
    const RiskAlertRules& r = m_configuration.service.riskAlerts;
    if (!r.complaintSurge)
        return {};
    const qint64 now = m_clock.now();
    const QString count = QStringLiteral("SELECT COUNT(*) FROM tickets WHERE category = ? AND created_at >= ? AND created_at < ?");
    const QString complaint = toCode(Category::Complaint);
    auto current = sql::scalar(m_database.connection(), count, {complaint, daysBack(r.complaintDays), now});
    auto previous = sql::scalar(m_database.connection(), count, {complaint, daysBack(2 * r.complaintDays), daysBack(r.complaintDays)});
    if (!current || !previous)
        return fail(!current ? current.error() : previous.error());
    const qint64 c = current->toLongLong(), p = previous->toLongLong();
    const bool surge = c > r.complaintsAbove
                       || (c >= r.complaintGrowthFrom && double(c) * 100.0 > double(p) * (100.0 + r.complaintGrowthPct));
    if (!surge)
        return {};
    found.append({QStringLiteral("complaint_surge"), QString(), RiskKind::ComplaintSurge, 4, 3,
                  QJsonObject{{QStringLiteral("count"), c}, {QStringLiteral("previous"), p}, {QStringLiteral("days"), r.complaintDays},
                              {QStringLiteral("above"), r.complaintsAbove}, {QStringLiteral("growth_pct"), r.complaintGrowthPct},
                              {QStringLiteral("growth_from"), r.complaintGrowthFrom}}});
    return {};
}

Status RiskAlerts::productFaults(QList<AlertFinding>& found) const
{
    const RiskAlertRules& r = m_configuration.service.riskAlerts;
    if (!r.productFaults)
        return {};
    // Each product's count in the window and in the window before, from one indexed range of two windows.
    const qint64 start = daysBack(r.faultDays);
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT product, SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), "
                                        "SUM(CASE WHEN created_at < ? THEN 1 ELSE 0 END) FROM tickets "
                                        "WHERE category = ? AND created_at >= ? AND created_at < ? AND product <> '' "
                                        "GROUP BY product HAVING SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END) > ? ORDER BY product"),
                         {start, start, toCode(Category::Fault), daysBack(2 * r.faultDays), m_clock.now(), start, r.faultsAbove});
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        const qint64 c = rows->value(1).toLongLong(), p = rows->value(2).toLongLong();
        if (r.faultGrowthPct > 0 && double(c) * 100.0 <= double(p) * (100.0 + r.faultGrowthPct))
            continue;
        found.append({QStringLiteral("product_faults"), rows->value(0).toString(), RiskKind::ProductQuality, 3, 4,
                      QJsonObject{{QStringLiteral("count"), c}, {QStringLiteral("previous"), p}, {QStringLiteral("days"), r.faultDays},
                                  {QStringLiteral("above"), r.faultsAbove}, {QStringLiteral("growth_pct"), r.faultGrowthPct}}});
    }
    return {};
}

// As sla_resolution_pct of the KPI definitions with the period ending now:
// tickets resolved or due before now, and of them those resolved by their due time.
Status RiskAlerts::teamSla(QList<AlertFinding>& found) const
{
    const RiskAlertRules& r = m_configuration.service.riskAlerts;
    if (!r.teamSla)
        return {};
    const qint64 now = m_clock.now();
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT team_code, COUNT(*), SUM(CASE WHEN resolved_at IS NOT NULL AND resolution_due IS NOT NULL "
                                        "AND resolved_at <= resolution_due THEN 1 ELSE 0 END) FROM tickets "
                                        "WHERE created_at >= ? AND created_at < ? AND team_code <> '' "
                                        "AND (resolved_at IS NOT NULL OR resolution_due < ?) GROUP BY team_code ORDER BY team_code"),
                         {daysBack(r.slaDays), now, now});
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        const qint64 counted = rows->value(1).toLongLong(), met = rows->value(2).toLongLong();
        if (counted < r.slaMinTickets || met * 100 >= qint64(r.slaBelowPct) * counted)
            continue;
        const QString team = rows->value(0).toString();
        QString teamName = team;
        for (const Team& each : m_configuration.teams)
            if (each.code == team)
                teamName = each.name; // as configured: each desk shows it in its own language (RiskText)
        found.append({QStringLiteral("team_sla"), team, RiskKind::Staffing, 3, 3,
                      QJsonObject{{QStringLiteral("met"), met}, {QStringLiteral("counted"), counted},
                                  {QStringLiteral("pct"), roundedPct(met, counted)}, {QStringLiteral("days"), r.slaDays},
                                  {QStringLiteral("below_pct"), r.slaBelowPct}, {QStringLiteral("team_name"), teamName}}});
    }
    return {};
}

Result<AlertCheck> RiskAlerts::check(qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageRisks); !allowed)
        return fail(allowed.error());
    auto found = findings();
    if (!found)
        return fail(found.error());
    AlertCheck outcome;
    outcome.firing = int(found->size());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    for (const AlertFinding& finding : *found)
        if (auto applied = apply(finding, actorId, outcome); !applied)
            return fail(applied.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    if (outcome.raised + outcome.updated > 0)
        emit m_risks.risksChanged();
    return outcome;
}

// The live risk this office's rule raised before is updated when its figures
// changed (not at every check: an edit in progress would turn stale for
// nothing); else a new risk is raised, reviewed within a week.
Status RiskAlerts::apply(const AlertFinding& finding, qint64 actorId, AlertCheck& outcome)
{
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto live = sql::run(m_database.connection(),
                         QStringLiteral("SELECT id, alert, uuid FROM risks WHERE rule_code = ? AND rule_key = ? AND office_code = ? "
                                        "AND status <> ? ORDER BY id DESC"),
                         {finding.ruleCode, finding.ruleKey, m_configuration.officeCode, toCode(RiskStatus::Closed)});
    if (!live)
        return fail(live.error());
    const qint64 now = m_clock.now();
    if (live->next()) {
        if (live->value(1).toString() == compact(finding.alert))
            return {};
        auto updated = sql::run(m_database.connection(),
                                QStringLiteral("UPDATE risks SET alert = ?, alert_count = alert_count + 1, last_alert_at = ?, updated_at = ?, "
                                               "version = version + 1, updated_by = ? WHERE id = ?"),
                                {compact(finding.alert), now, now, actor, live->value(0).toLongLong()});
        if (!updated)
            return fail(updated.error());
        RiskEvent figures;
        figures.kind = QStringLiteral("alert");
        figures.oldValue = live->value(1).toString();
        figures.newValue = compact(finding.alert);
        if (auto logged = m_risks.logEvent(live->value(2).toString(), figures, actorId); !logged)
            return logged;
        ++outcome.updated;
        return {};
    }
    Risk risk;
    risk.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    risk.draft.kind = finding.kind;
    risk.draft.probability = finding.probability;
    risk.draft.impact = finding.impact;
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    risk.draft.reviewOn = QDateTime::fromSecsSinceEpoch(now, zone).date().addDays(7);
    risk.ruleCode = finding.ruleCode;
    risk.ruleKey = finding.ruleKey;
    risk.alert = finding.alert;
    risk.alertCount = 1;
    risk.lastAlertAt = now;
    risk.officeCode = m_configuration.officeCode;
    risk.createdBy = actorId > 0 ? std::optional<qint64>(actorId) : std::nullopt;
    auto id = m_risks.insertRaised(risk);
    if (!id)
        return fail(id.error());
    const QString team = finding.ruleCode == QLatin1String("team_sla") ? finding.ruleKey : QString();
    if (auto told = Notifications(m_database, m_clock).recordRisk(*id, finding.ruleCode, team); !told)
        return fail(told.error());
    ++outcome.raised;
    outcome.raisedIds.append(*id);
    return {};
}

} // namespace sd
