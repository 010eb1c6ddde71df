#include "reports/Downsample.h"

namespace sd {

QList<QPointF> downsample(const QList<QPointF>& points, int maxPoints)
{
    const qsizetype n = points.size();
    if (maxPoints <= 0 || n <= maxPoints)
        return points;
    const qsizetype run = (n + maxPoints - 1) / maxPoints;
    QList<QPointF> thinned;
    thinned.reserve((n + run - 1) / run);
    for (qsizetype start = 0; start < n; start += run) {
        const qsizetype end = std::min(n, start + run);
        QPointF sum;
        for (qsizetype i = start; i < end; ++i)
            sum += points[i];
        thinned.append(sum / double(end - start));
    }
    return thinned;
}

} // namespace sd
