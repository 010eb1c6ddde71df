#pragma once

#include "common/AppContext.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {

struct CareDate;

// Care this week (docs/CARE.md): the customers to greet in a week, by day,
// with their tier and whether the greeting went out; agents mark it sent.
class CarePage : public QWidget
{
    Q_OBJECT

public:
    explicit CarePage(AppContext& context, QWidget* parent = nullptr);
    void showWeek(const QDate& monday);
    QDate monday() const { return m_monday; }
    QTableWidget* table() const { return m_table; }
    // Marks the selected row's greeting sent; true when it was recorded.
    bool markSelectedSent();

signals:
    void customerOpenRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void addRow(const CareDate& date);
    void updateButtons();
    QDate thisMonday() const;

    AppContext& m_context;
    QDate m_monday;
    QLabel* m_range;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_sent;
};

} // namespace sd
