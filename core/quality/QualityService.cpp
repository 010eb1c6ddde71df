#include "quality/QualityService.h"

#include "quality/QaScoring.h"
#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace sd {
namespace {

const QUuid kSampleNamespace = QUuid::fromString(QStringLiteral("{3e8c1a52-9b47-4f0e-8d21-6a5c7e9f0b13}"));

const QString kColumns = QStringLiteral(
    "SELECT q.id, q.uuid, q.ticket_id, t.number, t.subject, q.agent_id, COALESCE(ua.display_name, ''), q.inspector_id, "
    "COALESCE(ui.display_name, ''), q.scorecard_id, s.name, q.calibration, q.status, q.ratings, q.feedback, q.score, "
    "q.critical_fail, q.reviewed_at, q.dispute, q.disputed_at, q.answer, COALESCE(ub.display_name, ''), q.answered_at, q.version, q.escalated "
    "FROM qa_reviews q JOIN tickets t ON t.id = q.ticket_id JOIN qa_scorecards s ON s.id = q.scorecard_id "
    "LEFT JOIN users ua ON ua.id = q.agent_id LEFT JOIN users ui ON ui.id = q.inspector_id "
    "LEFT JOIN users ub ON ub.id = q.answered_by ");

QaReview reviewFrom(const QSqlQuery& q)
{
    QaReview r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.ticketId = q.value(2).toLongLong();
    r.ticketNumber = q.value(3).toString();
    r.ticketSubject = q.value(4).toString();
    r.agentId = sql::optionalInt(q.value(5));
    r.agentName = q.value(6).toString();
    r.inspectorId = sql::optionalInt(q.value(7));
    r.inspectorName = q.value(8).toString();
    r.scorecardId = q.value(9).toLongLong();
    r.scorecardName = q.value(10).toString();
    r.calibration = q.value(11).toInt() != 0;
    r.status = fromCode<QaStatus>(q.value(12).toString()).value_or(QaStatus::Queued);
    r.ratings = QaScoring::ratingsFromJson(q.value(13).toString());
    r.feedback = q.value(14).toString();
    if (!q.value(15).isNull())
        r.score = q.value(15).toDouble();
    r.criticalFail = q.value(16).toInt() != 0;
    r.reviewedAt = sql::optionalInt(q.value(17));
    r.dispute = q.value(18).toString();
    r.disputedAt = sql::optionalInt(q.value(19));
    r.answer = q.value(20).toString();
    r.answeredByName = q.value(21).toString();
    r.answeredAt = sql::optionalInt(q.value(22));
    r.version = q.value(23).toInt();
    r.escalated = q.value(24).toInt() != 0;
    return r;
}

QVariant actorOrNull(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

Error illegal(const QString& message)
{
    return Error{Error::Code::IllegalTransition, QStringLiteral("status"), message};
}

Error staleReview()
{
    return Error{Error::Code::Conflict, QStringLiteral("version"),
                 QualityService::tr("someone else changed this review meanwhile; open it again to see where it stands")};
}

Error notYours(const QString& message)
{
    return Error{Error::Code::Forbidden, QStringLiteral("review"), message};
}

QString scoreCode(double score)
{
    return QString::number(score, 'f', 2); // as the figures show it
}

struct Candidate
{
    qint64 ticketId = 0;
    QString ticketUuid;
    qint64 agentId = 0;
    bool low = false;
};

// The agent's draw: first up to lowShare of it from the low ones, the rest at random from all that are left.
QList<Candidate> draw(QList<Candidate> candidates, int count, double lowShare)
{
    auto* random = QRandomGenerator::global();
    std::shuffle(candidates.begin(), candidates.end(), *random);
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.low; });
    const qsizetype lows = std::count_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.low; });
    const qsizetype fromLow = std::min<qsizetype>(lows, qsizetype(std::ceil(count * lowShare)));
    QList<Candidate> picked = candidates.mid(0, fromLow);
    QList<Candidate> rest = candidates.mid(fromLow);
    std::shuffle(rest.begin(), rest.end(), *random);
    picked += rest.mid(0, count - fromLow);
    return picked;
}

} // namespace

QualityService::QualityService(Database database, const Configuration& configuration, Clock clock)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(m_database, clock)
{
}

