// The ticket form's visits box, the day's visits and the Resolve dialog's
// question to the customer, driven as an agent, a technician and an inspector
// would. Office zone Asia/Shanghai; "now" is Monday 2026-11-16 10:00 there.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "dispatch/PlanPanel.h"
#include "dispatch/VisitDialogs.h"
#include "dispatch/VisitPanel.h"
#include "dispatch/VisitsPage.h"
#include "tickets/CannedReplies.h"
#include "tickets/TicketForm.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <functional>

using namespace sd;
using sd::test::child;
using sd::test::okOf;
using sd::test::timelineTexts;
using sd::test::whenOpen;

namespace {

struct Desk
{
    test::TempWorkspace workspace{"2026-11-16T10:00:00+08:00"};
    AppContext agent{*workspace, workspace.userId("li.na"), QStringLiteral("李娜")};
    AppContext technician{*workspace, workspace.userId("zhang.min"), QStringLiteral("张敏")};
    AppContext colleague{*workspace, workspace.userId("chen.jie"), QStringLiteral("陈杰")};
    AppContext inspector{*workspace, workspace.userId("zhao.qing"), QStringLiteral("赵青")};

    Ticket ticket(const char* subject)
    {
        CustomerDraft customer;
        customer.name = QStringLiteral("上海华庭酒店");
        customer.phone = QStringLiteral("021-5555-0199");
        customer.address = QStringLiteral("上海市静安区南京西路 1 号");
        auto created = workspace->customers().create(customer, agent.userId);
        REQUIRE(created);
        TicketDraft draft;
        draft.customerId = created->id;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QString::fromUtf8(subject);
        draft.category = Category::Fault;
        auto ticket = workspace->tickets().create(draft, agent.userId);
        REQUIRE(ticket);
        return *ticket;
    }
};

} // namespace

TEST_CASE("an agent sends a technician from the ticket form, the address comes from the customer", "[ui][dispatch]")
{
    Desk desk;
    const Ticket fault = desk.ticket("空调不制冷");
    TicketForm form(desk.agent);
    form.setDisplayTimeZone(QTimeZone("Asia/Shanghai"));
    form.resize(1300, 1000);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* panel = form.visitPanel();
    REQUIRE(panel);
    CHECK_FALSE(panel->isHidden());
    auto* send = child<QPushButton>(*panel, "sendTechnician");
    REQUIRE(send->isEnabled());
    CHECK_FALSE(child<QPushButton>(*panel, "reportVisit")->isEnabled()); // nothing to report yet

    QList<bool> okStates;
    QString prefilled;
    whenOpen<VisitDialog>([&](VisitDialog& dialog) {
        prefilled = child<QLineEdit>(dialog, "visitAddress")->text();
        okStates.append(okOf(dialog)->isEnabled()); // no technician chosen yet
        auto* technician = child<QComboBox>(dialog, "visitTechnician");
        technician->setCurrentIndex(technician->findText(QStringLiteral("张敏")));
        okStates.append(okOf(dialog)->isEnabled());
        CHECK(child<QDateEdit>(dialog, "visitDay")->date() == QDate(2026, 11, 17)); // tomorrow
        child<QTimeEdit>(dialog, "visitFrom")->setTime(QTime(14, 0));
        child<QTimeEdit>(dialog, "visitTo")->setTime(QTime(13, 0));
        okStates.append(okOf(dialog)->isEnabled()); // ends before it starts
        child<QTimeEdit>(dialog, "visitTo")->setTime(QTime(16, 30));
        child<QPlainTextEdit>(dialog, "visitParts")->insertPlainText(QStringLiteral("压缩机电容 ×1"));
        child<QSpinBox>(dialog, "visitTravelKm")->setValue(12);
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(prefilled == QStringLiteral("上海市静安区南京西路 1 号"));
    CHECK(okStates == QList<bool>{false, true, false, true});
    auto visits = desk.workspace->visits().ofTicket(fault.id);
    REQUIRE(visits);
    REQUIRE(visits->size() == 1);
    const Visit& visit = visits->first();
    CHECK(visit.windowFrom == test::at("2026-11-17T14:00:00+08:00"));
    CHECK(visit.windowTo == test::at("2026-11-17T16:30:00+08:00"));
    CHECK(visit.parts == QStringLiteral("压缩机电容 ×1"));
    CHECK(visit.travelKm == 12);
    CHECK_FALSE(visit.travelMinutes.has_value()); // left at "not known"
    auto* list = panel->visits();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("2026-11-17 14:00–16:30 (UTC+08:00)"));
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("Scheduled"));
    CHECK(timelineTexts(form).join(QLatin1Char('\n'))
              .contains(QStringLiteral("Visit 1 scheduled: 张敏, 2026-11-17 14:00–16:30 (UTC+08:00).")));
    // The agent may not report how it went; the technician may.
    CHECK_FALSE(child<QPushButton>(*panel, "reportVisit")->isEnabled());
    CHECK(child<QPushButton>(*panel, "rescheduleVisit")->isEnabled());
    CHECK(form.grab().save(QStringLiteral("visit-panel-en.png")));
}

