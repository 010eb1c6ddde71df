#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace sd {

class Workspace;

// Everything the printed report needs besides the figures, already in the
// reader's language: who it is for, when it was made, and display names for
// the breakdown keys that are not enumerations (agents, teams, tiers). Plain
// data built from a Workspace without any widget, so sdctl can print too.
struct ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportLabels)

public:
    QString companyName;
    QString officeName;
    QDateTime generatedAt; // shown in the report's zone
    // Breakdown name ("by_agent", "by_team", "by_tier"...) -> key -> display name.
    QHash<QString, QHash<QString, QString>> names;

    // Office name, tier and team names from the configuration, and the display
    // names of the agents that appear in the report (or of all active users
    // when report is null), generated at the workspace clock's now.
    static ReportLabels fromWorkspace(Workspace& workspace, const KpiReport* report = nullptr);

    // The row label: a name from `names`, else the translated label of an
    // enumeration code (category, channel, priority), else the key itself.
    QString label(const QString& breakdown, const QString& key) const;
    // "2026-10-01 – 2026-10-31": first and last day of the period in its zone.
    static QString periodText(const ReportRequest& request);
    // "All tickets" or "Team: …, Category: …" with display names.
    QString filterText(const ReportFilter& filter) const;
    // The title of a breakdown ("By agent"...).
    static QString breakdownTitle(const QString& breakdown);
    // The column header for a breakdown's key ("Agent", "Team"...).
    static QString keyTitle(const QString& breakdown);
};

} // namespace sd
