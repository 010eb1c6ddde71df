#include "reports/AgentPerformanceDocument.h"

#include "reports/HeadlineMetric.h"
#include "reports/ReportFonts.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace sd {
namespace {

QString cell(const QString& text, const QString& align, const QString& style = QString())
{
    return QStringLiteral("<td align=\"%1\" style=\"%2\">%3</td>").arg(align, style, text.toHtmlEscaped());
}

} // namespace

AgentPerformanceDocument::AgentPerformanceDocument(const AgentComparison& comparison, const ReportLabels& labels)
    : m_comparison(comparison)
    , m_labels(labels)
{
    m_labels.generatedAt = m_labels.generatedAt.toTimeZone(comparison.request.zone);
}

QList<PerformanceLine> AgentPerformanceDocument::lines(const AgentComparison& comparison)
{
    QList<PerformanceLine> lines;
    for (const PerformanceRow& row : comparison.rows()) {
        const HeadlineMetric metric = HeadlineMetric::byKey(row.key);
        lines.append({metric.title, KpiFormat::value(metric.kind, row.agent), KpiFormat::value(metric.kind, row.team),
                      KpiFormat::change(metric, row.agent, row.team), KpiFormat::direction(metric, row.agent, row.team)});
    }
    return lines;
}

QString AgentPerformanceDocument::agentText() const
{
    const QString name = m_labels.label(QStringLiteral("by_agent"), m_comparison.login);
    return name == m_comparison.login ? name : tr("%1 (%2)").arg(name, m_comparison.login);
}

QString AgentPerformanceDocument::teamText() const
{
    if (m_comparison.teamCode.isEmpty())
        return tr("All tickets, as the agent belongs to no team; counts are the mean of the %1 agents who worked on them.")
            .arg(m_comparison.teamAgents);
    return tr("Team %1: rates and times over all its tickets; counts are the mean of the %2 agents who worked on them.")
        .arg(m_labels.label(QStringLiteral("by_team"), m_comparison.teamCode))
        .arg(m_comparison.teamAgents);
}

QString AgentPerformanceDocument::html() const
{
    QString rows;
    const QString head = QStringLiteral("background:#e8edf3; font-weight:bold;");
    rows += QStringLiteral("<tr>") + cell(tr("Figure"), QStringLiteral("left"), head) + cell(tr("Agent"), QStringLiteral("right"), head)
            + cell(tr("Team average"), QStringLiteral("right"), head) + cell(tr("Difference"), QStringLiteral("right"), head)
            + QStringLiteral("</tr>");
    for (const PerformanceLine& line : lines(m_comparison))
        rows += QStringLiteral("<tr>") + cell(line.title, QStringLiteral("left")) + cell(line.agent, QStringLiteral("right"))
                + cell(line.team, QStringLiteral("right"))
                + cell(line.difference, QStringLiteral("right"), QStringLiteral("color:%1;").arg(KpiFormat::colour(line.direction).name()))
                + QStringLiteral("</tr>");
    const QString office = m_labels.officeName.isEmpty() ? m_labels.companyName : m_labels.officeName;
    return QStringLiteral("<h2>%1</h2><p>%2<br/>%3<br/>%4</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" style=\"border-collapse:collapse; border-color:#c8d0da;\">%5</table>"
                          "<p style=\"color:#555555;\">%6</p><p style=\"color:#555555;\">%7</p>")
        .arg(tr("Agent performance: %1").arg(agentText()).toHtmlEscaped(),
             tr("Period: %1").arg(ReportLabels::periodText(m_comparison.request)).toHtmlEscaped(),
             teamText().toHtmlEscaped(), office.toHtmlEscaped(), rows,
             tr("Green: better than the team; red: worse. Times are business minutes; figures as the quality report defines them.")
                 .toHtmlEscaped(),
             tr("Generated %1").arg(m_labels.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))).toHtmlEscaped());
}

void AgentPerformanceDocument::print(QPagedPaintDevice* device) const
{
    QTextDocument document;
    document.setDefaultFont(ReportFonts::font(10));
    document.setHtml(html());
    document.print(device);
}

Status AgentPerformanceDocument::writePdf(const AgentComparison& comparison, const ReportLabels& labels, const QString& path)
{
    // QPdfWriter reports no errors: find out first whether the file can be written.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(Error::io(path, tr("Cannot write the file: %1").arg(probe.errorString())));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    const AgentPerformanceDocument document(comparison, labels);
    writer.setTitle(tr("Agent performance: %1").arg(document.agentText()));
    writer.setCreator(QStringLiteral("Service Desk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    document.print(&writer);
    if (QFile(path).size() == 0)
        return fail(Error::io(path, tr("The PDF could not be written.")));
    return {};
}

} // namespace sd
