// A backup of the office's database on either engine (docs/BACKUP.md): a
// SQLite file is copied and counted; a PostgreSQL database is dumped with
// pg_dump and read back whole by pg_restore. A server's database is restored
// from its dump into a new database beside it, checked, then renamed in.
#include "TestSupport.h"

#include "storage/AutoBackup.h"
#include "storage/Backup.h"
#include "storage/DatabaseAddress.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("the office's database is backed up and the copy checked, on either engine", "[backup]")
{
    test::TempWorkspace ws;
    TicketDraft call;
    call.contactName = QStringLiteral("周先生");
    call.subject = QStringLiteral("备份前的工单");
    call.teamCode = QStringLiteral("hotline");
    REQUIRE(ws->tickets().create(call, ws.userId("li.na")));
    REQUIRE(ws->tickets().create(call, ws.userId("li.na")));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("office.backup"));
    auto taken = Backup::create(ws->database().connectionUri(), copy);
    REQUIRE(taken);
    CHECK(QFile::exists(copy));
    auto checked = Backup::verify(copy);
    REQUIRE(checked);
    CHECK(checked->integrity == QLatin1String("ok"));
    if (ws->database().isServer()) {
        CHECK(checked->isServerDump);
        // This workspace is connected: the restore refuses before it makes anything.
        QString aside;
        auto refused = Backup::restore(copy, ws->database().connectionUri(), &aside);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("close them all")));
        CHECK(aside.isEmpty());
    } else {
        CHECK_FALSE(checked->isServerDump);
        CHECK(checked->tickets == 2);
        CHECK(checked->schemaVersion == *ws->database().schemaVersion());
    }
    // The office goes on after the backup as before.
    CHECK(ws->tickets().create(call, ws.userId("li.na")));
}

