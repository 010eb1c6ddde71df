// Return visits (docs/RETURN-VISITS.md), driven as an agent would. Built-in
// rules: vip follow-up 2 days after a resolution, first use 3 days after a
// purchase; key first use after 7 days. The desk's today is Tuesday
// 2026-12-01 (Asia/Shanghai).
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "customers/CallerCard.h"
#include "customers/CustomerForm.h"
#include "customers/ReturnVisitDialog.h"
#include "main/MainWindow.h"
#include "main/NavigationPanel.h"
#include "main/ReturnVisitsPage.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-11-28T10:00:00+08:00"};
    qint64 admin = ws.userId("admin");
    qint64 liNa = ws.userId("li.na");
    qint64 resolvedTicket = 0;
    qint64 buyer = 0;

    Desk()
    {
        // A top-tier customer's first periodic visit falls on a day set by its
        // random uuid, and the window schedules it: without periodic visits the
        // lists below are known in advance.
        Configuration configuration = ws->configuration();
        for (ReturnVisitTier& tier : configuration.service.returnVisits.tiers)
            tier.periodicDays = 0;
        REQUIRE(ws->importConfiguration(configuration, admin));
        const qint64 owner = customer(QStringLiteral("钱贵宾"), "vip");
        TicketDraft draft;
        draft.customerId = owner;
        draft.contactName = QStringLiteral("钱贵宾");
        draft.subject = QStringLiteral("压缩机不启动");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(draft, liNa);
        REQUIRE(ticket);
        auto resolved = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, liNa, QStringLiteral("换了电容"));
        REQUIRE(resolved); // followed up on 2026-11-30: overdue by the 1st
        resolvedTicket = ticket->id;
        buyer = customer(QStringLiteral("周晓梅"), "vip");
        buy(buyer, "2026-11-28");                                 // due 2026-12-01: today
        buy(customer(QStringLiteral("孙重点"), "key"), "2026-11-30"); // due 2026-12-07
        ws.setNow("2026-12-01T09:00:00+08:00");
    }
    qint64 customer(const QString& name, const char* tier)
    {
        CustomerDraft draft;
        draft.name = name;
        draft.phone = QStringLiteral("13800138000");
        draft.tierCode = QString::fromLatin1(tier);
        draft.tierLocked = true;
        auto created = ws->customers().create(draft, admin);
        REQUIRE(created);
        return created->id;
    }
    void buy(qint64 customerId, const char* day)
    {
        Purchase bought;
        bought.product = QStringLiteral("冷柜 BD-300");
        bought.purchasedOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
        REQUIRE(ws->customers().addPurchase(customerId, bought, admin));
    }
};

ReturnVisitsPage* openPage(MainWindow& window)
{
    auto* navigation = window.navigation();
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->text() == QStringLiteral("Return visits"))
            navigation->setCurrentRow(row);
    auto* page = child<ReturnVisitsPage>(window, "returnVisitsPage");
    REQUIRE(page->isVisible());
    return page;
}

// "due|customer|state" of each row.
QStringList rowsOf(QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 2)->text().section(QLatin1Char(' '), 0, 0)
                    + QLatin1Char('|') + table->item(row, 6)->text());
    return rows;
}

} // namespace

