#include "reports/KpiAccumulator.h"

#include <algorithm>
#include <cmath>

namespace sd {

double KpiAccumulator::round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::optional<double> KpiAccumulator::share(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return round2(100.0 * double(part) / double(whole));
}

std::optional<double> KpiAccumulator::percentile(std::vector<double>& values, int p)
{
    if (values.empty())
        return std::nullopt;
    // ceil(P/100 * n) in integers, so 90 % of 10 is exactly rank 9.
    const size_t rank = std::max<size_t>(1, (size_t(p) * values.size() + 99) / 100);
    std::nth_element(values.begin(), values.begin() + long(rank - 1), values.end());
    return round2(values[rank - 1]);
}

void KpiAccumulator::add(const Created& ticket)
{
    ++m_created;
    if (ticket.firstResponseBusinessS)
        m_firstResponseMinutes.push_back(double(*ticket.firstResponseBusinessS) / 60.0);
    m_firstResponseCounted += ticket.firstResponseCounted;
    m_firstResponseMet += ticket.firstResponseCounted && ticket.firstResponseMet;
    m_resolutionCounted += ticket.resolutionCounted;
    m_resolutionMet += ticket.resolutionCounted && ticket.resolutionMet;
    m_complaints += ticket.complaint;
}

void KpiAccumulator::add(const Resolved& ticket)
{
    ++m_resolved;
    if (ticket.resolutionBusinessS)
        m_resolutionMinutes.push_back(double(*ticket.resolutionBusinessS) / 60.0);
    m_firstContact += ticket.firstContact;
    m_reopened += ticket.reopened;
    if (ticket.csat) {
        ++m_csatCount;
        m_csatSum += *ticket.csat;
        m_csatSatisfied += *ticket.csat >= 4;
        if (*ticket.csat >= 1 && *ticket.csat <= 5)
            ++m_csatScores[size_t(*ticket.csat - 1)];
    }
}

void KpiAccumulator::merge(const KpiAccumulator& other)
{
    m_created += other.m_created;
    m_firstResponseMinutes.insert(m_firstResponseMinutes.end(), other.m_firstResponseMinutes.begin(),
                                  other.m_firstResponseMinutes.end());
    m_firstResponseCounted += other.m_firstResponseCounted;
    m_firstResponseMet += other.m_firstResponseMet;
    m_resolutionCounted += other.m_resolutionCounted;
    m_resolutionMet += other.m_resolutionMet;
    m_complaints += other.m_complaints;
    m_resolved += other.m_resolved;
    m_resolutionMinutes.insert(m_resolutionMinutes.end(), other.m_resolutionMinutes.begin(), other.m_resolutionMinutes.end());
    m_firstContact += other.m_firstContact;
    m_reopened += other.m_reopened;
    m_csatCount += other.m_csatCount;
    m_csatSum += other.m_csatSum;
    m_csatSatisfied += other.m_csatSatisfied;
    for (size_t i = 0; i < m_csatScores.size(); ++i)
        m_csatScores[i] += other.m_csatScores[i];
}

std::optional<double> KpiAccumulator::slaResolutionPct() const
{
    return share(m_resolutionMet, m_resolutionCounted);
}

std::optional<double> KpiAccumulator::csatAvg() const
{
    if (m_csatCount == 0)
        return std::nullopt;
    return round2(double(m_csatSum) / double(m_csatCount));
}

void KpiAccumulator::fill(KpiFigures& f)
{
    f.created = m_created;
    f.resolved = m_resolved;
    f.frtMedianMin = percentile(m_firstResponseMinutes, 50);
    f.frtP90Min = percentile(m_firstResponseMinutes, 90);
    f.resolutionMedianMin = percentile(m_resolutionMinutes, 50);
    f.resolutionP90Min = percentile(m_resolutionMinutes, 90);
    f.slaFirstResponsePct = share(m_firstResponseMet, m_firstResponseCounted);
    f.slaResolutionPct = slaResolutionPct();
    f.fcrPct = share(m_firstContact, m_resolved);
    f.reopenPct = share(m_reopened, m_resolved);
    f.csatAvg = csatAvg();
    f.csatSatisfiedPct = share(m_csatSatisfied, m_csatCount);
    f.complaintPct = share(m_complaints, m_created);
}

QList<HistogramBin> KpiAccumulator::resolutionHistogram(const std::vector<double>& edges) const
{
    QList<HistogramBin> bins;
    for (size_t i = 0; i < edges.size(); ++i)
        bins.append({edges[i], i + 1 < edges.size() ? std::optional<double>(edges[i + 1]) : std::nullopt, 0});
    for (double minutes : m_resolutionMinutes) {
        const auto above = std::upper_bound(edges.begin(), edges.end(), minutes);
        if (above != edges.begin())
            ++bins[qsizetype(above - edges.begin() - 1)].count;
    }
    return bins;
}

BreakdownRow KpiAccumulator::row(const QString& key)
{
    return {key, m_created, m_resolved, percentile(m_resolutionMinutes, 50), share(m_firstContact, m_resolved),
            csatAvg(), slaResolutionPct(), 0, std::nullopt};
}

} // namespace sd
