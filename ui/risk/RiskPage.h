#pragma once

#include "common/AppContext.h"
#include "risk/Risk.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sd {

class RiskHeatMap;

// The risk register on the desk (docs/RISKS.md): the heat map of live risks
// beside the list ranked by score, the chosen risk's plans and alert, and
// for supervisors recording, assessing, moving and checking the alert rules.
class RiskPage : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPage(AppContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    RiskHeatMap* heatMap() const { return m_heatMap; }
    QComboBox* listChoice() const { return m_list; }
    QLabel* message() const { return m_message; }
    void refresh();
    // Selects the risk in the list (from a notification), showing every risk if needed.
    void showRisk(qint64 riskId);
    bool moveSelected(RiskStatus to);
    bool checkAlerts();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildButtons(QHBoxLayout* row);
    void fillTable();
    QString historyHtml(const Risk& risk) const;
    void showSelected();
    void editSelected();
    void newRisk();
    const Risk* selected() const;
    bool may(Action action) const;

    AppContext& m_context;
    QList<Risk> m_risks;
    RiskHeatMap* m_heatMap = nullptr;
    QComboBox* m_list = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_managerButtons;
    QPushButton* m_edit = nullptr;
    qint64 m_keep = 0; // the risk selected when the list was read again
};

} // namespace sd
