#pragma once

#include "reports/HeadlineMetric.h"

#include <QColor>
#include <QString>

#include <optional>

namespace sd {

// How figures read on the screen and in the printed report, so both show the
// same text. Nothing to measure is always "—", never 0.
class KpiFormat
{
public:
    enum class Direction { Better, Worse, Same, Unknown };

    static QString none();
    static QString value(HeadlineMetric::Kind kind, std::optional<double> value);
    static QString count(qint64 value);
    // A count that may be a mean (a team's count per agent): whole, or to a tenth.
    static QString average(double value);
    static QString minutes(std::optional<double> minutes);
    static QString percent(std::optional<double> percent);
    static QString score(std::optional<double> score);
    // The change against the previous period with its arrow, e.g. "↑ +2.5 pts"
    // (percentages change in points); "—" when either side has nothing to measure.
    static QString change(const HeadlineMetric& metric, std::optional<double> current, std::optional<double> previous);
    static Direction direction(const HeadlineMetric& metric, std::optional<double> current, std::optional<double> previous);
    // Green for better, red for worse, grey otherwise: the same on screen and on paper.
    static QColor colour(Direction direction);
};

} // namespace sd
