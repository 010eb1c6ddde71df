#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "risk/Risk.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

// The risk register (docs/RISKS.md): risks recorded by supervisors or raised
// by the alert rules, scored probability × impact, each with an owner,
// mitigation and contingency plans and a review date; listed by score and
// counted on a probability × impact heat map. Reading needs risks.view,
// writing risks.manage; every change is version-checked.
class RiskRegister : public QObject
{
    Q_OBJECT

public:
    RiskRegister(Database database, const Configuration& configuration, Clock clock);

    Status requireView(qint64 actorId) const;
    Result<Risk> get(qint64 id) const;
    Result<QList<Risk>> ranked(const RiskQuery& query) const;
    // Live risks (not closed) by probability and impact; cells without any are left out.
    Result<QList<HeatCell>> heatMap() const;

    Result<Risk> create(const RiskDraft& draft, qint64 actorId);
    Result<Risk> update(qint64 id, int expectedVersion, const RiskDraft& draft, qint64 actorId);
    // Being mitigated needs a mitigation plan, accepting a contingency plan; a
    // closed risk can only be opened again.
    Result<Risk> setStatus(qint64 id, int expectedVersion, RiskStatus to, qint64 actorId);

    // Used by the alert rules, inside their transaction.
    Result<qint64> insertRaised(const Risk& risk);
    // Oldest first.
    Result<QList<RiskEvent>> history(const Risk& risk) const;
    // Used by the alert rules, inside their transaction, for their new figures.
    Status logEvent(const QString& riskUuid, const RiskEvent& event, std::optional<qint64> actorId) const;

signals:
    void risksChanged();

private:
    Status validate(const RiskDraft& draft, bool needsTitle) const;
    Status checkMove(const Risk& risk, RiskStatus to) const;
    // Being mitigated rests on a mitigation plan, accepted on a contingency plan.
    Status checkPlans(const Risk& risk, RiskStatus status) const;
    Result<Risk> write(const Risk& risk, int expectedVersion, const RiskDraft& draft, RiskStatus status, qint64 actorId);
    Status logChanges(const Risk& risk, const RiskDraft& draft, RiskStatus status, qint64 actorId) const;
    Result<QString> ownerName(const std::optional<qint64>& ownerId) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
