// A process killed at any moment loses nothing: sdctl is killed (SIGKILL) at
// random points of an import, of demo generation and of applying a sync
// file; the database is then either as before or complete, and SQLite's
// integrity check is ok.
#include "TestSupport.h"

#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

const QString kSdctl = QStringLiteral(SD_SDCTL_PATH);

QString sqlite(const QString& db, const QString& statement)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), db, statement});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void writeHistory(const QString& path, int rows)
{
    sd::test::writeHistory(path, QStringLiteral("IM-2025"), 0, rows, [](int i) {
        return QStringLiteral("客户%1,regular,phone,fault,P3,洗衣机漏水 %2,li.na,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T14:00:00+08:00,2025-09-02T11:00:00+08:00,,0,1,4").arg(i % 500).arg(i, 6, 10, QLatin1Char('0'));
    });
}

// Runs sdctl to the end and returns how long it took.
qint64 timeOf(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    REQUIRE(QProcess::execute(kSdctl, arguments) == 0);
    return timer.elapsed();
}

// Starts sdctl and kills it after `delayMs`; true when it had finished first.
bool killAfter(const QStringList& arguments, qint64 delayMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(kSdctl, arguments);
    REQUIRE(process.waitForStarted());
    const bool finished = process.waitForFinished(int(delayMs));
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void requireCopy(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

struct Trials
{
    int before = 0;
    int complete = 0;
    int undoneAtOpen = 0; // killed between two committed steps
};

Trials killImports(const QString& base, const QString& csv, qint64 rows, int trials, quint32 seed)
{
    const qint64 start = sqlite(base, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong();
    const QString customersBefore = sqlite(base, QStringLiteral("SELECT COUNT(*) FROM customers;"));
    const QString trial = base + QStringLiteral(".trial.sqlite");
    requireCopy(base, trial);
    const QStringList import{QStringLiteral("import"), QStringLiteral("tickets"), csv, QStringLiteral("--db"), trial};
    const qint64 full = timeOf(import);
    QRandomGenerator random(seed);
    Trials seen;
    for (int i = 0; i < trials; ++i) {
        requireCopy(base, trial);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QFile::remove(trial + QLatin1String(companion));
        // Up to 10% past the measured time, so that some kills land in the commit.
        const qint64 delay = qint64(random.bounded(double(full) * 1.1));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << full);
        const bool finished = killAfter(import, delay);
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        // An import commits in steps; the next program to open the database
        // undoes the steps of one whose process died.
        const qint64 seenAfterKill = sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong();
        if (seenAfterKill != start && seenAfterKill != start + rows)
            ++seen.undoneAtOpen;
        REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("init"), QStringLiteral("--db"), trial}) == 0);
        CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE state = 'running';")) == QStringLiteral("0"));
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        const qint64 count = sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong();
        if (finished)
            CHECK(count == start + rows);
        else
            CHECK((count == start || count == start + rows));
        // The timeline is complete or absent with its tickets.
        CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS "
                                           "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id);")) == QStringLiteral("0"));
        if (count == start) {
            // Nothing of the run is left: no imported customer, no raised counter.
            CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM customers;")) == customersBefore);
            CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM ticket_counters WHERE prefix = 'IM-2025';")) == QStringLiteral("0"));
        }
        (count == start ? seen.before : seen.complete)++;
    }
    return seen;
}

} // namespace

TEST_CASE("an import killed at any moment leaves the database as before or complete", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("200"), QStringLiteral("--db"), base}) == 0);
    const quint32 seed = QRandomGenerator::global()->generate();

    SECTION("in short steps, undone as a whole (WAL)")
    {
        const QString csv = dir.filePath(QStringLiteral("small.csv"));
        writeHistory(csv, 20000);
        const Trials seen = killImports(base, csv, 20000, 16, seed);
        CHECK(seen.before > 0); // the kills did land inside the import
        CHECK(seen.undoneAtOpen > 0); // and between committed steps
    }
    SECTION("as a bulk load (indexes dropped and rebuilt, rollback journal)")
    {
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        writeHistory(csv, 50001);
        const Trials seen = killImports(base, csv, 50001, 5, seed);
        CHECK(seen.before > 0);
    }
}

