#include "reports/HeadlineMetric.h"

#include <QCoreApplication>

namespace sd {
namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("sd::HeadlineMetric", text);
}

std::optional<double> count(qint64 value)
{
    return double(value);
}

} // namespace

QList<HeadlineMetric> HeadlineMetric::all()
{
    using K = Kind;
    using F = KpiFigures;
    return {
        {QStringLiteral("created"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Created")), K::Count, false,
         [](const F& f) { return count(f.created); }},
        {QStringLiteral("resolved"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Resolved")), K::Count, false,
         [](const F& f) { return count(f.resolved); }},
        {QStringLiteral("backlog_end"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Backlog at end")), K::Count, true,
         [](const F& f) { return count(f.backlogEnd); }},
        {QStringLiteral("frt_median_min"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "First response (median)")),
         K::Minutes, true, [](const F& f) { return f.frtMedianMin; }},
        {QStringLiteral("resolution_median_min"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Resolution (median)")),
         K::Minutes, true, [](const F& f) { return f.resolutionMedianMin; }},
        {QStringLiteral("sla_first_response_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "SLA first response")),
         K::Percent, false, [](const F& f) { return f.slaFirstResponsePct; }},
        {QStringLiteral("sla_resolution_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "SLA resolution")),
         K::Percent, false, [](const F& f) { return f.slaResolutionPct; }},
        {QStringLiteral("fcr_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "First contact resolution")),
         K::Percent, false, [](const F& f) { return f.fcrPct; }},
        {QStringLiteral("reopen_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Reopened")), K::Percent, true,
         [](const F& f) { return f.reopenPct; }},
        {QStringLiteral("csat_avg"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "CSAT average")), K::Score, false,
         [](const F& f) { return f.csatAvg; }},
        {QStringLiteral("csat_satisfied_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Satisfied (4–5)")),
         K::Percent, false, [](const F& f) { return f.csatSatisfiedPct; }},
        {QStringLiteral("complaint_pct"), translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Complaints")), K::Percent, true,
         [](const F& f) { return f.complaintPct; }},
    };
}

HeadlineMetric HeadlineMetric::byKey(const QString& key)
{
    for (const HeadlineMetric& metric : all())
        if (metric.key == key)
            return metric;
    if (key == QLatin1String("qa_reviews"))
        return {key, translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Quality reviews")), Kind::Count, false,
                [](const KpiFigures& f) { return count(f.qaReviews); }};
    if (key == QLatin1String("iqs"))
        return {key, translated(QT_TRANSLATE_NOOP("sd::HeadlineMetric", "Quality score (IQS)")), Kind::Score, false,
                [](const KpiFigures& f) { return f.iqs; }};
    return {key, key, Kind::Count, false, [](const KpiFigures&) { return std::optional<double>(); }};
}

} // namespace sd
