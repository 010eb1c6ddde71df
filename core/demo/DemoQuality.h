#pragma once

#include "common/Error.h"
#include "demo/DemoRandom.h"
#include "workspace/Workspace.h"

namespace sd {

// The demo's quality inspection (docs/QUALITY.md): the hotline scorecard, a
// sample of three tickets per agent for each of the last four weeks, the
// older ones scored by the inspectors (mostly good, a few failing a critical
// criterion), most acknowledged, a few disputed and answered; last week's
// still in the queues.
class DemoQuality
{
public:
    DemoQuality(Workspace& workspace, DemoRandom& random, qint64 actorId, qint64 now);
    Status create();

private:
    struct Drawn
    {
        qint64 id = 0;
        QString uuid;
        qint64 ticketId = 0;
        std::optional<qint64> agentId;
        std::optional<qint64> inspectorId;
    };
    Ratings ratingsFor(const Scorecard& card);
    Status score(const Scorecard& card, const Drawn& review, qint64 reviewedAt);
    Status logStep(const Drawn& review, QaStep step, qint64 at, std::optional<qint64> actorId, const QString& score,
                   const QString& comment);
    Result<QList<Drawn>> queued() const;

    Workspace& m_workspace;
    DemoRandom& m_random;
    qint64 m_actorId = 0;
    qint64 m_now = 0;
};

} // namespace sd
