#pragma once

#include "common/AppContext.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QWidget>

namespace sd {

// Finding customers by name, code or phone, and creating new ones.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(AppContext& context, QWidget* parent = nullptr);
    QLineEdit* searchField() const { return m_search; }
    void search();

signals:
    void customerOpenRequested(qint64 customerId);
    void newCustomerRequested();

private:
    AppContext& m_context;
    QLineEdit* m_search;
    QTableWidget* m_results;
    QLabel* m_note;
    static constexpr int kShown = 200;
};

} // namespace sd
