#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "risk/Risk.h"
#include "storage/Database.h"

#include <QList>

namespace sd {

class RiskRegister;

// What one alert rule sees now: the rule, what it watched, the risk it
// raises and the figures behind it.
struct AlertFinding
{
    QString ruleCode; // complaint_surge, product_faults, team_sla
    QString ruleKey;  // the product or team code; "" for complaints
    RiskKind kind = RiskKind::Other;
    int probability = 3;
    int impact = 3;
    QJsonObject alert;
};

struct AlertCheck
{
    int firing = 0;  // rules (and keys) whose condition holds now
    int raised = 0;  // new risks
    int updated = 0; // live risks whose figures changed
    QList<qint64> raisedIds;
};

// The alert rules of the risk register (docs/RISKS.md), evaluated over the
// last days up to now: a complaint surge, a product's fault tickets, a team's
// SLA compliance. A rule that holds raises a risk, or updates the live one it
// raised before at this office; a new risk is told to the supervisors.
// Nothing is closed by the rules: that is a supervisor's decision.
class RiskAlerts
{
public:
    RiskAlerts(Database database, const Configuration& configuration, Clock clock, RiskRegister& risks);

    // What the rules see now; writes nothing.
    Result<QList<AlertFinding>> findings() const;
    // Needs risks.manage; the desk of a supervisor runs it every quarter of an hour, cron runs sdctl.
    Result<AlertCheck> check(qint64 actorId);

private:
    Status complaintSurge(QList<AlertFinding>& found) const;
    Status productFaults(QList<AlertFinding>& found) const;
    Status teamSla(QList<AlertFinding>& found) const;
    Status apply(const AlertFinding& finding, qint64 actorId, AlertCheck& outcome);
    qint64 daysBack(int days) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    RiskRegister& m_risks;
    AccessControl m_access;
};

} // namespace sd