Result<Scorecard> QualityService::saveScorecard(const Scorecard& input, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageQuality); !allowed)
        return fail(allowed.error());
    Scorecard card = input;
    card.name = card.name.trimmed();
    if (auto valid = QaScoring::validate(card); !valid)
        return fail(valid.error());
    const qint64 now = m_clock.now();
    if (card.id == 0) {
        auto inserted = sql::run(m_database.connection(),
                                 QStringLiteral("INSERT INTO qa_scorecards (uuid, name, criteria, active, created_at, updated_at, updated_by) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces), card.name, QaScoring::toJson(card.criteria),
                                  card.active ? 1 : 0, now, now, actorOrNull(actorId)});
        if (!inserted)
            return fail(inserted.error());
        return scorecard(insertedId(*inserted, QStringLiteral("qa_scorecards")));
    }
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE qa_scorecards SET name = ?, criteria = ?, active = ?, updated_at = ?, "
                                           "version = version + 1, updated_by = ? WHERE id = ? AND version = ?"),
                            {card.name, QaScoring::toJson(card.criteria), card.active ? 1 : 0, now, actorOrNull(actorId), card.id,
                             card.version});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(Error{Error::Code::Conflict, QStringLiteral("version"),
                          tr("someone else changed this scorecard meanwhile; open it again to see their changes")});
    return scorecard(card.id);
}

Result<QList<Scorecard>> QualityService::readScorecards(const QString& where, const QVariantList& values) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT id, uuid, name, criteria, active, version FROM qa_scorecards WHERE ") + where
                              + QStringLiteral(" ORDER BY id"),
                          values);
    if (!query)
        return fail(query.error());
    QList<Scorecard> cards;
    while (query->next())
        cards.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      QaScoring::criteriaFromJson(query->value(3).toString()), query->value(4).toInt() != 0, query->value(5).toInt()});
    return cards;
}

Result<QList<Scorecard>> QualityService::scorecards(bool activeOnly) const
{
    return readScorecards(QStringLiteral("active >= ?"), {activeOnly ? 1 : 0});
}

Result<Scorecard> QualityService::scorecard(qint64 id) const
{
    auto found = readScorecards(QStringLiteral("id = ?"), {id});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("scorecard"), tr("there is no scorecard %1").arg(id)));
    return found->first();
}

SampleRequest QualityService::lastWeek() const
{
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock.now(), zone.isValid() ? zone : QTimeZone::utc()).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return {monday.addDays(-7), monday, 5, 0.0};
}

SampleRequest QualityService::scheduledPeriod() const
{
    const QualitySampling& rules = m_configuration.service.qualitySampling;
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock.now(), zone.isValid() ? zone : QTimeZone::utc()).date();
    QDate from = today.addDays(-1), to = today;
    if (rules.every == QLatin1String("week")) {
        to = today.addDays(1 - today.dayOfWeek());
        from = to.addDays(-7);
    } else if (rules.every == QLatin1String("month")) {
        to = QDate(today.year(), today.month(), 1);
        from = to.addMonths(-1);
    }
    return {from, to, rules.perAgent, rules.lowShare};
}

Result<std::optional<SampleResult>> QualityService::drawScheduled(qint64 actorId)
{
    if (!m_configuration.service.qualitySampling.enabled)
        return std::optional<SampleResult>();
    if (auto allowed = m_access.require(actorId, Action::ManageQuality); !allowed)
        return fail(allowed.error());
    // Without a scorecard or anyone to review, the period waits for the next check.
    auto card = sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM qa_scorecards WHERE active = 1"));
    if (!card)
        return fail(card.error());
    if (card->toLongLong() == 0 || !inspectors())
        return std::optional<SampleResult>();
    const SampleRequest period = scheduledPeriod();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // The period already drawn, here or by hand, is not drawn again; the draw
    // notes its period in the same transaction, so a desk that loses the race draws nothing.
    auto done = sql::scalar(m_database.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM qa_sample_runs WHERE office_code = ? AND period_from = ? AND period_to = ?"),
                            {m_configuration.officeCode, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)});
    if (!done)
        return fail(done.error());
    if (done->toLongLong() > 0)
        return std::optional<SampleResult>();
    auto drawn = sample(period, actorId);
    if (!drawn)
        return fail(drawn.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return std::optional<SampleResult>(*drawn);
}

