#pragma once

#include "common/Error.h"
#include "reports/AgentPerformance.h"
#include "reports/KpiFormat.h"
#include "reports/ReportLabels.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace sd {

// One figure of an agent's page as the screen and the print show it.
struct PerformanceLine
{
    QString title;
    QString agent;
    QString team;
    QString difference; // the agent against the team, e.g. "↑ +2.5 pts"
    KpiFormat::Direction direction = KpiFormat::Direction::Unknown;
};

// The printable agent performance page (A4): who, which period, which team,
// the figures beside the team's, and what the team column means. Used by the
// page's print preview and PDF export and by sdctl.
class AgentPerformanceDocument
{
    Q_DECLARE_TR_FUNCTIONS(sd::AgentPerformanceDocument)

public:
    AgentPerformanceDocument(const AgentComparison& comparison, const ReportLabels& labels);

    static QList<PerformanceLine> lines(const AgentComparison& comparison);
    // "Li Na (li.na)"
    QString agentText() const;
    // What the team column is: the team's name and how many agents it averages over.
    QString teamText() const;
    void print(QPagedPaintDevice* device) const;
    static Status writePdf(const AgentComparison& comparison, const ReportLabels& labels, const QString& path);

private:
    QString html() const;

    AgentComparison m_comparison;
    ReportLabels m_labels;
};

} // namespace sd
