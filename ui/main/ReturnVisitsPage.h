#pragma once

#include "common/AppContext.h"
#include "process/ReturnVisit.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {

enum class ReturnQueue;

// Return visits (docs/RETURN-VISITS.md): the calls back due today and
// overdue, the next two weeks', those made lately and the sales leads; the
// agent records a call from here.
class ReturnVisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnVisitsPage(AppContext& context, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QComboBox* listChoice() const { return m_list; }
    // Opens the record dialog for the selected open visit.
    void recordSelected();
    void refresh();

signals:
    void customerOpenRequested(qint64 customerId);
    void ticketOpenRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRow(const ReturnVisit& visit);
    void showCounts();
    void updateButtons();
    const ReturnVisit* selected() const;

    AppContext& m_context;
    QList<ReturnVisit> m_visits;
    QComboBox* m_list;
    QLabel* m_counts;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_record;
    QPushButton* m_openTicket;
    QTimer m_refreshSoon;
};

} // namespace sd
