// The main window on a big database, against Qt's stock QSqlTableModel.
//   benchmainwindow --db FILE          runs both variants (each in its own process)
//   benchmainwindow --db FILE --variant ours|stock   one variant, one result line
// Figures: start to the first painted queue, sorting by another column, jumping
// to the last row, and the process's peak memory (VmHWM). Run it on a display
// or with QT_QPA_PLATFORM=offscreen.
#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "queue/QueueView.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlTableModel>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

using namespace sd;

namespace {

QElapsedTimer g_sinceStart;

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void paintNow(QTableView* table)
{
    table->viewport()->repaint(); // synchronous: the figures include painting
}

void report(const char* variant, double firstPaint, double sort, double last, qint64 rows)
{
    std::printf("%-22s %12.1f %12.1f %14.1f %12.1f %10lld\n", variant, firstPaint, sort, last, peakMegabytes(),
                static_cast<long long>(rows));
}

int runOurs(const QString& path)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return 1;
    auto user = (*workspace)->users().byLogin(QStringLiteral("li.na"));
    AppContext context{**workspace, user ? user->id : 0, QStringLiteral("bench")};
    MainWindow window(context);
    window.resize(1560, 940);
    window.navigation()->setCurrentRow(5); // "All open"
    window.show();
    QTableView* table = window.queueView()->table();
    // The biggest queue is what an agent searches in: all 1M tickets.
    QueueRequest all;
    all.queue = Queue::All;
    window.queueView()->model()->setRequest(all);
    paintNow(table);
    const double firstPaint = double(g_sinceStart.nsecsElapsed()) / 1e6;
    const double sort = timed([&] {
        table->sortByColumn(QueueModel::Updated, Qt::DescendingOrder);
        paintNow(table);
    });
    const double last = timed([&] {
        table->scrollToBottom();
        paintNow(table);
    });
    report("QueueModel (ours)", firstPaint, sort, last, window.queueView()->model()->rowCount());
    return 0;
}

int runStock(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("tickets"));
    QTableView table;
    table.resize(1200, 800);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.setModel(&model);
    model.select();
    table.show();
    paintNow(&table);
    const double firstPaint = double(g_sinceStart.nsecsElapsed()) / 1e6;
    const double sort = timed([&] {
        model.setSort(model.fieldIndex(QStringLiteral("updated_at")), Qt::DescendingOrder);
        model.select();
        paintNow(&table);
    });
    // QSqlTableModel only knows rows it has fetched: reaching the last row means fetching them all.
    const double last = timed([&] {
        while (model.canFetchMore())
            model.fetchMore();
        table.scrollToBottom();
        paintNow(&table);
    });
    report("QSqlTableModel (stock)", firstPaint, sort, last, model.rowCount());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServiceDeskBench"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("variant"), QStringLiteral("ours or stock."), QStringLiteral("NAME")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const QString variant = parser.value(QStringLiteral("variant"));
    if (variant == QLatin1String("ours"))
        return runOurs(path);
    if (variant == QLatin1String("stock"))
        return runStock(path);
    std::printf("%-22s %12s %12s %14s %12s %10s\n", "model", "start→paint", "sort ms", "last row ms", "peak MB", "rows");
    std::fflush(stdout);
    for (const char* each : {"ours", "stock"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QApplication::applicationFilePath(), {QStringLiteral("--db"), path, QStringLiteral("--variant"), QString::fromLatin1(each)});
        child.waitForFinished(-1);
    }
    return 0;
}
