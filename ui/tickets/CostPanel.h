#pragma once

#include "common/AppContext.h"
#include "config/Configuration.h"

#include <QDialog>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;
class QTreeWidget;

namespace sd {

// On a saved ticket: its service cost as recorded while the work happened,
// line by line, with the total and what the customer pays.
class CostPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CostPanel(AppContext& context, QWidget* parent = nullptr);
    void showTicket(qint64 ticketId);
    // Asks for a line and records it; true when it was recorded.
    bool addLine();
    bool add(const CostEntry& entry);
    bool voidSelected();
    QTreeWidget* lines() const { return m_lines; }

private:
    void refresh();

    AppContext& m_context;
    qint64 m_ticketId = 0;
    QTreeWidget* m_lines;
    QLabel* m_totals;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_void;
};

// One cost line: its kind decides what is asked (minutes and whose rate,
// pieces and unit cost, kilometres, an amount).
class CostDialog : public QDialog
{
    Q_OBJECT

public:
    // `catalogue`: the parts a parts line may be picked from (name and unit cost filled in).
    CostDialog(Role ownRole, const QList<PartPrice>& catalogue, QWidget* parent = nullptr);
    CostEntry entry() const;

private:
    void updateFields();
    void pickPart(int index);
    QComboBox* m_kind;
    QSpinBox* m_quantity;
    QLabel* m_quantityLabel;
    QComboBox* m_role;
    QLabel* m_roleLabel;
    QComboBox* m_part;
    QLabel* m_partLabel;
    QList<PartPrice> m_catalogue;
    QLineEdit* m_unit;
    QLabel* m_unitLabel;
    QLineEdit* m_description;
    QCheckBox* m_chargeOverride;
    QLineEdit* m_charge;
    QPushButton* m_ok;
};

} // namespace sd
