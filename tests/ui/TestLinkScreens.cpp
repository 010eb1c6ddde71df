// The "Linked tickets" panel of the ticket form (docs/SERVICE.md "Merge,
// link and split"), driven as an agent would: li.na (agent) and zhang.min
// (technician) of the default configuration, one customer with several tickets.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "tickets/LinkPanel.h"
#include "tickets/TicketForm.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;
using sd::test::okOf;
using sd::test::timelineTexts;
using sd::test::whenOpen;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-11-16T10:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");
    qint64 customer = 0;

    Desk()
    {
        CustomerDraft draft;
        draft.name = QStringLiteral("周晓梅");
        draft.phone = QStringLiteral("13800138000");
        auto created = ws->customers().create(draft, liNa);
        REQUIRE(created);
        customer = created->id;
    }
    Ticket ticket(const QString& subject)
    {
        TicketDraft draft;
        draft.customerId = customer;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = subject;
        draft.category = Category::Fault;
        auto created = ws->tickets().create(draft, liNa);
        REQUIRE(created);
        return *created;
    }
};

QStringList rowsOf(TicketForm& form)
{
    auto* links = child<QTreeWidget>(form, "ticketLinks");
    QStringList rows;
    for (int i = 0; i < links->topLevelItemCount(); ++i)
        rows.append(links->topLevelItem(i)->text(0) + QLatin1Char('|') + links->topLevelItem(i)->text(1));
    return rows;
}

TicketForm* currentForm(MainWindow& window)
{
    auto* form = qobject_cast<TicketForm*>(window.tabs()->currentWidget());
    REQUIRE(form);
    return form;
}

} // namespace

TEST_CASE("a related ticket is picked from the customer's tickets, both forms list it and it opens from the list", "[ui][links]")
{
    Desk desk;
    const Ticket first = desk.ticket(QStringLiteral("热水器不点火"));
    const Ticket second = desk.ticket(QStringLiteral("燃气表读数异常"));
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    TicketForm* form = window.openTicket(first.id);
    REQUIRE(form);
    CHECK(child<LinkPanel>(*form, "linkPanel")->isVisibleTo(form));
    CHECK(rowsOf(*form).isEmpty());

    QStringList offered;
    whenOpen<TicketPickDialog>([&](TicketPickDialog& dialog) {
        auto* pick = child<QComboBox>(dialog, "otherTicket");
        for (int i = 0; i < pick->count(); ++i)
            offered.append(pick->itemText(i));
        CHECK_FALSE(okOf(dialog)->isEnabled()); // nothing chosen yet
        pick->setCurrentIndex(0);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*form, "linkTicket"), Qt::LeftButton);
    CHECK(offered == QStringList{QStringLiteral("%1 · Assigned · 燃气表读数异常").arg(second.number)});
    CHECK(rowsOf(*form) == QStringList{QStringLiteral("Related|") + second.number});
    CHECK(timelineTexts(*form).contains(QStringLiteral("Linked this ticket to %1 as related.").arg(second.number)));

    auto* links = child<QTreeWidget>(*form, "ticketLinks");
    links->setCurrentItem(links->topLevelItem(0));
    emit links->itemActivated(links->topLevelItem(0), 0);
    TicketForm* opened = currentForm(window);
    CHECK(opened->ticketId() == second.id);
    CHECK(rowsOf(*opened) == QStringList{QStringLiteral("Related|") + first.number});

    // Removed from the second ticket's form, gone from both.
    auto* fromSecond = child<QTreeWidget>(*opened, "ticketLinks");
    fromSecond->setCurrentItem(fromSecond->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(*opened, "unlinkTicket"), Qt::LeftButton);
    CHECK(rowsOf(*opened).isEmpty());
    CHECK(rowsOf(*form).isEmpty());
    CHECK(timelineTexts(*form).contains(QStringLiteral("Removed the link to %1.").arg(second.number)));

    // A number that does not exist is named on the panel.
    CHECK_FALSE(form->linkPanel()->linkTo(QStringLiteral("HQ-2099-000001")));
    auto* error = child<QLabel>(*form, "linkError");
    CHECK(error->isVisibleTo(form));
    CHECK(error->text() == QStringLiteral("there is no ticket HQ-2099-000001"));
}

