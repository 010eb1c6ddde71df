#pragma once

#include "common/Error.h"
#include "quality/QualityReview.h"

namespace sd {

// The arithmetic of shared/KPI.md "Quality inspection", and the checks that
// a scorecard and a set of ratings make sense.
class QaScoring
{
public:
    // (rating − 1) / (points − 1) × 100.
    static double criterionScore(int rating, int points);
    // The weighted mean of the rated criteria; 0 when a critical criterion
    // scores below 50.
    static ReviewScore score(const Scorecard& scorecard, const Ratings& ratings);
    static Status validate(const Scorecard& scorecard);
    // Every criterion rated within its points or marked not applicable, at least one rated.
    static Status validate(const Scorecard& scorecard, const Ratings& ratings);
    static QString toJson(const QList<Criterion>& criteria);
    static QList<Criterion> criteriaFromJson(const QString& json);
    static QString toJson(const Ratings& ratings);
    static Ratings ratingsFromJson(const QString& json);
};

} // namespace sd