TEST_CASE("demo generation killed at any moment leaves an empty or a complete database", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("init"), QStringLiteral("--db"), empty}) == 0);
    const QString trial = dir.filePath(QStringLiteral("trial.sqlite"));
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("3000"), QStringLiteral("--db"), trial};
    requireCopy(empty, trial);
    const qint64 full = timeOf(demo);
    // The 3000 asked for, and the few that the demo's return visits open
    // (an issue that persists, a new need).
    const QString complete = sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;"));
    REQUIRE(complete.toInt() >= 3000);
    REQUIRE(complete.toInt() < 3100);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int i = 0; i < 8; ++i) {
        requireCopy(empty, trial);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QFile::remove(trial + QLatin1String(companion));
        const qint64 delay = qint64(random.bounded(double(full) * 1.1));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << full);
        killAfter(demo, delay);
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        const QString count = sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;"));
        CHECK((count == QStringLiteral("0") || count == complete));
        // The complaints' paths and the repairs' costs are in the same transaction.
        CHECK(sqlite(trial, QStringLiteral("SELECT (SELECT COUNT(*) FROM complaints) = (SELECT COUNT(*) FROM tickets WHERE category = 'complaint');"))
              == QStringLiteral("1"));
        CHECK(sqlite(trial, QStringLiteral("SELECT (SELECT COUNT(*) FROM cost_lines) = (SELECT COUNT(*) FROM ticket_events WHERE kind = 'cost');"))
              == QStringLiteral("1"));
    }
}

// Closing a complaint resolves its ticket: killed at any moment, the ticket,
// the complaint and their timeline are all as before or all changed.
TEST_CASE("closing a complaint killed at any moment leaves it at feedback or closed with its ticket resolved", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    qputenv("SD_USER", "li.na"); // nobody can sign in to a new database: the named user acts without a password
    const auto run = [&](QStringList arguments) { REQUIRE(QProcess::execute(kSdctl, arguments << QStringLiteral("--db") << base) == 0); };
    run({QStringLiteral("init")});
    run({QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--subject"), QStringLiteral("送货延误"),
         QStringLiteral("--contact-name"), QStringLiteral("周女士"), QStringLiteral("--category"), QStringLiteral("complaint")});
    const QString number = sqlite(base, QStringLiteral("SELECT number FROM tickets;"));
    run({QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("verified"),
         QStringLiteral("--note"), QStringLiteral("delivery note")});
    run({QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("handled"),
         QStringLiteral("--remedy"), QStringLiteral("apology")});
    run({QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("feedback"),
         QStringLiteral("--note"), QStringLiteral("accepted")});
    const QString trial = dir.filePath(QStringLiteral("trial.sqlite"));
    const QStringList close{QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("closed"),
                            QStringLiteral("--cause"), QStringLiteral("logistics"), QStringLiteral("--db"), trial};
    requireCopy(base, trial);
    const qint64 full = timeOf(close);
    const QString state = QStringLiteral("SELECT (SELECT status FROM tickets) || '|' || (SELECT stage FROM complaints) || '|' || "
                                         "(SELECT COUNT(*) FROM ticket_events WHERE kind IN ('complaint', 'status'));");
    CHECK(sqlite(trial, state) == QStringLiteral("resolved|closed|6"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int before = 0, after = 0;
    for (int i = 0; i < 12; ++i) {
        requireCopy(base, trial);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QFile::remove(trial + QLatin1String(companion));
        const qint64 delay = qint64(random.bounded(double(full) * 1.1));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << full);
        killAfter(close, delay);
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        const QString seen = sqlite(trial, state);
        // created, assignment... : the status events are "assigned" at creation, then resolved.
        CHECK((seen == QStringLiteral("assigned|feedback|4") || seen == QStringLiteral("resolved|closed|6")));
        (seen.startsWith(QLatin1String("resolved")) ? after : before) += 1;
    }
    CHECK(before > 0);
    qunsetenv("SD_USER");
}

// Recording a return visit whose issue persists opens a new ticket: killed at
// any moment, the visit is still open and there is no ticket, or both are done.
TEST_CASE("recording a return visit killed at any moment leaves it open or recorded with its new ticket", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("init"), QStringLiteral("--db"), base}) == 0);
    {
        auto workspace = sd::Workspace::open(base);
        REQUIRE(workspace);
        sd::CustomerDraft draft;
        draft.name = QStringLiteral("钱贵宾");
        draft.tierCode = QStringLiteral("vip");
        draft.tierLocked = true;
        auto customer = (*workspace)->customers().create(draft, 0);
        REQUIRE(customer);
        sd::Purchase bought;
        bought.product = QStringLiteral("冷柜 BD-300");
        bought.purchasedOn = QDate::currentDate();
        REQUIRE((*workspace)->customers().addPurchase(customer->id, bought, 0)); // a first-use visit
    }
    // The copies below take the main file only: everything in it, none in a write-ahead log.
    sqlite(base, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    const QString id = sqlite(base, QStringLiteral("SELECT id FROM return_visits;"));
    REQUIRE_FALSE(id.isEmpty());
    qputenv("SD_USER", "li.na"); // nobody can sign in to a new database: the named user acts without a password
    const QString trial = dir.filePath(QStringLiteral("trial.sqlite"));
    const QStringList record{QStringLiteral("visits"), QStringLiteral("record"), id, QStringLiteral("issue_persists"),
                             QStringLiteral("--then"), QStringLiteral("new-ticket"), QStringLiteral("--notes"), QStringLiteral("还是不制冷"),
                             QStringLiteral("--db"), trial};
    requireCopy(base, trial);
    const qint64 full = timeOf(record);
    const QString state = QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets) || '|' || (SELECT COALESCE(outcome, 'open') || '|' || "
                                         "COALESCE(result_ticket_id, 0) FROM return_visits);");
    const QString done = sqlite(trial, state);
    CHECK(done.startsWith(QStringLiteral("1|issue_persists|")));
    CHECK_FALSE(done.endsWith(QStringLiteral("|0")));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int before = 0, after = 0;
    for (int i = 0; i < 12; ++i) {
        requireCopy(base, trial);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QFile::remove(trial + QLatin1String(companion));
        const qint64 delay = qint64(random.bounded(double(full) * 1.1));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << full);
        killAfter(record, delay);
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        const QString seen = sqlite(trial, state);
        CHECK((seen == QStringLiteral("0|open|0") || seen == done));
        (seen == done ? after : before) += 1;
    }
    CHECK(before > 0);
    qunsetenv("SD_USER");
}

