#pragma once

#include "reports/HeadlineMetric.h"

#include <QFrame>

class QLabel;

namespace sd {

// One headline figure on the report screen: its value and the change against
// the previous period, the arrow coloured by whether the change is good.
// Labels are named "kpi_<key>_value" and "kpi_<key>_change" for tests.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(HeadlineMetric metric, QWidget* parent = nullptr);

    // previous may be null (no comparison yet); current null clears the tile.
    void setFigures(const KpiFigures* current, const KpiFigures* previous);
    const HeadlineMetric& metric() const { return m_metric; }

private:
    HeadlineMetric m_metric;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_previous = nullptr;
};

} // namespace sd
