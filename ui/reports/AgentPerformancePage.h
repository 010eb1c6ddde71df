#pragma once

#include "common/AppContext.h"
#include "reports/AgentPerformance.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {

class ReportFilterBar;

// A page per agent (docs/REPORTS.md "Agent performance"): an agent's figures
// of a period beside their team's, coloured better or worse, printable and
// exportable as PDF. Agents see their own page, team viewers their team's
// agents, supervisors everyone.
class AgentPerformancePage : public QWidget
{
    Q_OBJECT

public:
    explicit AgentPerformancePage(AppContext& context, QWidget* parent = nullptr);

    ReportFilterBar* filters() const { return m_filters; }
    QTableWidget* table() const { return m_table; }
    const AgentComparison* comparison() const { return m_comparison ? &*m_comparison : nullptr; }

public slots:
    void refresh();
    void printPreview();
    void exportPdf();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void restrictAgents();
    void showComparison();

    AppContext& m_context;
    ReportFilterBar* m_filters = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_teamNote = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    std::optional<AgentComparison> m_comparison;
    bool m_restricted = false;
};

} // namespace sd
