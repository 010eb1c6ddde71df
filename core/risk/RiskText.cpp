#include "risk/RiskText.h"

#include "config/Configuration.h"

#include <QLocale>

namespace sd {
namespace {

int number(const Risk& risk, const char* key)
{
    return risk.alert.value(QLatin1String(key)).toInt();
}

// The team's name as configured when the rule raised the risk, in this desk's language.
QString teamName(const Risk& risk)
{
    const QString configured = risk.alert.value(QLatin1String("team_name")).toString();
    return configured.isEmpty() ? risk.ruleKey : displayName(configured);
}

} // namespace

QString RiskText::title(const Risk& risk)
{
    if (!risk.draft.title.isEmpty())
        return risk.draft.title;
    if (risk.ruleCode == QLatin1String("complaint_surge"))
        return tr("Complaint surge: %1 complaints in %2 days").arg(number(risk, "count")).arg(number(risk, "days"));
    if (risk.ruleCode == QLatin1String("product_faults"))
        return tr("Faults of %1: %2 tickets in %3 days").arg(risk.ruleKey).arg(number(risk, "count")).arg(number(risk, "days"));
    if (risk.ruleCode == QLatin1String("team_sla"))
        return tr("SLA of team %1 at %2 %")
            .arg(teamName(risk),
                 QLocale().toString(risk.alert.value(QLatin1String("pct")).toDouble(), 'f', 1));
    return tr("Untitled risk");
}

QString RiskText::alert(const Risk& risk)
{
    if (risk.ruleCode == QLatin1String("complaint_surge"))
        return tr("%1 complaints in the last %2 days, %3 in the %2 days before; the alert is for more than %4, or at least %5 and up more than %6 %.")
            .arg(number(risk, "count")).arg(number(risk, "days")).arg(number(risk, "previous")).arg(number(risk, "above"))
            .arg(number(risk, "growth_from")).arg(number(risk, "growth_pct"));
    if (risk.ruleCode == QLatin1String("product_faults"))
        return tr("%1 fault tickets about %2 in the last %3 days, %4 in the %3 days before; the alert is for more than %5 and up more than %6 %.")
            .arg(number(risk, "count")).arg(risk.ruleKey).arg(number(risk, "days")).arg(number(risk, "previous"))
            .arg(number(risk, "above")).arg(number(risk, "growth_pct"));
    if (risk.ruleCode == QLatin1String("team_sla"))
        return tr("%1 of %2 tickets of the last %3 days resolved in time (%4 %); the alert is for below %5 %.")
            .arg(number(risk, "met")).arg(number(risk, "counted")).arg(number(risk, "days"))
            .arg(QLocale().toString(risk.alert.value(QLatin1String("pct")).toDouble(), 'f', 1))
            .arg(number(risk, "below_pct"));
    return {};
}

RiskText::Level RiskText::level(int score)
{
    if (score >= 20)
        return Level::Extreme;
    if (score >= 10)
        return Level::High;
    if (score >= 5)
        return Level::Medium;
    return Level::Low;
}

QString RiskText::levelLabel(Level level)
{
    switch (level) {
    case Level::Low: return tr("Low");
    case Level::Medium: return tr("Medium");
    case Level::High: return tr("High");
    case Level::Extreme: return tr("Extreme");
    }
    return {};
}

} // namespace sd
