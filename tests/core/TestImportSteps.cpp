// An import commits in short steps so that desks can save between them, and
// stays all or nothing: a refused, failed or abandoned run is undone whole.
#include "TestSupport.h"

#include "exchange/ImportRun.h"
#include "exchange/TicketImporter.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>
#include <QThread>

#include <atomic>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

qint64 scalar(test::TempWorkspace& ws, const char* statement, const QVariantList& values = {})
{
    auto value = sql::scalar(ws->database().connection(), QString::fromLatin1(statement), values);
    REQUIRE(value);
    return value->toLongLong();
}

// Rows PREFIX-000000.. (IM-2025 unless told) for 300 new customers "客户N", assigned to a login the
// database does not know yet (the import creates it); `badLast` spoils the
// last row's priority.
QString writeFile(const QTemporaryDir& dir, int rows, bool badLast = false, const QString& prefix = QStringLiteral("IM-2025"))
{
    return test::writeHistory(dir.filePath(QStringLiteral("history.csv")), prefix, 0, rows, [&](int i) {
        const char* priority = badLast && i == rows - 1 ? "P9" : "P3";
        return QStringLiteral("客户%1,regular,phone,fault,%2,洗衣机漏水,new.agent,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T14:00:00+08:00,2025-09-02T11:00:00+08:00,,0,1,4")
            .arg(i % 300).arg(QLatin1String(priority));
    });
}

TicketDraft deskTicket(int i)
{
    TicketDraft draft;
    draft.contactName = QStringLiteral("来电客户");
    draft.subject = QStringLiteral("打印机卡纸 %1").arg(i);
    return draft;
}

} // namespace

TEST_CASE("a desk saves tickets while a long import runs, and both are kept", "[import][concurrency]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const int rows = 30000;
    // The file's numbers HQ-2026-000000..029999 are those the desk hands out
    // too: the import must keep the desk past all of them from its first step.
    const QString path = writeFile(dir, rows, false, QStringLiteral("HQ-2026"));
    // A desk that would give up after one second of waiting for the lock.
    ws->database().dialect().setLockWait(ws->database().connection(), 1000);
    std::atomic<bool> importing{true};
    Result<ImportReport> report = fail(Error::invalid({}, QStringLiteral("not run")));
    QThread* importer = QThread::create([&] {
        report = TicketImporter(*ws).importFile(path, {});
        importing = false;
    });
    importer->start();
    int saved = 0;
    int partialSeen = 0;
    QStringList failures;
    while (importing) {
        // The desk starts once the import's first step is in: numbers it handed
        // out before would be tickets the file collides with, rightly refused.
        const qint64 imported = scalar(ws, "SELECT COUNT(*) FROM tickets WHERE number < 'HQ-2026-030000'");
        if (imported > 0 && imported < rows)
            ++partialSeen;
        if (imported == 0) {
            QThread::msleep(5);
            continue;
        }
        // A new caller registered at the desk takes the next customer code,
        // which the import would otherwise hand out too.
        CustomerDraft caller;
        caller.name = QStringLiteral("来电客户%1").arg(saved);
        auto customer = ws->customers().create(caller, ws.userId("li.na"));
        if (!customer)
            failures.append(customer.error().describe());
        auto created = ws->tickets().create(deskTicket(saved), ws.userId("li.na"));
        if (created)
            ++saved;
        else
            failures.append(created.error().describe());
        QThread::msleep(20);
    }
    importer->wait();
    delete importer;
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    REQUIRE(report);
    CHECK(report->committed);
    CHECK(report->imported == rows);
    CHECK(saved > 2);       // the import was long enough for the desk to work beside it
    CHECK(partialSeen > 0); // because it committed in steps
    CHECK(scalar(ws, "SELECT COUNT(*) FROM tickets WHERE number < 'HQ-2026-030000'") == rows);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM tickets WHERE number >= 'HQ-2026-030000'") == saved);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM import_runs WHERE state = 'done'") == 1);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 300 + saved);
}

TEST_CASE("an import refused for its last row is undone over all its steps", "[import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    // 12,000 rows: at least three steps of at most 5,000 rows.
    auto report = TicketImporter(*ws).importFile(writeFile(dir, 12000, true), {});
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(report->rejected == 1);
    CHECK(report->valid == 11999);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM tickets") == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM ticket_events") == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM ticket_counters") == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM users WHERE login = 'new.agent'") == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM import_runs WHERE state = 'undone'") == 1);
    // A ticket typed in afterwards starts the numbering afresh.
    auto typed = ws->tickets().create(deskTicket(1), ws.userId("li.na"));
    REQUIRE(typed);
    CHECK(typed->number == QStringLiteral("HQ-2026-000001"));
}

TEST_CASE("an import run is undone at the next open only once its process has let go", "[import]")
{
    test::TempWorkspace ws;
    const Database& database = ws->database();
    auto stepAddingCustomer = [&](ImportRun& run) {
        WriteTransaction step(database.connection(), database.dialect());
        REQUIRE(step.begin());
        REQUIRE(run.beginStep());
        REQUIRE(sql::run(database.connection(), QStringLiteral(
            "INSERT INTO customers (uuid, code, name, kind, tier_code, created_at, updated_at) "
            "VALUES ('u-1', 'C000001', '导入客户', 'person', 'regular', 0, 0)")));
        REQUIRE(run.endStep());
        REQUIRE(step.commit());
    };
    auto run = std::make_unique<ImportRun>(database);
    REQUIRE(run->start(QStringLiteral("history.csv"), 100));
    stepAddingCustomer(*run);
    // Another program opening the database: a run still held by a live
    // process is left alone.
    auto other = Database::open(ws.path());
    REQUIRE(other);
    auto recovered = ImportRun::recoverInterrupted(*other, 200);
    REQUIRE(recovered);
    CHECK(*recovered == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 1);
    // The run ends without finishing (as when its process dies): undone.
    run.reset();
    recovered = ImportRun::recoverInterrupted(*other, 300);
    REQUIRE(recovered);
    CHECK(*recovered == 1);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 0);
    auto state = sql::scalar(database.connection(), QStringLiteral("SELECT state || '@' || finished_at FROM import_runs"));
    REQUIRE(state);
    CHECK(state->toString() == QStringLiteral("undone@300"));
}