Result<qint64> QualityService::defaultScorecard() const
{
    auto id = sql::scalar(m_database.connection(), QStringLiteral("SELECT MIN(id) FROM qa_scorecards WHERE active = 1"));
    if (!id)
        return fail(id.error());
    if (id->isNull())
        return fail(Error::invalid(QStringLiteral("scorecard"), tr("there is no scorecard in use yet: a supervisor sets one up first")));
    return id->toLongLong();
}

Result<QList<qint64>> QualityService::inspectors() const
{
    for (Role role : {Role::Inspector, Role::Supervisor}) {
        auto query = sql::run(m_database.connection(), QStringLiteral("SELECT id FROM users WHERE active = 1 AND role = ? ORDER BY id"),
                              {toCode(role)});
        if (!query)
            return fail(query.error());
        QList<qint64> ids;
        while (query->next())
            ids.append(query->value(0).toLongLong());
        if (!ids.isEmpty())
            return ids;
    }
    return fail(Error::invalid(QStringLiteral("inspector"), tr("nobody can review: there is no active quality inspector or supervisor")));
}

Result<SampleResult> QualityService::sample(const SampleRequest& request, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageQuality); !allowed)
        return fail(allowed.error());
    if (!request.from.isValid() || !request.to.isValid() || request.from >= request.to)
        return fail(Error::invalid(QStringLiteral("period"), tr("the period's first day must come before its end")));
    if (request.perAgent < 1 || request.perAgent > 50)
        return fail(Error::invalid(QStringLiteral("per_agent"), tr("draw from 1 to 50 tickets per agent")));
    if (request.lowShare < 0.0 || request.lowShare > 1.0)
        return fail(Error::invalid(QStringLiteral("low_share"), tr("the share drawn from low scores and complaints is from 0 to 1")));
    auto card = defaultScorecard();
    auto reviewers = inspectors();
    if (!card || !reviewers)
        return fail(!card ? card.error() : reviewers.error());
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const auto instant = [&](const QDate& day) { return QDateTime(day, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch(); };
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // Only ids and a flag per resolved ticket of the period: a week of a large desk is thousands, not the table.
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT t.id, t.uuid, t.assignee_id, CASE WHEN t.csat_score <= 2 OR t.category = ? THEN 1 ELSE 0 END "
                                         "FROM tickets t WHERE t.resolved_at >= ? AND t.resolved_at < ? AND t.assignee_id IS NOT NULL "
                                         "AND NOT EXISTS (SELECT 1 FROM qa_reviews q WHERE q.ticket_id = t.id AND q.calibration = 0) ORDER BY t.id"),
                          {toCode(Category::Complaint), instant(request.from), instant(request.to)});
    if (!query)
        return fail(query.error());
    QMap<qint64, QList<Candidate>> byAgent;
    while (query->next())
        byAgent[query->value(2).toLongLong()].append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong(), query->value(3).toInt() != 0});
    query->finish();
    SampleResult result;
    const qint64 now = m_clock.now();
    qsizetype turn = 0;
    for (auto it = byAgent.begin(); it != byAgent.end(); ++it) {
        // Nobody reviews their own work: a supervisor who resolved tickets is reviewed by the others.
        QList<qint64> others = *reviewers;
        others.removeAll(it.key());
        if (others.isEmpty())
            continue;
        ++result.agents;
        for (const Candidate& pick : draw(it.value(), request.perAgent, request.lowShare)) {
            const qint64 inspector = others.at(turn++ % others.size());
            const QString uuid = QUuid::createUuidV5(kSampleNamespace, pick.ticketUuid).toString(QUuid::WithoutBraces);
            auto added = sql::run(m_database.connection(),
                                  QStringLiteral("INSERT INTO qa_reviews (uuid, ticket_id, agent_id, inspector_id, scorecard_id, status, "
                                                 "created_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
                                  {uuid, pick.ticketId, pick.agentId, inspector, *card, toCode(QaStatus::Queued), now, actorOrNull(actorId)});
            if (!added)
                return fail(added.error());
            if (added->numRowsAffected() == 0)
                continue;
            ++result.drawn;
            if (auto logged = logStep(pick.ticketId, uuid, QaStep::Sampled, {}, {}, actorId); !logged)
                return fail(logged.error());
        }
    }
    // Every draw notes its period, so the desk's own draw never draws it twice.
    auto noted = sql::run(m_database.connection(),
                          QStringLiteral("INSERT INTO qa_sample_runs (office_code, period_from, period_to, drawn, ran_at, ran_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (office_code, period_from, period_to) "
                                         "DO UPDATE SET drawn = qa_sample_runs.drawn + excluded.drawn"),
                          {m_configuration.officeCode, request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate), result.drawn,
                           now, actorOrNull(actorId)});
    if (!noted)
        return fail(noted.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit reviewsChanged();
    return result;
}

