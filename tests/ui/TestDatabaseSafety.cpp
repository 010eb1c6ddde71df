// The database under the client's feet: nothing in the process may break
// SQLite's locks, worker threads leave no connection behind, and the client's
// import, sweep and refresh paths stay correct while other processes read,
// write, import and export the same file.
#include "TestSupport.h"

#include "common/FileChooser.h"
#include "demo/DemoGenerator.h"
#include "exchange/ImportDialog.h"
#include "exchange/TicketExporter.h"
#include "exchange/TicketImporter.h"
#include "main/DemoDataDialog.h"
#include "queue/QueueQuery.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// Opens and closes the database from a second process, as `sqlite3` run by
// another program would. When it is the last user it checkpoints and deletes
// the -wal and -shm files; it can only believe so if this process has lost
// its locks.
void touchFromAnotherProcess(const QString& db)
{
    REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT COUNT(*) FROM tickets;")}) == 0);
}

void makeWalFiles(Workspace& workspace)
{
    REQUIRE(sql::run(workspace.database().connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', 'x')")));
    REQUIRE(QFileInfo::exists(workspace.database().path() + QStringLiteral("-shm")));
}

// Handles this process has open on the database file and its companions.
int openHandlesOn(const QString& db)
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files))
        if (QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(db))
            ++count;
    return count;
}

QPushButton* button(QWidget& parent, const QString& text)
{
    for (QPushButton* candidate : parent.findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// A history file of `rows` tickets numbered from `first`, all valid.
QString writeHistory(const QString& path, int first, int rows)
{
    return test::writeHistory(path, QStringLiteral("HQ-2025"), first, rows, [first](int i) {
        return QStringLiteral("王芳%1,regular,phone,fault,P3,空调不制冷 %2,li.na,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T14:00:00+08:00,2025-09-02T11:00:00+08:00,,0,1,4").arg(i % 7).arg(first + i, 6, 10, QLatin1Char('0'));
    });
}

qint64 allTickets(Workspace& workspace, qint64 now)
{
    QueueRequest all;
    all.queue = Queue::All;
    auto count = workspace.queues().count(all, now);
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("closing a handle to the database outside SQLite lets another process delete its shared memory",
          "[storage][safety]")
{
    // The hazard the client must never trigger, shown directly so that the
    // checks below are known to detect it.
    test::TempWorkspace ws;
    makeWalFiles(*ws);
    {
        QFile outside(ws.path());
        REQUIRE(outside.open(QIODevice::ReadOnly));
        outside.read(100);
    }
    touchFromAnotherProcess(ws.path());
    CHECK_FALSE(QFileInfo::exists(ws.path() + QStringLiteral("-shm")));
}

TEST_CASE("the client's file dialogs list the database folder without opening its files", "[ui][safety]")
{
    test::TempWorkspace ws;
    makeWalFiles(*ws);
    const auto made = FileChooser::createDialog(nullptr, QStringLiteral("Ticket history"), QFileInfo(ws.path()).absolutePath(), {});
    QFileDialog& dialog = *made;
    dialog.show();
    // The dialog's file model gathers names, sizes, icons and types on a thread.
    QTest::qWait(1500);
    dialog.setDirectory(QDir::tempPath());
    dialog.setDirectory(QFileInfo(ws.path()).absolutePath());
    QTest::qWait(1000);
    dialog.close();
    touchFromAnotherProcess(ws.path());
    CHECK(QFileInfo::exists(ws.path() + QStringLiteral("-shm")));
    CHECK(QFileInfo::exists(ws.path() + QStringLiteral("-wal")));
    CHECK(ws->database().integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("the database's own files are never read or written as documents", "[storage][safety]")
{
    test::TempWorkspace ws;
    makeWalFiles(*ws);
    for (const QString& own : QStringList{ws.path(), ws.path() + QStringLiteral("-wal"), ws.path() + QStringLiteral("-shm")}) {
        auto imported = TicketImporter(*ws).importFile(own, {});
        REQUIRE_FALSE(imported);
        CHECK(imported.error().message.contains(QStringLiteral("open database's own file")));
        auto exported = TicketExporter(*ws).exportFile(own);
        REQUIRE_FALSE(exported);
        CHECK(exported.error().message.contains(QStringLiteral("open database's own file")));
    }
    touchFromAnotherProcess(ws.path());
    CHECK(QFileInfo::exists(ws.path() + QStringLiteral("-shm")));
}

TEST_CASE("fifty imports from the client leave no database connection open", "[ui][safety]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    QTemporaryDir files;
    ImportDialog dialog(ws.path(), ws.userId("admin"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
    REQUIRE(summary);
    int baseline = -1;
    for (int run = 0; run < 50; ++run) {
        dialog.setFile(writeHistory(files.filePath(QStringLiteral("h%1.csv").arg(run)), 1000 + run * 2, 2));
        summary->clear();
        QTest::mouseClick(button(dialog, run % 2 ? QStringLiteral("Check all rows") : QStringLiteral("Import")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 10000);
        QTest::qWait(20); // the worker thread ends after it has reported
        if (baseline < 0)
            baseline = openHandlesOn(ws.path());
    }
    CHECK(allTickets(*ws, ws.now()) == 25 * 2);
    CHECK(openHandlesOn(ws.path()) == baseline);
    // The client's own connection holds the file, its -wal and -shm; SQLite
    // keeps the handles of a closed connection (one file, one -wal) for reuse
    // rather than close them under the open connection's locks.
    CHECK(baseline <= 5);
}

TEST_CASE("demo data runs from the client leave no database connection open", "[ui][safety]")
{
    QTemporaryDir dir;
    for (int run = 0; run < 10; ++run) {
        const QString path = dir.filePath(QStringLiteral("demo%1.sqlite").arg(run));
        DemoDataDialog dialog(path, AccessControl::kIntake); // a new database: whoever holds it
        dialog.findChild<QSpinBox*>()->setValue(100);
        dialog.show();
        QTest::mouseClick(button(dialog, QStringLiteral("Generate")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QTest::qWait(20);
        CHECK(openHandlesOn(path) == 0);
    }
}
