// The bell in the status bar and the "Customer said…" button, driven as an
// agent would: team hotline has the agents li.na and wang.lei and the
// supervisor sun.hui.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "main/NotificationCentre.h"
#include "tickets/TicketForm.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;
using sd::test::timelineTexts;
using sd::test::whenOpen;

namespace {

struct Office
{
    test::TempWorkspace ws{"2026-11-16T10:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");
    qint64 wangLei = ws.userId("wang.lei");
    qint64 supervisor = ws.userId("sun.hui");

    Ticket ticketOf(qint64 agent)
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("空调外机噪音大");
        auto ticket = ws->tickets().create(draft, agent);
        REQUIRE(ticket);
        return *ticket;
    }
};

} // namespace

TEST_CASE("the bell counts what is unread, an entry opens its ticket and is read, all can be marked read", "[ui][notifications]")
{
    Office office;
    const Ticket given = office.ticketOf(office.wangLei);
    REQUIRE(office.ws->tickets().assign(given.id, given.version, office.liNa, QStringLiteral("hotline"), office.supervisor));
    const Ticket other = office.ticketOf(office.wangLei);
    REQUIRE(office.ws->tickets().addComment(other.id, QStringLiteral("@li.na 客户很着急，请回电"), false, office.wangLei));

    AppContext agent{*office.ws, office.liNa, QStringLiteral("李娜")};
    MainWindow window(agent);
    auto* bell = window.findChild<NotificationCentre*>(QStringLiteral("notificationBell"));
    REQUIRE(bell);
    CHECK(bell->text() == QStringLiteral("Notifications: 2"));

    // The newest first: the mention on the other ticket.
    QStringList shown;
    whenOpen<NotificationList>([&](NotificationList& list) {
        auto* entries = child<QListWidget>(list, "notifications");
        for (int i = 0; i < entries->count(); ++i)
            shown.append(entries->item(i)->text().section(QLatin1Char('\n'), 0, 0));
        CHECK(entries->item(0)->font().bold());
        entries->setCurrentRow(0);
        emit entries->itemActivated(entries->item(0));
    });
    QTest::mouseClick(bell, Qt::LeftButton);
    CHECK(shown == QStringList{QStringLiteral("王磊 mentioned you on %1: @li.na 客户很着急，请回电").arg(other.number),
                               QStringLiteral("孙慧 assigned %1 to you.").arg(given.number)});
    CHECK(window.tabs()->tabText(window.tabs()->currentIndex()) == other.number);
    CHECK(bell->text() == QStringLiteral("Notifications: 1"));

    whenOpen<NotificationList>([](NotificationList& list) {
        auto* entries = child<QListWidget>(list, "notifications");
        CHECK_FALSE(entries->item(0)->font().bold());
        CHECK(entries->item(1)->font().bold());
        QTest::mouseClick(child<QPushButton>(list, "markAllRead"), Qt::LeftButton);
        CHECK_FALSE(entries->item(1)->font().bold());
        list.reject();
    });
    QTest::mouseClick(bell, Qt::LeftButton);
    CHECK(bell->text() == QStringLiteral("Notifications"));
}

TEST_CASE("a colleague records what the customer said: the ticket goes back to work and its holder hears of it", "[ui][notifications]")
{
    Office office;
    const Ticket ticket = office.ticketOf(office.liNa);
    REQUIRE(office.ws->tickets().changeStatus(ticket.id, ticket.version, TicketStatus::PendingCustomer, office.liNa,
                                              QStringLiteral("等客户发照片")));
    AppContext colleague{*office.ws, office.wangLei, QStringLiteral("王磊")};
    TicketForm form(colleague);
    REQUIRE(form.openTicket(ticket.id));
    child<QPlainTextEdit>(form, "commentEdit")->setPlainText(QStringLiteral("照片已经发到邮箱了"));
    QTest::mouseClick(child<QPushButton>(form, "customerReplyButton"), Qt::LeftButton);
    CHECK(timelineTexts(form).contains(QStringLiteral("The customer said: 照片已经发到邮箱了")));
    CHECK(child<QPlainTextEdit>(form, "commentEdit")->toPlainText().isEmpty());
    CHECK(office.ws->tickets().get(ticket.id)->status == TicketStatus::InProgress);
    auto unread = office.ws->tickets().notifications().unreadCount(office.liNa);
    REQUIRE(unread);
    CHECK(*unread == 1);
}
