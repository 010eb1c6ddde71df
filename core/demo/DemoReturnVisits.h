#pragma once

#include "common/Error.h"
#include "demo/DemoRandom.h"
#include "process/ReturnVisit.h"
#include "workspace/Workspace.h"

namespace sd {

// The demo's return visits (docs/RETURN-VISITS.md), as the rules would have
// scheduled them over the last weeks: follow-ups of resolved tickets and
// first-use visits after purchases, most made (a few late, some customers
// unreachable, some sales leads), the last days' still open; a few recent
// calls found the issue persisting and are recorded through the service, so
// the ticket is really reopened or opened; then the top tiers' periodic visits.
class DemoReturnVisits
{
public:
    DemoReturnVisits(Workspace& workspace, DemoRandom& random, QList<qint64> callers, qint64 now);
    Status create(int tickets);

private:
    struct Candidate
    {
        qint64 customerId = 0;
        std::optional<qint64> ticketId;
        QString uuid;
        ReturnReason reason = ReturnReason::FollowUp;
        QString promptedBy;
        QString product;
        QDate dueOn;
    };
    Status addFollowUps(int limit, QList<Candidate>& found) const;
    Status addFirstUses(int limit, QList<Candidate>& found) const;
    Result<qint64> insert(const Candidate& visit);
    Status settle(const Candidate& visit, qint64 id);
    Status recordIssue(const Candidate& visit, qint64 id, qint64 caller);
    qint64 instantOn(const QDate& day, int hour, int minute) const;

    Workspace& m_workspace;
    DemoRandom& m_random;
    QList<qint64> m_callers;
    qint64 m_now = 0;
    QDate m_today;
};

} // namespace sd
