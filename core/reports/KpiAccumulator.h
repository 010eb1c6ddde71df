#pragma once

#include "reports/Report.h"

#include <vector>

namespace sd {

// Collects what one group of tickets contributes to the figures (the whole
// period, one agent, one trend bucket...), then turns it into rounded figures.
class KpiAccumulator
{
public:
    // A ticket of C (created in the period).
    struct Created
    {
        std::optional<qint64> firstResponseBusinessS;
        bool firstResponseCounted = false; // has a first response or its due time is before `to`
        bool firstResponseMet = false;
        bool resolutionCounted = false;    // is resolved or its due time is before `to`
        bool resolutionMet = false;
        bool complaint = false;
    };
    // A ticket of R (resolved in the period).
    struct Resolved
    {
        std::optional<qint64> resolutionBusinessS;
        bool firstContact = false; // at most one public reply and never reopened
        bool reopened = false;
        std::optional<int> csat;
    };

    void add(const Created& ticket);
    void add(const Resolved& ticket);
    // Takes in what another accumulator collected (scans run on two threads).
    void merge(const KpiAccumulator& other);

    qint64 created() const { return m_created; }
    qint64 resolved() const { return m_resolved; }
    void fill(KpiFigures& figures); // all but backlog_end
    BreakdownRow row(const QString& key);
    std::optional<double> slaResolutionPct() const;
    std::optional<double> csatAvg() const;
    // Resolution minutes counted into bins with these lower edges (the last is open-ended).
    QList<HistogramBin> resolutionHistogram(const std::vector<double>& edges) const;
    const std::array<qint64, 5>& csatScores() const { return m_csatScores; }

    // Nearest rank: the value at 1-based rank ceil(P/100 * n) of the sorted values.
    static std::optional<double> percentile(std::vector<double>& values, int p);
    static double round2(double value);

private:
    static std::optional<double> share(qint64 part, qint64 whole);

    qint64 m_created = 0;
    std::vector<double> m_firstResponseMinutes;
    qint64 m_firstResponseCounted = 0, m_firstResponseMet = 0;
    qint64 m_resolutionCounted = 0, m_resolutionMet = 0;
    qint64 m_complaints = 0;
    qint64 m_resolved = 0;
    std::vector<double> m_resolutionMinutes;
    qint64 m_firstContact = 0, m_reopened = 0;
    qint64 m_csatCount = 0, m_csatSum = 0, m_csatSatisfied = 0;
    std::array<qint64, 5> m_csatScores{};
};

} // namespace sd
