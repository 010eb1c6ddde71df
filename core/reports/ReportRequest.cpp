#include "reports/ReportRequest.h"

namespace sd {

TrendBucket ReportRequest::effectiveBucket() const
{
    if (bucket != TrendBucket::Automatic)
        return bucket;
    const qint64 days = (to - from + 86399) / 86400;
    if (days <= 62)
        return TrendBucket::Day;
    return days <= 366 ? TrendBucket::Week : TrendBucket::Month;
}

ReportRequest ReportRequest::previous() const
{
    ReportRequest earlier = *this;
    earlier.to = from;
    earlier.from = from - (to - from);
    return earlier;
}

} // namespace sd