// Head office applies a branch's file of 5,000 tickets with their timelines;
// killed at any moment, it holds none or all of them, and importing the file
// again afterwards completes it.
TEST_CASE("applying a sync file killed at any moment leaves head office as before or complete", "[cli][crash]")
{
    QTemporaryDir dir;
    auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    auto sdctl = [&](QStringList arguments) {
        arguments += {QStringLiteral("--user"), QStringLiteral("admin")};
        REQUIRE(QProcess::execute(kSdctl, arguments) == 0);
    };
    const QString head = path("head.sqlite");
    const QString branch = path("branch.sqlite");
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("200"), QStringLiteral("--db"), head}) == 0);
    sdctl({QStringLiteral("sync"), QStringLiteral("keys"), QStringLiteral("--db"), head, QStringLiteral("--to"), path("head.pub")});
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("sync"), QStringLiteral("keys"), QStringLiteral("--office"), QStringLiteral("SH"),
                                       QStringLiteral("--to"), path("sh.keys")}) == 0);
    sdctl({QStringLiteral("sync"), QStringLiteral("register"), path("sh.keys.pub"), QStringLiteral("--db"), head});
    sdctl({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--for"), QStringLiteral("SH"), QStringLiteral("--to"),
           path("seed.sdsync"), QStringLiteral("--db"), head});
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("sync"), QStringLiteral("import"), path("seed.sdsync"), QStringLiteral("--db"), branch,
                                       QStringLiteral("--keys"), path("sh.keys"), QStringLiteral("--head-key"), path("head.pub")}) == 0);
    sd::test::writeHistory(path("day.csv"), QStringLiteral("SH-2025"), 0, 5000, [](int i) {
        return QStringLiteral("客户%1,regular,phone,fault,P3,冷柜不制冷 %2,li.na,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T14:00:00+08:00,2025-09-02T11:00:00+08:00,,0,1,4").arg(i % 300).arg(i);
    });
    sdctl({QStringLiteral("import"), QStringLiteral("tickets"), path("day.csv"), QStringLiteral("--db"), branch});
    sdctl({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), path("day.sdsync"), QStringLiteral("--db"), branch});
    const qint64 start = sqlite(head, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong();
    const qint64 startEvents = sqlite(head, QStringLiteral("SELECT COUNT(*) FROM ticket_events;")).toLongLong();
    const qint64 branchEvents = sqlite(branch, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE gid IS NULL;")).toLongLong();
    const QString trial = path("trial.sqlite");
    const QStringList apply{QStringLiteral("sync"), QStringLiteral("import"), path("day.sdsync"), QStringLiteral("--db"), trial,
                            QStringLiteral("--user"), QStringLiteral("admin")};
    requireCopy(head, trial);
    const qint64 full = timeOf(apply);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int before = 0;
    for (int i = 0; i < 8; ++i) {
        requireCopy(head, trial);
        for (const char* companion : {"-wal", "-shm", "-journal"})
            QFile::remove(trial + QLatin1String(companion));
        const qint64 delay = qint64(random.bounded(double(full) * 1.1));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << full);
        const bool finished = killAfter(apply, delay);
        CHECK(sqlite(trial, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
        const qint64 count = sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong();
        CHECK((count == start + 5000 || (!finished && count == start)));
        if (count == start) {
            ++before;
            CHECK(sqlite(trial, QStringLiteral("SELECT received_number FROM sync_offices WHERE code = 'SH';")) == QStringLiteral("0"));
            // The next import completes it.
            REQUIRE(QProcess::execute(kSdctl, apply) == 0);
        }
        CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toLongLong() == start + 5000);
        CHECK(sqlite(trial, QStringLiteral("SELECT COUNT(*) FROM ticket_events;")).toLongLong() == startEvents + branchEvents);
    }
    CHECK(before > 0); // some kills landed inside the import
}
