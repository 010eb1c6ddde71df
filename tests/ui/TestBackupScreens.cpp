// The desk's daily backup (docs/BACKUP.md "Daily backups"): the window makes
// the day's copy of its SQLite file on a worker thread and says so in the
// status bar; a failed copy is shown in red with its reason and not tried
// again every minute.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/DailyBackup.h"
#include "main/MainWindow.h"
#include "storage/AutoBackup.h"
#include "storage/Backup.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

TEST_CASE("the window makes the day's copy of its file and shows when", "[ui][backup]")
{
    test::TempWorkspace ws{"2026-11-30T09:00:00+08:00"};
    TicketDraft call;
    call.contactName = QStringLiteral("周先生");
    call.subject = QStringLiteral("热水器不点火");
    call.teamCode = QStringLiteral("hotline");
    REQUIRE(ws->tickets().create(call, ws.userId("li.na")));
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    const AutoBackup daily(ws->database().path());
    {
        MainWindow window(agent);
        window.show();
        auto* status = child<QLabel>(window, "backupStatus");
        REQUIRE(QTest::qWaitFor([&] { return status->text().startsWith(QStringLiteral("Last backup: ")); }, 20000));
        CHECK(status->toolTip().endsWith(QStringLiteral(": 1.")));
    }
    // The office's day (Asia/Shanghai): the 30th.
    const QString copy = daily.fileOf(QDate(2026, 11, 30));
    REQUIRE(QFile::exists(copy));
    auto checked = Backup::verify(copy);
    REQUIRE(checked);
    CHECK(checked->tickets == 1);
    // A second window the same day makes no second copy.
    const QDateTime made = QFileInfo(copy).lastModified();
    MainWindow again(agent);
    again.show();
    QTest::qWait(300);
    CHECK(daily.copies().size() == 1);
    CHECK(QFileInfo(copy).lastModified() == made);
}

TEST_CASE("a failed copy says why in red, and is not tried again the same day", "[ui][backup]")
{
    test::TempWorkspace ws;
    const AutoBackup daily(ws->database().path());
    // A file where the backups folder should be: the folder cannot be made.
    {
        QFile blocker(daily.folder());
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    QLabel status;
    DailyBackup backup(ws->database().path(), &status);
    CHECK(status.text() == QStringLiteral("No backup yet"));
    QSignalSpy finished(&backup, &DailyBackup::finished);
    backup.check(QDate(2026, 11, 30));
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toBool() == false);
    CHECK(status.text() == QStringLiteral("Today's backup failed"));
    CHECK(status.toolTip().contains(QDir::toNativeSeparators(daily.folder()).section(QLatin1Char('/'), -1)));
    CHECK(status.styleSheet().contains(QStringLiteral("#b3261e")));
    backup.check(QDate(2026, 11, 30));
    CHECK_FALSE(backup.isRunning());
    // The next day, the folder back: tried again, and made.
    REQUIRE(QFile::remove(daily.folder()));
    backup.check(QDate(2026, 12, 1));
    REQUIRE(finished.wait(20000));
    CHECK(finished.last().first().toBool() == true);
    CHECK(status.text().startsWith(QStringLiteral("Last backup: ")));
    CHECK(QFile::exists(daily.fileOf(QDate(2026, 12, 1))));
}
