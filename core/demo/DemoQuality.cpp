#include "demo/DemoQuality.h"

#include "quality/QaScoring.h"
#include "storage/Sql.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd {

DemoQuality::DemoQuality(Workspace& workspace, DemoRandom& random, qint64 actorId, qint64 now)
    : m_workspace(workspace)
    , m_random(random)
    , m_actorId(actorId)
    , m_now(now)
{
}

// Most criteria near the top; now and then a weak one, rarely a critical miss.
Ratings DemoQuality::ratingsFor(const Scorecard& card)
{
    Ratings ratings;
    for (const Criterion& c : card.criteria) {
        if (!c.critical && m_random.chance(0.08)) {
            ratings.insert(c.code, std::nullopt);
            continue;
        }
        const bool weak = m_random.chance(c.critical ? 0.04 : 0.15);
        // A critical criterion is met or missed; the others are often one short of the top.
        const int good = c.critical || m_random.chance(0.6) ? c.points : c.points - 1;
        ratings.insert(c.code, weak ? int(m_random.between(1, std::max(1, c.points / 2))) : good);
    }
    return ratings;
}

// The review's steps on its ticket's timeline, at the demo's own times.
Status DemoQuality::logStep(const Drawn& review, QaStep step, qint64 at, std::optional<qint64> actorId, const QString& score,
                            const QString& comment)
{
    TicketEvent event;
    event.at = at;
    event.actorId = actorId;
    event.kind = QStringLiteral("quality");
    event.field = toCode(step);
    event.oldValue = review.uuid;
    event.newValue = score;
    event.body = comment;
    return TicketStore(m_workspace.database()).appendEvent(review.ticketId, event);
}

Status DemoQuality::score(const Scorecard& card, const Drawn& review, qint64 reviewedAt)
{
    const Ratings ratings = ratingsFor(card);
    const ReviewScore result = QaScoring::score(card, ratings);
    if (!result.score)
        return {};
    // Most agents acknowledge; a few dispute, and the inspector answers.
    const bool disputed = m_random.chance(0.08);
    const QaStatus status = disputed ? QaStatus::Settled : m_random.chance(0.8) ? QaStatus::Acknowledged : QaStatus::Done;
    const QString feedback = result.criticalFail ? QStringLiteral("未按流程核实客户身份，请复习信息安全规定。") : QStringLiteral("整体规范，注意结束语完整。");
    const QString dispute = QStringLiteral("客户当时很急，已口头核实。");
    const QString answer = QStringLiteral("录音中没有核实步骤，维持评分。");
    auto updated = sql::run(m_workspace.database().connection(),
                            QStringLiteral("UPDATE qa_reviews SET status = ?, ratings = ?, feedback = ?, score = ?, critical_fail = ?, "
                                           "reviewed_at = ?, dispute = ?, disputed_at = ?, answer = ?, answered_by = inspector_id, "
                                           "answered_at = ? WHERE id = ?"),
                            {toCode(status), QaScoring::toJson(ratings), feedback, *result.score, result.criticalFail ? 1 : 0, reviewedAt,
                             disputed ? dispute : QString(), disputed ? QVariant(reviewedAt + 86400) : QVariant(),
                             disputed ? answer : QString(), disputed ? QVariant(reviewedAt + 2 * 86400) : QVariant(), review.id});
    if (!updated)
        return fail(updated.error());
    const QString scoreText = QString::number(*result.score, 'f', 2);
    if (auto logged = logStep(review, result.criticalFail ? QaStep::FailedCritical : QaStep::Reviewed, reviewedAt, review.inspectorId,
                              scoreText, feedback);
        !logged)
        return logged;
    if (disputed) {
        if (auto logged = logStep(review, QaStep::Disputed, reviewedAt + 86400, review.agentId, {}, dispute); !logged)
            return logged;
        return logStep(review, QaStep::Settled, reviewedAt + 2 * 86400, review.inspectorId, {}, answer);
    }
    if (status == QaStatus::Acknowledged)
        return logStep(review, QaStep::Acknowledged, reviewedAt + 4 * 3600, review.agentId, {}, {});
    return {};
}

Result<QList<DemoQuality::Drawn>> DemoQuality::queued() const
{
    auto query = sql::run(m_workspace.database().connection(),
                          QStringLiteral("SELECT id, uuid, ticket_id, agent_id, inspector_id FROM qa_reviews WHERE status = ? ORDER BY id"),
                          {toCode(QaStatus::Queued)});
    if (!query)
        return fail(query.error());
    QList<Drawn> reviews;
    while (query->next())
        reviews.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong(),
                        sql::optionalInt(query->value(3)), sql::optionalInt(query->value(4))});
    return reviews;
}

Status DemoQuality::create()
{
    Scorecard card;
    card.name = QStringLiteral("热线通话质检表");
    card.criteria = {{QStringLiteral("greeting"), QStringLiteral("开场问候规范"), 1, 5, false},
                     {QStringLiteral("identify"), QStringLiteral("准确识别问题"), 2, 4, false},
                     {QStringLiteral("solution"), QStringLiteral("解决方案正确"), 3, 4, true},
                     {QStringLiteral("attitude"), QStringLiteral("服务态度"), 2, 5, false},
                     {QStringLiteral("security"), QStringLiteral("核实客户身份"), 2, 2, true},
                     {QStringLiteral("closing"), QStringLiteral("结束语与后续说明"), 1, 3, false}};
    auto saved = m_workspace.quality().saveScorecard(card, m_actorId);
    if (!saved)
        return fail(saved.error());
    const QTimeZone zone(m_workspace.configuration().officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone.isValid() ? zone : QTimeZone::utc()).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (int week = 4; week >= 1; --week) {
        const QDate from = thisMonday.addDays(-7 * week);
        auto lastEvent = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ticket_events"));
        if (!lastEvent)
            return fail(lastEvent.error());
        // Each draw notes its week, so a desk's own weekly draw does not draw it again.
        if (auto drawn = m_workspace.quality().sample({from, from.addDays(7), 3, 0.3}, m_actorId); !drawn)
            return fail(drawn.error());
        // Drawn on the Monday after the week, not at the demo's making.
        const qint64 weekAfter = QDateTime(from.addDays(7), QTime(10, 0), zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch();
        if (auto dated = sql::run(m_workspace.database().connection(),
                                  QStringLiteral("UPDATE ticket_events SET at = ? WHERE id > ? AND kind = 'quality' AND field = ?"),
                                  {weekAfter - 3600, lastEvent->toLongLong(), toCode(QaStep::Sampled)});
            !dated)
            return fail(dated.error());
        if (week == 1)
            break; // last week's reviews wait in the inspectors' queues
        auto reviews = queued();
        if (!reviews)
            return fail(reviews.error());
        for (const Drawn& review : std::as_const(*reviews))
            if (auto scored = score(*saved, review, weekAfter + m_random.between(0, 4 * 86400)); !scored)
                return scored;
    }
    return {};
}

} // namespace sd