TEST_CASE("merging from the form closes the duplicate and opens the ticket kept, which shows the duplicate's history", "[ui][links]")
{
    Desk desk;
    const Ticket kept = desk.ticket(QStringLiteral("热水器不点火"));
    desk.ws.setNow("2026-11-16T10:05:00+08:00");
    const Ticket duplicate = desk.ticket(QStringLiteral("热水器打不着火"));
    REQUIRE(desk.ws->tickets().addComment(duplicate.id, QStringLiteral("客户第二次来电"), false, desk.liNa));
    desk.ws.setNow("2026-11-16T10:10:00+08:00");
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    TicketForm* form = window.openTicket(duplicate.id);
    REQUIRE(form);
    // Typed-in changes are saved or undone before the ticket is merged away.
    auto* subject = child<QLineEdit>(*form, "subjectEdit");
    subject->setText(QStringLiteral("热水器打不着火（二次来电）"));
    CHECK_FALSE(child<QPushButton>(*form, "mergeTicket")->isEnabled());
    subject->setText(duplicate.details.subject);
    CHECK(child<QPushButton>(*form, "mergeTicket")->isEnabled());

    whenOpen<TicketPickDialog>([&](TicketPickDialog& dialog) {
        // Typed, not picked: the first word is the number.
        child<QComboBox>(dialog, "otherTicket")->setEditText(kept.number + QStringLiteral(" 热水器"));
        child<QPlainTextEdit>(dialog, "mergeNote")->setPlainText(QStringLiteral("同一台热水器"));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*form, "mergeTicket"), Qt::LeftButton);

    TicketForm* keptForm = currentForm(window);
    CHECK(keptForm->ticketId() == kept.id);
    CHECK(rowsOf(*keptForm) == QStringList{QStringLiteral("Duplicate merged in|") + duplicate.number});
    const QStringList texts = timelineTexts(*keptForm);
    CHECK(texts.contains(QStringLiteral("客户第二次来电")));
    CHECK(texts.contains(QStringLiteral("Merged the duplicate %1 into this ticket; its timeline is shown here.\nNote: 同一台热水器")
                             .arg(duplicate.number)));
    QStringList metas;
    for (QLabel* label : keptForm->findChildren<QLabel*>(QStringLiteral("timelineMeta")))
        metas.append(label->text());
    CHECK(metas.filter(QStringLiteral("on the duplicate %1").arg(duplicate.number)).size() == 7); // created, assignment, status; the note; the merge and two status moves
    // The duplicate's own form shows it closed and pointing at the ticket kept.
    CHECK(child<QLabel>(*form, "statusLabel")->text() == QStringLiteral("Closed"));
    CHECK(rowsOf(*form) == QStringList{QStringLiteral("Merged into|") + kept.number});
    CHECK_FALSE(child<QPushButton>(*form, "mergeTicket")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*form, "splitTicket")->isEnabled());
}

TEST_CASE("a split opens the new ticket for the same customer, a technician may not merge", "[ui][links]")
{
    Desk desk;
    const Ticket original = desk.ticket(QStringLiteral("热水器不点火"));
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    MainWindow window(agent);
    window.show();
    TicketForm* form = window.openTicket(original.id);
    REQUIRE(form);
    whenOpen<SplitDialog>([&](SplitDialog& dialog) {
        CHECK_FALSE(okOf(dialog)->isEnabled());
        child<QLineEdit>(dialog, "splitSubject")->setText(QStringLiteral("滤网多少钱"));
        auto* category = child<QComboBox>(dialog, "splitCategory");
        category->setCurrentIndex(category->findText(QStringLiteral("Inquiry")));
        child<QPlainTextEdit>(dialog, "splitDescription")->setPlainText(QStringLiteral("客户顺便问滤网价格"));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*form, "splitTicket"), Qt::LeftButton);
    TicketForm* made = currentForm(window);
    REQUIRE(made->ticketId() != original.id);
    auto stored = desk.ws->tickets().get(made->ticketId());
    REQUIRE(stored);
    CHECK(stored->details.subject == QStringLiteral("滤网多少钱"));
    CHECK(stored->details.category == Category::Inquiry);
    CHECK(stored->details.customerId == desk.customer);
    CHECK(child<QLineEdit>(*made, "subjectEdit")->text() == QStringLiteral("滤网多少钱"));
    CHECK(rowsOf(*made) == QStringList{QStringLiteral("Split off from|") + original.number});
    CHECK(rowsOf(*form) == QStringList{QStringLiteral("Split off into|") + stored->number});

    AppContext technician{*desk.ws, desk.ws.userId("zhang.min"), QStringLiteral("张敏")};
    MainWindow technicianWindow(technician);
    technicianWindow.show();
    TicketForm* seen = technicianWindow.openTicket(original.id);
    REQUIRE(seen);
    CHECK_FALSE(child<QPushButton>(*seen, "mergeTicket")->isEnabled());
    CHECK(child<QPushButton>(*seen, "linkTicket")->isEnabled());
}
