// The complaint register, the ticket form's complaint path and its service
// cost, driven as an agent, a technician and an inspector would.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/ComplaintsPage.h"
#include "tickets/ComplaintPanel.h"
#include "tickets/CostPanel.h"
#include "tickets/TicketForm.h"
#include "tickets/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
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

// Monday 2026-11-16 10:00 Shanghai time.
struct Desk
{
    test::TempWorkspace workspace{"2026-11-16T10:00:00+08:00"};
    AppContext agent{*workspace, workspace.userId("li.na"), QStringLiteral("李娜")};
    AppContext technician{*workspace, workspace.userId("zhang.min"), QStringLiteral("张敏")};
    AppContext inspector{*workspace, workspace.userId("zhao.qing"), QStringLiteral("赵青")};

    Ticket ticket(const char* subject, Category category, const char* cause = "")
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QString::fromUtf8(subject);
        draft.category = category;
        draft.complaintCause = QString::fromLatin1(cause);
        auto created = workspace->tickets().create(draft, agent.userId);
        REQUIRE(created);
        return *created;
    }
};

} // namespace

TEST_CASE("an agent takes a complaint along its path from the ticket form, closing it resolves the ticket", "[ui][complaints]")
{
    Desk desk;
    const Ticket complaint = desk.ticket("安装师傅迟到两小时", Category::Complaint, "service_quality");
    TicketForm form(desk.agent);
    form.setDisplayTimeZone(QTimeZone("Asia/Shanghai"));
    form.resize(1300, 900);
    form.show();
    REQUIRE(form.openTicket(complaint.id));
    auto* panel = form.complaintPanel();
    REQUIRE(panel);
    CHECK_FALSE(panel->isHidden());
    CHECK(child<QLabel>(*panel, "complaintStage")->text() == QStringLiteral("Received"));
    CHECK(child<QLabel>(*panel, "complaintAnswerBy")->text() == QStringLiteral("2026-11-16 15:30"));
    CHECK(child<QLabel>(*panel, "complaintCloseBy")->text() == QStringLiteral("2026-11-23 10:00"));
    auto* next = child<QPushButton>(*panel, "complaintNextStep");
    REQUIRE(next->isEnabled());

    // Verify: OK waits for the evidence.
    bool okBeforeTyping = true;
    whenOpen<ComplaintStepDialog>([&](ComplaintStepDialog& dialog) {
        okBeforeTyping = okOf(dialog)->isEnabled();
        // Typed as an input method commits Chinese text: whole words at once.
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("complaintNote"))->insertPlainText(QStringLiteral("派工单显示 12:10 到达"));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK_FALSE(okBeforeTyping);
    CHECK(child<QLabel>(*panel, "complaintStage")->text() == QStringLiteral("Verified"));
    CHECK(child<QLabel>(*panel, "complaintAnswerBy")->text() == QStringLiteral("2026-11-16 15:30 (answered 2026-11-16 10:00)"));
    CHECK(timelineTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("Evidence: 派工单显示 12:10 到达")));

    // Handle: nothing is chosen in advance; a compensation needs its amount.
    QList<bool> okStates;
    whenOpen<ComplaintStepDialog>([&](ComplaintStepDialog& dialog) {
        auto* remedy = dialog.findChild<QComboBox*>(QStringLiteral("remedyChoice"));
        okStates.append(okOf(dialog)->isEnabled());
        CHECK(remedy->currentIndex() == 0);
        remedy->setCurrentIndex(remedy->findData(QStringLiteral("compensation")));
        okStates.append(okOf(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("remedyAmount")), QStringLiteral("88.5"));
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(okStates == QList<bool>{false, false, true});
    CHECK(child<QLabel>(*panel, "complaintDetails")->text().contains(QStringLiteral("Remedy: Compensation, 88.50")));

    ComplaintStep feedback;
    feedback.to = ComplaintStage::FeedbackGiven;
    feedback.note = QStringLiteral("客户接受补偿");
    REQUIRE(panel->takeStep(feedback));
    // Close: the ticket's cause is offered, and the ticket is resolved.
    whenOpen<ComplaintStepDialog>([&](ComplaintStepDialog& dialog) {
        auto* cause = dialog.findChild<QComboBox*>(QStringLiteral("closingCause"));
        CHECK(cause->currentData().toString() == QStringLiteral("service_quality"));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(next, Qt::LeftButton);
    auto stored = desk.workspace->tickets().get(complaint.id);
    REQUIRE(stored);
    CHECK(stored->status == TicketStatus::Resolved);
    CHECK(stored->solution == QStringLiteral("客户接受补偿"));
    CHECK(child<QLabel>(*panel, "complaintStage")->text() == QStringLiteral("Closed"));
    CHECK(next->isHidden());
    QTest::qWait(100); // the history lays itself out after the event loop runs
    CHECK(form.grab().save(QStringLiteral("complaint-form-en.png")));
}

TEST_CASE("the complaint panel is only on complaints, and a technician sees it without the next step", "[ui][complaints]")
{
    Desk desk;
    const Ticket fault = desk.ticket("不制冷", Category::Fault);
    const Ticket complaint = desk.ticket("态度差", Category::Complaint, "service_quality");
    TicketForm agentForm(desk.agent);
    REQUIRE(agentForm.openTicket(fault.id));
    CHECK(agentForm.complaintPanel()->isHidden());
    agentForm.newTicket({});
    CHECK(agentForm.complaintPanel()->isHidden());
    CHECK(agentForm.costPanel()->isHidden());
    TicketForm technicianForm(desk.technician);
    REQUIRE(technicianForm.openTicket(complaint.id));
    CHECK_FALSE(technicianForm.complaintPanel()->isHidden());
    CHECK_FALSE(child<QPushButton>(*technicianForm.complaintPanel(), "complaintNextStep")->isEnabled());
    // Resolving a complaint outside its path is refused by name.
    auto refused = desk.workspace->tickets().changeStatus(complaint.id, complaint.version, TicketStatus::Resolved,
                                                          desk.agent.userId, QStringLiteral("done"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("verify it, handle it and give the customer feedback")));
}

TEST_CASE("a technician records costs on the ticket form, a line is voided, not deleted, an inspector only reads", "[ui][costs]")
{
    Desk desk;
    const Ticket fault = desk.ticket("压缩机异响", Category::Fault);
    TicketForm form(desk.technician);
    form.resize(1300, 900);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* panel = form.costPanel();
    CHECK_FALSE(panel->isHidden());
    CHECK(child<QLabel>(*panel, "costTotals")->text() == QStringLiteral("No costs recorded yet."));

    QList<bool> okStates;
    whenOpen<CostDialog>([&](CostDialog& dialog) {
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("costKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("parts")));
        okStates.append(okOf(dialog)->isEnabled()); // nothing typed yet
        dialog.findChild<QSpinBox*>(QStringLiteral("costQuantity"))->setValue(2);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("costUnit")), QStringLiteral("35.5"));
        okStates.append(okOf(dialog)->isEnabled()); // the part has no name yet
        dialog.findChild<QLineEdit*>(QStringLiteral("costDescription"))->insert(QStringLiteral("压缩机电容"));
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "addCost"), Qt::LeftButton);
    CHECK(okStates == QList<bool>{false, false, true});
    whenOpen<CostDialog>([&](CostDialog& dialog) {
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("costKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("labour")));
        dialog.findChild<QSpinBox*>(QStringLiteral("costQuantity"))->setValue(45);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "addCost"), Qt::LeftButton);

    auto* lines = panel->lines();
    REQUIRE(lines->topLevelItemCount() == 2);
    CHECK(lines->topLevelItem(0)->text(0) == QStringLiteral("Parts"));
    CHECK(lines->topLevelItem(0)->text(2) == QStringLiteral("2 × 35.50"));
    CHECK(lines->topLevelItem(0)->text(3) == QStringLiteral("71.00"));
    CHECK(lines->topLevelItem(1)->text(3) == QStringLiteral("90.00")); // 45 min at a technician's 120.00
    CHECK(child<QLabel>(*panel, "costTotals")->text() == QStringLiteral("Total 161.00 · the customer pays 161.00"));
    QTest::qWait(100);
    CHECK(form.grab().save(QStringLiteral("cost-form-en.png")));

    auto* voidButton = child<QPushButton>(*panel, "voidCost");
    CHECK_FALSE(voidButton->isEnabled());
    lines->setCurrentItem(lines->topLevelItem(0));
    REQUIRE(voidButton->isEnabled());
    QTest::mouseClick(voidButton, Qt::LeftButton);
    REQUIRE(lines->topLevelItemCount() == 2);
    CHECK(lines->topLevelItem(0)->font(1).strikeOut());
    CHECK(child<QLabel>(*panel, "costTotals")->text() == QStringLiteral("Total 90.00 · the customer pays 90.00"));
    CHECK(timelineTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("Voided a cost line: Parts, 71.00.")));

    TicketForm inspectorForm(desk.inspector);
    REQUIRE(inspectorForm.openTicket(fault.id));
    CHECK(inspectorForm.costPanel()->lines()->topLevelItemCount() == 2);
    CHECK_FALSE(child<QPushButton>(*inspectorForm.costPanel(), "addCost")->isEnabled());
}

TEST_CASE("the complaint register shows open complaints by age, flags overdue ones and opens a complaint's ticket", "[ui][complaints]")
{
    Desk desk;
    const Ticket older = desk.ticket("送货延误", Category::Complaint, "logistics");
    desk.workspace.setNow("2026-11-20T10:00:00+08:00");
    const Ticket newer = desk.ticket("电话没人接", Category::Complaint);
    desk.ticket("不是投诉", Category::Fault);
    desk.workspace.setNow("2026-11-23T11:00:00+08:00"); // the older one's closing deadline passed an hour ago
    ComplaintsPage page(desk.agent);
    page.resize(1300, 500);
    page.show();
    auto* table = page.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == older.number);
    CHECK(table->item(0, 1)->text() == QStringLiteral("7 d 1 h"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Logistics"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("2026-11-23 10:00 (overdue)"));
    CHECK(table->item(1, 0)->text() == newer.number);
    CHECK(table->item(1, 3)->text() == QStringLiteral("Not yet known"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("2026-11-27 10:00"));
    CHECK(page.grab().save(QStringLiteral("complaint-register-en.png")));

    child<QCheckBox>(page, "complaintOverdueOnly")->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == older.number);
    child<QCheckBox>(page, "complaintOverdueOnly")->setChecked(false);
    auto* cause = child<QComboBox>(page, "complaintCauseFilter");
    cause->setCurrentIndex(cause->findData(QStringLiteral("logistics")));
    REQUIRE(table->rowCount() == 1);

    QSignalSpy opened(&page, &ComplaintsPage::ticketOpenRequested);
    emit table->cellActivated(0, 2);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == older.id);

    // A step taken elsewhere shows at once.
    cause->setCurrentIndex(0);
    ComplaintStep verify;
    verify.to = ComplaintStage::Verified;
    verify.note = QStringLiteral("查看了签收单");
    REQUIRE(desk.workspace->complaints().advance(newer.id, 1, verify, desk.agent.userId));
    CHECK(table->item(1, 2)->text() == QStringLiteral("Verified"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("Answered"));
}

TEST_CASE("satisfaction is asked on four scores with none chosen in advance", "[ui][csat]")
{
    Desk desk;
    const Ticket fault = desk.ticket("不制冷", Category::Fault);
    REQUIRE(desk.workspace->tickets().changeStatus(fault.id, fault.version, TicketStatus::Resolved, desk.agent.userId, QStringLiteral("换了电容")));
    TicketForm form(desk.agent);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    QList<bool> okStates;
    whenOpen<QDialog>([&](QDialog& dialog) {
        const char* names[] = {"csatTimelinessCombo", "csatProfessionalismCombo", "csatAttitudeCombo", "csatScoreCombo"};
        const int answers[] = {3, 5, 4, 4};
        for (int i = 0; i < 4; ++i) {
            auto* box = dialog.findChild<QComboBox*>(QLatin1String(names[i]));
            REQUIRE(box);
            CHECK(box->currentData().toInt() == 0); // nothing preselected
            okStates.append(okOf(dialog)->isEnabled());
            box->setCurrentIndex(box->findData(answers[i]));
        }
        okStates.append(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    form.findChild<QAction*>(QStringLiteral("satisfactionAction"))->trigger();
    CHECK(okStates == QList<bool>{false, false, false, false, true});
    auto detail = desk.workspace->tickets().satisfactionDetail(fault.id);
    REQUIRE(detail);
    REQUIRE(detail->has_value());
    CHECK((*detail)->timeliness == 3);
    CHECK((*detail)->professionalism == 5);
    CHECK((*detail)->attitude == 4);
    CHECK(desk.workspace->tickets().get(fault.id)->csatScore == 4);
    CHECK(timelineTexts(form).join(QLatin1Char('\n')).contains(QStringLiteral("Timeliness 3, professionalism 5, attitude 4.")));
}

TEST_CASE("a part used is picked from the parts catalogue with its name and unit cost", "[ui][costs]")
{
    Desk desk;
    const Ticket fault = desk.ticket("洗衣机进水慢", Category::Fault);
    TicketForm form(desk.technician);
    form.show();
    REQUIRE(form.openTicket(fault.id));
    auto* panel = form.costPanel();
    QString filledName;
    QString filledUnit;
    whenOpen<CostDialog>([&](CostDialog& dialog) {
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("costKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("parts")));
        auto* part = dialog.findChild<QComboBox*>(QStringLiteral("costPart"));
        REQUIRE(part);
        part->setCurrentIndex(part->findData(QStringLiteral("VLV-INLET")));
        filledName = dialog.findChild<QLineEdit*>(QStringLiteral("costDescription"))->text();
        filledUnit = dialog.findChild<QLineEdit*>(QStringLiteral("costUnit"))->text();
        dialog.findChild<QSpinBox*>(QStringLiteral("costQuantity"))->setValue(1);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*panel, "addCost"), Qt::LeftButton);
    // The default catalogue: VLV-INLET 进水阀 at 42.00.
    CHECK(filledName == QStringLiteral("进水阀"));
    CHECK(filledUnit == QStringLiteral("42.00"));
    REQUIRE(panel->lines()->topLevelItemCount() == 1);
    CHECK(panel->lines()->topLevelItem(0)->text(1) == QStringLiteral("进水阀"));
    CHECK(panel->lines()->topLevelItem(0)->text(3) == QStringLiteral("42.00"));
}
