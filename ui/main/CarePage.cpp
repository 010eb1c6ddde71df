#include "main/CarePage.h"

#include "common/DialogParts.h"
#include "common/LockWait.h"
#include "common/Permission.h"
#include "customers/CareService.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Day, Occasion, CustomerColumn, Tier, Detail, Greeting, ColumnCount };

// "2026-12-30 Wed": dates as the rest of the desk shows them, the weekday in the desk's language.
QString dayText(const QDate& day)
{
    const QStringList weekdays{CarePage::tr("Mon"), CarePage::tr("Tue"), CarePage::tr("Wed"), CarePage::tr("Thu"),
                               CarePage::tr("Fri"), CarePage::tr("Sat"), CarePage::tr("Sun")};
    return day.toString(Qt::ISODate) + QLatin1Char(' ') + weekdays.at(day.dayOfWeek() - 1);
}

} // namespace

CarePage::CarePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_range(new QLabel(this))
    , m_table(DialogParts::listTable({tr("Day"), tr("Occasion"), tr("Customer"), tr("Tier"), tr("Details"), tr("Greeting")}, this))
    , m_error(new QLabel(this))
    , m_sent(new QPushButton(tr("&Mark the greeting sent"), this))
{
    setObjectName(QStringLiteral("carePage"));
    m_table->setObjectName(QStringLiteral("careDates"));
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_range->setObjectName(QStringLiteral("careWeek"));
    m_sent->setObjectName(QStringLiteral("markGreetingSent"));
    m_error->setObjectName(QStringLiteral("careError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* title = DialogParts::pageTitle(tr("Care this week"), this);
    auto* previous = new QPushButton(tr("◀ &Previous week"), this);
    auto* current = new QPushButton(tr("&This week"), this);
    auto* next = new QPushButton(tr("&Next week ▶"), this);
    previous->setObjectName(QStringLiteral("previousWeek"));
    next->setObjectName(QStringLiteral("nextWeek"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_range, 1);
    bar->addWidget(previous);
    bar->addWidget(current);
    bar->addWidget(next);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Birthdays, anniversaries with us and the holidays of the configuration. "
                                     "Double-click a customer to open them."), this), 1);
    actions->addWidget(m_sent);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(current, &QPushButton::clicked, this, [this] { showWeek(thisMonday()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(m_sent, &QPushButton::clicked, this, &CarePage::markSelectedSent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CarePage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit customerOpenRequested(m_table->item(row, Day)->data(Qt::UserRole).toLongLong());
    });
    m_monday = thisMonday();
}

QDate CarePage::thisMonday() const
{
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now(), zone).date();
    return today.addDays(1 - today.dayOfWeek());
}

void CarePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CarePage::showWeek(const QDate& monday)
{
    m_monday = monday;
    refresh();
}

void CarePage::refresh()
{
    m_error->hide();
    m_range->setText(tr("%1 – %2").arg(m_monday.toString(Qt::ISODate), m_monday.addDays(6).toString(Qt::ISODate)));
    m_table->setRowCount(0);
    auto dates = m_context.workspace.care().week(m_monday);
    if (!dates) {
        m_error->setText(dates.error().message);
        m_error->show();
        return;
    }
    for (const CareDate& date : *dates)
        addRow(date);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    updateButtons();
}

void CarePage::addRow(const CareDate& date)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const TierDefinition* tier = m_context.workspace.configuration().tier(date.tierCode);
    QString detail = date.detail;
    if (date.occasion == CareOccasion::Anniversary)
        detail = date.detail == QLatin1String("1") ? tr("1 year with us") : tr("%1 years with us").arg(date.detail);
    const QString greeting = date.sentAt ? tr("Sent by %1").arg(date.sentByName) : tr("Not yet");
    const QStringList cells{dayText(date.on), toLabel(date.occasion),
                            date.customerName + QStringLiteral(" (") + date.customerCode + QLatin1Char(')'),
                            tier ? displayName(tier->name) : date.tierCode, detail, greeting};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_table->item(row, Day)->setData(Qt::UserRole, date.customerId);
    m_table->item(row, Occasion)->setData(Qt::UserRole, int(date.occasion));
    m_table->item(row, Day)->setData(Qt::UserRole + 1, date.on);
    m_table->item(row, Greeting)->setData(Qt::UserRole, date.sentAt.has_value());
    if (!date.sentAt)
        m_table->item(row, Greeting)->setForeground(QColor(0xb3, 0x5c, 0x00));
}

void CarePage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = row >= 0 && m_table->item(row, Greeting) && !m_table->item(row, Greeting)->data(Qt::UserRole).toBool();
    m_sent->setEnabled(open && mayDo(m_context, Action::EditCustomer));
}

bool CarePage::markSelectedSent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 customerId = m_table->item(row, Day)->data(Qt::UserRole).toLongLong();
    const auto occasion = static_cast<CareOccasion>(m_table->item(row, Occasion)->data(Qt::UserRole).toInt());
    const QDate on = m_table->item(row, Day)->data(Qt::UserRole + 1).toDate();
    auto sent = LockWait::retry<bool>(this, m_context.workspace.database(), [&]() -> Result<bool> {
        if (auto done = m_context.workspace.care().markSent(customerId, occasion, on, m_context.userId); !done)
            return fail(done.error());
        return true;
    });
    if (!sent) {
        m_error->setText(sent.error().message);
        m_error->show();
        return false;
    }
    refresh();
    if (row < m_table->rowCount())
        m_table->selectRow(row);
    return true;
}

} // namespace sd
