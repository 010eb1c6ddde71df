// Quality inspection on screen (docs/QUALITY.md): an inspector scores a
// sampled ticket beside its history, the agent disputes without a comment
// (refused), then with one, and the inspector answers.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "quality/QualityPage.h"
#include "tickets/TimelineView.h"
#include "quality/CalibrationDialog.h"
#include "quality/ScorecardDialog.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

TEST_CASE("an inspector scores a sampled ticket; the agent disputes it with a comment and gets an answer", "[ui][quality]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    const qint64 liNa = ws.userId("li.na");
    const qint64 zhaoQing = ws.userId("zhao.qing");
    const qint64 sunHui = ws.userId("sun.hui");
    Scorecard card;
    card.name = QStringLiteral("Calls");
    card.criteria = {{QStringLiteral("greeting"), QStringLiteral("Greets the caller"), 1, 5, false},
                     {QStringLiteral("solution"), QStringLiteral("Correct solution"), 3, 4, true}};
    REQUIRE(ws->quality().saveScorecard(card, sunHui));
    TicketDraft call;
    call.contactName = QStringLiteral("周先生");
    call.contactPhone = QStringLiteral("13800138000");
    call.subject = QStringLiteral("洗衣机不脱水");
    call.teamCode = QStringLiteral("hotline");
    auto ticket = ws->tickets().create(call, liNa);
    REQUIRE(ticket);
    REQUIRE(ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, liNa, QStringLiteral("清理过滤器")));
    ws.setNow("2026-11-24T10:00:00+08:00");
    {
        AppContext supervisor{*ws, sunHui, QStringLiteral("孙慧")};
        QualityPage page(supervisor);
        page.show();
        REQUIRE(page.drawSample()); // last week: 16th to 22nd
        CHECK(child<QLabel>(page, "qualityMessage")->text() == QStringLiteral("Tickets drawn for review: 1, agents: 1."));
    }
    {
        AppContext inspector{*ws, zhaoQing, QStringLiteral("赵晴")};
        QualityPage page(inspector);
        page.show();
        REQUIRE(page.table()->rowCount() == 1);
        CHECK(page.table()->item(0, 0)->text() == ticket->number);
        CHECK(child<QPushButton>(page, "submitReview")->isVisible());
        page.setRating(QStringLiteral("greeting"), 4);
        page.setRating(QStringLiteral("solution"), 3);
        CHECK_FALSE(page.submit()); // no feedback yet
        CHECK(child<QLabel>(page, "qualityMessage")->text() == QStringLiteral("write the agent a word of feedback"));
        page.textBox()->setPlainText(QStringLiteral("方案正确，开场可以更规范"));
        REQUIRE(page.submit());
        // greeting 4/5 → 75, solution 3/4 → 66.67: (75 + 200) / 4 = 68.75.
        CHECK(child<QLabel>(page, "qualityMessage")->text() == QStringLiteral("Review of %1 submitted: 68.75.").arg(ticket->number));
        CHECK(page.table()->rowCount() == 0);
    }
    AppContext agent{*ws, liNa, QStringLiteral("李娜")};
    QualityPage mine(agent);
    mine.show();
    REQUIRE(mine.table()->rowCount() == 1); // an agent sees their own reviewed tickets
    CHECK(mine.table()->item(0, 5)->text() == QStringLiteral("68.75"));
    CHECK_FALSE(child<QPushButton>(mine, "submitReview")->isVisible());
    QTest::mouseClick(child<QPushButton>(mine, "disputeReview"), Qt::LeftButton);
    CHECK(child<QLabel>(mine, "qualityMessage")->text() == QStringLiteral("say what you disagree with: a dispute needs a comment"));
    mine.textBox()->setPlainText(QStringLiteral("开场白按新规范说过了"));
    QTest::mouseClick(child<QPushButton>(mine, "disputeReview"), Qt::LeftButton);
    CHECK(child<QLabel>(mine, "qualityMessage")->text() == QStringLiteral("Sent back to 赵晴."));
    CHECK(mine.table()->item(0, 4)->text() == QStringLiteral("Disputed"));

    AppContext inspector{*ws, zhaoQing, QStringLiteral("赵晴")};
    QualityPage page(inspector);
    page.show();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(child<QLabel>(page, "qualitySummary")->text().contains(QStringLiteral("开场白按新规范说过了")));
    page.setRating(QStringLiteral("greeting"), 5);
    page.textBox()->setPlainText(QStringLiteral("复听录音，开场规范"));
    REQUIRE(page.settle(true));
    auto settled = ws->quality().ofAgent(liNa);
    REQUIRE(settled);
    CHECK(settled->first().status == QaStatus::Settled);
    CHECK(*settled->first().score == Approx(300.0 / 4.0)); // (100 + 200) / 4 = 75

    // The dispute and the answer stay on the review, and on the ticket's timeline.
    mine.refresh();
    REQUIRE(mine.table()->rowCount() == 1);
    mine.table()->selectRow(0);
    const QString summary = child<QLabel>(mine, "qualitySummary")->text();
    CHECK(summary.contains(QStringLiteral("李娜 disputed it: 开场白按新规范说过了")));
    CHECK(summary.contains(QStringLiteral("赵晴 answered, revising the score to 75.00: 复听录音，开场规范")));
    const auto timelineOf = [&](AppContext& viewer) {
        TimelineView view(viewer);
        view.findChild<QCheckBox*>()->setChecked(false); // oldest first
        view.setEvents(*ws->tickets().timeline(ticket->id));
        QStringList quality;
        for (QLabel* label : view.findChildren<QLabel*>(QStringLiteral("timelineText")))
            if (label->text().contains(QStringLiteral("quality review"), Qt::CaseInsensitive)
                || label->text().contains(QStringLiteral("dispute"), Qt::CaseInsensitive))
                quality.append(label->text());
        return quality;
    };
    const QStringList seenByLiNa = timelineOf(agent);
    REQUIRE(seenByLiNa.size() == 4);
    CHECK(seenByLiNa.at(0) == QStringLiteral("Drawn for a quality review."));
    CHECK(seenByLiNa.at(1).startsWith(QStringLiteral("Quality reviewed: score 68.75.")));
    CHECK(seenByLiNa.at(1).endsWith(QStringLiteral("Feedback: 方案正确，开场可以更规范")));
    CHECK(seenByLiNa.at(2) == QStringLiteral("The agent disputed the quality review.\nWhy: 开场白按新规范说过了"));
    CHECK(seenByLiNa.at(3) == QStringLiteral("Answered the dispute and revised the score to 75.00.\nAnswer: 复听录音，开场规范"));
    // Another agent opening the ticket sees the steps, not the words or the score.
    AppContext colleague{*ws, ws.userId("wang.lei"), QStringLiteral("王磊")};
    CHECK(timelineOf(colleague) == QStringList{QStringLiteral("Drawn for a quality review."), QStringLiteral("Quality reviewed."),
                                               QStringLiteral("The agent disputed the quality review."),
                                               QStringLiteral("Answered the dispute on the quality review.")});
}

