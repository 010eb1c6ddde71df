#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/SolutionPlan.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

// Solution plans (docs/SERVICE.md "Solution plans"): agreed with the customer
// before the work starts. Every change of plan is a new version that needs
// the customer's consent again; a version is never edited, only consented to.
// Each write and its timeline event are one transaction.
class PlanService : public QObject
{
    Q_OBJECT

public:
    PlanService(Database database, const Configuration& configuration, Clock clock);

    // The draft priced as it would be proposed now, without writing (the
    // dialog's running totals).
    Result<SolutionPlan> price(qint64 ticketId, const PlanDraft& draft) const;
    Result<SolutionPlan> propose(qint64 ticketId, const PlanDraft& draft, qint64 actorId);
    // Consent to the current version `planNo` (refused for an older one).
    Result<SolutionPlan> recordConsent(qint64 ticketId, int planNo, const Consent& consent, qint64 actorId);
    // Every version, oldest first.
    Result<QList<SolutionPlan>> ofTicket(qint64 ticketId) const;
    Result<std::optional<SolutionPlan>> current(qint64 ticketId) const;
    // The parts as stored in solution_plans.parts.
    static QString partsToJson(const QList<PlanPart>& parts);

signals:
    void plansChanged(qint64 ticketId);

private:
    Status check(const PlanDraft& draft) const;
    Result<QList<PlanPart>> pricedParts(const QList<PlanPart>& parts) const;
    Status requireOpen(qint64 ticketId) const;
    Status logEvent(const SolutionPlan& plan, const QString& step, const QString& body, qint64 actorId) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
