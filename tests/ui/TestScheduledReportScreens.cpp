// Scheduled reports on the Reports page (docs/REPORTS.md), as a supervisor
// sets one up; agents do not see the button.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "main/NavigationPanel.h"
#include "reports/ScheduledReportsDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

void openReports(MainWindow& window)
{
    auto* navigation = window.navigation();
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->text() == QStringLiteral("Reports"))
            navigation->setCurrentRow(row);
}

} // namespace

TEST_CASE("a supervisor schedules the report on screen as a monthly PDF", "[ui][reports][scheduled]")
{
    test::TempWorkspace ws("2026-11-30T09:00:00+08:00");
    QTemporaryDir folder;
    ScheduledReportsDialog::setFolder(folder.path());
    AppContext supervisor{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")};
    MainWindow window(supervisor);
    window.show();
    openReports(window);
    auto* button = child<QPushButton>(window, "scheduledReportsButton");
    REQUIRE(button->isVisible());
    QStringList rows;
    QString message;
    test::whenOpen<ScheduledReportsDialog>([&](ScheduledReportsDialog& dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "scheduledName"), QStringLiteral("Hotline monthly"));
        auto* period = child<QComboBox>(dialog, "scheduledPeriod");
        CHECK(period->currentText() == QStringLiteral("Last month, on the 1st"));
        QTest::mouseClick(child<QPushButton>(dialog, "addScheduled"), Qt::LeftButton);
        message = child<QLabel>(dialog, "scheduledMessage")->text();
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            rows.append(dialog.table()->item(row, 0)->text() + QLatin1Char('|') + dialog.table()->item(row, 1)->text() + QLatin1Char('|')
                        + dialog.table()->item(row, 3)->text() + QLatin1Char('|') + dialog.table()->item(row, 4)->text());
        // Writing it now puts October's PDF in the folder.
        dialog.table()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "writeScheduledNow"), Qt::LeftButton);
        CHECK(child<QLabel>(dialog, "scheduledMessage")->text().startsWith(QStringLiteral("Written: ")));
        dialog.reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(message == QStringLiteral("Scheduled \"Hotline monthly\"; the next run writes 2026-10-01 – 2026-10-31."));
    CHECK(rows == QStringList{QStringLiteral("Hotline monthly|Last month, on the 1st|孙慧|not yet")});
    CHECK(QFile::exists(QDir(folder.path()).filePath(QStringLiteral("Hotline monthly 2026-10-01 – 2026-10-31.pdf"))));
    auto saved = ws->scheduledReports().list();
    REQUIRE(saved);
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().ownerName == QStringLiteral("孙慧"));
}

TEST_CASE("an agent has no scheduled reports button", "[ui][reports][scheduled]")
{
    test::TempWorkspace ws("2026-11-30T09:00:00+08:00");
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    openReports(window);
    CHECK_FALSE(child<QPushButton>(window, "scheduledReportsButton")->isVisible());
}
