#pragma once

#include "common/AppContext.h"
#include "process/Visit.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {

// A visit's state as a list shows it: status, why it failed, whether it overlaps.
QString visitStateText(const Visit& visit);

// On a saved ticket: the technicians' visits, newest last, with what can be
// done to the one selected: send a technician, reschedule, report, cancel,
// print its work-order sheet. A visit that could not be completed says so at
// the top, since the ticket then waits for a new visit.
class VisitPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit VisitPanel(AppContext& context, QWidget* parent = nullptr);
    void showTicket(qint64 ticketId, bool ticketOpen);
    QTreeWidget* visits() const { return m_visits; }

    // The actions with their dialogs; true when core accepted them.
    bool sendTechnician();
    bool rescheduleSelected();
    bool reportSelected();
    bool cancelSelected();
    bool printSelected();
    // Without dialogs (tests, and the dialogs' second half).
    bool schedule(const VisitPlan& plan);
    bool reschedule(const Visit& visit, const VisitPlan& plan);
    bool report(const Visit& visit, const VisitReport& report);
    bool cancel(const Visit& visit, const QString& reason);
    bool writeSheet(const Visit& visit, const QString& path);
    std::optional<Visit> selected() const;

private:
    void refresh();
    void updateButtons();
    bool mayReport(const Visit& visit) const;
    bool take(const Result<Visit>& result);
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_ticketId = 0;
    bool m_ticketOpen = false;
    QList<Visit> m_list;
    QTreeWidget* m_visits;
    QLabel* m_attention;
    QLabel* m_error;
    QPushButton* m_send;
    QPushButton* m_reschedule;
    QPushButton* m_report;
    QPushButton* m_cancel;
    QPushButton* m_print;
};

} // namespace sd