Result<QList<QaReview>> QualityService::calibrate(qint64 ticketId, const QList<qint64>& inspectorIds, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageQuality); !allowed)
        return fail(allowed.error());
    if (QSet<qint64>(inspectorIds.begin(), inspectorIds.end()).size() < 2)
        return fail(Error::invalid(QStringLiteral("inspector"), tr("a calibration needs at least two different inspectors")));
    auto card = defaultScorecard();
    if (!card)
        return fail(card.error());
    auto found = sql::run(m_database.connection(), QStringLiteral("SELECT assignee_id FROM tickets WHERE id = ?"), {ticketId});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return fail(Error::notFound(QStringLiteral("ticket"), tr("there is no ticket %1").arg(ticketId)));
    const std::optional<qint64> agent = sql::optionalInt(found->value(0));
    found->finish();
    if (agent && inspectorIds.contains(*agent))
        return fail(Error::invalid(QStringLiteral("inspector"), tr("nobody reviews their own work: the ticket's agent cannot calibrate on it")));
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    for (qint64 inspector : inspectorIds) {
        if (auto able = m_access.require(inspector, Action::ReviewQuality); !able)
            return fail(able.error());
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto added = sql::run(m_database.connection(),
                              QStringLiteral("INSERT INTO qa_reviews (uuid, ticket_id, agent_id, inspector_id, scorecard_id, calibration, status, "
                                             "created_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                              {uuid, ticketId, sql::nullable(agent), inspector, *card, toCode(QaStatus::Queued), m_clock.now(),
                               actorOrNull(actorId)});
        if (!added)
            return fail(added.error());
        if (auto logged = logStep(ticketId, uuid, QaStep::Calibration, {}, {}, actorId); !logged)
            return fail(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit reviewsChanged();
    return select(QStringLiteral("q.ticket_id = ? AND q.calibration = 1"), {ticketId}, QStringLiteral("q.id"));
}

Result<QList<QaReview>> QualityService::select(const QString& where, const QVariantList& values, const QString& order) const
{
    auto query = sql::run(m_database.connection(), kColumns + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ") + order
                                                       + QStringLiteral(" LIMIT ?"),
                          values + QVariantList{kListLimit});
    if (!query)
        return fail(query.error());
    QList<QaReview> reviews;
    while (query->next())
        reviews.append(reviewFrom(*query));
    return reviews;
}

Result<QList<QaReview>> QualityService::queueOf(qint64 inspectorId) const
{
    return select(QStringLiteral("q.inspector_id = ? AND q.status IN (?, ?)"),
                  {inspectorId, toCode(QaStatus::Queued), toCode(QaStatus::Disputed)}, QStringLiteral("q.status DESC, q.created_at, q.id"));
}

Result<QList<QaReview>> QualityService::ofAgent(qint64 agentId) const
{
    return select(QStringLiteral("q.agent_id = ? AND q.calibration = 0 AND q.status <> ?"), {agentId, toCode(QaStatus::Queued)},
                  QStringLiteral("q.reviewed_at DESC, q.id DESC"));
}

Result<QList<QaReview>> QualityService::escalated(qint64 actorId) const
{
    if (auto allowed = m_access.require(actorId, Action::ManageQuality); !allowed)
        return fail(allowed.error());
    return select(QStringLiteral("q.status = ?"), {toCode(QaStatus::Escalated)}, QStringLiteral("q.disputed_at, q.id"));
}

Result<QList<QaReview>> QualityService::ofTicket(qint64 ticketId) const
{
    return select(QStringLiteral("q.ticket_id = ?"), {ticketId}, QStringLiteral("q.id"));
}

Result<QaReview> QualityService::get(qint64 id) const
{
    auto found = select(QStringLiteral("q.id = ?"), {id}, QStringLiteral("q.id"));
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("review"), tr("there is no quality review %1").arg(id)));
    return found->first();
}

