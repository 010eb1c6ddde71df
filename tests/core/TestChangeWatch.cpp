// Desks see each other: another connection's commit is noticed within a
// second (SQLite: data_version; PostgreSQL: LISTEN/NOTIFY), the desk's own
// commits are not.
#include "TestSupport.h"

#include "storage/ChangeWatcher.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

void commitSetting(const Database& database, const QString& key)
{
    WriteTransaction transaction(database.connection(), database.dialect());
    REQUIRE(transaction.begin());
    REQUIRE(sql::run(database.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"), {key}));
    REQUIRE(transaction.commit());
}

// Processes events until `done` or `ms` pass; how long it took.
qint64 waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return clock.elapsed();
}

} // namespace

TEST_CASE("another desk's commit is noticed within a second, the desk's own is not", "[storage][live]")
{
    test::TempWorkspace ws;
    const Database& mine = ws->database();
    ChangeWatcher watcher(mine, 100);
    int noticed = 0;
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere, [&] { ++noticed; });
    auto other = Database::open(ws.path());
    REQUIRE(other);

    commitSetting(*other, QStringLiteral("other.1"));
    waitFor([&] { return noticed > 0; }, 1000);
    CHECK(noticed == 1);

    noticed = 0;
    commitSetting(mine, QStringLiteral("mine.1"));
    waitFor([] { return false; }, 600);
    CHECK(noticed == 0);

    // A burst of commits (an import's steps) is one refresh, not one each.
    for (int i = 0; i < 5; ++i)
        commitSetting(*other, QStringLiteral("burst.%1").arg(i));
    waitFor([] { return false; }, 600);
    CHECK(noticed >= 1);
    CHECK(noticed <= 2);
}
