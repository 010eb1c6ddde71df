// Importing history from the desktop: preview, check, import.
#include "TestSupport.h"

#include "exchange/ImportDialog.h"
#include "queue/QueueQuery.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

QString data(const char* name)
{
    return QStringLiteral(SD_TEST_DATA "/") + QLatin1String(name);
}

QPushButton* button(ImportDialog& dialog, const QString& text)
{
    for (QPushButton* candidate : dialog.findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the import dialog previews rows, lists problems by line and imports nothing from a bad file", "[ui][import]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    ImportDialog dialog(ws.path(), ws.userId("admin"));
    dialog.setFile(data("import/bad_rows.csv"));
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(preview);
    CHECK(preview->columnCount() == 16);
    CHECK(preview->rowCount() > 0);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("number"));
    QTest::mouseClick(button(dialog, QStringLiteral("Check all rows")), Qt::LeftButton);
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("importProblems"));
    QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > 0, 10000);
    CHECK(problems->item(0, 0)->text().toInt() >= 2); // a data line, after the header
    QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("Nothing was imported")), 10000);
    QueueRequest all;
    all.queue = Queue::All;
    CHECK(ws->queues().count(all, ws.now()).value() == 0);
}

TEST_CASE("the import dialog imports a good file and says how many", "[ui][import]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    ImportDialog dialog(ws.path(), ws.userId("admin"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(data("import/basic_utf8_bom.csv"));
    QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10000);
    const qint64 tickets = imported.first().first().toLongLong();
    CHECK(tickets > 0);
    QueueRequest all;
    all.queue = Queue::All;
    CHECK(ws->queues().count(all, ws.now()).value() == tickets);
}
