#include "TestSupport.h"

#include "common/AppContext.h"
#include "tickets/TicketForm.h"
#include "tickets/TimelineView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QTimeZone kShanghai("Asia/Shanghai");

// Two signed-in agents on a fresh workspace whose clock stands at
// Monday 2026-10-12 09:00 Shanghai time, the start of a business day.
struct Desk
{
    test::TempWorkspace workspace;
    AppContext li{*workspace, workspace.userId("li.na"), text("李娜")};
    AppContext wang{*workspace, workspace.userId("wang.lei"), text("王磊")};

    Ticket ticket(const char* subject, Category category = Category::Fault)
    {
        TicketDraft draft;
        draft.contactName = text("Zhou Xun");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = text(subject);
        draft.category = category;
        auto created = workspace->tickets().create(draft, 0); // from the web form: New, nobody's
        REQUIRE(created);
        return *created;
    }

    Ticket resolved(const char* subject)
    {
        const Ticket open = ticket(subject);
        auto done = workspace->tickets().changeStatus(open.id, open.version, TicketStatus::Resolved, li.userId,
                                                      text("Replaced the toner cartridge"));
        REQUIRE(done);
        return *done;
    }
};

template <typename T>
T* child(QWidget& parent, const char* objectName)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

template <typename E>
void choose(QWidget& form, const char* comboName, E value)
{
    auto* combo = child<QComboBox>(form, comboName);
    const int index = combo->findData(static_cast<int>(value));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A form as an agent sees it: shown, with times in Shanghai whatever the machine's zone.
void prepare(TicketForm& form)
{
    form.setDisplayTimeZone(kShanghai);
    form.resize(1280, 820);
    form.show();
    QApplication::processEvents();
}

void click(QWidget& form, const char* buttonName)
{
    QTest::mouseClick(child<QAbstractButton>(form, buttonName), Qt::LeftButton);
}

void replaceText(QLineEdit* edit, const QString& value)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, value);
}

QList<TicketStatus> offeredStatuses(TicketForm& form)
{
    QList<TicketStatus> offered;
    auto* button = child<QPushButton>(form, "statusButton");
    REQUIRE(button->menu());
    for (QAction* action : button->menu()->actions())
        offered.append(static_cast<TicketStatus>(action->data().toInt()));
    return offered;
}

// Tag text ("Internal note" / "Reply to the customer (recorded, not sent)") of each comment in the timeline, keyed by its body.
QMap<QString, QString> commentTags(TicketForm& form)
{
    QMap<QString, QString> tags;
    for (QFrame* entry : form.findChildren<QFrame*>(QStringLiteral("timelineEntry"))) {
        if (entry->property("kind").toString() != QLatin1String("comment"))
            continue;
        auto* tag = entry->findChild<QLabel*>(QStringLiteral("timelineTag"));
        auto* body = entry->findChild<QLabel*>(QStringLiteral("timelineText"));
        REQUIRE(tag);
        REQUIRE(body);
        tags.insert(body->text(), tag->text());
    }
    return tags;
}

QStringList timelineSentences(TicketForm& form)
{
    QStringList sentences;
    for (QFrame* entry : form.findChildren<QFrame*>(QStringLiteral("timelineEntry")))
        if (auto* body = entry->findChild<QLabel*>(QStringLiteral("timelineText")))
            sentences.append(body->text());
    return sentences;
}

