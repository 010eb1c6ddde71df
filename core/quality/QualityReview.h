#pragma once

#include "common/Codes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sd {

// One line of a scorecard: what is judged, how much it weighs, on how many
// points (2 to 5), and whether failing it fails the whole review.
struct Criterion
{
    QString code;
    QString label;
    int weight = 1;
    int points = 5;
    bool critical = false;
};

struct Scorecard
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QList<Criterion> criteria;
    bool active = true;
    int version = 1;
};

// A criterion's rating: 1 to its points, or none for not applicable.
using Ratings = QMap<QString, std::optional<int>>;

// A review's score as shared/KPI.md "Quality inspection" defines it.
struct ReviewScore
{
    std::optional<double> score; // none when every criterion is not applicable
    bool criticalFail = false;
};

struct QaReview
{
    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    QString ticketNumber;
    QString ticketSubject;
    std::optional<qint64> agentId;
    QString agentName;
    std::optional<qint64> inspectorId;
    QString inspectorName;
    qint64 scorecardId = 0;
    QString scorecardName;
    bool calibration = false;
    QaStatus status = QaStatus::Queued;
    Ratings ratings;
    QString feedback;
    std::optional<double> score;
    bool criticalFail = false;
    std::optional<qint64> reviewedAt;
    QString dispute;
    std::optional<qint64> disputedAt;
    bool escalated = false; // sent up to a supervisor (whose answer is final)
    QString answer;
    QString answeredByName;
    std::optional<qint64> answeredAt;
    int version = 1;
};

// What a sampling run draws: per agent, from the tickets they resolved in
// [from, to) (days in the office's zone) that have no review yet.
struct SampleRequest
{
    QDate from;
    QDate to;
    int perAgent = 5;
    // Up to this share of each agent's draw comes first from tickets with a
    // low satisfaction score (2 or less) or complaints.
    double lowShare = 0.0;
};

struct SampleResult
{
    int drawn = 0;
    int agents = 0;
};

} // namespace sd
