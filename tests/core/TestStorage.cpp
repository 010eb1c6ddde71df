// The database file: migrations, refusal of newer schemas, integrity, and the
// write transaction guard.
#include "TestSupport.h"

#include "storage/BulkInserter.h"
#include "storage/DatabaseAddress.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("the database names the engine that holds it, with its version", "[storage]")
{
    test::ScratchDatabase scratch;
    auto db = Database::open(scratch.address());
    REQUIRE(db);
    auto engine = db->engineVersion();
    REQUIRE(engine);
    if (test::onServer()) {
        // The server says "15.18 (Debian 15.18-0+deb12u1)" or "16.4".
        CHECK(QRegularExpression(QStringLiteral("^PostgreSQL 1[0-9]\\.[0-9]+")).match(*engine).hasMatch());
    } else {
#ifdef Q_OS_LINUX
        // The sqlite3 program runs with the same system library as Qt's driver: "3.40.1 2022-12-28 …".
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
        REQUIRE(shell.waitForFinished(10000));
        CHECK(*engine == QStringLiteral("SQLite ") + QString::fromUtf8(shell.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0));
#else
        // Qt's own SQLite copy outside Linux distributions.
        CHECK(engine->startsWith(QStringLiteral("SQLite 3.")));
#endif
    }
}

TEST_CASE("a new database is migrated to the latest schema and checks out", "[storage]")
{
    test::ScratchDatabase scratch;
    auto db = Database::open(scratch.address());
    REQUIRE(db);
    CHECK(db->schemaVersion().value() == latestSchemaVersion());
    CHECK(db->integrityCheck().value() == QStringLiteral("ok"));
    if (test::onServer()) {
        // Substring search needs the trigram extension, and the database says it is ours.
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'"))->toInt() == 1);
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT obj_description('schema_migrations'::regclass)"))->toString()
              == QStringLiteral("Service Desk"));
    } else {
        auto journal = sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode"));
        CHECK(journal->toString() == QStringLiteral("wal"));
        auto keys = sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys"));
        CHECK(keys->toInt() == 1);
        // 'S' 'D' 'S' 'K' = 0x53 0x44 0x53 0x4B in the header's application_id field.
        auto id = sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id"));
        CHECK(id->toLongLong() == 0x5344534B);
    }
    // Opening again applies nothing twice.
    auto again = Database::open(db->path());
    REQUIRE(again);
    auto steps = sql::scalar(again->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    CHECK(steps->toInt() == latestSchemaVersion());
    CHECK(again->lastBackupPath().isEmpty());
}

TEST_CASE("a file in a folder that does not exist yet is created with its folders", "[storage][sqlite]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("sub/folder/new.sqlite")));
    REQUIRE(db);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("sub/folder/new.sqlite"))));
}

TEST_CASE("a database from a newer program is refused, not damaged", "[storage]")
{
    test::ScratchDatabase scratch;
    {
        auto db = Database::open(scratch.address());
        REQUIRE(db);
        REQUIRE(sql::run(db->connection(), QStringLiteral("INSERT INTO schema_migrations VALUES (99, 0)")));
    }
    auto refused = Database::open(scratch.address());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("99")));
}