Result<QaReview> QualityService::getFor(qint64 id, qint64 actorId) const
{
    auto review = get(id);
    if (!review)
        return fail(review.error());
    if (review->agentId == actorId && !review->calibration)
        return review;
    if (auto allowed = m_access.require(actorId, Action::ReviewQuality); !allowed)
        return fail(allowed.error());
    return review;
}

// `assignments` are this class's own constants, never input. The change and
// its step on the ticket's timeline are written together.
Result<QaReview> QualityService::change(const QaReview& review, int expectedVersion, const QString& assignments,
                                        const QVariantList& values, const StepRecord& step, qint64 actorId)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE qa_reviews SET %1, version = version + 1, updated_by = ? WHERE id = ? AND version = ?")
                                .arg(assignments),
                            values + QVariantList{actorOrNull(actorId), review.id, expectedVersion});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(staleReview());
    if (auto logged = logStep(review.ticketId, review.uuid, step.step, step.score, step.comment, actorId); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit reviewsChanged();
    return get(review.id);
}

// The timeline keeps each step of a review: field, the step; old value, the
// review's uuid (a ticket may have several); new value, the score given;
// body, what was written (feedback, the dispute, the answer).
Status QualityService::logStep(qint64 ticketId, const QString& reviewUuid, QaStep step, const QString& score, const QString& comment,
                               qint64 actorId) const
{
    TicketEvent event;
    event.at = m_clock.now();
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("quality");
    event.field = toCode(step);
    event.oldValue = reviewUuid;
    event.newValue = score;
    event.body = comment;
    return TicketStore(m_database).appendEvent(ticketId, event);
}

Result<QList<TicketEvent>> QualityService::history(const QaReview& review) const
{
    auto events = TicketStore(m_database).timeline(review.ticketId);
    if (!events)
        return fail(events.error());
    QList<TicketEvent> steps;
    for (const TicketEvent& event : std::as_const(*events))
        if (event.kind == QLatin1String("quality") && event.oldValue == review.uuid)
            steps.append(event);
    return steps;
}

bool QualityService::maySeeDetails(const QString& reviewUuid, qint64 actorId) const
{
    auto user = UserDirectory(m_database).byId(actorId);
    if (user && AccessControl::allows(*user, Action::ReviewQuality))
        return true;
    auto agent = sql::scalar(m_database.connection(), QStringLiteral("SELECT agent_id FROM qa_reviews WHERE uuid = ? AND calibration = 0"),
                             {reviewUuid});
    return agent && !agent->isNull() && agent->toLongLong() == actorId;
}

Result<QaReview> QualityService::submit(qint64 id, int expectedVersion, const Ratings& ratings, const QString& feedback, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ReviewQuality); !allowed)
        return fail(allowed.error());
    auto review = get(id);
    if (!review)
        return fail(review.error());
    if (review->version != expectedVersion)
        return fail(staleReview());
    if (review->agentId == actorId)
        return fail(notYours(tr("nobody reviews their own work: this ticket is yours")));
    if (review->inspectorId != actorId && !m_access.require(actorId, Action::ManageQuality))
        return fail(notYours(tr("this review is %1's to do").arg(review->inspectorName)));
    if (review->status != QaStatus::Queued)
        return fail(illegal(tr("ticket %1 was reviewed already").arg(review->ticketNumber)));
    auto card = scorecard(review->scorecardId);
    if (!card)
        return fail(card.error());
    if (auto valid = QaScoring::validate(*card, ratings); !valid)
        return fail(valid.error());
    if (feedback.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("feedback"), tr("write the agent a word of feedback")));
    const ReviewScore score = QaScoring::score(*card, ratings);
    return change(*review, expectedVersion,
                  QStringLiteral("status = ?, ratings = ?, feedback = ?, score = ?, critical_fail = ?, reviewed_at = ?, inspector_id = ?"),
                  {toCode(QaStatus::Done), QaScoring::toJson(ratings), feedback.trimmed(), *score.score, score.criticalFail ? 1 : 0,
                   m_clock.now(), actorId},
                  {score.criticalFail ? QaStep::FailedCritical : QaStep::Reviewed, scoreCode(*score.score), feedback.trimmed()}, actorId);
}

