// The main window and the queue model, driven as an agent would drive them.
#include "TestSupport.h"

#include "common/AppContext.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "main/NavigationPanel.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "customers/CallerCard.h"
#include "storage/Sql.h"
#include "tickets/TicketForm.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QInputMethodEvent>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

void fillDemo(test::TempWorkspace& ws, int tickets)
{
    DemoGenerator generator(*ws, {tickets, 0, 7, 6});
    REQUIRE(generator.run());
}

QString screenshotPath(const QString& name)
{
    return QDir::current().filePath(name);
}

} // namespace

TEST_CASE("the queue model passes Qt's model tester on a populated database", "[ui][queue]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    fillDemo(ws, 700);
    QueueModel model(ws->database(), ws->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueRequest request;
    request.queue = Queue::All;
    model.setRequest(request);
    CHECK(model.rowCount() == 700);
    // Rows are loaded in windows of 200: reading row 650 loads one window, not the table.
    const int before = model.windowLoads();
    CHECK_FALSE(model.index(650, QueueModel::Number).data().toString().isEmpty());
    CHECK(model.windowLoads() == before + 1);
    // Newest first in "all": numbers descend down the list.
    CHECK(model.index(0, QueueModel::Number).data().toString() > model.index(699, QueueModel::Number).data().toString());
    model.sort(QueueModel::Number, Qt::AscendingOrder);
    CHECK(model.index(0, QueueModel::Number).data().toString() == QStringLiteral("HQ-2025-000001"));
    model.refresh();
    CHECK(model.rowCount() == 700);
}

TEST_CASE("windows near the end are read from the far end and agree with the front", "[ui][queue]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    fillDemo(ws, 650);
    QueueModel model(ws->database(), ws->clock());
    QueueRequest request;
    request.queue = Queue::All;
    request.sort = QueueSort::Number;
    model.setRequest(request);
    // Row i of an ascending number order is the (i+1)-th ticket number of its year; the
    // last rows come from a reversed query and must still continue the sequence.
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.index(row, QueueModel::Number).data().toString());
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    CHECK(numbers == sorted);
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == 650);
}

TEST_CASE("a ticket created through the form appears in the queue", "[ui][main]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(context);
    window.show();
    auto* navigation = window.navigation();
    // A ticket an agent types in is hers: it appears in "My open tickets".
    navigation->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Mine));
    CHECK(window.queueView()->model()->rowCount() == 0);

    TicketForm* form = window.newTicket({});
    auto* contact = form->findChild<QLineEdit*>(QStringLiteral("contactNameEdit"));
    auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    REQUIRE(contact);
    REQUIRE(subject);
    // QTest types ASCII keys; Chinese arrives through the input method as committed text.
    QTest::keyClicks(contact, QStringLiteral("Mr Zhang"));
    subject->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("洗衣机脱水时异响"));
    QApplication::sendEvent(subject, &commit);
    REQUIRE(form->save());
    QApplication::processEvents();
    QTest::qWait(300); // the window refreshes once after a burst of changes
    CHECK(window.queueView()->model()->rowCount() == 1);
    CHECK(window.queueView()->model()->index(0, QueueModel::Subject).data().toString() == QStringLiteral("洗衣机脱水时异响"));
    CHECK(window.tabs()->tabText(window.tabs()->currentIndex()) == QStringLiteral("HQ-2026-000001"));
}

TEST_CASE("changes made by another program appear without a manual refresh", "[ui][main]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(context);
    window.show();
    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Open));
    CHECK(window.queueView()->model()->rowCount() == 0);
    {
        // Another desk on the same file: its own connection and services.
        auto other = Workspace::open(ws.path(), Clock::fixedAt(ws.now()));
        REQUIRE(other);
        TicketDraft draft;
        draft.contactName = QStringLiteral("Ms Chen");
        draft.subject = QStringLiteral("Router keeps dropping Wi-Fi");
        REQUIRE((*other)->tickets().create(draft, 0));
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.queueView()->model()->rowCount(), 1, 5000);
}

