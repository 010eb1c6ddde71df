#include "demo/DemoQuality.h"

#include "quality/QaScoring.h"
#include "storage/Sql.h"

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

Status DemoQuality::score(const Scorecard& card, qint64 reviewId, qint64 reviewedAt)
{
    const Ratings ratings = ratingsFor(card);
    const ReviewScore result = QaScoring::score(card, ratings);
    if (!result.score)
        return {};
    // Most agents acknowledge; a few dispute, and the inspector answers.
    const bool disputed = m_random.chance(0.08);
    const QaStatus status = disputed ? QaStatus::Settled : m_random.chance(0.8) ? QaStatus::Acknowledged : QaStatus::Done;
    auto updated = sql::run(m_workspace.database().connection(),
                            QStringLiteral("UPDATE qa_reviews SET status = ?, ratings = ?, feedback = ?, score = ?, critical_fail = ?, "
                                           "reviewed_at = ?, dispute = ?, disputed_at = ?, answer = ?, answered_by = inspector_id, "
                                           "answered_at = ? WHERE id = ?"),
                            {toCode(status), QaScoring::toJson(ratings),
                             result.criticalFail ? QStringLiteral("未按流程核实客户身份，请复习信息安全规定。") : QStringLiteral("整体规范，注意结束语完整。"),
                             *result.score, result.criticalFail ? 1 : 0, reviewedAt,
                             disputed ? QStringLiteral("客户当时很急，已口头核实。") : QString(), disputed ? QVariant(reviewedAt + 86400) : QVariant(),
                             disputed ? QStringLiteral("录音中没有核实步骤，维持评分。") : QString(),
                             disputed ? QVariant(reviewedAt + 2 * 86400) : QVariant(), reviewId});
    return updated ? Status() : fail(updated.error());
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
        // Each draw notes its week, so a desk's own weekly draw does not draw it again.
        if (auto drawn = m_workspace.quality().sample({from, from.addDays(7), 3, 0.3}, m_actorId); !drawn)
            return fail(drawn.error());
        if (week == 1)
            break; // last week's reviews wait in the inspectors' queues
        auto queued = sql::run(m_workspace.database().connection(),
                               QStringLiteral("SELECT id FROM qa_reviews WHERE status = ? ORDER BY id"), {toCode(QaStatus::Queued)});
        if (!queued)
            return fail(queued.error());
        QList<qint64> ids;
        while (queued->next())
            ids.append(queued->value(0).toLongLong());
        const qint64 weekAfter = QDateTime(from.addDays(7), QTime(10, 0), zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch();
        for (qint64 id : ids)
            if (auto scored = score(*saved, id, weekAfter + m_random.between(0, 4 * 86400)); !scored)
                return scored;
    }
    return {};
}

} // namespace sd
