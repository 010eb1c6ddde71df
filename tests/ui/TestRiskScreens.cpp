// The risk register on screen (docs/RISKS.md): a supervisor records a risk in
// the dialog (an empty title is refused at its field), the list ranks it by
// score, the heat map counts it and narrows the list, a move without a plan
// is refused with a message; an agent is told the register is not theirs.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "risk/RiskDialog.h"
#include "risk/RiskHeatMap.h"
#include "risk/RiskPage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

void record(test::TempWorkspace& ws, const char* title, int probability, int impact)
{
    RiskDraft draft;
    draft.title = QString::fromUtf8(title);
    draft.probability = probability;
    draft.impact = impact;
    REQUIRE(ws->risks().create(draft, ws.userId("sun.hui")));
}

} // namespace

TEST_CASE("a supervisor records a risk, sees it ranked and on the heat map, and moves it", "[ui][risks]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    record(ws, "Courier strike", 4, 4);  // 16
    record(ws, "Hotline staff turnover", 2, 3); // 6
    AppContext supervisor{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")};
    RiskPage page(supervisor);
    page.show();
    REQUIRE(page.table()->rowCount() == 2);

    bool refusedAtField = false;
    test::whenOpen<RiskDialog>([&](RiskDialog& dialog) {
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton); // no title yet
        for (QLabel* label : dialog.findChildren<QLabel*>())
            refusedAtField = refusedAtField || (label->isVisible() && label->text() == QLatin1String("give the risk a title"));
        refusedAtField = refusedAtField && dialog.isVisible();
        dialog.titleField()->setText(QStringLiteral("延保合同条款争议"));
        dialog.probabilityBox()->setValue(3);
        dialog.impactBox()->setValue(4);
        CHECK(child<QLabel>(dialog, "riskScore")->text() == QStringLiteral("Score 12: High"));
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "newRisk"), Qt::LeftButton);
    CHECK(refusedAtField);
    // Ranked: 16, 12, 6.
    REQUIRE(page.table()->rowCount() == 3);
    CHECK(page.table()->item(0, 1)->text() == QLatin1String("Courier strike"));
    CHECK(page.table()->item(1, 1)->text() == QStringLiteral("延保合同条款争议"));
    CHECK(page.table()->item(1, 0)->text() == QStringLiteral("12 · High"));
    CHECK(page.table()->item(1, 3)->text() == QStringLiteral("孙慧")); // the one who records it owns it at first
    CHECK(page.heatMap()->countAt(3, 4) == 1);
    CHECK(page.heatMap()->countAt(4, 4) == 1);

    page.heatMap()->pick(4, 4);
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 1)->text() == QLatin1String("Courier strike"));
    CHECK_FALSE(page.moveSelected(RiskStatus::Mitigating));
    CHECK(page.message()->text() == QStringLiteral("write the mitigation plan before mitigating the risk"));
    CHECK(page.moveSelected(RiskStatus::Closed));
    // Closed: off the live list and the heat map, shown under "All risks".
    CHECK(page.heatMap()->countAt(4, 4) == 0);
    CHECK(page.listChoice()->currentData().toString() == QLatin1String("*"));
    REQUIRE(page.table()->rowCount() == 3);
    // Its history, newest first, says who did what.
    for (int row = 0; row < page.table()->rowCount(); ++row)
        if (page.table()->item(row, 1)->text() == QLatin1String("Courier strike"))
            page.table()->selectRow(row);
    const QString detail = child<QTextBrowser>(page, "riskDetail")->toPlainText();
    const qsizetype closed = detail.indexOf(QStringLiteral("Moved the risk from “Open risk” to “Closed risk”."));
    const qsizetype recorded = detail.indexOf(QStringLiteral("Recorded the risk."));
    CHECK(detail.contains(QStringLiteral("History")));
    CHECK(closed > 0);
    CHECK(recorded > closed);
    CHECK(detail.count(QStringLiteral("孙慧")) >= 2);
}

TEST_CASE("an agent is told the risk register is not theirs, and a supervisor's buttons are hidden", "[ui][risks]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    record(ws, "Courier strike", 4, 4);
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    RiskPage page(agent);
    page.show();
    CHECK(page.table()->rowCount() == 0);
    CHECK(page.message()->text().contains(QLatin1String("see the risk register")));
    CHECK_FALSE(child<QPushButton>(page, "newRisk")->isVisible());
    AppContext inspector{*ws, ws.userId("zhao.qing"), QStringLiteral("赵晴")};
    RiskPage reading(inspector);
    reading.show();
    CHECK(reading.table()->rowCount() == 1);
    CHECK_FALSE(child<QPushButton>(reading, "checkAlerts")->isVisible());
}