// The widgets Tab visits after `from`, as Qt's focus chain orders them.
QStringList tabOrderFrom(QWidget* from, int count)
{
    QStringList names;
    for (QWidget* w = from->nextInFocusChain(); w != from && names.size() < count; w = w->nextInFocusChain())
        if (w->isVisibleTo(from->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            names.append(w->objectName());
    return names;
}

} // namespace

TEST_CASE("TicketForm: Tab runs through the form top to bottom", "[ui][tickets]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);
    CHECK(tabOrderFrom(child<QLineEdit>(form, "customerEdit"), 20).join(QStringLiteral(", ")).toStdString()
          == QStringList{QStringLiteral("findCustomerButton"), QStringLiteral("clearCustomerButton"),
                         QStringLiteral("contactNameEdit"), QStringLiteral("contactPhoneEdit"),
                         QStringLiteral("contactEmailEdit"), QStringLiteral("channelCombo"),
                         QStringLiteral("categoryCombo"), QStringLiteral("priorityCombo"),
                         QStringLiteral("productEdit"), QStringLiteral("serialEdit"), QStringLiteral("subjectEdit"),
                         QStringLiteral("descriptionEdit"), QStringLiteral("teamCombo"),
                         QStringLiteral("newestFirstToggle"),
                         // comment box and actions are disabled on a new ticket: round to Save
                         QStringLiteral("saveButton")}.join(QStringLiteral(", ")).toStdString());
}

TEST_CASE("TicketForm: the wheel over a combo box scrolls the form and leaves the value alone", "[ui][tickets]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);
    auto* team = child<QComboBox>(form, "teamCombo");
    auto* priority = child<QComboBox>(form, "priorityCombo");
    const int teamBefore = team->currentIndex();
    const int priorityBefore = priority->currentIndex();
    child<QLineEdit>(form, "subjectEdit")->setFocus();
    for (QComboBox* combo : {team, priority}) {
        const QPointF centre(combo->width() / 2.0, combo->height() / 2.0);
        QWheelEvent down(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                         Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &down);
    }
    CHECK(team->currentIndex() == teamBefore);
    CHECK(priority->currentIndex() == priorityBefore);
    CHECK(team->focusPolicy() == Qt::StrongFocus);
}

TEST_CASE("TicketForm: an agent creates a ticket by typing and pressing Save", "[ui][tickets]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);
    QSignalSpy titles(&form, &TicketForm::titleChanged);
    QSignalSpy saved(&form, &TicketForm::ticketSaved);
    CHECK(form.title() == QStringLiteral("New ticket"));
    CHECK(form.ticketId() == 0);

    QTest::keyClicks(child<QLineEdit>(form, "contactNameEdit"), text("Zhou Xun"));
    QTest::keyClicks(child<QLineEdit>(form, "contactPhoneEdit"), QStringLiteral("13800138000"));
    QTest::keyClicks(child<QLineEdit>(form, "subjectEdit"), text("Printer jams on every page"));
    choose(form, "categoryCombo", Category::Fault);
    choose(form, "priorityCombo", Priority::P2);
    CHECK(form.hasUnsavedChanges());
    click(form, "saveButton");

    auto ticket = desk.workspace->tickets().byNumber(QStringLiteral("HQ-2026-000001"));
    REQUIRE(ticket);
    CHECK(ticket->details.contactName == text("Zhou Xun"));
    CHECK(ticket->details.contactPhone == QStringLiteral("13800138000"));
    CHECK(ticket->details.subject == text("Printer jams on every page"));
    CHECK(ticket->details.category == Category::Fault);
    CHECK(ticket->details.priority == Priority::P2);
    CHECK_FALSE(ticket->details.customerId.has_value());
    CHECK(form.ticketId() == ticket->id);
    CHECK(form.title() == QStringLiteral("HQ-2026-000001"));
    REQUIRE(titles.size() == 1);
    CHECK(titles.at(0).at(0).toString() == QStringLiteral("HQ-2026-000001"));
    REQUIRE(saved.size() == 1);
    CHECK(saved.at(0).at(0).toLongLong() == ticket->id);
    CHECK_FALSE(form.hasUnsavedChanges());
    CHECK(child<QLabel>(form, "numberLabel")->text() == QStringLiteral("HQ-2026-000001"));
    CHECK(child<QLabel>(form, "statusLabel")->text() == QStringLiteral("Assigned")); // the agent's own call
    CHECK(timelineSentences(form).contains(QStringLiteral("Created the ticket HQ-2026-000001.")));
}

TEST_CASE("TicketForm: SLA due times appear at once and follow the priority", "[ui][tickets][sla]")
{
    Desk desk; // clock: Monday 2026-10-12 09:00 +08:00
    TicketForm form(desk.li);
    prepare(form);
    auto* firstResponse = child<QLabel>(form, "firstResponseDueLabel");
    auto* resolution = child<QLabel>(form, "resolutionDueLabel");

    // No customer: the fallback tier "prospect". P3 = 480 min first response,
    // 4800 min resolution, calendar cn_business (Mon–Fri 09:00–12:00 and
    // 13:30–18:00 = 7.5 h a day, no holidays between 12 and 26 October).
    // First response: Monday gives 3 h + 4.5 h = 450 min, the last 30 min fall
    // on Tuesday 09:00–09:30 -> 2026-10-13 09:30.
    // Resolution: 4800 min = 80 h = 10 full days (75 h, Mon 12 .. Fri 23) + 5 h
    // on Monday 26: 09:00–12:00 (3 h) and 13:30–15:30 (2 h) -> 2026-10-26 15:30.
    CHECK(child<QLabel>(form, "slaTierLabel")->text() == QStringLiteral("Prospect"));
    CHECK(firstResponse->text().startsWith(QStringLiteral("2026-10-13 09:30")));
    CHECK(resolution->text().startsWith(QStringLiteral("2026-10-26 15:30")));

    // P1 = 120 min first response: Monday 09:00 + 2 h within the morning block
    // -> 2026-10-12 11:00. Resolution 1440 min = 24 h = 3 full days (22.5 h,
    // Mon..Wed) + 1.5 h on Thursday -> 2026-10-15 10:30.
    choose(form, "priorityCombo", Priority::P1);
    CHECK(firstResponse->text().startsWith(QStringLiteral("2026-10-12 11:00")));
    CHECK(resolution->text().startsWith(QStringLiteral("2026-10-15 10:30")));
}

TEST_CASE("TicketForm: only the status changes the workflow allows are offered", "[ui][tickets][workflow]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);

    SECTION("a new ticket can not be closed")
    {
        REQUIRE(form.openTicket(desk.ticket("Printer jams").id));
        const QList<TicketStatus> offered = offeredStatuses(form);
        CHECK_FALSE(offered.contains(TicketStatus::Closed));
        CHECK_FALSE(offered.contains(TicketStatus::New));
        CHECK(offered.contains(TicketStatus::InProgress));
        CHECK(offered.contains(TicketStatus::Resolved));
        CHECK(child<QAction>(form, "resolveAction")->isEnabled());
        CHECK(child<QAction>(form, "escalateAction")->isEnabled());
        CHECK_FALSE(child<QAction>(form, "reopenAction")->isEnabled());
        CHECK_FALSE(child<QAction>(form, "satisfactionAction")->isEnabled());
    }
    SECTION("a resolved ticket can be closed or taken back into work, nothing else")
    {
        REQUIRE(form.openTicket(desk.resolved("Printer jams").id));
        CHECK(offeredStatuses(form) == QList<TicketStatus>{TicketStatus::Closed, TicketStatus::InProgress});
        CHECK_FALSE(child<QAction>(form, "resolveAction")->isEnabled());
        CHECK_FALSE(child<QAction>(form, "escalateAction")->isEnabled());
        CHECK(child<QAction>(form, "reopenAction")->isEnabled());
        CHECK(child<QAction>(form, "satisfactionAction")->isEnabled());
        CHECK(child<QLabel>(form, "resolutionDueLabel")->text().startsWith(QStringLiteral("resolved 2026-10-12 09:00")));
    }
    SECTION("a ticket that does not exist is refused with a message")
    {
        CHECK_FALSE(form.openTicket(4242));
        CHECK(child<QLabel>(form, "generalError")->isVisible());
        CHECK(form.title() == QStringLiteral("New ticket"));
    }
}

TEST_CASE("TicketForm: a failed save keeps everything typed", "[ui][tickets][validation]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);
    QTest::keyClicks(child<QLineEdit>(form, "contactNameEdit"), text("Zhou Xun"));
    auto* subject = child<QLineEdit>(form, "subjectEdit");
    QTest::keyClicks(subject, text("Printer"));
    replaceText(subject, QString()); // the agent clears the subject again
    const QString description = text("The customer explains at length: ").repeated(8)
        + text("the printer pulls two sheets at once and then jams near the fuser.");
    QTest::keyClicks(child<QPlainTextEdit>(form, "descriptionEdit"), description);

    click(form, "saveButton");

    auto* subjectError = child<QLabel>(form, "subjectError");
    CHECK(subjectError->isVisible());
    CHECK(subjectError->text() == QStringLiteral("the ticket needs a subject"));
    CHECK(child<QPlainTextEdit>(form, "descriptionEdit")->toPlainText() == description);
    CHECK(child<QLineEdit>(form, "contactNameEdit")->text() == text("Zhou Xun"));
    CHECK(form.ticketId() == 0);
    CHECK(form.hasUnsavedChanges());
    CHECK_FALSE(desk.workspace->tickets().byNumber(QStringLiteral("HQ-2026-000001")));

    // Typing into the field takes its message away at once.
    QTest::keyClicks(subject, text("Printer pulls two sheets"));
    CHECK_FALSE(subjectError->isVisible());
    click(form, "saveButton");
    CHECK_FALSE(subjectError->isVisible());
    CHECK(form.title() == QStringLiteral("HQ-2026-000001"));
}

TEST_CASE("TicketForm: every bad field is marked at once, the contact phone included", "[ui][tickets][validation]")
{
    Desk desk;
    TicketForm form(desk.li);
    prepare(form);
    QTest::keyClicks(child<QLineEdit>(form, "contactPhoneEdit"), text("call me maybe"));
    QTest::keyClicks(child<QLineEdit>(form, "contactEmailEdit"), text("nobody"));
    click(form, "saveButton");
    CHECK(child<QLabel>(form, "subjectError")->isVisible());
    CHECK(child<QLabel>(form, "contactPhoneError")->isVisible());
    CHECK(child<QLabel>(form, "contactPhoneError")->text().contains(text("call me maybe")));
    CHECK(child<QLabel>(form, "contactEmailError")->isVisible());
    CHECK(form.ticketId() == 0);
}

TEST_CASE("TicketForm: a stale save shows who changed the ticket and keeps the edits", "[ui][tickets][conflict]")
{
    Desk desk;
    const Ticket ticket = desk.ticket("Printer jams");
    TicketForm liForm(desk.li);
    TicketForm wangForm(desk.wang);
    prepare(liForm);
    prepare(wangForm);
    REQUIRE(liForm.openTicket(ticket.id));
    REQUIRE(wangForm.openTicket(ticket.id));

    replaceText(child<QLineEdit>(liForm, "subjectEdit"), text("Printer jams on tray 2"));
    click(liForm, "saveButton");
    REQUIRE(child<QFrame>(liForm, "conflictBanner")->isHidden());

    const QString wangsNote = text("Customer already tried another paper brand.");
    QTest::keyClicks(child<QPlainTextEdit>(wangForm, "descriptionEdit"), wangsNote);
    CHECK_FALSE(wangForm.save());

    auto* banner = child<QFrame>(wangForm, "conflictBanner");
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(wangForm, "conflictMessage")->text().contains(text("李娜")));
    CHECK(child<QPlainTextEdit>(wangForm, "descriptionEdit")->toPlainText() == wangsNote);
    CHECK(child<QLineEdit>(wangForm, "subjectEdit")->text() == text("Printer jams"));
    CHECK(wangForm.hasUnsavedChanges());
    auto stored = desk.workspace->tickets().get(ticket.id);
    REQUIRE(stored);
    CHECK(stored->details.description.isEmpty());

    // Only the Reload button discards the local edits.
    click(wangForm, "reloadButton");
    CHECK(banner->isHidden());
    CHECK(child<QLineEdit>(wangForm, "subjectEdit")->text() == text("Printer jams on tray 2"));
    CHECK(child<QPlainTextEdit>(wangForm, "descriptionEdit")->toPlainText().isEmpty());
    CHECK_FALSE(wangForm.hasUnsavedChanges());
}

