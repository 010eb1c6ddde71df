// The PostgreSQL server restarts under an open desk: the desk is told, keeps
// working once the server is back, listens again and catches up.
#include "TestSupport.h"

#include "storage/ChangeWatcher.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

void waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

TEST_CASE("a desk survives a server restart, is told, and catches up", "[server][restart]")
{
    REQUIRE(test::onServer());
    test::TempWorkspace ws;
    ChangeWatcher watcher(ws->database(), 100);
    int lost = 0, restored = 0, noticed = 0;
    QObject::connect(&watcher, &ChangeWatcher::connectionLost, [&] { ++lost; });
    QObject::connect(&watcher, &ChangeWatcher::connectionRestored, [&] { ++restored; });
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere, [&] { ++noticed; });
    waitFor([] { return false; }, 300);

    QProcess restart;
    restart.start(QStringLiteral(SD_TEST_SERVER_SCRIPT), {QStringLiteral("restart"), qEnvironmentVariable("SD_TEST_PG_DIR")});
    REQUIRE(restart.waitForFinished(60000));
    REQUIRE(restart.exitCode() == 0);

    // The old connection is gone: the watcher says so, reconnects, listens
    // again and asks the desk to catch up.
    waitFor([&] { return restored > 0; }, 10000);
    CHECK(lost == 1);
    CHECK(restored == 1);
    CHECK(noticed >= 1);
    CHECK(watcher.isConnected());

    // The desk's own statements reach the server again ...
    auto ticketCount = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    REQUIRE(ticketCount);
    // ... and another desk's commit after the restart is noticed as before.
    noticed = 0;
    auto other = Database::open(ws.path());
    REQUIRE(other);
    {
        WriteTransaction transaction(other->connection(), other->dialect());
        REQUIRE(transaction.begin());
        REQUIRE(sql::run(other->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', '1')")));
        REQUIRE(transaction.commit());
    }
    waitFor([&] { return noticed > 0; }, 1000);
    CHECK(noticed == 1);
}
