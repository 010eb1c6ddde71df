#include "main/ReturnVisitsPage.h"

#include "common/DialogParts.h"
#include "common/Permission.h"
#include "customers/ReturnVisitDialog.h"
#include "customers/ReturnVisitText.h"
#include "process/ReturnVisitService.h"
#include "tickets/TicketService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Due, Reason, CustomerColumn, Phone, TierColumn, TicketColumn, State, ColumnCount };

} // namespace

ReturnVisitsPage::ReturnVisitsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_table(DialogParts::listTable({tr("Due"), tr("Why"), tr("Customer"), tr("Phone"), tr("Tier"), tr("Ticket"), tr("Where it stands")},
                                     this))
    , m_error(new QLabel(this))
    , m_record(new QPushButton(tr("&Record the call…"), this))
    , m_openTicket(new QPushButton(tr("Open the &ticket"), this))
{
    setObjectName(QStringLiteral("returnVisitsPage"));
    m_table->setObjectName(QStringLiteral("returnVisits"));
    m_list->setObjectName(QStringLiteral("returnVisitList"));
    m_counts->setObjectName(QStringLiteral("returnVisitCounts"));
    m_record->setObjectName(QStringLiteral("recordReturnVisit"));
    m_openTicket->setObjectName(QStringLiteral("openReturnVisitTicket"));
    m_error->setObjectName(QStringLiteral("returnVisitsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_list->addItem(tr("Due now (today and overdue)"), int(ReturnQueue::Due));
    m_list->addItem(tr("Next %1 days").arg(ReturnVisitService::kUpcomingDays), int(ReturnQueue::Upcoming));
    m_list->addItem(tr("Made in the last %1 days").arg(ReturnVisitService::kMadeDays), int(ReturnQueue::Made));
    m_list->addItem(tr("Sales leads of the last %1 days").arg(ReturnVisitService::kMadeDays), int(ReturnQueue::Leads));
    auto* title = DialogParts::pageTitle(tr("Return visits"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_counts, 1);
    bar->addWidget(new QLabel(tr("&Show:"), this));
    bar->addWidget(m_list);
    qobject_cast<QLabel*>(bar->itemAt(2)->widget())->setBuddy(m_list);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Calls back after a purchase, after a ticket, and every so often for the top tiers. "
                                     "Double-click a customer to open them."), this), 1);
    actions->addWidget(m_openTicket);
    actions->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    connect(m_list, &QComboBox::currentIndexChanged, this, &ReturnVisitsPage::refresh);
    connect(m_record, &QPushButton::clicked, this, &ReturnVisitsPage::recordSelected);
    connect(m_openTicket, &QPushButton::clicked, this, [this] {
        if (const ReturnVisit* visit = selected())
            emit ticketOpenRequested(visit->resultTicketId.value_or(visit->ticketId.value_or(0)));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReturnVisitsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_visits.size())
            emit customerOpenRequested(m_visits.at(row).customerId);
    });
    // A ticket resolved or scored may have scheduled a follow-up; bursts of changes reload once.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(300);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_context.workspace.returnVisits(), &ReturnVisitService::returnVisitsChanged, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(&m_context.workspace.tickets(), &TicketService::ticketChanged, &m_refreshSoon, qOverload<>(&QTimer::start));
}

void ReturnVisitsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReturnVisitsPage::refresh()
{
    m_error->hide();
    m_table->setRowCount(0);
    m_visits.clear();
    showCounts();
    auto visits = m_context.workspace.returnVisits().queue(static_cast<ReturnQueue>(m_list->currentData().toInt()));
    if (!visits) {
        m_error->setText(visits.error().message);
        m_error->show();
        return;
    }
    m_visits = *visits;
    for (const ReturnVisit& visit : std::as_const(m_visits))
        addRow(visit);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::Stretch);
    updateButtons();
}

void ReturnVisitsPage::showCounts()
{
    auto counts = m_context.workspace.returnVisits().counts();
    if (!counts) {
        m_counts->clear();
        return;
    }
    m_counts->setText(tr("Due today: %1 · Overdue: %2 · Next %3 days: %4")
                          .arg(counts->dueToday)
                          .arg(counts->overdue)
                          .arg(ReturnVisitService::kUpcomingDays)
                          .arg(counts->upcoming));
}

void ReturnVisitsPage::addRow(const ReturnVisit& visit)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const TierDefinition* tier = m_context.workspace.configuration().tier(visit.tierCode);
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    QString state = ReturnVisitText::status(visit, zone);
    if (visit.salesLead)
        state += tr(" · sales lead: %1").arg(visit.notes.section(QLatin1Char('\n'), -1));
    const QStringList cells{ReturnVisitText::day(visit.dueOn), ReturnVisitText::reason(visit),
                            visit.customerName + QStringLiteral(" (") + visit.customerCode + QLatin1Char(')'), visit.customerPhone,
                            tier ? displayName(tier->name) : visit.tierCode, ReturnVisitText::tickets(visit), state};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    if (visit.isOpen() && visit.dueOn < m_context.workspace.returnVisits().today()) {
        m_table->item(row, Due)->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->item(row, Due)->setToolTip(tr("Overdue"));
    }
}

const ReturnVisit* ReturnVisitsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_visits.size() ? &m_visits.at(row) : nullptr;
}

void ReturnVisitsPage::updateButtons()
{
    const ReturnVisit* visit = selected();
    m_record->setEnabled(visit && visit->isOpen() && mayDo(m_context, Action::MakeReturnVisits));
    m_openTicket->setEnabled(visit && (visit->ticketId || visit->resultTicketId));
}

void ReturnVisitsPage::recordSelected()
{
    const ReturnVisit* visit = selected();
    if (!visit || !visit->isOpen())
        return;
    const int row = m_table->currentRow();
    ReturnVisitDialog dialog(m_context, *visit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    if (row < m_table->rowCount())
        m_table->selectRow(row);
}

} // namespace sd
