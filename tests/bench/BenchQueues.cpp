// Queue and search latency on a large demo database.
//   benchqueues [--db PATH] [--tickets N]
// Without --db a temporary database of N tickets (default 1,000,000) is
// generated first and the generation time is reported too. Prints a table of
// first-page (50 rows) times: the first run (cold statement cache) and the
// median of 9 further runs.
#include "PostgresFloor.h"
#include "SqliteFloor.h"

#include "demo/DemoGenerator.h"
#include "queue/QueueQuery.h"
#include "storage/DatabaseAddress.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace sd;

namespace {

struct Case
{
    QString name;
    QueueRequest request;
};

double millisecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<Case> cases(Workspace& ws)
{
    const qint64 someone = ws.users().byLogin(QStringLiteral("li.na"))->id;
    auto sample = sql::run(ws.database().connection(),
                           QStringLiteral("SELECT t.number, c.phone, c.name FROM tickets t JOIN customers c "
                                          "ON c.id = t.customer_id WHERE t.id = (SELECT MAX(id) / 2 FROM tickets)"));
    sample->next();
    QList<Case> list;
    for (Queue queue : {Queue::Open, Queue::Mine, Queue::Unassigned, Queue::AtRisk, Queue::Breached, Queue::Pending,
                        Queue::RecentlyResolved, Queue::All}) {
        QueueRequest request;
        request.queue = queue;
        request.me = someone;
        list.append({QStringLiteral("queue ") + QueueQuery::queueCode(queue), request});
    }
    const auto search = [&](const QString& label, const QString& text) {
        QueueRequest request;
        request.queue = Queue::All;
        request.search = text;
        list.append({label, request});
    };
    search(QStringLiteral("search number"), sample->value(0).toString());
    search(QStringLiteral("search phone"), sample->value(1).toString());
    search(QStringLiteral("search customer name"), sample->value(2).toString());
    search(QStringLiteral("search 不制冷 (common)"), QStringLiteral("不制冷"));
    search(QStringLiteral("search 高压报警 (rarer)"), QStringLiteral("高压报警"));
    search(QStringLiteral("search error code (en)"), QStringLiteral("error code"));
    search(QStringLiteral("search 漏水 (2 chars)"), QStringLiteral("漏水"));
    QueueRequest sorted;
    sorted.queue = Queue::Open;
    sorted.sort = QueueSort::Priority;
    list.append({QStringLiteral("queue open by priority"), sorted});
    sorted.queue = Queue::All;
    sorted.sort = QueueSort::Updated;
    sorted.descending = true;
    list.append({QStringLiteral("queue all by updated"), sorted});
    return list;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Existing database."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets to generate."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        auto ws = Workspace::open(path);
        const int tickets = parser.value(QStringLiteral("tickets")).toInt();
        DemoGenerator generator(**ws, {tickets, 0, 20261001, 16});
        const double ms = millisecondsOf([&] { generator.run(); });
        (*ws)->database().releaseThreadConnection();
        const double floor = bench::floorOfCopy(path, dir.filePath(QStringLiteral("floor.sqlite")));
        out << QStringLiteral("demo data: %1 tickets in %2 s; floor (sqlite3 copying the same rows, indexes rebuilt) %3 s; ratio %4\n")
                   .arg(tickets).arg(ms / 1000.0, 0, 'f', 1).arg(floor / 1000.0, 0, 'f', 1).arg(ms / floor, 0, 'f', 2);
    }
    auto ws = Workspace::open(path);
    if (!ws) {
        out << ws.error().describe() << '\n';
        return 1;
    }
    const qint64 now = (*ws)->clock().now();
    auto total = sql::scalar((*ws)->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    out << QStringLiteral("database: %1 (%2 tickets)\n\n").arg((*ws)->database().path()).arg(total->toLongLong());
    const bool server = (*ws)->database().isServer();
    out << (server ? QStringLiteral("floor: psql running the same page statement with the same values (PREPARE, then EXECUTE), median of 9\n\n")
                   : QStringLiteral("floor: the sqlite3 shell running the same page statement with the same values, median of 9\n\n"));
    // psql finds the password where libpq does (PGPASSWORD, ~/.pgpass).
    const auto floorOf = [&](const QString& sql, const QVariantList& values) {
        return server ? bench::psqlMedian((*ws)->database().path(), sql, values) : bench::shellMedian(path, sql, values);
    };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n").arg(QStringLiteral("case"), -30).arg(QStringLiteral("rows"), 6)
               .arg(QStringLiteral("first ms"), 10).arg(QStringLiteral("median ms"), 10).arg(QStringLiteral("floor ms"), 10)
               .arg(QStringLiteral("ratio"), 6).arg(QStringLiteral("count ms"), 10);
    for (const Case& c : cases(**ws)) {
        int rows = 0;
        const double first = millisecondsOf([&] { rows = int((*ws)->queues().page(c.request, now)->size()); });
        std::vector<double> runs;
        for (int i = 0; i < 9; ++i)
            runs.push_back(millisecondsOf([&] { (*ws)->queues().page(c.request, now); }));
        std::sort(runs.begin(), runs.end());
        const double counting = millisecondsOf([&] { (*ws)->queues().count(c.request, now); });
        auto statement = (*ws)->queues().pageStatement(c.request, now);
        const double floor = statement ? floorOf(statement->sql, statement->values) : -1;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n").arg(c.name, -30).arg(rows, 6).arg(first, 10, 'f', 2)
                   .arg(runs[4], 10, 'f', 2).arg(floor, 10, 'f', 2).arg(floor > 0 ? runs[4] / floor : 0.0, 6, 'f', 2)
                   .arg(counting, 10, 'f', 2);
        out.flush();
    }
    return 0;
}