TEST_CASE("an agent works the return visits due: an issue that persists needs notes, then reopens the ticket", "[ui][return_visits]")
{
    Desk desk;
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    ReturnVisitsPage* page = openPage(window);
    CHECK(child<QLabel>(window, "returnVisitCounts")->text() == QStringLiteral("Due today: 1 · Overdue: 1 · Next 14 days: 1"));
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2026-11-30 Mon|钱贵宾|Not yet made"),
                                               QStringLiteral("2026-12-01 Tue|周晓梅|Not yet made")});
    CHECK(page->table()->item(0, 0)->foreground().color() == QColor(0xb3, 0x26, 0x1e)); // overdue in red
    CHECK(page->table()->item(0, 5)->text().startsWith(QStringLiteral("HQ-")));

    auto* record = child<QPushButton>(window, "recordReturnVisit");
    CHECK_FALSE(record->isEnabled());
    page->table()->selectRow(0);
    REQUIRE(record->isEnabled());
    QStringList choices;
    QString firstError;
    bool stayedOpen = false;
    test::whenOpen<ReturnVisitDialog>([&](ReturnVisitDialog& dialog) {
        auto* outcome = child<QComboBox>(dialog, "returnOutcome");
        outcome->setCurrentIndex(outcome->findData(int(ReturnOutcome::IssuePersists)));
        auto* then = child<QComboBox>(dialog, "returnThen");
        for (int i = 0; i < then->count(); ++i)
            choices.append(then->itemText(i));
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton); // no notes yet
        firstError = child<QLabel>(dialog, "returnError")->text();
        stayedOpen = dialog.isVisible();
        child<QPlainTextEdit>(dialog, "returnNotes")->setPlainText(QStringLiteral("还是不制冷"));
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE(choices.size() == 2);
    CHECK(choices.at(0).startsWith(QStringLiteral("Back to ticket HQ-")));
    CHECK(choices.at(1) == QStringLiteral("Open a new ticket"));
    CHECK(firstError == QStringLiteral("say what the customer told you"));
    CHECK(stayedOpen);
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2026-12-01 Tue|周晓梅|Not yet made")});
    auto ticket = desk.ws->tickets().get(desk.resolvedTicket);
    REQUIRE(ticket);
    CHECK(ticket->status == TicketStatus::InProgress);

    auto* list = page->listChoice();
    list->setCurrentIndex(list->findData(int(ReturnQueue::Made)));
    CHECK(rowsOf(page->table()) == QStringList{QStringLiteral("2026-11-30 Mon|钱贵宾|Issue persists · 李娜, 2026-12-01")});
}

TEST_CASE("a customer's return visits are in their form; an unreachable call is tried again tomorrow", "[ui][return_visits]")
{
    Desk desk;
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    CustomerForm form(agent);
    form.resize(1100, 720);
    REQUIRE(form.openCustomer(desk.buyer));
    form.show();
    auto* tabs = child<QTabWidget>(form, "customerTabs");
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QStringLiteral("Return visits"))
            tabs->setCurrentIndex(i);
    auto* table = child<QTableWidget>(form, "customerReturnVisits");
    REQUIRE(table->isVisible());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("First use"));
    bool scoreEnabled = true;
    test::whenOpen<ReturnVisitDialog>([&](ReturnVisitDialog& dialog) {
        auto* outcome = child<QComboBox>(dialog, "returnOutcome");
        outcome->setCurrentIndex(outcome->findData(int(ReturnOutcome::Unreachable)));
        scoreEnabled = child<QComboBox>(dialog, "returnScore")->isEnabled();
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
    });
    const QRect cell = table->visualItemRect(table->item(0, 0));
    // An item view takes a double click only after the press that selects the row.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK_FALSE(scoreEnabled);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("Not reached once; again on 2026-12-02"));
}

TEST_CASE("an inspector sees the return visits but cannot record a call", "[ui][return_visits]")
{
    Desk desk;
    AppContext inspector{*desk.ws, desk.ws.userId("zhao.qing"), QStringLiteral("赵青")};
    MainWindow window(inspector);
    window.show();
    ReturnVisitsPage* page = openPage(window);
    REQUIRE(page->table()->rowCount() == 2);
    page->table()->selectRow(0);
    CHECK_FALSE(child<QPushButton>(window, "recordReturnVisit")->isEnabled());
    CHECK(child<QPushButton>(window, "openReturnVisitTicket")->isEnabled());
}

TEST_CASE("the incoming-call card says a return visit is due, and the agent records it during the call", "[ui][return_visits]")
{
    Desk desk;
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    CallerCard card(agent);
    card.resize(420, 900);
    card.show();
    auto buyer = desk.ws->customers().get(desk.buyer);
    REQUIRE(buyer);
    card.lookup(buyer->details.code);
    REQUIRE(card.currentCustomerId() == desk.buyer);
    auto* strip = child<QWidget>(card, "callerReturnVisit");
    REQUIRE(strip->isVisible());
    CHECK(strip->findChild<QLabel*>()->text()
          == QStringLiteral("A return visit is due (First use, 冷柜 BD-300, since 2026-12-01): ask how it went."));
    test::whenOpen<ReturnVisitDialog>([&](ReturnVisitDialog& dialog) {
        auto* score = child<QComboBox>(dialog, "returnScore");
        score->setCurrentIndex(score->findData(5));
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(card, "callerRecordReturnVisit"), Qt::LeftButton);
    CHECK_FALSE(strip->isVisible());
    auto visits = desk.ws->returnVisits().ofCustomer(desk.buyer);
    REQUIRE(visits);
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().outcome == ReturnOutcome::Satisfied);
    CHECK(visits->first().satisfaction == 5);
}
