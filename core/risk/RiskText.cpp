#include "risk/RiskText.h"

#include "config/Configuration.h"

#include <QJsonDocument>
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

QString RiskText::change(const Risk& risk, const RiskEvent& event)
{
    if (event.kind == QLatin1String("created"))
        return event.newValue.isEmpty() ? tr("Recorded the risk.") : tr("An alert rule raised the risk.");
    if (event.kind == QLatin1String("status"))
        return tr("Moved the risk from “%1” to “%2”.")
            .arg(toLabel(fromCode<RiskStatus>(event.oldValue).value_or(RiskStatus::Open)),
                 toLabel(fromCode<RiskStatus>(event.newValue).value_or(RiskStatus::Open)));
    if (event.kind == QLatin1String("alert")) {
        Risk figures = risk;
        figures.alert = QJsonDocument::fromJson(event.newValue.toUtf8()).object();
        return tr("The alert rule found new figures: %1").arg(alert(figures));
    }
    const QString field = fieldLabel(event.field);
    // Plans and descriptions are long: the new text is the news.
    if (event.field == QLatin1String("description") || event.field == QLatin1String("mitigation")
        || event.field == QLatin1String("contingency"))
        return event.newValue.isEmpty() ? tr("Removed the %1.").arg(field) : tr("Rewrote the %1: %2").arg(field, event.newValue);
    return tr("Changed the %1 from “%2” to “%3”.").arg(field, fieldValue(event.field, event.oldValue), fieldValue(event.field, event.newValue));
}

QString RiskText::fieldLabel(const QString& field)
{
    if (field == QLatin1String("title"))
        return tr("title");
    if (field == QLatin1String("kind"))
        return tr("kind");
    if (field == QLatin1String("probability"))
        return tr("probability");
    if (field == QLatin1String("impact"))
        return tr("impact");
    if (field == QLatin1String("owner"))
        return tr("owner");
    if (field == QLatin1String("review_on"))
        return tr("review date");
    if (field == QLatin1String("description"))
        return tr("description");
    if (field == QLatin1String("mitigation"))
        return tr("mitigation plan");
    if (field == QLatin1String("contingency"))
        return tr("contingency plan");
    return tr("risk");
}

QString RiskText::fieldValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return tr("none");
    if (field == QLatin1String("kind"))
        return toLabel(fromCode<RiskKind>(value).value_or(RiskKind::Other));
    if (field == QLatin1String("review_on"))
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    return value;
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
