// The knowledge base on screen (docs/KNOWLEDGE.md), driven as agents and a
// supervisor would: the page, the article dialog, suggestions beside the
// ticket form with one key to put an answer into the reply, and an article
// written from a resolved ticket.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "knowledge/ArticleDialog.h"
#include "knowledge/KnowledgePage.h"
#include "knowledge/SuggestionPanel.h"
#include "main/MainWindow.h"
#include "main/NavigationPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sd;
using sd::test::child;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-12-01T09:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");
    qint64 sunHui = ws.userId("sun.hui");

    Article article(const char* title, const char* answer, const char* tags, bool publish)
    {
        ArticleDraft d;
        d.title = QString::fromUtf8(title);
        d.answer = QString::fromUtf8(answer);
        d.tags = QString::fromUtf8(tags);
        auto created = ws->knowledge().create(d, liNa);
        REQUIRE(created);
        if (!publish)
            return *created;
        auto done = ws->knowledge().setStatus(created->id, created->version, ArticleStatus::Published, sunHui);
        REQUIRE(done);
        return *done;
    }
};

KnowledgePage* openPage(MainWindow& window)
{
    auto* navigation = window.navigation();
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->text() == QStringLiteral("Knowledge base"))
            navigation->setCurrentRow(row);
    auto* page = child<KnowledgePage>(window, "knowledgePage");
    REQUIRE(page->isVisible());
    return page;
}

QStringList titles(QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text());
    return rows;
}

void search(KnowledgePage* page, const QString& text)
{
    page->searchField()->setText(text);
    page->refresh(); // the page waits for a pause in typing; no need here
}

} // namespace

TEST_CASE("an agent searches the knowledge base and writes a draft that a supervisor publishes", "[ui][knowledge]")
{
    Desk desk;
    desk.article("空调漏水", "清理排水管", "漏水, 空调", true);
    desk.article("冰箱异响", "调平箱体", "", true);
    {
        AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
        MainWindow window(agent);
        window.show();
        KnowledgePage* page = openPage(window);
        CHECK(titles(page->table()) == QStringList{QStringLiteral("冰箱异响|Published"), QStringLiteral("空调漏水|Published")});
        search(page, QStringLiteral("漏水"));
        CHECK(titles(page->table()) == QStringList{QStringLiteral("空调漏水|Published")});
        CHECK(page->preview()->toPlainText().contains(QStringLiteral("清理排水管")));
        CHECK_FALSE(child<QPushButton>(window, "publishArticle")->isEnabled());
        CHECK_FALSE(child<QPushButton>(window, "editArticle")->isEnabled()); // published: the reviewers'

        test::whenOpen<ArticleDialog>([](ArticleDialog& dialog) {
            // No title: refused and kept open, the field marked.
            QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
            CHECK(dialog.isVisible());
            child<QLineEdit>(dialog, "articleTitle")->setText(QStringLiteral("洗衣机不脱水"));
            child<QPlainTextEdit>(dialog, "articleProblem")->setPlainText(QStringLiteral("程序结束衣服很湿"));
            child<QPlainTextEdit>(dialog, "articleAnswer")->setPlainText(QStringLiteral("1. 加几件衣物\n2. 清理**排水过滤器**"));
            CHECK(child<QTextBrowser>(dialog, "articlePreview")->toPlainText().contains(QStringLiteral("排水过滤器")));
            QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(window, "newArticle"), Qt::LeftButton);
        // The page shows the drafts, the new one among them.
        CHECK(page->statusChoice()->currentText() == QStringLiteral("Drafts to review"));
        search(page, QString());
        CHECK(titles(page->table()) == QStringList{QStringLiteral("洗衣机不脱水|Draft")});
        CHECK(child<QPushButton>(window, "editArticle")->isEnabled());
        CHECK(child<QPushButton>(window, "archiveArticle")->isEnabled()); // the author's own draft
        CHECK_FALSE(child<QPushButton>(window, "publishArticle")->isEnabled());
    }
    AppContext supervisor{*desk.ws, desk.sunHui, QStringLiteral("孙慧")};
    MainWindow window(supervisor);
    window.show();
    KnowledgePage* page = openPage(window);
    page->statusChoice()->setCurrentIndex(page->statusChoice()->findText(QStringLiteral("Drafts to review")));
    REQUIRE(page->table()->rowCount() == 1);
    page->table()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(window, "publishArticle"), Qt::LeftButton);
    CHECK(child<QLabel>(window, "knowledgeMessage")->text() == QStringLiteral("\"洗衣机不脱水\" is now: Published"));
    page->statusChoice()->setCurrentIndex(page->statusChoice()->findText(QStringLiteral("Published")));
    search(page, QStringLiteral("脱水"));
    CHECK(titles(page->table()) == QStringList{QStringLiteral("洗衣机不脱水|Published")});
    CHECK(page->preview()->toPlainText().contains(QStringLiteral("reviewed by 孙慧")));
}

