// Branch sync throughput: a branch's offline work carried to head office and
// back, with files.
//   benchsync [--tickets N] [--edits E]
// Head office (a new SQLite file) seeds branch SH; the branch then takes N
// tickets with their timelines (the demo generator: about ten events each)
// and edits E customers. Timed: the branch writes its file, head office
// applies it, head office writes its file back, the branch applies that. The
// floor: the sqlite3 shell copying the same rows (tickets, events, customers)
// from the branch file into a copy of head office's, in one transaction.
// Targets: a busy day (--tickets 2000 --edits 500) in 5 s or less in all; a
// month offline (--tickets 60000) in 60 s or less.
#include "SqliteFloor.h"

#include "demo/DemoGenerator.h"
#include "storage/Sql.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace sd;

namespace {

struct Step
{
    const char* name;
    double ms;
    qint64 bytes;
};

template <typename F>
double timed(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const Error& error)
{
    fprintf(stderr, "benchsync: %s\n", qPrintable(error.describe()));
    std::exit(1);
}

template <typename T>
T need(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(*result);
}

void need(const Status& status)
{
    if (!status)
        die(status.error());
}

void editCustomers(Workspace& branch, int edits)
{
    auto ids = need(sql::run(branch.database().connection(), QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT ?"), {edits}));
    QList<qint64> list;
    while (ids.next())
        list.append(ids.value(0).toLongLong());
    for (qint64 id : list) {
        Customer customer = need(branch.customers().get(id));
        CustomerDraft draft = customer.details;
        draft.notes = QStringLiteral("分店回访：客户要求下周上门保养");
        need(branch.customers().update(id, customer.version, draft, 0));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets the branch takes."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Customers the branch edits."), QStringLiteral("E"), QStringLiteral("500")});
    parser.process(app);
    const int tickets = parser.value(QStringLiteral("tickets")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    QTemporaryDir dir;
    const QString headPath = dir.filePath(QStringLiteral("head.sqlite"));
    const QString branchPath = dir.filePath(QStringLiteral("branch.sqlite"));

    auto head = need(Workspace::open(headPath));
    SyncService headSync(head->database());
    need(headSync.setUpHeadOffice());
    auto keys = need(OfficeKeys::generate(QStringLiteral("SH")));
    need(headSync.registerBranch(keys.publicText()));
    const QByteArray seed = need(headSync.seedFor(QStringLiteral("SH")));
    {
        auto fresh = need(Workspace::open(branchPath));
        need(SyncService(fresh->database()).createBranch(seed, keys, (*headSync.self())->keys));
    }
    auto branch = need(Workspace::open(branchPath));
    fprintf(stderr, "preparing the branch's work: %d tickets, %d customer edits...\n", tickets, edits);
    DemoOptions options;
    options.tickets = tickets;
    options.customers = std::max(edits, tickets / 8);
    need(DemoGenerator(*branch, options).run());
    editCustomers(*branch, edits);
    const qint64 events = need(sql::scalar(branch->database().connection(), QStringLiteral("SELECT COUNT(*) FROM ticket_events"))).toLongLong();
    const qint64 customers = need(sql::scalar(branch->database().connection(), QStringLiteral("SELECT COUNT(*) FROM customers"))).toLongLong();

    // The floor first, on a copy of head office as it is now.
    const QString floorCopy = dir.filePath(QStringLiteral("floor.sqlite"));
    QFile::copy(headPath, floorCopy);
    const double floorMs = bench::shellWallMs(floorCopy, QStringLiteral(
        "ATTACH '%1' AS b; BEGIN; "
        "INSERT INTO customers SELECT * FROM b.customers WHERE uuid NOT IN (SELECT uuid FROM customers); "
        "INSERT INTO tickets SELECT * FROM b.tickets; "
        "INSERT INTO ticket_events SELECT * FROM b.ticket_events; COMMIT;\n").arg(branchPath));

    SyncService branchSync(branch->database());
    QByteArray up, down;
    std::vector<Step> steps;
    steps.push_back({"branch writes its file", timed([&] { up = need(branchSync.changesFor()); }), 0});
    steps.back().bytes = up.size();
    steps.push_back({"head office applies it", timed([&] { need(headSync.import(up)); }), up.size()});
    steps.push_back({"head office writes its file", timed([&] { down = need(headSync.changesFor(QStringLiteral("SH"))); }), 0});
    steps.back().bytes = down.size();
    steps.push_back({"the branch applies it", timed([&] { need(branchSync.import(down)); }), down.size()});

    printf("Branch sync: %d tickets, %lld timeline events, %d customer edits (%lld customers) on SQLite files\n\n",
           tickets, events, edits, customers);
    printf("%-30s %10s %12s\n", "step", "ms", "file bytes");
    double total = 0;
    for (const Step& step : steps) {
        printf("%-30s %10.0f %12lld\n", step.name, step.ms, step.bytes);
        total += step.ms;
    }
    printf("%-30s %10.0f\n", "all four steps", total);
    printf("%-30s %10.0f   (sqlite3: the same rows copied between the files)\n", "floor", floorMs);
    printf("%-30s %10.2f\n", "ratio", total / floorMs);
    const qint64 arrived = need(sql::scalar(head->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"))).toLongLong();
    const qint64 headEvents = need(sql::scalar(head->database().connection(), QStringLiteral("SELECT COUNT(*) FROM ticket_events"))).toLongLong();
    printf("\nat head office afterwards: %lld tickets, %lld timeline events (the branch: %d, %lld)\n", arrived, headEvents, tickets, events);
    return 0;
}
