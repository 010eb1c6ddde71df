#include "reports/KpiEngine.h"
#include "reports/ServiceFigures.h"

#include "reports/KpiAccumulator.h"
#include "reports/TermCounter.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <thread>

namespace sd {
namespace {

const char* const kBreakdowns[] = {"by_agent", "by_team", "by_category", "by_channel", "by_tier", "by_priority"};
constexpr int kBreakdownCount = 6;
constexpr int kTopTerms = 20;

// Columns shared by both scans: the breakdown keys, in kBreakdowns order.
// The agent comes as an id and is named from a small map of users: a join per
// ticket would make counts read every row instead of the index alone.
const QString kKeyColumns = QStringLiteral(
    "t.assignee_id, COALESCE(t.team_code, ''), t.category, t.channel, t.tier_code, t.priority");
const QString kFrom = QStringLiteral(" FROM tickets t ");

QDate bucketStart(const QDate& day, TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Week: return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    case TrendBucket::Month: return QDate(day.year(), day.month(), 1);
    default: return day;
    }
}

QDate nextBucket(const QDate& start, TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Week: return start.addDays(7);
    case TrendBucket::Month: return start.addMonths(1);
    default: return start.addDays(1);
    }
}

qint64 midnight(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

// Everything one report run accumulates.
struct KpiEngine::Scan
{
    KpiAccumulator total;
    QHash<QString, KpiAccumulator> groups[kBreakdownCount];
    QList<QDate> bucketDates;
    std::vector<qint64> bucketStarts; // UTC instants of the buckets' local midnights
    std::vector<KpiAccumulator> buckets;
    TermCounter terms;
    const QHash<qint64, QString>* logins = nullptr; // read once per run, shared by both scans

    void prepareBuckets(const ReportRequest& request)
    {
        const TrendBucket bucket = request.effectiveBucket();
        const QDate first = QDateTime::fromSecsSinceEpoch(request.from, request.zone).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(request.to - 1, request.zone).date();
        for (QDate day = bucketStart(first, bucket); day <= last; day = nextBucket(day, bucket)) {
            bucketDates.append(day);
            bucketStarts.push_back(midnight(day, request.zone));
        }
        buckets.resize(bucketDates.size());
    }
    KpiAccumulator* bucketOf(qint64 instant)
    {
        auto after = std::upper_bound(bucketStarts.begin(), bucketStarts.end(), instant);
        if (after == bucketStarts.begin())
            return nullptr;
        return &buckets[size_t(after - bucketStarts.begin() - 1)];
    }
    void merge(const Scan& other)
    {
        total.merge(other.total);
        for (int i = 0; i < kBreakdownCount; ++i)
            for (auto it = other.groups[i].begin(); it != other.groups[i].end(); ++it)
                groups[i][it.key()].merge(it.value());
        for (size_t i = 0; i < buckets.size(); ++i)
            buckets[i].merge(other.buckets[i]);
    }
    template <typename Ticket>
    void addToGroups(const QSqlQuery& query, int firstKeyColumn, const Ticket& ticket)
    {
        const QVariant assignee = query.value(firstKeyColumn);
        groups[0][assignee.isNull() ? QString() : logins->value(assignee.toLongLong())].add(ticket);
        for (int i = 1; i < kBreakdownCount; ++i)
            groups[i][query.value(firstKeyColumn + i).toString()].add(ticket);
    }
};

KpiEngine::KpiEngine(Database database)
    : m_database(std::move(database))
{
}

QString KpiEngine::filterSql(const ReportFilter& filter, QVariantList& values)
{
    QString sql;
    const auto add = [&](bool active, const char* condition, const QVariant& value) {
        if (!active)
            return;
        sql += QStringLiteral(" AND ") + QLatin1String(condition);
        values.append(value);
    };
    add(!filter.team.isEmpty(), "t.team_code = ?", filter.team);
    add(!filter.agent.isEmpty(), "t.assignee_id = (SELECT id FROM users WHERE login = ?)", filter.agent);
    add(filter.category.has_value(), "t.category = ?", filter.category ? toCode(*filter.category) : QString());
    add(filter.channel.has_value(), "t.channel = ?", filter.channel ? toCode(*filter.channel) : QString());
    add(!filter.tier.isEmpty(), "t.tier_code = ?", filter.tier);
    add(filter.priority.has_value(), "t.priority = ?", filter.priority ? toCode(*filter.priority) : QString());
    // Numbers are stored upper case; an office typed in lower case still matches.
    add(!filter.office.isEmpty(), "t.number LIKE ? ESCAPE '\\'",
        QString(sql::likeEscaped(filter.office.toUpper()) + QStringLiteral("-%")));
    return sql;
}

Status KpiEngine::scanCreated(const ReportRequest& request, Scan& scan, const Progress& progress) const
{
    QVariantList values{request.from, request.to};
    const QString statement = QStringLiteral("SELECT t.created_at, t.first_response_at, t.first_response_due, "
                                             "t.first_response_business_s, t.resolved_at, t.resolution_due, t.subject, ")
        + kKeyColumns + kFrom + QStringLiteral("WHERE t.created_at >= ? AND t.created_at < ?")
        + filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(), statement, values);
    if (!query)
        return fail(query.error());
    const QString complaint = toCode(Category::Complaint);
    qint64 rows = 0;
    while (query->next()) {
        const auto firstResponse = sql::optionalInt(query->value(1));
        const qint64 firstResponseDue = query->value(2).toLongLong();
        const auto resolved = sql::optionalInt(query->value(4));
        const auto resolutionDue = sql::optionalInt(query->value(5));
        KpiAccumulator::Created ticket;
        ticket.firstResponseBusinessS = sql::optionalInt(query->value(3));
        ticket.firstResponseCounted = firstResponse || firstResponseDue < request.to;
        ticket.firstResponseMet = firstResponse && *firstResponse <= firstResponseDue;
        ticket.resolutionCounted = resolved || (resolutionDue && *resolutionDue < request.to);
        ticket.resolutionMet = resolved && resolutionDue && *resolved <= *resolutionDue;
        ticket.complaint = query->value(9).toString() == complaint;
        scan.total.add(ticket);
        scan.addToGroups(*query, 7, ticket);
        if (KpiAccumulator* bucket = scan.bucketOf(query->value(0).toLongLong()))
            bucket->add(ticket);
        if (request.withTerms)
            scan.terms.addSubject(query->value(6).toString());
        if (progress && ++rows % 20000 == 0 && !progress(10 + int(std::min<qint64>(rows / 20000, 40))))
            return fail(Error::invalid(QStringLiteral("report"), QCoreApplication::translate("sd::KpiEngine", "cancelled")));
    }
    return {};
}