TEST_CASE("screenshots of the main window in English and Chinese", "[ui][screenshots]")
{
    test::TempWorkspace ws("2026-11-20T10:30:00+08:00");
    fillDemo(ws, 3000);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        if (language != QLatin1String("en"))
            REQUIRE(translator.load(QStringLiteral(":/servicedesk/i18n/servicedesk_zh_CN.qm")));
        QApplication::installTranslator(&translator);
        AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
        MainWindow window(context);
        window.resize(1560, 940);
        window.show();
        window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Open));
        window.queueView()->selectRelative(1);
        QApplication::processEvents();
        CHECK(window.grab().save(screenshotPath(QStringLiteral("main-window-%1.png").arg(language))));
        // The caller card of a VIP customer, found by phone as an agent would.
        auto vipPhone = sql::scalar(ws->database().connection(),
                                    QStringLiteral("SELECT phone FROM customers WHERE tier_code = 'vip' ORDER BY id LIMIT 1"));
        REQUIRE(vipPhone);
        window.callerCard()->lookup(vipPhone->toString());
        QApplication::processEvents();
        CHECK(window.callerCard()->currentCustomerId() > 0);
        CHECK(window.callerCard()->grab().save(screenshotPath(QStringLiteral("caller-card-%1.png").arg(language))));
        TicketForm* form = window.openTicket(window.queueView()->currentTicketId());
        REQUIRE(form);
        QApplication::processEvents();
        CHECK(window.grab().save(screenshotPath(QStringLiteral("ticket-tab-%1.png").arg(language))));
        QApplication::removeTranslator(&translator);
    }
}

TEST_CASE("a closed incoming-call panel stays closed at the next start", "[ui][main]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    QSettings().clear();
    {
        MainWindow window(context);
        window.show();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("callerDock"));
        REQUIRE(dock);
        CHECK(dock->isVisible());
        dock->close();
        REQUIRE(window.close());
    }
    MainWindow again(context);
    again.show();
    QApplication::processEvents();
    CHECK_FALSE(again.findChild<QDockWidget*>(QStringLiteral("callerDock"))->isVisible());
    QSettings().clear();
}

TEST_CASE("F8 in an open ticket turns the tab to the queue's next ticket", "[ui][main]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    for (const char* subject : {"first", "second", "third"}) {
        TicketDraft draft;
        draft.contactName = QStringLiteral("Caller");
        draft.subject = QString::fromLatin1(subject);
        REQUIRE(ws->tickets().create(draft, 0));
    }
    AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(context);
    window.show();
    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Unassigned));
    QTableView* table = window.queueView()->findChild<QTableView*>();
    REQUIRE(table);
    REQUIRE(window.queueView()->model()->rowCount() == 3);
    table->setCurrentIndex(window.queueView()->model()->index(0, 0));
    const QString firstSubject = window.queueView()->model()->index(0, QueueModel::Subject).data().toString();
    const QString secondSubject = window.queueView()->model()->index(1, QueueModel::Subject).data().toString();
    TicketForm* form = window.openTicket(window.queueView()->currentTicketId());
    REQUIRE(form);
    const int tabs = window.tabs()->count();
    CHECK(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text() == firstSubject);
    QAction* next = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(Qt::Key_F8))
            next = action;
    REQUIRE(next);
    next->trigger(); // what F8 does, whichever widget has the focus
    CHECK(window.tabs()->count() == tabs); // the same tab, turned to the next ticket
    CHECK(window.tabs()->currentWidget() == form);
    CHECK(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text() == secondSubject);
    CHECK(window.tabs()->tabText(window.tabs()->currentIndex()) == form->title());
}

