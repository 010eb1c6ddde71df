// Ticket saves by desks working at once: throughput and latency with 1, 5 and
// 20 desks (threads, each with its own connection) saving their own tickets
// through TicketService for a fixed time, beside the floor: as many threads
// writing the same row change and timeline event as two raw statements in
// the engine's write transaction.
//   benchsaves --db PATH|postgresql://… [--seconds S]
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace sd;

namespace {

struct Run
{
    std::vector<double> latencies; // ms, of every committed save
    int failures = 0;
    double seconds = 0;

    double perSecond() const { return double(latencies.size()) / seconds; }
    double percentile(double p) const
    {
        if (latencies.empty())
            return 0;
        std::vector<double> sorted = latencies;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
};

// A save: one attempt on the desk's ticket, true when it committed.
using Save = std::function<bool(int desk, int round)>;

Run timed(Workspace& workspace, int desks, double seconds, const Save& save)
{
    Run run;
    std::mutex mutex;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds * 1000);
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk)
        threads.emplace_back([&, desk] {
            std::vector<double> mine;
            int failed = 0;
            for (int round = 0; clock.elapsed() < deadline; ++round) {
                QElapsedTimer one;
                one.start();
                if (save(desk, round))
                    mine.push_back(double(one.nsecsElapsed()) / 1e6);
                else
                    ++failed;
            }
            workspace.database().releaseThreadConnection();
            std::lock_guard<std::mutex> lock(mutex);
            run.latencies.insert(run.latencies.end(), mine.begin(), mine.end());
            run.failures += failed;
        });
    for (auto& thread : threads)
        thread.join();
    run.seconds = double(clock.elapsed()) / 1000.0;
    return run;
}

// What the service does to save a changed description, as a person's save.
Save serviceSave(Workspace& workspace, const QList<qint64>& tickets, qint64 actor)
{
    return [&workspace, tickets, actor](int desk, int round) {
        const qint64 id = tickets.at(desk);
        auto current = workspace.tickets().get(id);
        if (!current)
            return false;
        TicketDraft draft = current->details;
        draft.description = QStringLiteral("Customer called again (save %1 of desk %2).").arg(round).arg(desk);
        return bool(workspace.tickets().edit(id, current->version, draft, actor));
    };
}

// The floor: the row change and its timeline event, nothing else.
Save rawSave(Workspace& workspace, const QList<qint64>& tickets, qint64 actor)
{
    return [&workspace, tickets, actor](int desk, int round) {
        const qint64 id = tickets.at(desk);
        const QSqlDatabase db = workspace.database().connection();
        const SqlDialect& dialect = workspace.database().dialect();
        for (const QString& statement : dialect.beginWriteStatements())
            if (!sql::run(db, statement))
                return false;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString text = QStringLiteral("Customer called again (raw save %1 of desk %2).").arg(round).arg(desk);
        const bool done =
            sql::run(db, QStringLiteral("UPDATE tickets SET description = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?"),
                     {text, now, actor, id})
            && sql::run(db, QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor_id, kind, field, old_value, new_value) "
                                           "VALUES (?, ?, ?, 'field', 'description', '', ?)"),
                        {id, now, actor, text})
            && sql::run(db, QStringLiteral("COMMIT"));
        if (!done)
            sql::run(db, QStringLiteral("ROLLBACK"));
        return done;
    };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database (file or server address)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."), QStringLiteral("S"), QStringLiteral("10")});
    parser.process(app);
    auto workspace = Workspace::open(parser.value(QStringLiteral("db")));
    if (!workspace) {
        std::printf("%s\n", qPrintable(workspace.error().describe()));
        return 1;
    }
    Workspace& ws = **workspace;
    const QSqlDatabase db = ws.database().connection();
    // Someone who may edit every ticket, and one open ticket per desk.
    auto actor = sql::scalar(db, QStringLiteral("SELECT id FROM users WHERE active = 1 AND role IN ('admin', 'supervisor') ORDER BY id LIMIT 1"));
    auto ids = sql::run(db, QStringLiteral("SELECT id FROM tickets WHERE is_open = 1 ORDER BY id DESC LIMIT 20"));
    QList<qint64> tickets;
    while (ids && ids->next())
        tickets.append(ids->value(0).toLongLong());
    if (!actor || actor->isNull() || tickets.size() < 20) {
        std::printf("the database needs an active administrator or supervisor and 20 open tickets\n");
        return 1;
    }
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    std::printf("database: %s, %.0f s per measurement\n", qPrintable(ws.database().path()), seconds);
    std::printf("floor: the same number of threads writing the row change and its timeline event as raw SQL in the engine's write transaction\n\n");
    std::printf("%-6s %8s %9s %8s %8s %10s %9s %8s\n", "desks", "saves/s", "p50 ms", "p95 ms", "failed", "floor/s", "floor p95", "ratio");
    for (int desks : {1, 5, 20}) {
        const Run ours = timed(ws, desks, seconds, serviceSave(ws, tickets, actor->toLongLong()));
        const Run floor = timed(ws, desks, seconds, rawSave(ws, tickets, actor->toLongLong()));
        std::printf("%-6d %8.1f %9.2f %8.2f %8d %10.1f %9.2f %8.2f\n", desks, ours.perSecond(), ours.percentile(0.5),
                    ours.percentile(0.95), ours.failures + floor.failures, floor.perSecond(), floor.percentile(0.95),
                    floor.perSecond() / ours.perSecond());
        std::fflush(stdout);
    }
    return 0;
}
