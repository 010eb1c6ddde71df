#pragma once

#include "common/AppContext.h"
#include "sync/CustomerMerge.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {

// Customers who share a normalised phone number, often one person created at
// two offices while they worked apart. Listed for a person to decide; a
// supervisor keeps one and merges the others into it (tickets and purchases
// move, and the merge reaches every office with the next sync).
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(AppContext& context, QWidget* parent = nullptr);

    void reload();

signals:
    void merged();

private:
    void mergeIntoSelected();
    void updateButtons();
    const DuplicateCustomer* selectedCustomer(int* group = nullptr) const;

    AppContext& m_context;
    CustomerMerge m_merge;
    QList<DuplicateCandidate> m_shown;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_keep = nullptr;
};

} // namespace sd
