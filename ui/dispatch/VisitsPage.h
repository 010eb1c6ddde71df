#pragma once

#include "common/AppContext.h"
#include "process/Visit.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace sd {

// A day of technicians' visits, in time order per technician: where each goes,
// when (in the visit's zone), for which ticket, and how far it has got.
// Appointments of one technician that overlap are flagged. A technician sees
// their own day first. A visit opens its ticket.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(AppContext& context, QWidget* parent = nullptr);
    void refresh();
    void showDay(const QDate& day, std::optional<qint64> technicianId);
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

signals:
    void ticketOpenRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRow(const Visit& visit);
    void fillTechnicians();

    AppContext& m_context;
    QDateEdit* m_day;
    QComboBox* m_technician;
    QTableWidget* m_table;
    QLabel* m_summary;
    static constexpr int kShown = 500;
};

} // namespace sd
