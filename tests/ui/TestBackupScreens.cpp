// The desk's daily backup (docs/BACKUP.md "Daily backups"): the window makes
// the day's copy of its SQLite file on a worker thread and says so in the
// status bar; a failed copy is shown in red with its reason and not tried
// again every minute.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/DailyBackup.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "storage/AutoBackup.h"
#include "storage/Backup.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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

TEST_CASE("Settings sets how many daily and weekly copies the next daily backup keeps", "[ui][backup]")
{
    test::TempWorkspace ws;
    QSettings().remove(QStringLiteral("backup"));
    const AutoBackup daily(ws->database().path());
    // Copies of the 1st to the 14th of November are there already.
    REQUIRE(QDir().mkpath(daily.folder()));
    for (int day = 1; day <= 14; ++day)
        REQUIRE(QFile::copy(ws->database().path(), daily.fileOf(QDate(2026, 11, day))));
    {
        SettingsDialog settings(ws->database().path(), QStringLiteral("en"), QStringLiteral("HQ"));
        auto* kept = child<QSpinBox>(settings, "settingsDailyCopies");
        auto* weeks = child<QSpinBox>(settings, "settingsWeeklyCopies");
        CHECK(kept->value() == 7);
        CHECK(weeks->value() == 4);
        kept->setValue(3);
        weeks->setValue(1);
        settings.accept();
        REQUIRE(settings.result() == QDialog::Accepted);
    }
    CHECK(DailyBackup::retention().daily == 3);
    CHECK(DailyBackup::retention().weekly == 1);
    // Sunday 15 November's copy: kept are the 15th, 14th and 13th, then the
    // newest copy of the week before (Monday 2 to Sunday 8): the 8th.
    QLabel status;
    DailyBackup backup(ws->database().path(), &status);
    QSignalSpy finished(&backup, &DailyBackup::finished);
    backup.check(QDate(2026, 11, 15));
    REQUIRE(finished.wait(20000));
    QStringList left;
    for (const QFileInfo& copy : daily.copies())
        left.append(copy.fileName().section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0));
    CHECK(left == QStringList{QStringLiteral("15"), QStringLiteral("14"), QStringLiteral("13"), QStringLiteral("08")});
    QSettings().remove(QStringLiteral("backup"));
}