// Step 18 copies notifications into a table whose ticket may be absent (a
// risk's): every notification of a step-17 database is still there after.
TEST_CASE("the upgrade to the risk register keeps every notification", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v17.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        const QSqlDatabase c = db->connection();
        for (const char* step : {
                 "INSERT INTO users (uuid, login, display_name, role, created_at) VALUES ('u-1', 'li.na', 'Li Na', 'agent', 1), "
                 "('u-2', 'wang.lei', 'Wang Lei', 'agent', 1), ('u-3', 'sun.hui', 'Sun Hui', 'supervisor', 1)",
                 "INSERT INTO tickets (uuid, number, created_at, updated_at, contact_name, subject, channel, category, priority, status, is_open, "
                 "tier_code, sla_calendar, first_response_target_min, resolution_target_min, first_response_due, first_response_warn) "
                 "VALUES ('t-1', 'HQ-1', 1, 1, 'Caller', 'Fridge warm', 'phone', 'fault', 'P3', 'new', 1, 'regular', 'standard', 60, 480, 3601, 2701)",
                 "INSERT INTO notifications (user_id, ticket_id, kind, at, detail) SELECT id, 1, 'assigned', 5, '' FROM users WHERE login = 'li.na'",
                 "INSERT INTO notifications (user_id, ticket_id, kind, at, detail, read_at) SELECT id, 1, 'mentioned', 6, 'look', 7 FROM users WHERE login = 'wang.lei'"})
            REQUIRE(sql::run(c, QString::fromLatin1(step)));
        // As step 17 left them: no risks, a ticket required.
        for (const char* step : {"CREATE TABLE notifications_17 (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
                                 "ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, kind TEXT NOT NULL, at INTEGER NOT NULL, "
                                 "actor_id INTEGER REFERENCES users(id), detail TEXT NOT NULL DEFAULT '', read_at INTEGER)",
                                 "INSERT INTO notifications_17 SELECT id, user_id, ticket_id, kind, at, actor_id, detail, read_at FROM notifications",
                                 "DROP TABLE notifications", "ALTER TABLE notifications_17 RENAME TO notifications", "DROP TABLE risks",
                                 "DROP TABLE risk_events", "DROP TABLE qa_sample_runs",
                                 "DELETE FROM schema_migrations WHERE version = 18"})
            REQUIRE(sql::run(c, QString::fromLatin1(step)));
        db->releaseThreadConnection();
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded);
    CHECK(upgraded->schemaVersion().value() == 18);
    auto rows = sql::run(upgraded->connection(),
                         QStringLiteral("SELECT n.kind, n.ticket_id, n.detail, n.read_at, n.risk_id, u.login FROM notifications n "
                                        "JOIN users u ON u.id = n.user_id ORDER BY n.id"));
    REQUIRE(rows);
    QStringList seen;
    while (rows->next())
        seen << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                                         rows->value(3).toString(), rows->value(4).isNull() ? QStringLiteral("null") : QStringLiteral("set"),
                                                         rows->value(5).toString());
    CHECK(seen == QStringList{QStringLiteral("assigned 1   null li.na"), QStringLiteral("mentioned 1 look 7 null wang.lei")});
    // A notification about a risk has no ticket.
    REQUIRE(sql::run(upgraded->connection(),
                     QStringLiteral("INSERT INTO risks (uuid, kind, probability, impact, status, office_code, created_at, updated_at) "
                                    "VALUES ('r-1', 'other', 2, 3, 'open', 'HQ', 1, 1)")));
    CHECK(sql::run(upgraded->connection(),
                   QStringLiteral("INSERT INTO notifications (user_id, risk_id, kind, at) SELECT id, 1, 'risk_raised', 9 FROM users WHERE login = 'sun.hui'")));
    CHECK(upgraded->integrityCheck().value_or(QStringLiteral("broken")) == QLatin1String("ok"));
}

TEST_CASE("a database of the first schema (not yet marked as ours) is recognised and upgraded after a backup", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(sql::run(db->connection(), QStringLiteral("PRAGMA application_id = 0")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE import_run_counters")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE import_run_ranges")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE import_runs")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP INDEX ix_tickets_status_created")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP INDEX ix_tickets_open_priority")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE audit_log")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE care_greetings")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE return_visits")));
        REQUIRE(sql::run(db->connection(), QStringLiteral("DROP TABLE saved_reports")));
        for (const char* step17 : {"DROP TABLE notifications", "DROP TABLE risks", "DROP TABLE risk_events", "DROP TABLE qa_sample_runs"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step17)));
        for (const char* step16 : {"DROP TABLE qa_reviews", "DROP TABLE qa_scorecards", "DROP TABLE kb_usage", "DROP TABLE kb_articles", "DROP TABLE kb_article_text"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step16)));
        for (const char* step12 : {"DROP TABLE ticket_links", "DROP TABLE attachment_parts", "DROP TABLE attachments"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step12)));
        for (const char* step11 : {"DROP TABLE desk_presence", "ALTER TABLE teams DROP COLUMN assignment"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step11)));
        for (const char* step10 : {"DROP TABLE work_orders", "DROP TABLE solution_plans", "DROP TABLE canned_replies"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step10)));
        for (const char* step9 : {"DROP TABLE complaints", "DROP TABLE cost_lines", "DROP TABLE satisfaction_details",
                                  "DROP INDEX ix_tickets_category_open"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step9)));
        for (const char* step8 : {"DROP TRIGGER sync_capture_purchases_insert", "DROP TRIGGER sync_capture_purchases_update",
                                  "ALTER TABLE purchases DROP COLUMN updated_by", "DROP TABLE sync_sent_files"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step8)));
        for (const char* step7 : {"DROP INDEX ix_events_gid", "ALTER TABLE ticket_events DROP COLUMN gid",
                                  "ALTER TABLE customers DROP COLUMN merged_into", "DROP TABLE sync_offices",
                                  "DROP TABLE sync_changes", "DROP TABLE sync_applying", "DROP TABLE sync_conflicts"})
            REQUIRE(sql::run(db->connection(), QString::fromLatin1(step7)));
        db->releaseThreadConnection();
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded);
    CHECK(upgraded->schemaVersion().value() == latestSchemaVersion());
    CHECK_FALSE(upgraded->lastBackupPath().isEmpty());
    CHECK(QFileInfo::exists(upgraded->lastBackupPath()));
    CHECK(sql::scalar(upgraded->connection(), QStringLiteral("PRAGMA application_id"))->toLongLong() == 0x5344534B);
}

