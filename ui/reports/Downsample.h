#pragma once

#include <QList>
#include <QPointF>

namespace sd {

// Thins a series to at most maxPoints by averaging runs of k consecutive
// points (k = ceil(n / maxPoints)); a chart cannot show more points than it
// has pixels, and averaging keeps the shape of a year of daily buckets. A
// series that already fits (or maxPoints <= 0) is returned as it is.
QList<QPointF> downsample(const QList<QPointF>& points, int maxPoints);

} // namespace sd