TEST_CASE("TicketForm: internal notes and replies look different in the timeline", "[ui][tickets][timeline]")
{
    Desk desk;
    const Ticket ticket = desk.ticket("Printer jams");
    TicketForm form(desk.li);
    prepare(form);
    REQUIRE(form.openTicket(ticket.id));

    auto* comment = child<QPlainTextEdit>(form, "commentEdit");
    const QString note = text("Warranty checked: valid until 2027.");
    const QString reply = text("A technician will call you tomorrow morning.");
    QTest::keyClicks(comment, note);
    click(form, "addNoteButton");
    CHECK(comment->toPlainText().isEmpty());
    desk.workspace.setNow("2026-10-12T09:20:00+08:00");
    QTest::keyClicks(comment, reply);
    click(form, "replyButton");

    const QMap<QString, QString> tags = commentTags(form);
    REQUIRE(tags.size() == 2);
    CHECK(tags.value(note) == QStringLiteral("Internal note"));
    CHECK(tags.value(reply) == QStringLiteral("Reply to the customer (recorded, not sent)"));
    CHECK(tags.value(note) != tags.value(reply));
    // The reply counted as the first response.
    CHECK(child<QLabel>(form, "firstResponseDueLabel")->text().contains(QStringLiteral("answered 2026-10-12 09:20")));

    SECTION("an empty comment is refused next to the box")
    {
        click(form, "addNoteButton");
        CHECK(child<QLabel>(form, "commentError")->isVisible());
    }
    SECTION("the order is the agent's choice and is remembered")
    {
        auto* toggle = child<QCheckBox>(form, "newestFirstToggle");
        toggle->setChecked(true);
        CHECK(timelineSentences(form).first() == reply);
        toggle->setChecked(false);
        CHECK(timelineSentences(form).first() == QStringLiteral("Created the ticket %1.").arg(ticket.number));
        CHECK(QSettings().value(QStringLiteral("ticketForm/newestFirst")).toBool() == false);
        toggle->setChecked(true);
    }
    SECTION("assignment reads with the user's display name")
    {
        click(form, "assignToMeButton");
        CHECK(timelineSentences(form).contains(text("Assigned the ticket to 李娜.")));
        CHECK(child<QLabel>(form, "statusLabel")->text() == QStringLiteral("Assigned"));
    }
}

