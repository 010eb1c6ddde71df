#include "reports/AgentPerformancePage.h"

#include "common/DialogParts.h"
#include "common/FileChooser.h"
#include "people/AccessControl.h"
#include "reports/AgentPerformanceDocument.h"
#include "reports/ReportFilterBar.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment align)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(align | Qt::AlignVCenter);
    return cell;
}

} // namespace

AgentPerformancePage::AgentPerformancePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agentPerformancePage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(DialogParts::pageTitle(tr("Agent performance"), this));
    m_filters = new ReportFilterBar(context.workspace, this);
    m_filters->setTimeZone(QTimeZone(context.workspace.configuration().officeTimeZone.toUtf8()));
    layout->addWidget(m_filters);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("performanceHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_teamNote = new QLabel(this);
    m_teamNote->setObjectName(QStringLiteral("performanceTeamNote"));
    m_teamNote->setWordWrap(true);
    layout->addWidget(m_teamNote);
    m_table = DialogParts::listTable({tr("Figure"), tr("Agent"), tr("Team average"), tr("Difference")}, this);
    m_table->setObjectName(QStringLiteral("performanceTable"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("Print preview…"), this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &AgentPerformancePage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &AgentPerformancePage::exportPdf);
    connect(m_filters, &ReportFilterBar::changed, this, &AgentPerformancePage::refresh);
    restrictAgents();
}

// Whose page one may open follows the report permissions: one's own, one's
// team's agents, or everyone's.
void AgentPerformancePage::restrictAgents()
{
    auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me) {
        m_filters->showPeriodAndAgentOnly([](const QString&) { return false; });
        return;
    }
    const User self = *me;
    const bool all = AccessControl::allows(self, Action::ViewAllReports);
    const bool team = AccessControl::allows(self, Action::ViewTeamReports) && !self.teamCode.isEmpty();
    // The people listed are read once, not one query per name.
    QHash<QString, User> byLogin;
    if (auto users = m_context.workspace.users().activeUsers())
        for (const User& user : *users)
            byLogin.insert(user.login, user);
    // Listed: oneself, and those who work tickets (agents and technicians) one may see.
    m_filters->showPeriodAndAgentOnly([&](const QString& login) {
        if (login == self.login)
            return true;
        const auto other = byLogin.constFind(login);
        if (other == byLogin.cend() || (other->role != Role::Agent && other->role != Role::Technician))
            return false;
        return all || (team && other->teamCode == self.teamCode);
    });
    // Those who see everyone's figures rarely work tickets: their own page is not the first one wanted.
    const QSignalBlocker quiet(m_filters);
    if (!all)
        m_filters->setAgent(self.login);
}

void AgentPerformancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_comparison)
        refresh();
}

void AgentPerformancePage::refresh()
{
    const ReportRequest request = m_filters->request();
    const QString login = request.filter.agent;
    m_comparison.reset();
    if (login.isEmpty()) {
        m_heading->setText(tr("Choose an agent."));
        showComparison();
        return;
    }
    if (auto allowed = m_context.workspace.access().requireReport(m_context.userId, QString(), login); !allowed) {
        m_heading->setText(allowed.error().message);
        showComparison();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto comparison = AgentPerformance(m_context.workspace.database()).compare(login, request);
    QApplication::restoreOverrideCursor();
    if (!comparison) {
        m_heading->setText(comparison.error().describe());
        showComparison();
        return;
    }
    m_comparison = *comparison;
    showComparison();
}

void AgentPerformancePage::showComparison()
{
    m_table->setRowCount(0);
    m_print->setEnabled(m_comparison.has_value());
    m_pdf->setEnabled(m_comparison.has_value());
    if (!m_comparison) {
        m_teamNote->clear();
        return;
    }
    const AgentPerformanceDocument document(*m_comparison, ReportLabels::fromWorkspace(m_context.workspace));
    m_heading->setText(tr("%1, %2").arg(document.agentText(), ReportLabels::periodText(m_comparison->request)));
    m_teamNote->setText(document.teamText());
    const QList<PerformanceLine> lines = AgentPerformanceDocument::lines(*m_comparison);
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PerformanceLine& line = lines.at(row);
        m_table->setItem(row, 0, item(line.title, Qt::AlignLeft));
        m_table->setItem(row, 1, item(line.agent, Qt::AlignRight));
        m_table->setItem(row, 2, item(line.team, Qt::AlignRight));
        QTableWidgetItem* difference = item(line.difference, Qt::AlignRight);
        difference->setForeground(KpiFormat::colour(line.direction));
        m_table->setItem(row, 3, difference);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void AgentPerformancePage::printPreview()
{
    if (!m_comparison)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Agent performance"));
    const AgentPerformanceDocument document(*m_comparison, ReportLabels::fromWorkspace(m_context.workspace));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter* target) { document.print(target); });
    dialog.exec();
}

void AgentPerformancePage::exportPdf()
{
    if (!m_comparison)
        return;
    const QString stem = QStringLiteral("agent-%1-%2").arg(m_comparison->login, ReportLabels::periodText(m_comparison->request).left(10));
    const QString path = FileChooser::saveFile(this, tr("Export PDF"), stem + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportLabels labels = ReportLabels::fromWorkspace(m_context.workspace);
    if (auto written = AgentPerformanceDocument::writePdf(*m_comparison, labels, path); !written)
        QMessageBox::warning(this, tr("Export PDF"), written.error().describe());
    else
        QMessageBox::information(this, tr("Export PDF"), tr("The page was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace sd
