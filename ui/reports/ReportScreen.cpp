#include "reports/ReportScreen.h"

#include "common/FileChooser.h"
#include "reports/BreakdownModel.h"
#include "reports/HeadlineMetric.h"
#include "reports/KpiTile.h"
#include "common/Permission.h"
#include "reports/ScheduledReportsDialog.h"
#include "reports/ServiceTables.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocument.h"
#include "reports/ReportExport.h"
#include "reports/ReportFilterBar.h"
#include "reports/KpiEngine.h"

#include <QDir>
#include <QChart>
#include <QChartView>
#include <QSaveFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {
namespace {

const char* const kBreakdownNames[] = {"by_agent", "by_team", "by_category", "by_channel", "by_tier", "by_priority"};
constexpr int kChartCount = 8;
constexpr int kChartHeight = 300;
// Narrower than this, two charts side by side are unreadable: one per row.
constexpr int kChartMinWidth = 420;
constexpr int kAgentChart = 4;

// The filter narrowed to one breakdown row; false when the row cannot be
// expressed as a filter (the "unassigned" agent or "no team" rows).
bool narrow(ReportFilter& filter, const QString& breakdown, const QString& key)
{
    if (key.isEmpty())
        return false;
    if (breakdown == QLatin1String("by_agent"))
        filter.agent = key;
    else if (breakdown == QLatin1String("by_team"))
        filter.team = key;
    else if (breakdown == QLatin1String("by_category"))
        filter.category = fromCode<Category>(key);
    else if (breakdown == QLatin1String("by_channel"))
        filter.channel = fromCode<Channel>(key);
    else if (breakdown == QLatin1String("by_tier"))
        filter.tier = key;
    else if (breakdown == QLatin1String("by_priority"))
        filter.priority = fromCode<Priority>(key);
    return true;
}

// The period and every filter in use, so two exports of one month do not overwrite each other.
QString fileStem(const KpiReport& report)
{
    const ReportFilter& f = report.request.filter;
    QStringList parts{QStringLiteral("quality-report"),
                      ReportLabels::periodText(report.request).replace(QStringLiteral(" – "), QStringLiteral("_"))};
    for (const QString& code : {f.office, f.team, f.agent, f.tier, f.category ? toCode(*f.category) : QString(),
                                f.channel ? toCode(*f.channel) : QString(), f.priority ? toCode(*f.priority) : QString()})
        if (!code.isEmpty())
            parts.append(code);
    return parts.join(QLatin1Char('-'));
}

} // namespace

ReportScreen::ReportScreen(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportScreen"));
    m_filters = new ReportFilterBar(context.workspace, this);
    restrictToPermissions();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300); // a burst of filter changes makes one run
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildBody(), 1);
    connect(m_filters, &ReportFilterBar::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportScreen::refresh);
    m_labels = ReportLabels::fromWorkspace(context.workspace);
    setRunning(false);
}

ReportScreen::~ReportScreen()
{
    // Workers post back to this object: stop them before it goes away.
    if (m_cancelled)
        m_cancelled->store(true);
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

QWidget* ReportScreen::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_refresh = new QPushButton(tr("&Refresh"), bar);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    row->addWidget(m_refresh);
    row->addWidget(m_cancel);
    row->addWidget(m_progress);
    row->addWidget(m_status, 1);
    const std::pair<QString, void (ReportScreen::*)()> actions[] = {
        {tr("Print preview…"), &ReportScreen::printPreview},
        {tr("Export PDF…"), &ReportScreen::exportPdf},
        {tr("Export CSV…"), &ReportScreen::exportCsv},
        {tr("Export JSON…"), &ReportScreen::exportJson},
    };
    for (const auto& [text, slot] : actions) {
        auto* button = new QPushButton(text, bar);
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_exports.append(button);
    }
    auto* scheduled = new QPushButton(tr("Sc&heduled…"), bar);
    scheduled->setObjectName(QStringLiteral("scheduledReportsButton"));
    scheduled->setToolTip(tr("Reports written as PDFs once each period is over"));
    scheduled->setVisible(mayDo(m_context, Action::ScheduleReports));
    row->addWidget(scheduled);
    connect(scheduled, &QPushButton::clicked, this, [this] {
        ScheduledReportsDialog dialog(m_context, m_filters->request().filter, this);
        dialog.exec();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ReportScreen::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ReportScreen::cancel);
    return bar;
}

QWidget* ReportScreen::buildBody()
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(buildTiles());
    column->addWidget(buildCharts());
    column->addWidget(buildTables());
    auto* scroll = new QScrollArea(this);
    m_body = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->installEventFilter(this);
    return scroll;
}

