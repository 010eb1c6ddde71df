#pragma once

#include "common/AppContext.h"
#include "common/Error.h"
#include "reports/Report.h"
#include "reports/ReportLabels.h"

#include <QTableWidget>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;
class QTimer;

class QGridLayout;
class QScrollArea;

namespace sd {

class BreakdownModel;
class KpiTile;
class ReportFilterBar;

// The quality report for weekly meetings: period and filters, headline tiles
// against the previous period, charts and sortable breakdown tables, print
// preview and exports. The KPI engine runs on a worker thread with its own
// connection; a new run cancels and supersedes the one in flight.
class ReportScreen : public QWidget
{
    Q_OBJECT

public:
    explicit ReportScreen(AppContext& context, QWidget* parent = nullptr);
    ~ReportScreen() override;

    void setTimeZone(const QTimeZone& zone);
    // A custom period [fromInclusive, toExclusive) in the report zone.
    void setPeriod(QDate fromInclusive, QDate toExclusive);
    // The shown report and its previous period; null before the first result.
    const KpiReport* report() const { return m_report ? &*m_report : nullptr; }
    const KpiReport* previousReport() const { return m_previous ? &*m_previous : nullptr; }
    const ReportLabels& labels() const { return m_labels; }
    bool isRunning() const { return m_running; }

public slots:
    void refresh();
    void restrictToPermissions();
    void cancel();
    void printPreview();
    void exportPdf();
    void exportCsv();
    void exportJson();

signals:
    // A breakdown row was double-clicked: the report's filter narrowed to that
    // row's key, and the report period [from, to) in UTC seconds.
    void ticketsRequested(const sd::ReportFilter& filter, qint64 from, qint64 to);
    // A run finished and its figures are shown (or its error is).
    void reportReady();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome
    {
        Result<KpiReport> current;
        std::optional<Result<KpiReport>> previous;
    };

    QWidget* buildToolbar();
    QWidget* buildBody();
    QWidget* buildTiles();
    QWidget* buildCharts();
    QWidget* buildTables();
    // Tiles and charts take as many columns as the width allows (the call
    // panel may take a third of the window), never a sideways scroll bar.
    void arrangeFor(int width);
    void placeTiles(int columns);
    void placeCharts(int columns);
    void startWorker(const ReportRequest& request, quint64 generation, std::shared_ptr<std::atomic_bool> cancelled);
    void onProgress(quint64 generation, int percent);
    void onFinished(quint64 generation, const Outcome& outcome);
    void showReport();
    void showCharts();
    void setRunning(bool running);
    void openRow(const BreakdownModel* model, const QModelIndex& index);
    bool saveBytes(const QString& title, const QString& filter, const QString& suffix, const QByteArray& bytes);

    AppContext& m_context;
    ReportFilterBar* m_filters = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_exports;
    QList<KpiTile*> m_tiles;
    QList<QChartView*> m_charts;
    QScrollArea* m_body = nullptr;
    QGridLayout* m_tileGrid = nullptr;
    QGridLayout* m_chartGrid = nullptr;
    int m_tileColumns = 0;
    int m_chartColumns = 0;
    QList<BreakdownModel*> m_models;
    // Complaints and service cost: figures, by cause, by category.
    QList<QTableWidget*> m_serviceTables;
    void showServiceTables();
    QTimer* m_refreshTimer = nullptr;

    std::optional<KpiReport> m_report;
    std::optional<KpiReport> m_previous;
    ReportLabels m_labels;
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<QPointer<QThread>> m_threads;
};

} // namespace sd