Status KpiEngine::scanResolved(const ReportRequest& request, Scan& scan) const
{
    QVariantList values{request.from, request.to};
    const QString statement = QStringLiteral("SELECT t.resolved_at, t.resolution_business_s, t.agent_public_replies, "
                                             "t.reopen_count, t.csat_score, ")
        + kKeyColumns + kFrom + QStringLiteral("WHERE t.resolved_at >= ? AND t.resolved_at < ?")
        + filterSql(request.filter, values);
    auto query = sql::run(m_database.connection(), statement, values);
    if (!query)
        return fail(query.error());
    while (query->next()) {
        KpiAccumulator::Resolved ticket;
        ticket.resolutionBusinessS = sql::optionalInt(query->value(1));
        ticket.reopened = query->value(3).toInt() > 0;
        ticket.firstContact = query->value(2).toInt() <= 1 && !ticket.reopened;
        if (!query->value(4).isNull())
            ticket.csat = query->value(4).toInt();
        scan.total.add(ticket);
        scan.addToGroups(*query, 5, ticket);
        if (KpiAccumulator* bucket = scan.bucketOf(query->value(0).toLongLong()))
            bucket->add(ticket);
    }
    return {};
}

// Created before `to` and not resolved before `to`: all created before `to`
// less those resolved before it (a resolution never precedes its creation).
Result<qint64> KpiEngine::backlogAt(const ReportRequest& request) const
{
    QVariantList createdValues{request.to}, resolvedValues{request.to};
    const QString createdSql = QStringLiteral("SELECT COUNT(*)") + kFrom
        + QStringLiteral("WHERE t.created_at < ?") + filterSql(request.filter, createdValues);
    const QString resolvedSql = QStringLiteral("SELECT COUNT(*)") + kFrom + QStringLiteral("WHERE t.resolved_at < ?")
        + filterSql(request.filter, resolvedValues);
    auto created = sql::scalar(m_database.connection(), createdSql, createdValues);
    auto resolved = sql::scalar(m_database.connection(), resolvedSql, resolvedValues);
    if (!created || !resolved)
        return fail(created ? resolved.error() : created.error());
    return created->toLongLong() - resolved->toLongLong();
}

Status KpiEngine::countTerms(const ReportRequest& request, TermCounter& counter) const
{
    QVariantList values{request.from, request.to};
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.subject") + kFrom
                              + QStringLiteral("WHERE t.created_at >= ? AND t.created_at < ?")
                              + filterSql(request.filter, values),
                          values);
    if (!query)
        return fail(query.error());
    while (query->next())
        counter.addSubject(query->value(0).toString());
    return {};
}

Result<QHash<qint64, QString>> KpiEngine::logins() const
{
    auto users = sql::run(m_database.connection(), QStringLiteral("SELECT id, login FROM users"));
    if (!users)
        return fail(users.error());
    QHash<qint64, QString> byId;
    while (users->next())
        byId.insert(users->value(0).toLongLong(), users->value(1).toString());
    return byId;
}

