#pragma once

#include "common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QWidget>

namespace sd {

// The complaint register: open complaints oldest first, with their age,
// stage, cause and deadlines; overdue ones stand out. A complaint opens its
// ticket, where the next step of its path is taken.
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsPage(AppContext& context, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* table() const { return m_table; }

signals:
    void ticketOpenRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRow(const ComplaintRegisterRow& row, qint64 now);
    QString instant(std::optional<qint64> value) const;

    AppContext& m_context;
    QComboBox* m_cause;
    QCheckBox* m_overdueOnly;
    QTableWidget* m_table;
    QLabel* m_note;
    static constexpr int kShown = 500;
};

} // namespace sd