TEST_CASE("opening an existing file only, never creating one", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent/desk.sqlite"));
    auto refused = Database::open(path, {}, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("absent"))));
}

TEST_CASE("a write transaction rolls back when it is not committed", "[storage]")
{
    test::ScratchDatabase scratch;
    auto db = Database::open(scratch.address());
    REQUIRE(db);
    {
        WriteTransaction transaction(db->connection(), db->dialect());
        REQUIRE(transaction.begin());
        REQUIRE(sql::run(db->connection(), QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
        {
            WriteTransaction nested(db->connection(), db->dialect()); // joins the outer one
            REQUIRE(nested.begin());
            REQUIRE(sql::run(db->connection(), QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
            REQUIRE(nested.commit());
        }
        // no commit: an early return
    }
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt() == 0);
}

TEST_CASE("a second writer waits for the first instead of failing", "[storage][concurrency]")
{
    test::ScratchDatabase scratch;
    auto first = Database::open(scratch.address());
    REQUIRE(first);
    auto second = Database::open(first->path()); // its own connection, as another process has
    REQUIRE(second);
    WriteTransaction holding(first->connection(), first->dialect());
    REQUIRE(holding.begin());
    REQUIRE(sql::run(first->connection(), QStringLiteral("INSERT INTO settings VALUES ('x', '1')")));
    // While the first holds the write lock, the second can still read ...
    CHECK(sql::scalar(second->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt() == 0);
    // ... and a writer that will not wait is told the database is busy, with nothing half-done.
    second->setLockWait(50);
    {
        WriteTransaction refused(second->connection(), second->dialect());
        auto begun = refused.begin();
        REQUIRE_FALSE(begun);
        CHECK(begun.error().code == Error::Code::Busy);
    }
    second->setLockWait(SqlDialect::kLockWaitMs);
    // Its write transaction begins once the first commits.
    REQUIRE(holding.commit());
    WriteTransaction next(second->connection(), second->dialect());
    REQUIRE(next.begin());
    REQUIRE(sql::run(second->connection(), QStringLiteral("INSERT INTO settings VALUES ('y', '2')")));
    REQUIRE(next.commit());
    CHECK(sql::scalar(first->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt() == 2);
}

TEST_CASE("an empty server database is only filled when asked, and another program's is refused", "[storage][server]")
{
    if (!test::onServer())
        return; // the file engine's cases are above
    test::ScratchDatabase empty;
    auto refused = Database::open(empty.address(), {}, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("sdctl server init")));
    test::ScratchDatabase foreign;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        auto address = DatabaseAddress::parse(foreign.address());
        REQUIRE(address);
        address->applyTo(other);
        REQUIRE(other.open());
        REQUIRE(sql::run(other, QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto notOurs = Database::open(foreign.address());
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.error().message.contains(QStringLiteral("invoices")));
}

TEST_CASE("schema steps report progress and can be cancelled between steps", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.sqlite"));
    CHECK(Database::pendingSteps(path).value() == latestSchemaVersion()); // a new file needs every step
    auto cancelled = Database::open(path, [](int, int) { return false; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(Database::pendingSteps(path).value() == latestSchemaVersion()); // nothing applied
    QList<QPair<int, int>> calls;
    auto opened = Database::open(path, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(opened);
    CHECK(calls.first() == qMakePair(0, latestSchemaVersion()));
    CHECK(calls.last() == qMakePair(latestSchemaVersion(), latestSchemaVersion()));
    CHECK(Database::pendingSteps(path).value() == 0);
}

TEST_CASE("bulk rows keep every character and their ids, and a bad one fails the transaction by name", "[storage][bulk]")
{
    test::ScratchDatabase scratch;
    auto db = Database::open(scratch.address());
    REQUIRE(db);
    const QStringList texts{QStringLiteral("tab\there"), QStringLiteral("two\nlines\r\n"), QStringLiteral("back\\slash \\N"),
                            QStringLiteral("空调不制冷"), QStringLiteral(""), QStringLiteral("nul\u0000gone")};
    {
        WriteTransaction transaction(db->connection(), db->dialect());
        REQUIRE(transaction.begin());
        auto inserter = BulkInserter::prepare(*db, QStringLiteral("INSERT INTO teams (code, name) VALUES (?, ?)"),
                                              BulkInserter::Mode::Bulk);
        REQUIRE(inserter);
        for (int i = 0; i < texts.size(); ++i)
            REQUIRE((*inserter)->insert({QStringLiteral("t%1").arg(i), texts.at(i)}));
        // Rows with ids: each insert tells its id at once, and later rows may use it.
        auto users = BulkInserter::prepare(*db, QStringLiteral("INSERT INTO users (uuid, login, display_name, role, created_at) "
                                                                "VALUES (?, ?, ?, ?, ?)"), BulkInserter::Mode::Bulk);
        REQUIRE(users);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            REQUIRE((*users)->insert({QStringLiteral("u-%1").arg(i), QStringLiteral("bulk.%1").arg(i), QStringLiteral("批量 %1").arg(i),
                                      QStringLiteral("agent"), 0}));
            ids.append((*users)->lastInsertId());
        }
        CHECK(ids.at(0) > 0);
        CHECK(ids.at(1) > ids.at(0));
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT login FROM users WHERE id = ?"), {ids.at(2)})->toString()
              == QStringLiteral("bulk.2"));
        REQUIRE(transaction.commit());
    }
    for (int i = 0; i < texts.size(); ++i) {
        auto name = sql::scalar(db->connection(), QStringLiteral("SELECT name FROM teams WHERE code = ?"), {QStringLiteral("t%1").arg(i)});
        REQUIRE(name);
        CHECK(name->toString() == QString(texts.at(i)).remove(QChar(0)));
    }
    // A repeated key: the transaction fails, at the latest when it commits, and keeps nothing.
    {
        WriteTransaction transaction(db->connection(), db->dialect());
        REQUIRE(transaction.begin());
        auto inserter = BulkInserter::prepare(*db, QStringLiteral("INSERT INTO teams (code, name) VALUES (?, ?)"),
                                              BulkInserter::Mode::Bulk);
        REQUIRE(inserter);
        Status all = (*inserter)->insert({QStringLiteral("new"), QStringLiteral("new team")});
        if (all)
            all = (*inserter)->insert({QStringLiteral("t0"), QStringLiteral("again")});
        if (all)
            all = transaction.commit();
        REQUIRE_FALSE(all);
        CHECK(all.error().message.contains(QStringLiteral("code")));
    }
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM teams WHERE code = 'new'"))->toInt() == 0);
    // Rows still waiting when a failed transaction ends are dropped, and the
    // write lock goes with it: another desk writes at once, and so does this one.
    {
        WriteTransaction transaction(db->connection(), db->dialect());
        REQUIRE(transaction.begin());
        auto inserter = BulkInserter::prepare(*db, QStringLiteral("INSERT INTO teams (code, name) VALUES (?, ?)"),
                                              BulkInserter::Mode::Bulk);
        REQUIRE(inserter);
        // The taken code fails now (SQLite) or when sent (PostgreSQL): either way
        // the desk gives up, with rows still waiting, and never commits.
        (void)(*inserter)->insert({QStringLiteral("t1"), QStringLiteral("taken")});
        (void)(*inserter)->insert({QStringLiteral("kept back"), QStringLiteral("never sent")});
    }
    auto other = Database::open(scratch.address());
    REQUIRE(other);
    other->setLockWait(200);
    for (const Database* desk : {&*other, &*db}) {
        WriteTransaction next(desk->connection(), desk->dialect());
        REQUIRE(next.begin());
        REQUIRE(sql::run(desk->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"),
                         {QStringLiteral("after.%1").arg(desk == &*db ? 1 : 2)}));
        REQUIRE(next.commit());
    }
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM teams WHERE code = 'kept back'"))->toInt() == 0);
}