TEST_CASE("articles matching the ticket are suggested beside the form and Alt+1 puts the answer into the reply", "[ui][knowledge]")
{
    Desk desk;
    const Article jam = desk.article("打印机频繁卡纸", "1. 打开后盖，**顺着进纸方向**取出纸张\n2. 换一包干燥的纸", "卡纸, 打印机", true);
    desk.article("打印机卡纸草稿", "未审核", "", false); // a draft is never suggested
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    TicketForm form(agent);
    form.resize(1400, 900);
    form.show();
    auto* panel = form.suggestionPanel();
    CHECK_FALSE(panel->isVisible());
    child<QLineEdit>(form, "contactNameEdit")->setText(QStringLiteral("周先生"));
    child<QLineEdit>(form, "contactPhoneEdit")->setText(QStringLiteral("13800138000"));
    child<QLineEdit>(form, "subjectEdit")->setText(QStringLiteral("打印机又卡纸了")); // as typed (keyClicks types Latin only)
    QTRY_VERIFY(panel->isVisible());
    REQUIRE(panel->list()->count() == 1);
    CHECK(panel->list()->item(0)->text() == QStringLiteral("Alt+1  打印机频繁卡纸"));
    CHECK(panel->answer()->toPlainText().contains(QStringLiteral("顺着进纸方向")));
    // Not saved yet: the answer is read out, not inserted.
    QTest::keyClick(&form, Qt::Key_1, Qt::AltModifier);
    CHECK(desk.ws->knowledge().get(jam.id)->used == 0);

    REQUIRE(form.save());
    panel->refreshNow(); // as after the pause that follows the save
    REQUIRE(panel->isVisible());
    auto* reply = child<QPlainTextEdit>(form, "commentEdit");
    reply->setPlainText(QStringLiteral("您好，"));
    reply->moveCursor(QTextCursor::End);
    reply->setFocus();
    QTest::keyClick(reply, Qt::Key_1, Qt::AltModifier);
    CHECK(reply->toPlainText() == QStringLiteral("您好，\n1. 打开后盖，顺着进纸方向取出纸张\n2. 换一包干燥的纸"));
    QTest::keyClick(reply, Qt::Key_2, Qt::AltModifier); // no second suggestion: nothing happens
    auto counted = desk.ws->knowledge().get(jam.id);
    REQUIRE(counted);
    CHECK(counted->used == 1);
    CHECK(counted->suggested == 1); // once for this ticket, however often it was looked up

    // Sent, the reply carries the article onto the timeline; the next reply, typed, does not.
    QTest::mouseClick(child<QPushButton>(form, "replyButton"), Qt::LeftButton);
    CHECK(reply->toPlainText().isEmpty());
    reply->setPlainText(QStringLiteral("请问还卡纸吗？"));
    QTest::mouseClick(child<QPushButton>(form, "replyButton"), Qt::LeftButton);
    const QStringList texts = test::timelineTexts(form);
    CHECK(texts.count(QStringLiteral("Used the knowledge-base article “打印机频繁卡纸” in a reply.")) == 1);
    auto timeline = desk.ws->tickets().timeline(form.ticketId());
    REQUIRE(timeline);
    CHECK(std::count_if(timeline->begin(), timeline->end(), [&](const TicketEvent& e) {
              return e.kind == QLatin1String("knowledge") && e.newValue == jam.uuid;
          }) == 1);
}

TEST_CASE("an article is written from a resolved ticket, problem and solution filled in", "[ui][knowledge]")
{
    Desk desk;
    TicketDraft call;
    call.contactName = QStringLiteral("王女士");
    call.contactPhone = QStringLiteral("13800138000");
    call.subject = QStringLiteral("净水器滤芯灯一直闪");
    call.description = QStringLiteral("更换滤芯后指示灯仍然闪烁");
    call.teamCode = QStringLiteral("hotline");
    auto ticket = desk.ws->tickets().create(call, desk.liNa);
    REQUIRE(ticket);
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    TicketForm form(agent);
    form.show();
    REQUIRE(form.openTicket(ticket->id));
    auto* write = form.findChild<QAction*>(QStringLiteral("writeArticleAction"));
    REQUIRE(write);
    CHECK_FALSE(write->isEnabled()); // open: no solution to write down yet
    REQUIRE(form.changeStatus(TicketStatus::Resolved, QStringLiteral("长按复位键五秒")));
    CHECK(write->isEnabled());
    test::whenOpen<ArticleDialog>([](ArticleDialog& dialog) {
        CHECK(dialog.windowTitle().contains(QStringLiteral("HQ-")));
        CHECK(child<QLineEdit>(dialog, "articleTitle")->text() == QStringLiteral("净水器滤芯灯一直闪"));
        CHECK(child<QPlainTextEdit>(dialog, "articleProblem")->toPlainText() == QStringLiteral("更换滤芯后指示灯仍然闪烁"));
        CHECK(child<QPlainTextEdit>(dialog, "articleAnswer")->toPlainText() == QStringLiteral("长按复位键五秒"));
        QTest::mouseClick(test::okOf(dialog), Qt::LeftButton);
    });
    write->trigger();
    ArticleQuery drafts;
    drafts.status = ArticleStatus::Draft;
    auto saved = desk.ws->knowledge().find(drafts);
    REQUIRE(saved);
    REQUIRE(saved->size() == 1);
    CHECK(desk.ws->knowledge().get(saved->first().id)->draft.sourceTicket == ticket->number);
}