bool ReportScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        arrangeFor(static_cast<QResizeEvent*>(event)->size().width());
    return QWidget::eventFilter(watched, event);
}

void ReportScreen::arrangeFor(int width)
{
    // 12 tiles in rows of 6, 4, 3 or 2: whichever is widest and still fits.
    // Columns are as wide as the widest tile, whose width depends on the
    // figures shown ("Previous period: 15 h 36 min"), and the content's own
    // margins take their share of the width.
    int tileWidth = 1;
    for (const KpiTile* tile : std::as_const(m_tiles))
        tileWidth = std::max(tileWidth, tile->minimumSizeHint().width() + m_tileGrid->horizontalSpacing());
    const QMargins margins = m_body->widget()->layout()->contentsMargins();
    width -= margins.left() + margins.right();
    int tileColumns = 2;
    for (int columns : {6, 4, 3})
        if (columns * tileWidth <= width) {
            tileColumns = columns;
            break;
        }
    if (tileColumns != m_tileColumns)
        placeTiles(tileColumns);
    const int chartColumns = width >= 2 * kChartMinWidth ? 2 : 1;
    if (chartColumns != m_chartColumns)
        placeCharts(chartColumns);
}

void ReportScreen::placeTiles(int columns)
{
    for (KpiTile* tile : std::as_const(m_tiles))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tileGrid->addWidget(m_tiles[i], i / columns, i % columns);
    m_tileColumns = columns;
}

// Two columns: the first four charts in pairs, the agent chart (15 names) a
// whole row, the rest in pairs. One column: each its own row.
void ReportScreen::placeCharts(int columns)
{
    for (QChartView* view : std::as_const(m_charts))
        m_chartGrid->removeWidget(view);
    for (int i = 0; i < m_charts.size(); ++i) {
        if (columns == 1)
            m_chartGrid->addWidget(m_charts[i], i, 0);
        else if (i == kAgentChart)
            m_chartGrid->addWidget(m_charts[i], 2, 0, 1, 2);
        else if (i < kAgentChart)
            m_chartGrid->addWidget(m_charts[i], i / 2, i % 2);
        else
            m_chartGrid->addWidget(m_charts[i], 3 + (i - kAgentChart - 1) / 2, (i - kAgentChart - 1) % 2);
    }
    m_chartColumns = columns;
}

QWidget* ReportScreen::buildTiles()
{
    auto* tiles = new QWidget;
    m_tileGrid = new QGridLayout(tiles);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    for (const HeadlineMetric& metric : HeadlineMetric::all())
        m_tiles.append(new KpiTile(metric, tiles));
    placeTiles(6);
    return tiles;
}