namespace {

QStringList databasesNamedLike(const DatabaseAddress& office, const QString& pattern)
{
    ServerConnection admin(office);
    REQUIRE(admin.isOpen());
    auto query = sql::run(admin.db(), QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY datname"), {pattern});
    REQUIRE(query);
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

qint64 ticketsIn(const DatabaseAddress& office, const QString& database)
{
    ServerConnection connection(office, database);
    REQUIRE(connection.isOpen());
    return sql::scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM tickets"))->toLongLong();
}

} // namespace

TEST_CASE("a server's database is restored from its dump beside it, checked, then renamed in", "[backup]")
{
    if (!test::onServer()) {
        SUCCEED("a file's restore is tested by TestBackup");
        return;
    }
    test::ScratchDatabase scratch;
    const DatabaseAddress office = *DatabaseAddress::parse(scratch.address());
    QTemporaryDir dir;
    const QString dump = dir.filePath(QStringLiteral("office.dump"));
    TicketDraft call;
    call.contactName = QStringLiteral("周先生");
    call.subject = QStringLiteral("备份前的工单");
    call.teamCode = QStringLiteral("hotline");
    {
        auto ws = Workspace::open(scratch.address());
        REQUIRE(ws);
        auto li = (*ws)->users().byLogin(QStringLiteral("li.na"));
        REQUIRE(li);
        REQUIRE((*ws)->tickets().create(call, li->id));
        REQUIRE((*ws)->tickets().create(call, li->id));
        REQUIRE(Backup::create(scratch.address(), dump));
        call.subject = QStringLiteral("备份后的工单");
        REQUIRE((*ws)->tickets().create(call, li->id));
        (*ws)->database().releaseThreadConnection();
    }
    REQUIRE(ticketsIn(office, office.databaseName) == 3);

    // A dump with a byte changed in its table of contents, and a SQLite copy,
    // are refused before the server is touched.
    QFile::copy(dump, dir.filePath(QStringLiteral("damaged.dump")));
    {
        QFile damaged(dir.filePath(QStringLiteral("damaged.dump")));
        REQUIRE(damaged.open(QIODevice::ReadWrite));
        damaged.seek(5);
        damaged.write("\xff\xff\xff");
    }
    QString aside;
    CHECK_FALSE(Backup::restore(dir.filePath(QStringLiteral("damaged.dump")), scratch.address(), &aside));
    CHECK(databasesNamedLike(office, office.databaseName + QStringLiteral("\\_%")).isEmpty());
    // Damage in the compressed table data passes the table of contents; the
    // restore into the new database fails, which is dropped.
    QFile::copy(dump, dir.filePath(QStringLiteral("torn.dump")));
    {
        QFile torn(dir.filePath(QStringLiteral("torn.dump")));
        REQUIRE(torn.open(QIODevice::ReadWrite));
        torn.resize(torn.size() - 64);
    }
    REQUIRE(Backup::verify(dir.filePath(QStringLiteral("torn.dump"))));
    auto tornRestore = Backup::restore(dir.filePath(QStringLiteral("torn.dump")), scratch.address(), &aside);
    REQUIRE_FALSE(tornRestore);
    // Refused by pg_restore itself, after the new database was made (not for open sessions).
    CHECK(tornRestore.error().code != Error::Code::Busy);
    CHECK(tornRestore.error().message.startsWith(QStringLiteral("pg_restore failed: ")));
    CHECK(aside.isEmpty());
    CHECK(databasesNamedLike(office, office.databaseName + QStringLiteral("\\_%")).isEmpty());
    CHECK(ticketsIn(office, office.databaseName) == 3);

    // What a restore killed halfway leaves behind; the next restore clears it.
    {
        ServerConnection admin(office);
        REQUIRE(admin.isOpen());
        REQUIRE(sql::run(admin.db(), QStringLiteral("CREATE DATABASE \"%1_restoring_20261130_235959\"").arg(office.databaseName)));
    }
    auto restored = Backup::restore(dump, scratch.address(), &aside);
    REQUIRE(restored);
    CHECK(restored->tickets == 2);
    CHECK(restored->isServerDump);
    // The office's name now holds the dump's 2 tickets; the replaced database
    // beside it keeps all 3, and nothing half-made is left.
    CHECK(ticketsIn(office, office.databaseName) == 2);
    CHECK(aside.startsWith(office.databaseName + QStringLiteral("_replaced_")));
    CHECK(ticketsIn(office, aside) == 3);
    CHECK(databasesNamedLike(office, office.databaseName + QStringLiteral("\\_%")) == QStringList{aside});
    // The office works on the restored database.
    {
        auto ws = Workspace::open(scratch.address());
        REQUIRE(ws);
        CHECK((*ws)->tickets().create(call, (*ws)->users().byLogin(QStringLiteral("li.na"))->id));
        (*ws)->database().releaseThreadConnection();
    }
    CHECK(ticketsIn(office, office.databaseName) == 3);
    test::dropTestDatabase(test::serverAddress(aside));

    // Another office's database is not restored from this dump: its rights name this office's roles.
    test::ScratchDatabase other;
    auto foreign = Backup::restore(dump, other.address(), &aside);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().message.contains(QStringLiteral("is a dump of the database ") + office.databaseName));
}

// Today is Monday 2026-11-30 (ISO week 49). Copies of every day since 1 October
// are there; keeping 7 daily and 4 weekly leaves the 7 newest (24th to 30th,
// weeks 48 and 49), then the newest copy of each older week: Sun 22nd (week
// 47), Sun 15th (46), Sun 8th (45), Sun 1st (44). Mon 23rd goes: its week has
// daily copies.
TEST_CASE("the desk's daily copy is made once a day, and old ones are pruned to 7 daily and 4 weekly", "[backup][sqlite]")
{
    test::TempWorkspace ws;
    const QString database = ws->database().path();
    AutoBackup daily(database);
    REQUIRE(QDir().mkpath(daily.folder()));
    for (QDate day(2026, 10, 1); day < QDate(2026, 11, 30); day = day.addDays(1)) {
        QFile old(daily.fileOf(day));
        REQUIRE(old.open(QIODevice::WriteOnly)); // only the names count for pruning
    }
    // Not ours: left alone whatever their names.
    for (const char* other : {"notes.txt", "office-copy.sqlite"}) {
        QFile file(QDir(daily.folder()).filePath(QString::fromLatin1(other)));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QDate today(2026, 11, 30);
    CHECK(daily.isDue(today));
    auto made = daily.run(today, {7, 4});
    REQUIRE(made);
    CHECK(made->tickets == 0);
    CHECK_FALSE(daily.isDue(today));
    QStringList kept;
    for (const QFileInfo& copy : daily.copies())
        kept.append(copy.completeBaseName().right(10));
    CHECK(kept == QStringList{QStringLiteral("2026-11-30"), QStringLiteral("2026-11-29"), QStringLiteral("2026-11-28"),
                              QStringLiteral("2026-11-27"), QStringLiteral("2026-11-26"), QStringLiteral("2026-11-25"),
                              QStringLiteral("2026-11-24"), QStringLiteral("2026-11-22"), QStringLiteral("2026-11-15"),
                              QStringLiteral("2026-11-08"), QStringLiteral("2026-11-01")});
    CHECK(QFile::exists(QDir(daily.folder()).filePath(QStringLiteral("notes.txt"))));
    CHECK(QFile::exists(QDir(daily.folder()).filePath(QStringLiteral("office-copy.sqlite"))));
    // A copy killed halfway is cleared by the next run.
    {
        QFile partial(daily.fileOf(QDate(2026, 11, 29)) + QStringLiteral(".partial-20261129-230000"));
        REQUIRE(partial.open(QIODevice::WriteOnly));
    }
    // Today's is a real, checked copy; a second run the same day is refused, never overwriting it.
    CHECK(Backup::verify(daily.fileOf(today)));
    CHECK_FALSE(daily.run(today, {7, 4}));
    CHECK_FALSE(QFile::exists(daily.fileOf(QDate(2026, 11, 29)) + QStringLiteral(".partial-20261129-230000")));
}