TEST_CASE("TicketForm: screenshot of a worked ticket", "[ui][tickets][screenshot]")
{
    Desk desk;
    TicketService& tickets = desk.workspace->tickets();
    CustomerDraft company;
    company.name = text("Shenzhen Lianhua Trading Co.");
    company.kind = CustomerKind::Company;
    company.phone = QStringLiteral("0755-8888 1234");
    auto customer = desk.workspace->customers().create(company, desk.li.userId);
    REQUIRE(customer);

    TicketDraft draft;
    draft.customerId = customer->id;
    draft.contactName = text("Zhou Xun");
    draft.contactPhone = QStringLiteral("138 0013 8000");
    draft.contactEmail = QStringLiteral("zhou.xun@lianhua.example");
    draft.category = Category::Fault;
    draft.priority = Priority::P2;
    draft.product = text("Chiller CX-9000");
    draft.serial = QStringLiteral("CX9-2026-0412");
    draft.subject = text("Chiller shows error E42 after restart");
    draft.description = text("Since the power cut on Sunday the chiller stops after about ten minutes and shows "
                             "E42. The customer restarted it twice; the cooling tower runs normally.");
    draft.teamCode = QStringLiteral("hotline");
    auto created = tickets.create(draft, desk.li.userId);
    REQUIRE(created);
    const qint64 id = created->id;
    const qint64 zhang = desk.workspace.userId("zhang.min");
    desk.workspace.setNow("2026-10-12T09:10:00+08:00");
    REQUIRE(tickets.addComment(id, text("Asked for the alarm log; customer is sending a photo of the panel."), false,
                               desk.li.userId));
    desk.workspace.setNow("2026-10-12T09:25:00+08:00");
    REQUIRE(tickets.addComment(id, text("Thank you for the photo. A technician will call you before 11:00 today."),
                               true, desk.li.userId));
    desk.workspace.setNow("2026-10-12T09:40:00+08:00");
    auto current = tickets.get(id);
    REQUIRE(current);
    // The supervisor dispatches the technician (agents only take tickets themselves).
    REQUIRE(tickets.assign(id, current->version, zhang, QStringLiteral("tech"), desk.workspace.userId("sun.hui")));
    current = tickets.get(id);
    REQUIRE(tickets.escalate(id, current->version, desk.li.userId, text("E42 needs the compressor specialist")));
    current = tickets.get(id);
    REQUIRE(tickets.changeStatus(id, current->version, TicketStatus::InProgress, zhang));
    desk.workspace.setNow("2026-10-12T10:05:00+08:00");

    TicketForm form(desk.li);
    prepare(form);
    REQUIRE(form.openTicket(id));
    QApplication::processEvents();
    CHECK(form.title() == created->number);
    CHECK(form.grab().save(QStringLiteral("ticket-form-en.png")));
}