QWidget* ReportScreen::buildCharts()
{
    auto* charts = new QWidget;
    m_chartGrid = new QGridLayout(charts);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kChartCount; ++i) {
        auto* view = new QChartView(charts);
        view->setObjectName(QStringLiteral("reportChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(kChartMinWidth / 2, i == kAgentChart ? kChartHeight * 3 / 2 : kChartHeight);
        m_charts.append(view);
    }
    placeCharts(2);
    return charts;
}

QWidget* ReportScreen::buildTables()
{
    auto* tabs = new QTabWidget;
    tabs->setMinimumHeight(360);
    for (const char* name : kBreakdownNames) {
        auto* model = new BreakdownModel(QString::fromLatin1(name), this);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(BreakdownModel::SortRole);
        auto* view = new QTableView(tabs);
        view->setObjectName(QStringLiteral("table_") + model->breakdownName());
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(BreakdownModel::Name, Qt::AscendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(BreakdownModel::Name, QHeaderView::Stretch);
        connect(view, &QTableView::doubleClicked, this,
                [this, model, proxy](const QModelIndex& index) { openRow(model, proxy->mapToSource(index)); });
        tabs->addTab(view, ReportLabels::breakdownTitle(model->breakdownName()));
        m_models.append(model);
    }
    for (const auto& [name, title] : {std::pair{"table_complaints_cost", tr("Complaints and cost")},
                                      std::pair{"table_by_complaint_cause", tr("Complaints by cause")},
                                      std::pair{"table_cost_by_category", tr("Cost by category")},
                                      std::pair{"table_cost_by_product", tr("Cost by product")},
                                      std::pair{"table_cost_trend", tr("Cost over time")},
                                      std::pair{"table_return_visits", tr("Return visits")},
                                      std::pair{"table_quality", tr("Quality inspection")},
                                      std::pair{"table_quality_by_agent", tr("Quality by agent")}}) {
        auto* table = new QTableWidget(tabs);
        table->setObjectName(QLatin1String(name));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        tabs->addTab(table, title);
        m_serviceTables.append(table);
    }
    return tabs;
}

void ReportScreen::setTimeZone(const QTimeZone& zone)
{
    m_filters->setTimeZone(zone);
}

void ReportScreen::setPeriod(QDate fromInclusive, QDate toExclusive)
{
    m_filters->setPeriod(fromInclusive, toExclusive);
}

void ReportScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first run waits until someone looks: the screen is built at start-up.
    if (!m_report && !m_running)
        m_refreshTimer->start();
}

// Agents see their team's figures, technicians their own; inspectors,
// supervisors and administrators everyone's.
void ReportScreen::restrictToPermissions()
{
    auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me || AccessControl::allows(*me, Action::ViewAllReports))
        return;
    const bool team = AccessControl::allows(*me, Action::ViewTeamReports) && !me->teamCode.isEmpty();
    m_filters->restrictTo(me->teamCode, team ? QString() : me->login);
}

void ReportScreen::refresh()
{
    m_refreshTimer->stop();
    if (m_cancelled)
        m_cancelled->store(true); // superseded: its result will be dropped too
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    const ReportRequest request = m_filters->request();
    if (auto allowed = m_context.workspace.access().requireReport(m_context.userId, request.filter.team, request.filter.agent);
        !allowed) {
        m_status->setText(allowed.error().message);
        return;
    }
    setRunning(true);
    m_progress->setValue(0);
    m_status->setText(tr("Calculating…"));
    startWorker(request, generation, m_cancelled);
}

void ReportScreen::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    ++m_generation;
    setRunning(false);
    m_status->setText(tr("Cancelled."));
}

