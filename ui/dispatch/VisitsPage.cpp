#include "dispatch/VisitsPage.h"

#include "dispatch/VisitPanel.h"
#include "tickets/TicketText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Window, Technician, TicketColumn, Customer, Phone, Address, State, ColumnCount };

} // namespace

VisitsPage::VisitsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_day(new QDateEdit(this))
    , m_technician(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("visitsPage"));
    auto* title = new QLabel(tr("Technicians' visits"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    m_day->setObjectName(QStringLiteral("visitDayFilter"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QTimeZone office(m_context.workspace.configuration().officeTimeZone.toUtf8());
    m_day->setDate(QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now(), office).date());
    m_technician->setObjectName(QStringLiteral("visitTechnicianFilter"));
    fillTechnicians();
    auto* previous = new QPushButton(tr("◀ Previous day"), this);
    auto* today = new QPushButton(tr("Today"), this);
    auto* next = new QPushButton(tr("Next day ▶"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(previous);
    top->addWidget(m_day);
    top->addWidget(next);
    top->addWidget(today);
    top->addWidget(new QLabel(tr("Technician:"), this));
    top->addWidget(m_technician);

    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setHorizontalHeaderLabels({tr("Appointment"), tr("Technician"), tr("Ticket"), tr("Customer"), tr("Phone"),
                                        tr("Address"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(m_day, &QDateEdit::dateChanged, this, &VisitsPage::refresh);
    connect(m_technician, &QComboBox::currentIndexChanged, this, &VisitsPage::refresh);
    connect(previous, &QPushButton::clicked, this, [this] { m_day->setDate(m_day->date().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { m_day->setDate(m_day->date().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this, office] {
        m_day->setDate(QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now(), office).date());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        emit ticketOpenRequested(m_table->item(row, TicketColumn)->data(Qt::UserRole).toLongLong());
    });
    connect(&m_context.workspace.visits(), &VisitService::visitsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

// Everyone who can be sent; a technician starts on their own day.
void VisitsPage::fillTechnicians()
{
    m_technician->addItem(tr("All technicians"), 0);
    if (auto users = m_context.workspace.users().activeUsers())
        for (const User& user : *users)
            if (user.role == Role::Technician)
                m_technician->addItem(user.displayName, user.id);
    m_technician->setCurrentIndex(qMax(0, m_technician->findData(m_context.userId)));
}

void VisitsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void VisitsPage::showDay(const QDate& day, std::optional<qint64> technicianId)
{
    const QSignalBlocker blockDay(m_day);
    const QSignalBlocker blockTechnician(m_technician);
    m_day->setDate(day);
    m_technician->setCurrentIndex(qMax(0, m_technician->findData(technicianId.value_or(0))));
    refresh();
}

void VisitsPage::refresh()
{
    VisitFilter filter;
    filter.day = m_day->date();
    if (const qint64 id = m_technician->currentData().toLongLong(); id != 0)
        filter.technicianId = id;
    filter.limit = kShown + 1;
    auto visits = m_context.workspace.visits().list(filter);
    m_table->setRowCount(0);
    if (!visits) {
        m_summary->setText(visits.error().message);
        return;
    }
    int overlapping = 0;
    for (const Visit& visit : visits->mid(0, kShown)) {
        addRow(visit);
        overlapping += visit.overlaps ? 1 : 0;
    }
    QString text = visits->isEmpty() ? tr("No visits on this day.") : tr("Visits: %1").arg(qMin<qsizetype>(visits->size(), kShown));
    if (overlapping > 0)
        text += QStringLiteral(" · ") + tr("overlapping another visit of the same technician: %1").arg(overlapping);
    if (visits->size() > kShown)
        text += QStringLiteral(" · ") + tr("more are not shown: choose a technician");
    m_summary->setText(text);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
}

void VisitsPage::addRow(const Visit& visit)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{TicketText::window(visit.windowFrom, visit.windowTo, QTimeZone(visit.timeZone.toUtf8())),
                            visit.technicianName,
                            tr("%1 · visit %2").arg(visit.ticketNumber).arg(visit.visitNo),
                            visit.customerName,
                            visit.customerPhone,
                            visit.address,
                            visitStateText(visit)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (visit.overlaps || visit.status == VisitStatus::CannotComplete)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(row, column, item);
    }
    m_table->item(row, TicketColumn)->setData(Qt::UserRole, visit.ticketId);
}

} // namespace sd
