#pragma once

#include "common/AppContext.h"
#include "reports/ReportLabels.h"
#include "reports/ScheduledReports.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd {

// The office's scheduled reports (docs/REPORTS.md): a supervisor saves the
// filters on screen under a name with a period, removes one, or writes one
// now; and chooses the folder this desk writes them to.
class ScheduledReportsDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduledReportsDialog(AppContext& context, const ReportFilter& filter, QWidget* parent = nullptr);
    // Where this desk writes scheduled reports (Documents/Service Desk reports unless chosen).
    static QString folder();
    static void setFolder(const QString& folder);
    QTableWidget* table() const { return m_table; }

private:
    QWidget* buildAdd();
    void refresh();
    void add();
    void removeSelected();
    void writeSelectedNow();
    void chooseFolder();
    void showError(const QString& message);

    AppContext& m_context;
    ReportFilter m_filter;
    ReportLabels m_labels;
    QList<SavedReport> m_reports;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_period;
    QLabel* m_folder;
    QLabel* m_message;
};

} // namespace sd