TEST_CASE("a supervisor sets up a scorecard on the desk; a code used twice is refused and nothing is lost", "[ui][quality]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    AppContext supervisor{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")};
    ScorecardDialog dialog(supervisor);
    REQUIRE(dialog.cardChoice()->count() == 1); // only "New scorecard" on a new database
    dialog.nameField()->setText(QStringLiteral("热线通话质检表"));
    dialog.addCriterion({QStringLiteral("greeting"), QStringLiteral("开场问候规范"), 1, 5, false});
    dialog.addCriterion({QStringLiteral("greeting"), QStringLiteral("解决方案正确"), 3, 4, true});
    CHECK_FALSE(dialog.save());
    CHECK(dialog.message()->text() == QStringLiteral("two criteria share the code \"greeting\""));
    CHECK(dialog.criteria()->rowCount() == 2); // what was typed is still there
    dialog.criteria()->item(1, 0)->setText(QStringLiteral("solution"));
    REQUIRE(dialog.save());
    auto cards = ws->quality().scorecards();
    REQUIRE(cards);
    REQUIRE(cards->size() == 1);
    const Scorecard& card = cards->first();
    CHECK(card.name == QStringLiteral("热线通话质检表"));
    REQUIRE(card.criteria.size() == 2);
    CHECK(card.criteria.at(1).code == QLatin1String("solution"));
    CHECK(card.criteria.at(1).weight == 3);
    CHECK(card.criteria.at(1).points == 4);
    CHECK(card.criteria.at(1).critical);
    CHECK_FALSE(card.criteria.at(0).critical);
    CHECK(dialog.cardChoice()->currentData().toLongLong() == card.id); // the saved card stays chosen for more edits
    // An agent may not set them up.
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    ScorecardDialog refused(agent);
    refused.nameField()->setText(QStringLiteral("Mine"));
    refused.addCriterion({QStringLiteral("a"), QStringLiteral("A"), 1, 2, false});
    CHECK_FALSE(refused.save());
    CHECK(refused.message()->text().contains(QLatin1String("scorecards")));
}

TEST_CASE("a supervisor starts a calibration on the desk; one inspector alone is refused", "[ui][quality]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    const qint64 sunHui = ws.userId("sun.hui");
    Scorecard card;
    card.name = QStringLiteral("Calls");
    card.criteria = {{QStringLiteral("solution"), QStringLiteral("Correct solution"), 1, 4, true}};
    REQUIRE(ws->quality().saveScorecard(card, sunHui));
    TicketDraft call;
    call.contactName = QStringLiteral("周先生");
    call.subject = QStringLiteral("洗衣机不脱水");
    call.teamCode = QStringLiteral("hotline");
    auto ticket = ws->tickets().create(call, ws.userId("li.na"));
    REQUIRE(ticket);
    AppContext supervisor{*ws, sunHui, QStringLiteral("孙慧")};
    CalibrationDialog dialog(supervisor);
    // Those who review: the inspector, the supervisor and the administrator; no agent.
    QStringList offered;
    for (int row = 0; row < dialog.reviewers()->count(); ++row)
        offered << dialog.reviewers()->item(row)->text();
    CHECK(offered.size() == 3);
    CHECK_FALSE(offered.join(QLatin1Char(' ')).contains(QStringLiteral("李娜")));
    dialog.ticketField()->setText(ticket->number);
    const auto tick = [&dialog](const QString& name) {
        for (int row = 0; row < dialog.reviewers()->count(); ++row)
            if (dialog.reviewers()->item(row)->text().startsWith(name))
                dialog.reviewers()->item(row)->setCheckState(Qt::Checked);
    };
    tick(QStringLiteral("赵晴"));
    dialog.accept();
    CHECK(dialog.message()->text() == QStringLiteral("a calibration needs at least two different inspectors"));
    tick(QStringLiteral("孙慧"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto queue = ws->quality().queueOf(ws.userId("zhao.qing"));
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().calibration);
}
