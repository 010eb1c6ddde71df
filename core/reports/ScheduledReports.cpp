#include "reports/ScheduledReports.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace sd {
namespace {

QDate periodEnd(ReportPeriod period, const QDate& first)
{
    switch (period) {
    case ReportPeriod::Yesterday: return first.addDays(1);
    case ReportPeriod::LastWeek: return first.addDays(7);
    case ReportPeriod::LastMonth: return first.addMonths(1);
    }
    return first;
}

} // namespace

ScheduledReports::ScheduledReports(Database database, const Configuration& configuration, Clock clock)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(m_database, clock)
{
}

QTimeZone ScheduledReports::zone() const
{
    return QTimeZone(m_configuration.officeTimeZone.toUtf8());
}

QDate ScheduledReports::firstDayOfLatestPeriod(ReportPeriod period) const
{
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock.now(), zone()).date();
    switch (period) {
    case ReportPeriod::Yesterday: return today.addDays(-1);
    case ReportPeriod::LastWeek: return today.addDays(1 - today.dayOfWeek() - 7);
    case ReportPeriod::LastMonth: return QDate(today.year(), today.month(), 1).addMonths(-1);
    }
    return today;
}

QDate ScheduledReports::latestPeriod(const SavedReport& report) const
{
    return firstDayOfLatestPeriod(report.draft.period);
}

ReportRequest ScheduledReports::requestFor(const SavedReport& report, const QDate& given) const
{
    const QDate first = given.isValid() ? given : firstDayOfLatestPeriod(report.draft.period);
    ReportRequest request;
    request.zone = zone();
    request.from = QDateTime(first, QTime(0, 0), request.zone).toSecsSinceEpoch();
    request.to = QDateTime(periodEnd(report.draft.period, first), QTime(0, 0), request.zone).toSecsSinceEpoch();
    request.filter = report.draft.filter;
    return request;
}

Result<SavedReport> ScheduledReports::save(const SavedReportDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ScheduleReports); !allowed)
        return fail(allowed.error());
    // Whoever schedules a report must be allowed to read it.
    if (auto allowed = m_access.requireReport(actorId, draft.filter.team, draft.filter.agent); !allowed)
        return fail(allowed.error());
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return fail(Error::invalid(QStringLiteral("name"), tr("give the report a name")));
    auto existing = list();
    if (!existing)
        return fail(existing.error());
    for (const SavedReport& other : *existing)
        if (other.draft.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(Error{Error::Code::Duplicate, QStringLiteral("name"), tr("a scheduled report named \"%1\" already exists").arg(name)});
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO saved_reports (uuid, name, owner_id, office_code, period, filters, created_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), name, actor, m_configuration.officeCode,
                              toCode(draft.period), QString::fromUtf8(QJsonDocument(draft.filter.toJson()).toJson(QJsonDocument::Compact)), m_clock.now(), actor});
    if (!inserted)
        return fail(inserted.error());
    auto saved = list();
    if (!saved)
        return fail(saved.error());
    for (const SavedReport& report : *saved)
        if (report.draft.name == name)
            return report;
    return fail(Error::notFound(QStringLiteral("name"), name));
}

Status ScheduledReports::remove(qint64 id, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ScheduleReports); !allowed)
        return allowed;
    auto removed = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE saved_reports SET removed_at = ?, version = version + 1, updated_by = ? "
                                           "WHERE id = ? AND office_code = ? AND removed_at IS NULL"),
                            {m_clock.now(), actorId > 0 ? QVariant(actorId) : QVariant(), id, m_configuration.officeCode});
    if (!removed)
        return fail(removed.error());
    if (removed->numRowsAffected() == 0)
        return fail(Error::notFound(QStringLiteral("report"), tr("there is no scheduled report %1").arg(id)));
    return {};
}

Result<QList<SavedReport>> ScheduledReports::list() const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT r.id, r.uuid, r.name, r.period, r.filters, r.owner_id, COALESCE(u.display_name, ''), "
                                         "r.office_code, r.last_period, r.last_run_at FROM saved_reports r "
                                         "LEFT JOIN users u ON u.id = r.owner_id WHERE r.removed_at IS NULL AND r.office_code = ? "
                                         "ORDER BY r.name, r.id"),
                          {m_configuration.officeCode});
    if (!query)
        return fail(query.error());
    QList<SavedReport> reports;
    while (query->next()) {
        SavedReport report;
        report.id = query->value(0).toLongLong();
        report.uuid = query->value(1).toString();
        report.draft.name = query->value(2).toString();
        report.draft.period = fromCode<ReportPeriod>(query->value(3).toString()).value_or(ReportPeriod::LastMonth);
        report.draft.filter = ReportFilter::fromJson(QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object());
        report.ownerId = sql::optionalInt(query->value(5));
        report.ownerName = query->value(6).toString();
        report.officeCode = query->value(7).toString();
        report.lastPeriod = QDate::fromString(query->value(8).toString(), Qt::ISODate);
        report.lastRunAt = sql::optionalInt(query->value(9));
        reports.append(report);
    }
    return reports;
}

Result<QList<SavedReport>> ScheduledReports::due(std::optional<qint64> ownerId) const
{
    auto reports = list();
    if (!reports)
        return fail(reports.error());
    QList<SavedReport> due;
    for (const SavedReport& report : *reports)
        if ((!ownerId || report.ownerId == ownerId) && report.lastPeriod != firstDayOfLatestPeriod(report.draft.period))
            due.append(report);
    return due;
}

Result<bool> ScheduledReports::claim(const SavedReport& report, const QDate& first)
{
    const QString latest = first.toString(Qt::ISODate);
    auto claimed = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE saved_reports SET last_period = ?, last_run_at = ?, version = version + 1 "
                                           "WHERE id = ? AND COALESCE(last_period, '') = ?"),
                            {latest, m_clock.now(), report.id, report.lastPeriod.isValid() ? report.lastPeriod.toString(Qt::ISODate) : QString()});
    if (!claimed)
        return fail(claimed.error());
    return claimed->numRowsAffected() == 1;
}

Status ScheduledReports::release(const SavedReport& report)
{
    auto released = sql::run(m_database.connection(),
                             QStringLiteral("UPDATE saved_reports SET last_period = ?, last_run_at = ?, version = version + 1 WHERE id = ?"),
                             {report.lastPeriod.isValid() ? QVariant(report.lastPeriod.toString(Qt::ISODate)) : QVariant(),
                              sql::nullable(report.lastRunAt), report.id});
    return released ? Status{} : fail(released.error());
}

} // namespace sd