// The second core's share: R, the backlog and the previous period's terms,
// each on this thread's own connection.
Status KpiEngine::scanOthers(const ReportRequest& request, Scan& resolved, TermCounter& previous, qint64& backlog) const
{
    Status done = scanResolved(request, resolved);
    if (done && request.withBacklog) {
        auto counted = backlogAt(request);
        done = counted ? Status{} : fail(counted.error());
        backlog = counted.value_or(0);
    }
    if (done && request.withTerms)
        done = countTerms(request.previous(), previous);
    m_database.releaseThreadConnection();
    return done;
}

KpiReport KpiEngine::assemble(const ReportRequest& request, Scan& scan, const TermCounter& previous) const
{
    KpiReport report;
    report.request = request;
    scan.total.fill(report.figures);
    // Under an hour, half a day, a working day, two, a week, two weeks, longer (business time).
    report.resolutionHistogram = scan.total.resolutionHistogram({0, 60, 240, 480, 960, 2400, 4800});
    report.csatScores = scan.total.csatScores();
    for (int i = 0; i < kBreakdownCount; ++i) {
        Breakdown breakdown{QString::fromLatin1(kBreakdowns[i]), {}};
        for (auto it = scan.groups[i].begin(); it != scan.groups[i].end(); ++it)
            breakdown.rows.append(it.value().row(it.key()));
        std::sort(breakdown.rows.begin(), breakdown.rows.end(),
                  [](const BreakdownRow& a, const BreakdownRow& b) { return a.key < b.key; });
        report.breakdowns.append(breakdown);
    }
    for (size_t i = 0; i < scan.buckets.size(); ++i)
        report.trend.append({scan.bucketDates.at(qsizetype(i)), scan.buckets[i].created(), scan.buckets[i].resolved(),
                             scan.buckets[i].slaResolutionPct(), scan.buckets[i].csatAvg(), std::nullopt, std::nullopt});
    for (const auto& [term, count] : scan.terms.top(kTopTerms))
        report.topTerms.append({term, count, previous.countOf(term)});
    return report;
}

Result<KpiReport> KpiEngine::run(const ReportRequest& request, const Progress& progress) const
{
    if (request.to <= request.from)
        return fail(Error::invalid(QStringLiteral("period"),
                                   QCoreApplication::translate("sd::KpiEngine", "the period ends before it starts")));
    // C (with this period's terms) here; R, backlog and the previous period's terms on a second core.
    auto names = logins();
    if (!names)
        return fail(names.error());
    Scan created, resolved;
    for (Scan* scan : {&created, &resolved}) {
        scan->prepareBuckets(request);
        scan->logins = &*names;
    }
    TermCounter previous;
    qint64 backlog = 0;
    Status others;
    std::thread second([&] { others = scanOthers(request, resolved, previous, backlog); });
    Status mine = scanCreated(request, created, progress);
    second.join();
    if (!mine)
        return fail(mine.error());
    if (!others)
        return fail(others.error());
    created.merge(resolved);
    KpiReport report = assemble(request, created, previous);
    report.figures.backlogEnd = backlog;
    if (auto service = ServiceFigures(m_database).fill(request, report); !service)
        return fail(service.error());
    if (progress)
        progress(100);
    return report;
}

Result<KpiFigures> KpiEngine::headline(const ReportRequest& request) const
{
    QVariantList createdValues{request.to, request.from, request.to};
    const QString createdSql = QStringLiteral(R"(SELECT COUNT(*),
            SUM(CASE WHEN t.resolved_at IS NOT NULL AND t.resolution_due IS NOT NULL AND t.resolved_at <= t.resolution_due THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.resolved_at IS NOT NULL OR t.resolution_due < ? THEN 1 ELSE 0 END))")
        + kFrom + QStringLiteral("WHERE t.created_at >= ? AND t.created_at < ?")
        + filterSql(request.filter, createdValues);
    QVariantList resolvedValues{request.from, request.to};
    const QString resolvedSql = QStringLiteral("SELECT COUNT(*), AVG(t.csat_score)") + kFrom
        + QStringLiteral("WHERE t.resolved_at >= ? AND t.resolved_at < ?") + filterSql(request.filter, resolvedValues);
    auto created = sql::run(m_database.connection(), createdSql, createdValues);
    auto resolved = sql::run(m_database.connection(), resolvedSql, resolvedValues);
    auto backlog = backlogAt(request);
    if (!created || !resolved || !backlog)
        return fail(!created ? created.error() : !resolved ? resolved.error() : backlog.error());
    created->next();
    resolved->next();
    KpiFigures figures;
    figures.created = created->value(0).toLongLong();
    const qint64 counted = created->value(2).toLongLong();
    if (counted > 0)
        figures.slaResolutionPct = KpiAccumulator::round2(100.0 * created->value(1).toDouble() / double(counted));
    figures.resolved = resolved->value(0).toLongLong();
    if (!resolved->value(1).isNull())
        figures.csatAvg = KpiAccumulator::round2(resolved->value(1).toDouble());
    figures.backlogEnd = *backlog;
    return figures;
}

} // namespace sd