void ReportScreen::startWorker(const ReportRequest& request, quint64 generation,
                               std::shared_ptr<std::atomic_bool> cancelled)
{
    Database database = m_context.workspace.database();
    QThread* thread = QThread::create([this, database, request, generation, cancelled] {
        const KpiEngine engine(database);
        // The current period is most of the work; the previous one the rest.
        auto progress = [this, generation, cancelled](int base, int span) {
            return [=, this](int percent) {
                QMetaObject::invokeMethod(this, [=, this] { onProgress(generation, base + percent * span / 100); },
                                          Qt::QueuedConnection);
                return !cancelled->load();
            };
        };
        Outcome outcome{engine.run(request, progress(0, 60)), std::nullopt};
        if (outcome.current && !cancelled->load())
            outcome.previous = engine.run(request.previous(), progress(60, 40));
        database.releaseThreadConnection();
        QMetaObject::invokeMethod(this, [=, this] { onFinished(generation, outcome); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

void ReportScreen::onProgress(quint64 generation, int percent)
{
    if (generation == m_generation)
        m_progress->setValue(percent);
}

void ReportScreen::onFinished(quint64 generation, const Outcome& outcome)
{
    if (generation != m_generation)
        return; // a newer run (or a cancel) superseded this one
    setRunning(false);
    if (!outcome.current) {
        m_status->setText(outcome.current.error().describe());
        emit reportReady();
        return;
    }
    m_report = *outcome.current;
    m_previous.reset();
    if (outcome.previous && *outcome.previous)
        m_previous = **outcome.previous;
    m_labels = ReportLabels::fromWorkspace(m_context.workspace, &*m_report);
    setRunning(false); // again, now that there is a report to export
    showReport();
    m_progress->setValue(100);
    m_status->setText(tr("%1 · %2").arg(ReportLabels::periodText(m_report->request), m_labels.filterText(m_report->request.filter)));
    emit reportReady();
}

void ReportScreen::showReport()
{
    for (KpiTile* tile : std::as_const(m_tiles))
        tile->setFigures(&m_report->figures, m_previous ? &m_previous->figures : nullptr);
    // New figures can make the tiles wider than the columns chosen before.
    m_tileColumns = 0;
    arrangeFor(m_body->viewport()->width());
    for (BreakdownModel* model : std::as_const(m_models)) {
        model->clear();
        for (const Breakdown& breakdown : m_report->breakdowns) {
            if (breakdown.name == model->breakdownName())
                model->setBreakdown(breakdown, m_labels);
        }
    }
    showServiceTables();
    showCharts();
}

void ReportScreen::showServiceTables()
{
    const QList<std::pair<QStringList, QList<QStringList>>> contents{
        {ServiceTables::figureHeaders(), ServiceTables::figures(m_report->figures)},
        {ServiceTables::causeHeaders(), ServiceTables::causes(*m_report)},
        {ServiceTables::costHeaders(), ServiceTables::costByCategory(*m_report)},
        {ServiceTables::productHeaders(), ServiceTables::costByProduct(*m_report)},
        {ServiceTables::trendHeaders(), ServiceTables::costTrend(*m_report)},
        {ServiceTables::figureHeaders(), ServiceTables::returnVisits(m_report->figures)},
        {ServiceTables::figureHeaders(), ServiceTables::quality(m_report->figures)},
        {ServiceTables::qualityAgentHeaders(), ServiceTables::qualityByAgent(*m_report, m_labels)}};
    for (qsizetype i = 0; i < m_serviceTables.size(); ++i) {
        QTableWidget* table = m_serviceTables[i];
        const auto& [headers, rows] = contents[i];
        table->clear();
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row)
            for (int column = 0; column < rows[row].size(); ++column) {
                auto* item = new QTableWidgetItem(rows[row][column]);
                if (column > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(row, column, item);
            }
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void ReportScreen::showCharts()
{
    // A chart shows at most one point per pixel of its width.
    const int width = std::max(200, m_charts.first()->width());
    const QList<QChart*> charts = ReportCharts::all(*m_report, m_labels, width);
    for (int i = 0; i < m_charts.size() && i < charts.size(); ++i) {
        QChart* old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old;
    }
}

void ReportScreen::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    for (QPushButton* button : std::as_const(m_exports))
        button->setEnabled(!running && m_report.has_value());
}

void ReportScreen::openRow(const BreakdownModel* model, const QModelIndex& index)
{
    if (!m_report || !index.isValid())
        return;
    ReportFilter filter = m_report->request.filter;
    if (narrow(filter, model->breakdownName(), model->keyAt(index.row())))
        emit ticketsRequested(filter, m_report->request.from, m_report->request.to);
}

void ReportScreen::printPreview()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Quality report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        ReportDocument document(*m_report, previousReport(), m_labels);
        document.paint(target);
    });
    dialog.exec();
}

void ReportScreen::exportPdf()
{
    if (!m_report)
        return;
    const QString path = FileChooser::saveFile(this, tr("Export PDF"), fileStem(*m_report) + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = ReportDocument::writePdf(*m_report, previousReport(), m_labels, path); !written)
        QMessageBox::warning(this, tr("Export PDF"), written.error().describe());
    else
        QMessageBox::information(this, tr("Export PDF"), tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportScreen::exportCsv()
{
    if (m_report)
        saveBytes(tr("Export CSV"), tr("CSV files (*.csv)"), QStringLiteral(".csv"), ReportExport::toCsv(*m_report));
}

void ReportScreen::exportJson()
{
    if (m_report)
        saveBytes(tr("Export JSON"), tr("JSON files (*.json)"), QStringLiteral(".json"),
                  QJsonDocument(ReportExport::toJson(*m_report)).toJson(QJsonDocument::Indented));
}

bool ReportScreen::saveBytes(const QString& title, const QString& filter, const QString& suffix, const QByteArray& bytes)
{
    const QString path = FileChooser::saveFile(this, title, fileStem(*m_report) + suffix, filter);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        QMessageBox::information(this, title, tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    QMessageBox::warning(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

} // namespace sd
