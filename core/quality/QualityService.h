#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "quality/QualityReview.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"

#include <QObject>

namespace sd {

// Quality inspection (质检, docs/QUALITY.md): scorecards, samples of each
// agent's resolved tickets drawn into inspectors' queues, reviews scored as
// shared/KPI.md defines, and the agent's answer: acknowledged, or disputed
// with a comment, back to the inspector or up to a supervisor. Calibration
// reviews (several inspectors, one ticket) are kept out of every figure.
class QualityService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kListLimit = 500;
    QualityService(Database database, const Configuration& configuration, Clock clock);

    Result<Scorecard> saveScorecard(const Scorecard& scorecard, qint64 actorId);
    Result<QList<Scorecard>> scorecards(bool activeOnly = true) const;
    Result<Scorecard> scorecard(qint64 id) const;

    // Last week, Monday to Sunday in the office's zone, 5 per agent: the usual draw.
    SampleRequest lastWeek() const;
    Result<SampleResult> sample(const SampleRequest& request, qint64 actorId);
    // The last period that is over by the configuration's quality_sampling
    // (yesterday, last week or last month in the office's zone), its size and share.
    SampleRequest scheduledPeriod() const;
    // Draws that period once per office (the desks of those who manage quality
    // and `sdctl quality sample --scheduled` call it): nothing when sampling is
    // switched off, the period was drawn already, or no scorecard is in use yet.
    Result<std::optional<SampleResult>> drawScheduled(qint64 actorId);
    // The same ticket given to several inspectors to compare their judgement.
    Result<QList<QaReview>> calibrate(qint64 ticketId, const QList<qint64>& inspectorIds, qint64 actorId);

    // An inspector's work: reviews to score and disputes to answer.
    Result<QList<QaReview>> queueOf(qint64 inspectorId) const;
    // An agent's reviewed tickets, newest first (calibration ones left out).
    Result<QList<QaReview>> ofAgent(qint64 agentId) const;
    // Disputes sent up to the supervisors (who alone may list them).
    Result<QList<QaReview>> escalated(qint64 actorId) const;
    Result<QList<QaReview>> ofTicket(qint64 ticketId) const;
    Result<QaReview> get(qint64 id) const;
    // A review as `actorId` may read it: their own, or any for those who review.
    Result<QaReview> getFor(qint64 id, qint64 actorId) const;

    Result<QaReview> submit(qint64 id, int expectedVersion, const Ratings& ratings, const QString& feedback, qint64 actorId);
    Result<QaReview> acknowledge(qint64 id, int expectedVersion, qint64 actorId);
    // A disputed review goes back to its inspector, or with `toSupervisor` up
    // to the supervisors; an agent who disagrees with the inspector's answer
    // may still send it up.
    Result<QaReview> dispute(qint64 id, int expectedVersion, const QString& comment, bool toSupervisor, qint64 actorId);
    // The answer to a dispute: the score kept (no ratings) or revised.
    // The steps of a review on its ticket's timeline, oldest first: every
    // dispute and answer is kept there, not only the last.
    Result<QList<TicketEvent>> history(const QaReview& review) const;
    // A review's score and words are for the agent reviewed and for those who
    // review quality; the rest of the desk sees only that a step was taken.
    bool maySeeDetails(const QString& reviewUuid, qint64 actorId) const;
    Result<QaReview> settle(qint64 id, int expectedVersion, const std::optional<Ratings>& revised, const QString& answer,
                            qint64 actorId);

signals:
    void reviewsChanged();

private:
    Result<QList<Scorecard>> readScorecards(const QString& where, const QVariantList& values) const;
    Result<QList<QaReview>> select(const QString& where, const QVariantList& values, const QString& order) const;
    struct StepRecord
    {
        QaStep step;
        QString score;
        QString comment;
    };
    Result<QaReview> change(const QaReview& review, int expectedVersion, const QString& assignments, const QVariantList& values,
                            const StepRecord& step, qint64 actorId);
    Status logStep(qint64 ticketId, const QString& reviewUuid, QaStep step, const QString& score, const QString& comment,
                   qint64 actorId) const;
    Result<QList<qint64>> inspectors() const;
    Result<qint64> defaultScorecard() const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
