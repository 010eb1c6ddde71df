#include "config/Configuration.h"
#include "reports/ReportLabels.h"

#include "workspace/Workspace.h"

namespace sd {
namespace {

const QString kAgent = QStringLiteral("by_agent");
const QString kTeam = QStringLiteral("by_team");
const QString kTier = QStringLiteral("by_tier");

template <typename E>
std::optional<QString> enumLabel(const QString& key)
{
    if (const auto value = fromCode<E>(key))
        return toLabel(*value);
    return std::nullopt;
}

void addAgents(ReportLabels& labels, UserDirectory& users, const KpiReport* report)
{
    auto& agents = labels.names[kAgent];
    if (auto active = users.activeUsers()) {
        for (const User& user : *active)
            agents.insert(user.login, user.displayName);
    }
    if (!report)
        return;
    // Inactive people still appear in past periods.
    for (const Breakdown& breakdown : report->breakdowns) {
        if (breakdown.name != kAgent)
            continue;
        for (const BreakdownRow& row : breakdown.rows) {
            if (row.key.isEmpty() || agents.contains(row.key))
                continue;
            if (auto user = users.byLogin(row.key))
                agents.insert(row.key, user->displayName);
        }
    }
}

} // namespace

ReportLabels ReportLabels::fromWorkspace(Workspace& workspace, const KpiReport* report)
{
    ReportLabels labels;
    const Configuration& config = workspace.configuration();
    labels.officeName = config.officeName.isEmpty() ? config.officeCode : displayName(config.officeName);
    labels.generatedAt = QDateTime::fromSecsSinceEpoch(workspace.clock().now(),
                                                       report ? report->request.zone : QTimeZone::systemTimeZone());
    for (const Team& team : config.teams)
        labels.names[kTeam].insert(team.code, displayName(team.name));
    for (const TierDefinition& tier : config.tiers)
        labels.names[kTier].insert(tier.code, displayName(tier.name));
    addAgents(labels, workspace.users(), report);
    return labels;
}

QString ReportLabels::label(const QString& breakdown, const QString& key) const
{
    if (key.isEmpty()) {
        if (breakdown == kAgent)
            return tr("Unassigned");
        return breakdown == kTeam ? tr("No team") : tr("(none)");
    }
    const QString named = names.value(breakdown).value(key);
    if (!named.isEmpty())
        return named;
    if (breakdown == QLatin1String("by_category"))
        return enumLabel<Category>(key).value_or(key);
    if (breakdown == QLatin1String("by_channel"))
        return enumLabel<Channel>(key).value_or(key);
    if (breakdown == QLatin1String("by_priority"))
        return enumLabel<Priority>(key).value_or(key);
    return key;
}

QString ReportLabels::periodText(const ReportRequest& request)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(request.from, request.zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(request.to - 1, request.zone).date();
    const QString format = QStringLiteral("yyyy-MM-dd");
    if (first == last)
        return first.toString(format);
    return first.toString(format) + QStringLiteral(" – ") + last.toString(format);
}

QString ReportLabels::filterText(const ReportFilter& filter) const
{
    QStringList parts;
    auto add = [&parts](const QString& title, const QString& value) { parts.append(title + QStringLiteral(": ") + value); };
    if (!filter.team.isEmpty())
        add(tr("Team"), label(kTeam, filter.team));
    if (!filter.agent.isEmpty())
        add(tr("Agent"), label(kAgent, filter.agent));
    if (filter.category)
        add(tr("Category"), toLabel(*filter.category));
    if (filter.channel)
        add(tr("Channel"), toLabel(*filter.channel));
    if (!filter.tier.isEmpty())
        add(tr("Tier"), label(kTier, filter.tier));
    if (filter.priority)
        add(tr("Priority"), toLabel(*filter.priority));
    if (!filter.office.isEmpty())
        add(tr("Office"), filter.office);
    return parts.isEmpty() ? tr("All tickets") : parts.join(QStringLiteral(", "));
}

QString ReportLabels::breakdownTitle(const QString& breakdown)
{
    if (breakdown == kAgent)
        return tr("By agent");
    if (breakdown == kTeam)
        return tr("By team");
    if (breakdown == QLatin1String("by_category"))
        return tr("By category");
    if (breakdown == QLatin1String("by_channel"))
        return tr("By channel");
    if (breakdown == kTier)
        return tr("By customer tier");
    return breakdown == QLatin1String("by_priority") ? tr("By priority") : breakdown;
}

QString ReportLabels::keyTitle(const QString& breakdown)
{
    if (breakdown == kAgent)
        return tr("Agent");
    if (breakdown == kTeam)
        return tr("Team");
    if (breakdown == QLatin1String("by_category"))
        return tr("Category");
    if (breakdown == QLatin1String("by_channel"))
        return tr("Channel");
    if (breakdown == kTier)
        return tr("Tier");
    return breakdown == QLatin1String("by_priority") ? tr("Priority") : breakdown;
}

} // namespace sd