TEST_CASE("the technician reports a failed visit, the box asks for a new one, the sheet prints", "[ui][dispatch]")
{
    Desk desk;
    const Ticket fault = desk.ticket("洗衣机漏水");
    VisitPlan plan;
    plan.technicianId = desk.technician.userId;
    plan.address = QStringLiteral("上海市静安区南京西路 1 号");
    plan.windowFrom = test::at("2026-11-16T14:00:00+08:00");
    plan.windowTo = test::at("2026-11-16T16:00:00+08:00");
    REQUIRE(desk.workspace->visits().schedule(fault.id, plan, desk.agent.userId));

    TicketForm colleagueForm(desk.colleague);
    colleagueForm.show();
    REQUIRE(colleagueForm.openTicket(fault.id));
    CHECK_FALSE(child<QPushButton>(*colleagueForm.visitPanel(), "reportVisit")->isEnabled()); // not chen.jie's visit

    TicketForm form(desk.technician);
    form.setDisplayTimeZone(QTimeZone("Asia/Shanghai"));
    form.resize(1300, 1000);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* panel = form.visitPanel();
    auto* report = child<QPushButton>(*panel, "reportVisit");
    REQUIRE(report->isEnabled());
    QList<bool> okStates;
    whenOpen<VisitReportDialog>([&](VisitReportDialog& dialog) {
        okStates.append(okOf(dialog)->isEnabled()); // no step chosen
        child<QRadioButton>(dialog, "stepCannotComplete")->setChecked(true);
        okStates.append(okOf(dialog)->isEnabled()); // no reason
        auto* failure = child<QComboBox>(dialog, "visitFailure");
        failure->setCurrentIndex(failure->findData(QStringLiteral("missing_part")));
        okStates.append(okOf(dialog)->isEnabled()); // no notes
        child<QPlainTextEdit>(dialog, "visitNote")->insertPlainText(QStringLiteral("进水阀型号不对"));
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(report, Qt::LeftButton);
    CHECK(okStates == QList<bool>{false, false, false, true});
    auto visit = desk.workspace->visits().byNumber(fault.id, 1);
    REQUIRE(visit);
    REQUIRE(visit->has_value());
    CHECK((*visit)->status == VisitStatus::CannotComplete);
    CHECK((*visit)->failure == VisitFailure::MissingPart);
    auto* attention = child<QLabel>(*panel, "visitAttention");
    CHECK_FALSE(attention->isHidden());
    CHECK(attention->text() == QStringLiteral("Visit 1 could not be completed (Missing part): send a technician again."));
    CHECK(panel->visits()->topLevelItem(0)->text(3) == QStringLiteral("Cannot complete: Missing part"));
    CHECK(timelineTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("Visit 1: Scheduled → Cannot complete.")));
    CHECK_FALSE(report->isEnabled()); // a failed visit is over

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(panel->writeSheet(**visit, pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(form.grab().save(QStringLiteral("visit-failed-en.png")));

    // An inspector reads the box and can do nothing in it but print.
    TicketForm inspectorForm(desk.inspector);
    inspectorForm.show();
    REQUIRE(inspectorForm.openTicket(fault.id));
    auto* inspectorPanel = inspectorForm.visitPanel();
    CHECK_FALSE(child<QPushButton>(*inspectorPanel, "sendTechnician")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*inspectorPanel, "cancelVisit")->isEnabled());
    CHECK(child<QPushButton>(*inspectorPanel, "printVisit")->isEnabled());
}

TEST_CASE("the day's visits list each technician's appointments in order and flag overlaps", "[ui][dispatch]")
{
    Desk desk;
    const Ticket first = desk.ticket("冰箱不制冷");
    const Ticket second = desk.ticket("热水器不点火");
    const auto send = [&](const Ticket& ticket, qint64 technician, const char* from, const char* to) {
        VisitPlan plan;
        plan.technicianId = technician;
        plan.address = QStringLiteral("上海市静安区南京西路 1 号");
        plan.windowFrom = test::at(from);
        plan.windowTo = test::at(to);
        REQUIRE(desk.workspace->visits().schedule(ticket.id, plan, desk.agent.userId));
    };
    send(first, desk.technician.userId, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00");
    send(second, desk.technician.userId, "2026-11-17T10:00:00+08:00", "2026-11-17T12:00:00+08:00");
    send(second, desk.colleague.userId, "2026-11-17T13:00:00+08:00", "2026-11-17T14:00:00+08:00");
    send(first, desk.technician.userId, "2026-11-18T09:00:00+08:00", "2026-11-18T10:00:00+08:00");

    VisitsPage page(desk.technician);
    page.resize(1400, 500);
    page.show();
    auto* table = page.table();
    // A technician starts on today (the 16th) and their own visits: none today.
    CHECK(child<QComboBox>(page, "visitTechnicianFilter")->currentText() == QStringLiteral("张敏"));
    CHECK(table->rowCount() == 0);
    CHECK(page.summary()->text() == QStringLiteral("No visits on this day."));
    child<QDateEdit>(page, "visitDayFilter")->setDate(QDate(2026, 11, 17));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2026-11-17 09:00–11:00 (UTC+08:00)"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("Scheduled · overlaps another visit"));
    CHECK(table->item(1, 2)->text() == second.number + QStringLiteral(" · visit 1"));
    CHECK(page.summary()->text() == QStringLiteral("Visits: 2 · overlapping another visit of the same technician: 2"));

    auto* technician = child<QComboBox>(page, "visitTechnicianFilter");
    technician->setCurrentIndex(0); // everyone
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 1)->text() == QStringLiteral("张敏"));
    CHECK(table->item(2, 1)->text() == QStringLiteral("陈杰"));
    CHECK(table->item(2, 6)->text() == QStringLiteral("Scheduled"));
    CHECK(page.grab().save(QStringLiteral("visits-day-en.png")));

    QSignalSpy opened(&page, &VisitsPage::ticketOpenRequested);
    emit table->cellActivated(2, 0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == second.id);
}

TEST_CASE("resolving asks for the customer's answer with none chosen, not fixed goes back to in progress", "[ui][acceptance]")
{
    Desk desk;
    const Ticket fault = desk.ticket("打印机卡纸");
    TicketForm form(desk.agent);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* resolve = form.findChild<QAction*>(QStringLiteral("resolveAction"));
    REQUIRE(resolve->isEnabled());

    QList<bool> okStates;
    QList<bool> textEnabled;
    whenOpen<QDialog>([&](QDialog& dialog) {
        auto* confirmed = child<QRadioButton>(dialog, "acceptConfirmed");
        auto* notFixed = child<QRadioButton>(dialog, "acceptNotFixed");
        CHECK_FALSE(confirmed->isChecked());
        CHECK_FALSE(notFixed->isChecked());
        auto* text = child<QPlainTextEdit>(dialog, "dialogText");
        textEnabled.append(text->isEnabled());
        okStates.append(okOf(dialog)->isEnabled());
        notFixed->setChecked(true);
        textEnabled.append(text->isEnabled());
        okStates.append(okOf(dialog)->isEnabled());
        text->insertPlainText(QStringLiteral("还是卡纸"));
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    resolve->trigger();
    CHECK(textEnabled == QList<bool>{false, true});
    CHECK(okStates == QList<bool>{false, false, true});
    CHECK(desk.workspace->tickets().get(fault.id)->status == TicketStatus::InProgress);
    CHECK(desk.workspace->tickets().notFixedCount(fault.id) == 1);
    CHECK(child<QLabel>(form, "slaStateLabel")->text().contains(QStringLiteral("Answers \"not fixed\" so far: 1.")));

    QString history;
    whenOpen<QDialog>([&](QDialog& dialog) {
        history = child<QLabel>(dialog, "acceptHistory")->text();
        child<QRadioButton>(dialog, "acceptConfirmed")->setChecked(true);
        child<QPlainTextEdit>(dialog, "dialogText")->insertPlainText(QStringLiteral("更换了搓纸轮"));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    resolve->trigger();
    CHECK(history == QStringLiteral("Earlier answers \"not fixed\": 1"));
    const auto resolved = desk.workspace->tickets().get(fault.id);
    CHECK(resolved->status == TicketStatus::Resolved);
    CHECK(resolved->solution == QStringLiteral("更换了搓纸轮"));
    const QString timeline = timelineTexts(form).join(QLatin1Char('\n'));
    CHECK(timeline.contains(QStringLiteral("The customer says it is not fixed; the ticket goes back to In progress.\nStill wrong: 还是卡纸")));
    CHECK(timeline.contains(QStringLiteral("The customer confirmed the fix.")));
}

TEST_CASE("a technician proposes a plan from the catalogue, the customer agrees, a revision waits for consent again", "[ui][plans]")
{
    Desk desk;
    const Ticket fault = desk.ticket("空调不制冷");
    TicketForm form(desk.technician);
    form.setDisplayTimeZone(QTimeZone("Asia/Shanghai"));
    form.resize(1300, 1000);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* panel = form.planPanel();
    REQUIRE(panel);
    CHECK_FALSE(panel->isHidden());
    CHECK_FALSE(child<QPushButton>(*panel, "recordConsent")->isEnabled()); // nothing to agree to yet

    QList<bool> okStates;
    QString totals;
    whenOpen<PlanDialog>([&](PlanDialog& dialog) {
        okStates.append(okOf(dialog)->isEnabled()); // no cause, no steps
        child<QLineEdit>(dialog, "planCause")->insert(QStringLiteral("启动电容老化"));
        child<QPlainTextEdit>(dialog, "planSteps")->insertPlainText(QStringLiteral("更换电容并试机"));
        auto* part = child<QComboBox>(dialog, "planPartChoice");
        part->setCurrentIndex(part->findData(QStringLiteral("CAP-COMP")));
        child<QSpinBox>(dialog, "planPartQuantity")->setValue(2);
        QTest::mouseClick(child<QPushButton>(dialog, "planAddPart"), Qt::LeftButton);
        child<QSpinBox>(dialog, "planLabour")->setValue(50);
        child<QDateTimeEdit>(dialog, "planDeadline")->setDateTime(QDateTime(QDate(2026, 11, 18), QTime(18, 0), QTimeZone("Asia/Shanghai")));
        okStates.append(okOf(dialog)->isEnabled());
        totals = child<QLabel>(dialog, "planTotals")->text();
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "proposePlan"), Qt::LeftButton);
    CHECK(okStates == QList<bool>{false, true});
    // 2 × 35.50 + 50 min at 120.00 an hour = 71.00 + 100.00; no warranty on file.
    CHECK(totals == QStringLiteral("Estimate 171.00 · the customer pays 171.00"));
    auto current = desk.workspace->plans().current(fault.id);
    REQUIRE(current);
    REQUIRE(current->has_value());
    CHECK((*current)->totalCents == 17100);
    CHECK((*current)->deadline == test::at("2026-11-18T18:00:00+08:00"));
    const QString details = panel->details()->text();
    CHECK(details.contains(QStringLiteral("压缩机电容 × 2 at 35.50 = 71.00")));
    CHECK(details.contains(QStringLiteral("2026-11-18 18:00")));
    CHECK(child<QLabel>(*panel, "planConsent")->text() == QStringLiteral("Waiting for the customer's consent: agree the plan before the work starts."));

    QString proposedBy;
    whenOpen<ConsentDialog>([&](ConsentDialog& dialog) {
        proposedBy = child<QLineEdit>(dialog, "consentBy")->text();
        CHECK_FALSE(okOf(dialog)->isEnabled()); // how is not chosen
        auto* how = child<QComboBox>(dialog, "consentHow");
        how->setCurrentIndex(how->findData(QStringLiteral("phone")));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "recordConsent"), Qt::LeftButton);
    CHECK(proposedBy == QStringLiteral("周女士")); // the ticket's contact
    CHECK(child<QLabel>(*panel, "planConsent")->text().startsWith(QStringLiteral("Agreed by 周女士 (By phone) on 2026-11-16 10:00")));
    CHECK_FALSE(child<QPushButton>(*panel, "recordConsent")->isEnabled());
    CHECK(timelineTexts(form).join(QLatin1Char('\n'))
              .contains(QStringLiteral("Solution plan version 1 proposed: estimate 171.00, the customer pays 171.00.")));
    CHECK(form.grab().save(QStringLiteral("plan-agreed-en.png")));

    // A revision keeps what was planned and needs consent again.
    whenOpen<PlanDialog>([&](PlanDialog& dialog) {
        CHECK(child<QLineEdit>(dialog, "planCause")->text() == QStringLiteral("启动电容老化"));
        child<QSpinBox>(dialog, "planLabour")->setValue(80);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "proposePlan"), Qt::LeftButton);
    CHECK(panel->versions()->count() == 2);
    CHECK(panel->versions()->currentText() == QStringLiteral("2 (current)"));
    CHECK(child<QLabel>(*panel, "planConsent")->text().startsWith(QStringLiteral("Waiting")));
    panel->versions()->setCurrentIndex(0);
    CHECK(child<QLabel>(*panel, "planConsent")->text().startsWith(QStringLiteral("Agreed by 周女士")));
    CHECK_FALSE(child<QPushButton>(*panel, "recordConsent")->isEnabled()); // only the current version is agreed to
}

TEST_CASE("an agent inserts a canned reply by keyboard, its placeholders filled from the ticket", "[ui][replies]")
{
    Desk desk;
    const qint64 supervisor = desk.workspace.userId("sun.hui");
    for (const auto& [title, body] : {std::pair{"Booking a visit", "Dear {customer}, we will visit for {ticket} before {due}. {agent}"},
                                      std::pair{"Waiting for a part", "Dear {customer}, the part is on its way."}})
        REQUIRE(desk.workspace->replies().add({QString::fromLatin1(title), QStringLiteral("en"), QString::fromLatin1(body), true}, supervisor));
    const Ticket fault = desk.ticket("空调不制冷");
    TicketForm form(desk.agent);
    form.setDisplayTimeZone(QTimeZone("Asia/Shanghai"));
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* editor = child<QPlainTextEdit>(form, "commentEdit");
    editor->setPlainText(QStringLiteral("Hello. "));
    editor->moveCursor(QTextCursor::End);

    QStringList listed;
    whenOpen<ReplyPicker>([&](ReplyPicker& picker) {
        auto* search = child<QLineEdit>(picker, "replySearch");
        QTest::keyClicks(search, QStringLiteral("a"));
        auto* list = child<QListWidget>(picker, "replyList");
        for (int i = 0; i < list->count(); ++i)
            listed << list->item(i)->text();
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(search, Qt::Key_Up); // back to the first: "Booking a visit"
        QTest::keyClick(search, Qt::Key_Return);
    });
    form.findChild<QAction*>(QStringLiteral("cannedReplyAction"))->trigger();
    CHECK(listed == QStringList{QStringLiteral("Booking a visit"), QStringLiteral("Waiting for a part")});
    // The resolution deadline of a new P3 ticket of a prospect, in Shanghai time.
    const QString due = QDateTime::fromSecsSinceEpoch(*desk.workspace->tickets().get(fault.id)->sla.resolutionDue, QTimeZone("Asia/Shanghai"))
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(editor->toPlainText() == QStringLiteral("Hello. Dear 周女士, we will visit for %1 before %2. 李娜").arg(fault.number, due));
}

TEST_CASE("a supervisor writes a canned reply, a mistyped placeholder is named", "[ui][replies]")
{
    Desk desk;
    AppContext supervisor{*desk.workspace, desk.workspace.userId("sun.hui"), QStringLiteral("孙慧")};
    RepliesDialog dialog(supervisor);
    dialog.show();
    child<QLineEdit>(dialog, "replyTitle")->setText(QStringLiteral("Thanks"));
    child<QPlainTextEdit>(dialog, "replyBody")->setPlainText(QStringLiteral("Thank you, {custome}."));
    CHECK_FALSE(dialog.save());
    CHECK(child<QLabel>(dialog, "replyError")->text().contains(QStringLiteral("{custome}")));
    child<QPlainTextEdit>(dialog, "replyBody")->setPlainText(QStringLiteral("Thank you, {customer}."));
    REQUIRE(dialog.save());
    auto saved = desk.workspace->replies().list(QStringLiteral("en"));
    REQUIRE(saved);
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().body == QStringLiteral("Thank you, {customer}."));
    CHECK(child<QListWidget>(dialog, "repliesList")->item(0)->text() == QStringLiteral("Thanks · English"));
    // Retired: still listed for supervisors, no longer offered.
    child<QCheckBox>(dialog, "replyActive")->setChecked(false);
    REQUIRE(dialog.save());
    CHECK(desk.workspace->replies().list(QStringLiteral("en"))->isEmpty());
    CHECK(child<QListWidget>(dialog, "repliesList")->item(0)->text() == QStringLiteral("Thanks · English (retired)"));
}