Result<QaReview> QualityService::acknowledge(qint64 id, int expectedVersion, qint64 actorId)
{
    auto review = get(id);
    if (!review)
        return fail(review.error());
    if (review->version != expectedVersion)
        return fail(staleReview());
    if (review->agentId != actorId || review->calibration)
        return fail(notYours(tr("only %1, whose ticket was reviewed, acknowledges this review").arg(review->agentName)));
    if (review->status != QaStatus::Done && review->status != QaStatus::Settled)
        return fail(illegal(tr("a review that is \"%1\" cannot be acknowledged").arg(toLabel(review->status))));
    return change(*review, expectedVersion, QStringLiteral("status = ?"), {toCode(QaStatus::Acknowledged)}, {QaStep::Acknowledged, {}, {}},
                  actorId);
}

Result<QaReview> QualityService::dispute(qint64 id, int expectedVersion, const QString& comment, bool toSupervisor, qint64 actorId)
{
    auto review = get(id);
    if (!review)
        return fail(review.error());
    if (review->version != expectedVersion)
        return fail(staleReview());
    if (review->agentId != actorId || review->calibration)
        return fail(notYours(tr("only %1, whose ticket was reviewed, disputes this review").arg(review->agentName)));
    if (comment.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("comment"), tr("say what you disagree with: a dispute needs a comment")));
    // Once: to the inspector and then, still disagreeing, to a supervisor, whose answer is final.
    const bool inspectorAnswered = review->status == QaStatus::Settled && !review->escalated;
    if (review->status != QaStatus::Done && !(inspectorAnswered && toSupervisor))
        return fail(illegal(review->status == QaStatus::Settled
                                ? tr("the inspector answered your dispute: only a supervisor can look at it again")
                                : tr("a review that is \"%1\" cannot be disputed").arg(toLabel(review->status))));
    const QaStatus next = toSupervisor ? QaStatus::Escalated : QaStatus::Disputed;
    return change(*review, expectedVersion, QStringLiteral("status = ?, dispute = ?, disputed_at = ?, escalated = ?"),
                  {toCode(next), comment.trimmed(), m_clock.now(), toSupervisor ? 1 : 0},
                  {toSupervisor ? QaStep::Escalated : QaStep::Disputed, {}, comment.trimmed()}, actorId);
}

Result<QaReview> QualityService::settle(qint64 id, int expectedVersion, const std::optional<Ratings>& revised, const QString& answer,
                                        qint64 actorId)
{
    auto review = get(id);
    if (!review)
        return fail(review.error());
    if (review->version != expectedVersion)
        return fail(staleReview());
    if (review->status != QaStatus::Disputed && review->status != QaStatus::Escalated)
        return fail(illegal(tr("there is no dispute to answer on this review")));
    const Action needed = review->status == QaStatus::Escalated ? Action::ManageQuality : Action::ReviewQuality;
    if (auto allowed = m_access.require(actorId, needed); !allowed)
        return fail(allowed.error());
    if (review->agentId == actorId)
        return fail(notYours(tr("nobody answers a dispute about their own work")));
    if (needed == Action::ReviewQuality && review->inspectorId != actorId && !m_access.require(actorId, Action::ManageQuality))
        return fail(notYours(tr("this dispute is %1's to answer").arg(review->inspectorName)));
    if (answer.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("answer"), tr("answer the agent's comment")));
    QString assignments = QStringLiteral("status = ?, answer = ?, answered_by = ?, answered_at = ?");
    QVariantList values{toCode(QaStatus::Settled), answer.trimmed(), actorId, m_clock.now()};
    StepRecord step{QaStep::Settled, {}, answer.trimmed()};
    if (revised) {
        auto card = scorecard(review->scorecardId);
        if (!card)
            return fail(card.error());
        if (auto valid = QaScoring::validate(*card, *revised); !valid)
            return fail(valid.error());
        const ReviewScore score = QaScoring::score(*card, *revised);
        assignments += QStringLiteral(", ratings = ?, score = ?, critical_fail = ?");
        values += QVariantList{QaScoring::toJson(*revised), *score.score, score.criticalFail ? 1 : 0};
        step = {QaStep::Revised, scoreCode(*score.score), answer.trimmed()};
    }
    return change(*review, expectedVersion, assignments, values, step, actorId);
}

} // namespace sd
