// "Care this week" (docs/CARE.md), driven as an agent would: the desk's
// clock is Monday 2026-12-28 in the office's zone (Asia/Shanghai).
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/CarePage.h"
#include "main/MainWindow.h"
#include "main/NavigationPanel.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

qint64 person(test::TempWorkspace& ws, const QString& name, const char* birthday)
{
    CustomerDraft draft;
    draft.name = name;
    draft.birthday = QDate::fromString(QString::fromLatin1(birthday), Qt::ISODate);
    auto created = ws->customers().create(draft, ws.userId("admin"));
    REQUIRE(created);
    return created->id;
}

QStringList rowsOf(QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text() + QLatin1Char('|')
                    + table->item(row, 5)->text());
    return rows;
}

} // namespace

TEST_CASE("an agent sees the week's birthdays, marks a greeting sent, and looks at the next week", "[ui][care]")
{
    test::TempWorkspace ws("2026-12-28T09:00:00+08:00");
    person(ws, QStringLiteral("周晓梅"), "1990-12-30");
    person(ws, QStringLiteral("王建国"), "1985-01-05");
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    auto* navigation = window.navigation();
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->text() == QStringLiteral("Care this week"))
            navigation->setCurrentRow(row);
    auto* page = child<CarePage>(window, "carePage");
    REQUIRE(page->isVisible());
    CHECK(child<QLabel>(window, "careWeek")->text() == QStringLiteral("2026-12-28 – 2027-01-03"));
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2026-12-30 Wed|Birthday|Not yet")});

    auto* sent = child<QPushButton>(window, "markGreetingSent");
    CHECK_FALSE(sent->isEnabled()); // nothing chosen
    page->table()->selectRow(0);
    REQUIRE(sent->isEnabled());
    QTest::mouseClick(sent, Qt::LeftButton);
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2026-12-30 Wed|Birthday|Sent by 李娜")});
    CHECK_FALSE(sent->isEnabled()); // sent once

    QTest::mouseClick(child<QPushButton>(window, "nextWeek"), Qt::LeftButton);
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2027-01-05 Tue|Birthday|Not yet")});
}
