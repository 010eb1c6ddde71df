#include "queue/QueueView.h"

#include "queue/QueueDelegate.h"
#include "storage/SqlDialect.h"

#include <QHBoxLayout>
#include <QCursor>
#include <QToolTip>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace sd {

QueueView::QueueView(Database database, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_model(new QueueModel(std::move(database), std::move(clock), this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filters(new QWidget(this))
    , m_statusFilter(new QComboBox(m_filters))
    , m_periodFilter(new QComboBox(m_filters))
{
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search: ticket number, phone, customer, words of subject or description"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_title->setObjectName(QStringLiteral("queueTitle"));
    m_count->setObjectName(QStringLiteral("queueCount"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new QueueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    const QList<QPair<int, int>> widths{{QueueModel::Number, 122}, {QueueModel::Sla, 104}, {QueueModel::Priority, 56},
                                        {QueueModel::Subject, 260}, {QueueModel::Customer, 190},
                                        {QueueModel::Status, 96}, {QueueModel::Assignee, 70}, {QueueModel::Due, 118},
                                        {QueueModel::Updated, 118}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_search);
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    buildFilters();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &QueueView::applySearch);
    connect(&m_searchDelay, &QTimer::timeout, this, &QueueView::applySearch);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &QueueView::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueView::emitCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit ticketActivated(index.data(QueueModel::TicketIdRole).toLongLong());
    });
    // Columns without an index (subject, customer, assignee) do not sort: keep the indicator honest.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder) {
        if (section >= 0 && !QueueModel::isSortable(section)) {
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_sortedColumn, m_sortOrder);
            QToolTip::showText(QCursor::pos(), m_model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString(),
                               m_table->horizontalHeader());
            return;
        }
        m_sortedColumn = section;
        m_sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    });
    connect(m_model, &QueueModel::countChanged, this, [this](qint64 count) {
        m_count->setText(tr("%Ln ticket(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
        // A word search keeps the newest matches only (see SqlDialect::kSearchCap): say so.
        if (!m_model->request().search.trimmed().isEmpty() && count >= SqlDialect::kSearchCap)
            m_count->setText(tr("the newest %L1 matches; add words to narrow the search").arg(count));
    });
    // The countdowns change every second; repaint only what is on screen.
    connect(&m_tick, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_tick.start(1000);
    m_table->installEventFilter(this);
    restoreLayout();
}

// A queue is read by rows: Home and End (with or without Ctrl) go to the first
// or last ticket and stay in the current column, instead of the table's
// default of jumping to the last column, which scrolls the numbers out of view.
bool QueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Home && key->key() != Qt::Key_End) || (key->modifiers() & ~Qt::ControlModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const int rows = m_model->rowCount();
    if (rows == 0)
        return true;
    const int column = std::max(m_table->currentIndex().column(), 0);
    const QModelIndex target = m_model->index(key->key() == Qt::Key_Home ? 0 : rows - 1, column);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
    return true;
}

QueueView::~QueueView()
{
    saveLayout();
}

void QueueView::showQueue(Queue queue, std::optional<qint64> me, const QString& title)
{
    QueueRequest request;
    request.queue = queue;
    request.me = me;
    request.search = m_search->text();
    showRequest(request, title);
}

void QueueView::showRequest(const QueueRequest& request, const QString& title)
{
    m_search->blockSignals(true);
    m_search->setText(request.search);
    m_search->blockSignals(false);
    m_title->setText(title);
    // The filters belong to the "All tickets" list itself, not to a report's drill-down.
    const bool filtered = request.queue == Queue::All && !request.reportFilter && !request.customerId && !request.createdFrom;
    m_filters->setVisible(filtered);
    QueueRequest shown = request;
    if (filtered)
        readFilters(shown);
    m_model->setRequest(shown);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_sortedColumn = -1;
    emitCurrent();
}

void QueueView::buildFilters()
{
    m_filters->setObjectName(QStringLiteral("queueFilters"));
    m_statusFilter->setObjectName(QStringLiteral("queueStatusFilter"));
    m_periodFilter->setObjectName(QStringLiteral("queuePeriodFilter"));
    m_statusFilter->addItem(tr("Any status"));
    for (TicketStatus status : allValues<TicketStatus>())
        m_statusFilter->addItem(toLabel(status), int(status));
    const QList<QPair<Period, QString>> periods{{Period::Any, tr("Created at any time")},
                                               {Period::Today, tr("Created today")},
                                               {Period::Week, tr("Created in the last 7 days")},
                                               {Period::Month, tr("Created in the last 30 days")},
                                               {Period::Quarter, tr("Created in the last 90 days")},
                                               {Period::Year, tr("Created in the last 12 months")}};
    for (const auto& [period, label] : periods)
        m_periodFilter->addItem(label, int(period));
    auto* row = new QHBoxLayout(m_filters);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Status:"), m_filters));
    row->addWidget(m_statusFilter);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Period:"), m_filters));
    row->addWidget(m_periodFilter);
    row->addStretch();
    m_filters->hide();
    for (QComboBox* combo : {m_statusFilter, m_periodFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueView::applyFilters);
}

void QueueView::readFilters(QueueRequest& request) const
{
    const QVariant status = m_statusFilter->currentData();
    request.status = status.isValid() ? std::optional<TicketStatus>(TicketStatus(status.toInt())) : std::nullopt;
    setFilterPeriod(request, Period(m_periodFilter->currentData().toInt()));
}

void QueueView::setFilterPeriod(QueueRequest& request, Period period) const
{
    request.createdFrom.reset();
    request.createdTo.reset();
    const qint64 now = m_model->clock().now();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, m_officeZone);
    switch (period) {
    case Period::Any: return;
    case Period::Today: request.createdFrom = QDateTime(local.date(), QTime(0, 0), m_officeZone).toSecsSinceEpoch(); return;
    case Period::Week: request.createdFrom = local.addDays(-7).toSecsSinceEpoch(); return;
    case Period::Month: request.createdFrom = local.addDays(-30).toSecsSinceEpoch(); return;
    case Period::Quarter: request.createdFrom = local.addDays(-90).toSecsSinceEpoch(); return;
    case Period::Year: request.createdFrom = local.addMonths(-12).toSecsSinceEpoch(); return;
    }
}

void QueueView::applyFilters()
{
    QueueRequest request = m_model->request();
    if (request.queue != Queue::All)
        return;
    readFilters(request);
    m_model->setRequest(request);
    emitCurrent();
}

void QueueView::applySearch()
{
    m_searchDelay.stop();
    QueueRequest request = m_model->request();
    if (request.search == m_search->text())
        return;
    request.search = m_search->text();
    m_model->setRequest(request);
    emitCurrent();
}

void QueueView::refresh()
{
    const qint64 selected = currentTicketId();
    const int scroll = m_table->verticalScrollBar()->value();
    const int selectedRow = m_table->currentIndex().row();
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    if (selected == 0)
        return;
    // The ticket may have moved within the queue: follow it if it is loaded.
    const int row = m_model->ticketIdAt(selectedRow) == selected ? selectedRow : m_model->loadedRowOf(selected);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, QueueModel::Number),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 QueueView::currentTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(QueueModel::TicketIdRole).toLongLong() : 0;
}

void QueueView::selectRelative(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + step, 0, rows - 1);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, QueueModel::Number),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, QueueModel::Number));
}

void QueueView::emitCurrent()
{
    emit currentTicketChanged(currentTicketId());
}

void QueueView::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        QAction* toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_table->isColumnHidden(column));
        toggle->setEnabled(column != QueueModel::Subject); // a queue without subjects is useless
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void QueueView::restoreLayout()
{
    const QByteArray state = QSettings().value(QStringLiteral("queue/header")).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void QueueView::saveLayout() const
{
    QSettings().setValue(QStringLiteral("queue/header"), m_table->horizontalHeader()->saveState());
}

} // namespace sd