// Three tickets, by creation time (Shanghai): T1 2026-09-01 10:00, resolved;
// T2 2026-10-10 10:00, new; T3 2026-10-12 08:30, in progress. The clock then
// stands at Mon 2026-10-12 09:00.
TEST_CASE("all tickets are listed and can be narrowed by status and creation period", "[ui][main]")
{
    test::TempWorkspace ws("2026-09-01T10:00:00+08:00");
    const qint64 li = ws.userId("li.na");
    auto create = [&](const char* subject) {
        TicketDraft draft;
        draft.contactName = QStringLiteral("Ms Chen");
        draft.subject = QString::fromUtf8(subject);
        auto created = ws->tickets().create(draft, 0);
        REQUIRE(created);
        return *created;
    };
    const Ticket t1 = create("Router keeps dropping Wi-Fi");
    REQUIRE(ws->tickets().changeStatus(t1.id, t1.version, TicketStatus::Resolved, li, QStringLiteral("Replaced the router")));
    ws.setNow("2026-10-10T10:00:00+08:00");
    create("Printer jams");
    ws.setNow("2026-10-12T08:30:00+08:00");
    const Ticket t3 = create("Fridge leaks");
    REQUIRE(ws->tickets().changeStatus(t3.id, t3.version, TicketStatus::InProgress, li, {}));
    ws.setNow("2026-10-12T09:00:00+08:00");

    AppContext context{*ws, li, QStringLiteral("李娜")};
    MainWindow window(context);
    window.show();
    auto* filters = window.findChild<QWidget*>(QStringLiteral("queueFilters"));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("queueStatusFilter"));
    auto* period = window.findChild<QComboBox*>(QStringLiteral("queuePeriodFilter"));
    REQUIRE(filters);
    REQUIRE(status);
    REQUIRE(period);
    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Open));
    CHECK(filters->isHidden());
    CHECK(window.queueView()->model()->rowCount() == 2);

    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::All));
    CHECK_FALSE(filters->isHidden());
    QueueModel* model = window.queueView()->model();
    CHECK(model->rowCount() == 3);
    status->setCurrentIndex(status->findData(int(TicketStatus::Resolved)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, QueueModel::Subject).data().toString() == QStringLiteral("Router keeps dropping Wi-Fi"));
    status->setCurrentIndex(0); // any status
    auto countFor = [&](const char* label) {
        const int index = period->findText(QString::fromLatin1(label));
        REQUIRE(index >= 0);
        period->setCurrentIndex(index);
        return model->rowCount();
    };
    CHECK(countFor("Created today") == 1);             // T3 (08:30 today in Shanghai)
    CHECK(countFor("Created in the last 7 days") == 2);  // T2, T3
    CHECK(countFor("Created in the last 30 days") == 2);
    CHECK(countFor("Created in the last 90 days") == 3); // T1 is 41 days old
    countFor("Created in the last 7 days");
    status->setCurrentIndex(status->findData(int(TicketStatus::Resolved)));
    CHECK(model->rowCount() == 0);
    // Another queue and back: the list keeps its filters.
    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::Mine));
    window.navigation()->setCurrentRow(NavigationPanel::queues().indexOf(Queue::All));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("Ctrl+End goes to the last ticket and keeps the ticket numbers in view", "[ui][queue]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    fillDemo(ws, 120);
    QueueView view(ws->database(), ws->clock());
    view.resize(500, 400); // narrower than the columns: the table scrolls sideways
    view.show();
    QueueRequest request;
    request.queue = Queue::All;
    view.showRequest(request, QStringLiteral("All tickets"));
    QTableView* table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, QueueModel::Number));
    REQUIRE(table->horizontalScrollBar()->maximum() > 0);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 119);
    CHECK(table->currentIndex().column() == QueueModel::Number);
    CHECK(table->horizontalScrollBar()->value() == 0);
    CHECK(table->visualRect(table->currentIndex()).intersects(table->viewport()->rect()));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 0);
    CHECK(table->horizontalScrollBar()->value() == 0);
}
