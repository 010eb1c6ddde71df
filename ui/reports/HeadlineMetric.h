#pragma once

#include "reports/Report.h"

#include <QString>

#include <functional>
#include <optional>

namespace sd {

// One headline figure of the report as the screen and the printed report show
// it: how to read it from KpiFigures, how to format it, and which direction is
// good (lower is better for times, backlog, reopens and complaints).
struct HeadlineMetric
{
    enum class Kind { Count, Minutes, Percent, Score };

    QString key;   // the KPI definition's key, e.g. "sla_resolution_pct"
    QString title; // translated
    Kind kind = Kind::Count;
    bool lowerIsBetter = false;
    std::function<std::optional<double>(const KpiFigures&)> value;

    // The twelve headline figures, in display order.
    static QList<HeadlineMetric> all();
    // The metric of a key of all() or of the quality-inspection figures
    // (qa_reviews, iqs); an unknown key gives a count titled by the key.
    static HeadlineMetric byKey(const QString& key);
};

} // namespace sd
