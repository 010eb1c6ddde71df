#include "config/Configuration.h"
#include "main/CustomersPage.h"

#include "queue/QueueDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

CustomersPage::CustomersPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(0, 5, this))
    , m_note(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Name, customer code or phone number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Tier"), tr("Phone"), tr("Region")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* create = new QPushButton(tr("New customer"), this);
    auto* title = new QLabel(tr("Customers"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(create);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    m_note->setObjectName(QStringLiteral("customerSearchNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::search);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::search);
    connect(create, &QPushButton::clicked, this, &CustomersPage::newCustomerRequested);
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row) {
        emit customerOpenRequested(m_results->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
}

void CustomersPage::search()
{
    m_results->setRowCount(0);
    m_note->clear();
    // One character is a whole surname in Chinese (王): searched like any other text.
    if (m_search->text().trimmed().isEmpty())
        return;
    auto found = m_context.workspace.customers().find(m_search->text(), kShown + 1);
    if (!found) {
        m_note->setText(found.error().describe());
        return;
    }
    if (found->isEmpty())
        m_note->setText(tr("No customer matches \"%1\".").arg(m_search->text().trimmed()));
    if (found->size() > kShown) {
        found->removeLast();
        m_note->setText(tr("The first %L1 matches are shown; type more of the name or number to narrow the search.").arg(kShown));
    }
    for (const Customer& customer : *found) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        auto* code = new QTableWidgetItem(customer.details.code);
        code->setData(Qt::UserRole, customer.id);
        m_results->setItem(row, 0, code);
        m_results->setItem(row, 1, new QTableWidgetItem(customer.details.name));
        const TierDefinition* tier = m_context.workspace.configuration().tier(customer.details.tierCode);
        auto* tierItem = new QTableWidgetItem(tier ? displayName(tier->name) : customer.details.tierCode);
        const QColor color = QueueDelegate::tierColor(customer.details.tierCode);
        if (color.isValid())
            tierItem->setForeground(color);
        m_results->setItem(row, 2, tierItem);
        m_results->setItem(row, 3, new QTableWidgetItem(customer.details.phone));
        m_results->setItem(row, 4, new QTableWidgetItem(customer.details.region));
    }
}

} // namespace sd
