#include "sync/DuplicatesDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

// Where a customer sits in m_shown, kept on its row of the tree.
constexpr int kGroupRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

DuplicatesDialog::DuplicatesDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_merge(context.workspace.database(), context.workspace.clock())
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate customers"));
    auto* explanation = new QLabel(tr("These customers share a phone number: often one person, created at two offices "
                                      "while they worked apart. Nothing is merged on its own. Select the customer to keep; "
                                      "the others of the group are merged into it, with their tickets and purchases."),
                                   this);
    explanation->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("duplicateTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Customer code"), tr("Name"), tr("Phone"), tr("Tickets")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_summary = new QLabel(this);
    m_keep = new QPushButton(tr("&Keep this customer, merge the others into it"), this);
    m_keep->setObjectName(QStringLiteral("keepCustomer"));
    m_keep->setAutoDefault(false);
    m_keep->setVisible(AccessControl::allows(*m_context.workspace.users().byId(m_context.userId), Action::MergeCustomers));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_keep);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_keep, &QPushButton::clicked, this, &DuplicatesDialog::mergeIntoSelected);
    resize(900, 480);
    reload();
}

void DuplicatesDialog::reload()
{
    m_tree->clear();
    auto found = m_merge.candidates();
    m_shown = found ? *found : QList<DuplicateCandidate>();
    if (!found)
        m_summary->setText(found.error().message);
    else if (m_shown.isEmpty())
        m_summary->setText(tr("No duplicate candidates: no two customers share a phone number."));
    else
        m_summary->setText(tr("Groups of customers sharing a phone number: %1").arg(m_shown.size()));
    for (qsizetype group = 0; group < m_shown.size(); ++group) {
        const DuplicateCandidate& candidate = m_shown.at(group);
        auto* top = new QTreeWidgetItem(m_tree, {tr("%1 customers").arg(candidate.customers.size()), QString(),
                                                 candidate.customers.value(0).phone, QString()});
        top->setFlags(Qt::ItemIsEnabled);
        for (qsizetype i = 0; i < candidate.customers.size(); ++i) {
            const DuplicateCustomer& customer = candidate.customers.at(i);
            auto* item = new QTreeWidgetItem(top, {customer.code, customer.name, customer.phone, QString::number(customer.tickets)});
            item->setData(0, kGroupRole, int(group));
            item->setData(0, kIndexRole, int(i));
        }
    }
    m_tree->expandAll();
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    updateButtons();
}

const DuplicateCustomer* DuplicatesDialog::selectedCustomer(int* group) const
{
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    if (selected.isEmpty() || !selected.first()->data(0, kGroupRole).isValid())
        return nullptr;
    const int g = selected.first()->data(0, kGroupRole).toInt();
    const int i = selected.first()->data(0, kIndexRole).toInt();
    if (group)
        *group = g;
    return &m_shown.at(g).customers.at(i);
}

void DuplicatesDialog::updateButtons()
{
    m_keep->setEnabled(selectedCustomer() != nullptr);
}

void DuplicatesDialog::mergeIntoSelected()
{
    int group = 0;
    const DuplicateCustomer* kept = selectedCustomer(&group);
    if (!kept)
        return;
    const DuplicateCustomer keep = *kept;
    QStringList others;
    for (const DuplicateCustomer& customer : m_shown.at(group).customers)
        if (customer.id != keep.id)
            others.append(QStringLiteral("%1 %2").arg(customer.code, customer.name));
    const auto answer = QMessageBox::question(this, tr("Merge customers"),
                                              tr("Merge %1 into %2 %3? Their tickets and purchases move to %2, and this "
                                                 "cannot be undone.").arg(others.join(QStringLiteral(", ")), keep.code, keep.name));
    if (answer != QMessageBox::Yes)
        return;
    for (const DuplicateCustomer& customer : m_shown.at(group).customers) {
        if (customer.id == keep.id)
            continue;
        if (auto done = m_merge.merge(keep.id, customer.id, m_context.userId); !done) {
            m_summary->setText(done.error().message);
            return;
        }
    }
    reload();
    emit merged();
}

} // namespace sd
