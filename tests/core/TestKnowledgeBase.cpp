// The knowledge base (docs/KNOWLEDGE.md). Search scores, worked out by hand:
// each term found anywhere in an article gives 10, and where it stands adds
// title 6, tags 4, problem 2, answer 1; a suggestion adds 5 when the
// ticket's product names the article's, 3 when the ticket's kind is the
// article's. The office's today is Tuesday 2026-12-01 (Asia/Shanghai).
#include "TestSupport.h"

#include "knowledge/ArticleFolder.h"
#include "knowledge/ArticleText.h"
#include "knowledge/KnowledgeTerms.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-12-01T09:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");       // agent: writes
    qint64 sunHui = ws.userId("sun.hui");   // supervisor: reviews
    qint64 zhaoQing = ws.userId("zhao.qing"); // inspector: reviews

    Article draft(const char* title, const char* problem, const char* answer, const char* tags, const char* language = "zh",
                  const char* product = "", std::optional<Category> category = std::nullopt)
    {
        ArticleDraft d;
        d.title = QString::fromUtf8(title);
        d.problem = QString::fromUtf8(problem);
        d.answer = QString::fromUtf8(answer);
        d.tags = QString::fromUtf8(tags);
        d.language = QString::fromLatin1(language);
        d.product = QString::fromUtf8(product);
        d.category = category;
        auto created = ws->knowledge().create(d, liNa);
        REQUIRE(created);
        return *created;
    }
    Article published(const char* title, const char* problem, const char* answer, const char* tags, const char* language = "zh",
                      const char* product = "", std::optional<Category> category = std::nullopt)
    {
        const Article a = draft(title, problem, answer, tags, language, product, category);
        auto done = ws->knowledge().setStatus(a.id, a.version, ArticleStatus::Published, sunHui);
        REQUIRE(done);
        return *done;
    }
    // "id:score" of each hit, best first.
    QStringList ranked(const QString& text, std::optional<ArticleStatus> status = ArticleStatus::Published)
    {
        ArticleQuery query;
        query.text = text;
        query.status = status;
        auto hits = ws->knowledge().find(query);
        REQUIRE(hits);
        QStringList lines;
        for (const ArticleHit& hit : *hits)
            lines.append(QStringLiteral("%1:%2").arg(hit.id).arg(hit.score));
        return lines;
    }
};

QString id(const Article& a, int score)
{
    return QStringLiteral("%1:%2").arg(a.id).arg(score);
}

} // namespace

TEST_CASE("search terms: Chinese as dictionary words, English words without stop words", "[knowledge]")
{
    CHECK(KnowledgeTerms::of(QStringLiteral("打印机又卡纸了")) == QStringList{QStringLiteral("打印机"), QStringLiteral("卡纸")});
    CHECK(KnowledgeTerms::of(QStringLiteral("空调不制冷怎么办")) == QStringList{QStringLiteral("空调"), QStringLiteral("不制冷")});
    CHECK(KnowledgeTerms::of(QStringLiteral("水")) == QStringList{QStringLiteral("水")});
    CHECK(KnowledgeTerms::of(QStringLiteral("The PAPER jam, the jam")) == QStringList{QStringLiteral("paper"), QStringLiteral("jam")});
    CHECK(KnowledgeTerms::of(QStringLiteral("E3 错误代码")) == QStringList{QStringLiteral("e3"), QStringLiteral("错误代码")});
    CHECK(KnowledgeTerms::of(QStringLiteral("the a")).isEmpty());
}

TEST_CASE("an article is written as a draft, published by a reviewer other than its author, and archived", "[knowledge]")
{
    Desk desk;
    auto& kb = desk.ws->knowledge();
    Article a = desk.draft("打印机卡纸怎么处理", "打印时纸张卡在出纸口", "", "卡纸，打印机；卡纸");
    CHECK(a.status == ArticleStatus::Draft);
    CHECK(a.authorId == desk.liNa);
    CHECK(a.draft.tags == QStringLiteral("卡纸, 打印机"));
    CHECK(a.version == 1);

    // An agent may not publish; nobody publishes an article without its answer.
    auto refused = kb.setStatus(a.id, a.version, ArticleStatus::Published, desk.liNa);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    auto empty = kb.setStatus(a.id, a.version, ArticleStatus::Published, desk.sunHui);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == QStringLiteral("answer"));

    // Anyone who writes may improve a draft; a stale version is refused.
    ArticleDraft better = a.draft;
    better.answer = QStringLiteral("打开后盖，顺着进纸方向取出纸张。");
    auto edited = kb.update(a.id, a.version, better, desk.zhaoQing);
    REQUIRE(edited);
    CHECK(edited->version == 2);
    auto stale = kb.update(a.id, a.version, better, desk.liNa);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    desk.ws.setNow("2026-12-01T10:30:00+08:00");
    auto published = kb.setStatus(a.id, edited->version, ArticleStatus::Published, desk.sunHui);
    REQUIRE(published);
    CHECK(published->status == ArticleStatus::Published);
    CHECK(published->reviewerId == desk.sunHui);
    CHECK(published->reviewedAt == test::at("2026-12-01T10:30:00+08:00"));

    // What the whole desk is offered is the reviewers' to change.
    auto agentEdit = kb.update(a.id, published->version, better, desk.liNa);
    REQUIRE_FALSE(agentEdit);
    CHECK(agentEdit.error().code == Error::Code::Forbidden);

    // The reviewer is not the author.
    Article own = desk.draft("空调漏水", "室内机滴水", "清理排水管", "");
    auto byAuthor = desk.ws->knowledge().setStatus(own.id, own.version, ArticleStatus::Published, desk.liNa);
    REQUIRE_FALSE(byAuthor);
    Article supervisorOwn = [&] {
        ArticleDraft d;
        d.title = QStringLiteral("冰箱异响");
        d.answer = QStringLiteral("调平箱体");
        auto created = kb.create(d, desk.sunHui);
        REQUIRE(created);
        return *created;
    }();
    auto selfReview = kb.setStatus(supervisorOwn.id, supervisorOwn.version, ArticleStatus::Published, desk.sunHui);
    REQUIRE_FALSE(selfReview);
    CHECK(selfReview.error().field == QStringLiteral("reviewer"));
    // Nor through an edit once another reviewer published it.
    auto byInspector = kb.setStatus(supervisorOwn.id, supervisorOwn.version, ArticleStatus::Published, desk.zhaoQing);
    REQUIRE(byInspector);
    auto ownEdit = kb.update(supervisorOwn.id, byInspector->version, byInspector->draft, desk.sunHui);
    REQUIRE_FALSE(ownEdit);
    CHECK(ownEdit.error().field == QStringLiteral("reviewer"));

    auto archived = kb.setStatus(a.id, published->version, ArticleStatus::Archived, desk.zhaoQing);
    REQUIRE(archived);
    auto illegal = kb.setStatus(a.id, archived->version, ArticleStatus::Published, desk.sunHui);
    REQUIRE_FALSE(illegal);
    CHECK(illegal.error().code == Error::Code::IllegalTransition);
    CHECK(kb.setStatus(a.id, archived->version, ArticleStatus::Draft, desk.sunHui));
    // An author may withdraw their own draft.
    CHECK(kb.setStatus(own.id, own.version, ArticleStatus::Archived, desk.liNa));
}

TEST_CASE("two live articles of one language may not share a title", "[knowledge]")
{
    Desk desk;
    const Article first = desk.draft("Printer paper jam", "", "Open the rear cover.", "", "en");
    ArticleDraft again;
    again.title = QStringLiteral("  printer PAPER jam ");
    again.language = QStringLiteral("en");
    auto duplicate = desk.ws->knowledge().create(again, desk.liNa);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == Error::Code::Duplicate);
    CHECK(duplicate.error().message.contains(QString::number(first.id)));
    again.language = QStringLiteral("zh");
    CHECK(desk.ws->knowledge().create(again, desk.liNa));
    REQUIRE(desk.ws->knowledge().setStatus(first.id, first.version, ArticleStatus::Archived, desk.liNa));
    again.language = QStringLiteral("en");
    CHECK(desk.ws->knowledge().create(again, desk.liNa));
    ArticleDraft bad;
    bad.language = QStringLiteral("fr");
    auto invalid = desk.ws->knowledge().create(bad, desk.liNa);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().field == QStringLiteral("title"));
    REQUIRE(invalid.error().others.size() == 1);
    CHECK(invalid.error().others.front().field == QStringLiteral("language"));
}

TEST_CASE("search ranks by the terms found and where they stand, in Chinese and English, short terms too", "[knowledge]")
{
    Desk desk;
    const Article jam = desk.published("打印机卡纸", "打印时纸张卡在出纸口", "打开后盖取出纸张", "卡纸, 打印机", "zh",
                                       "激光打印机 P200", Category::Fault);
    const Article network = desk.published("打印机无法联网", "打印机连不上无线网络", "重新配对路由器", "网络");
    const Article leak = desk.published("空调漏水", "室内机滴水", "清理排水管", "漏水, 空调");
    const Article english = desk.published("Printer paper jam", "Paper stuck in the tray", "Open the rear cover", "jam, printer", "en");
    const Article draft = desk.draft("打印机卡纸的另一种情况", "", "", "");

    // 打印机卡纸 → 打印机, 卡纸. jam: each in title and tags, 20 + 20. network:
    // 打印机 in title and problem, 18. The draft, with both in its title (16 + 16), only when drafts are asked for.
    CHECK(desk.ranked(QStringLiteral("打印机卡纸")) == QStringList{id(jam, 40), id(network, 18)});
    CHECK(desk.ranked(QStringLiteral("打印机卡纸"), std::nullopt) == QStringList{id(jam, 40), id(draft, 32), id(network, 18)});
    // Two characters, one character: title, tags (and for 水 problem and answer too).
    CHECK(desk.ranked(QStringLiteral("漏水")) == QStringList{id(leak, 20)});
    CHECK(desk.ranked(QStringLiteral("水")) == QStringList{id(leak, 23)});
    // paper: title and problem, 18; jam: title and tags, 20. Case does not matter.
    CHECK(desk.ranked(QStringLiteral("PAPER jam")) == QStringList{id(english, 38)});
    CHECK(desk.ranked(QStringLiteral("the")).isEmpty());
    CHECK(desk.ranked(QStringLiteral("冰箱")).isEmpty());

    // A suggestion leans to the ticket's product (+5) and kind (+3), published only.
    SuggestionRequest ticket;
    ticket.subject = QStringLiteral("打印机又卡纸了");
    ticket.product = QStringLiteral("激光打印机 P200");
    ticket.category = Category::Fault;
    auto suggested = desk.ws->knowledge().suggest(ticket);
    REQUIRE(suggested);
    REQUIRE(suggested->size() == 2);
    CHECK(suggested->at(0).id == jam.id);
    CHECK(suggested->at(0).score == 48);
    CHECK(suggested->at(1).id == network.id);
    CHECK(suggested->at(1).score == 18);

    // The subject's terms choose; the description's own only order, 3 each:
    // network 18 + 3 for 路由器 in its answer passes jam's 20. The leak
    // article, which holds none of the subject's terms, stays out.
    SuggestionRequest chatty;
    chatty.subject = QStringLiteral("打印机");
    chatty.description = QStringLiteral("换了路由器以后漏水");
    auto ordered = desk.ws->knowledge().suggest(chatty);
    REQUIRE(ordered);
    REQUIRE(ordered->size() == 2);
    CHECK(ordered->at(0).id == network.id);
    CHECK(ordered->at(0).score == 21);
    CHECK(ordered->at(1).id == jam.id);
    CHECK(ordered->at(1).score == 20);

    // A word found only in an answer's steps suggests nothing (a search still finds it).
    SuggestionRequest steps;
    steps.subject = QStringLiteral("取出");
    auto none = desk.ws->knowledge().suggest(steps);
    REQUIRE(none);
    CHECK(none->isEmpty());
    CHECK(desk.ranked(QStringLiteral("取出")) == QStringList{id(jam, 11)});
}

TEST_CASE("suggestions and uses are counted per article over offices and days", "[knowledge]")
{
    Desk desk;
    auto& kb = desk.ws->knowledge();
    const Article a = desk.published("空调漏水", "室内机滴水", "清理排水管", "");
    const Article b = desk.published("冰箱异响", "", "调平箱体", "");
    REQUIRE(kb.countSuggested({a.id, b.id}));
    REQUIRE(kb.countSuggested({a.id}));
    REQUIRE(kb.countUsed(a.id));
    desk.ws.setNow("2026-12-02T09:00:00+08:00");
    REQUIRE(kb.countSuggested({a.id}));
    REQUIRE(kb.countUsed(a.id));
    auto counted = kb.get(a.id);
    REQUIRE(counted);
    CHECK(counted->suggested == 3);
    CHECK(counted->used == 2);
    CHECK(kb.get(b.id)->suggested == 1);
    CHECK(kb.get(b.id)->used == 0);
    // One row per article, office and day.
    auto rows = sql::scalar(desk.ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM kb_usage WHERE article_id = ?"), {a.id});
    REQUIRE(rows);
    CHECK(rows->toInt() == 2);
    auto missing = kb.countUsed(a.id + 1000);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("an article is drafted from a resolved ticket's problem and solution", "[knowledge]")
{
    Desk desk;
    TicketDraft call;
    call.contactName = QStringLiteral("王女士");
    call.contactPhone = QStringLiteral("13800138000");
    call.subject = QStringLiteral("净水器滤芯灯一直闪");
    call.description = QStringLiteral("更换滤芯后指示灯仍然闪烁");
    call.product = QStringLiteral("净水器 RO-400");
    call.category = Category::Fault;
    call.teamCode = QStringLiteral("hotline");
    auto ticket = desk.ws->tickets().create(call, desk.liNa);
    REQUIRE(ticket);
    auto open = desk.ws->knowledge().draftFromTicket(ticket->id);
    REQUIRE_FALSE(open);
    CHECK(open.error().message.contains(ticket->number));
    auto resolved = desk.ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, desk.liNa,
                                                    QStringLiteral("长按复位键五秒，滤芯寿命归零"));
    REQUIRE(resolved);
    auto drafted = desk.ws->knowledge().draftFromTicket(ticket->id);
    REQUIRE(drafted);
    CHECK(drafted->title == call.subject);
    CHECK(drafted->problem == call.description);
    CHECK(drafted->answer == QStringLiteral("长按复位键五秒，滤芯寿命归零"));
    CHECK(drafted->product == call.product);
    CHECK(drafted->category == Category::Fault);
    CHECK(drafted->language == QStringLiteral("zh"));
    CHECK(drafted->sourceTicket == ticket->number);
    auto saved = desk.ws->knowledge().create(*drafted, desk.liNa);
    REQUIRE(saved);
    CHECK(saved->draft.sourceTicket == ticket->number);
    // The ticket's timeline tells that an article was written from it.
    auto timeline = desk.ws->tickets().timeline(ticket->id);
    REQUIRE(timeline);
    const TicketEvent& written = timeline->last();
    CHECK(written.kind == QLatin1String("knowledge"));
    CHECK(written.field == QLatin1String("written"));
    CHECK(written.newValue == saved->uuid);
    CHECK(written.body == QStringLiteral("净水器滤芯灯一直闪"));
    CHECK(written.actorName == QStringLiteral("李娜"));
}

TEST_CASE("an article's answer used in a reply is kept on the ticket's timeline with the reply", "[knowledge]")
{
    Desk desk;
    const Article a = desk.published("空调漏水", "室内机滴水", "清理排水管", "");
    TicketDraft call;
    call.contactName = QStringLiteral("王女士");
    call.subject = QStringLiteral("空调滴水");
    call.teamCode = QStringLiteral("hotline");
    auto ticket = desk.ws->tickets().create(call, desk.liNa);
    REQUIRE(ticket);
    auto replied = desk.ws->tickets().addComment(ticket->id, QStringLiteral("您好，请清理排水管"), true, desk.liNa,
                                                 {{a.uuid, a.draft.title}});
    REQUIRE(replied);
    auto empty = desk.ws->tickets().addComment(ticket->id, QStringLiteral("  "), true, desk.liNa, {{a.uuid, a.draft.title}});
    REQUIRE_FALSE(empty); // refused with its comment: no use recorded either
    auto timeline = desk.ws->tickets().timeline(ticket->id);
    REQUIRE(timeline);
    QStringList kinds;
    for (const TicketEvent& event : *timeline)
        kinds.append(event.kind + QLatin1Char(':') + event.field);
    // After the creation's own entries (created, assigned, in progress): the reply, then the article in it.
    REQUIRE(kinds.size() >= 2);
    CHECK(kinds.mid(kinds.size() - 2) == QStringList{QStringLiteral("comment:"), QStringLiteral("knowledge:used")});
    CHECK(kinds.count(QStringLiteral("knowledge:used")) == 1);
    CHECK(timeline->last().newValue == a.uuid);
    CHECK(timeline->last().body == QStringLiteral("空调漏水"));
}

TEST_CASE("articles travel as Markdown files: exported, imported again, all or none", "[knowledge]")
{
    Desk desk;
    auto& kb = desk.ws->knowledge();
    const Article leak = desk.published("空调漏水", "室内机滴水", "1. 关机\n2. **清理**排水管", "漏水, 空调", "zh", "", Category::Fault);
    QTemporaryDir dir;
    auto written = ArticleFolder::exportTo(dir.filePath(QStringLiteral("out")), kb);
    REQUIRE(written);
    CHECK(*written == 1);
    QFile file(QDir(dir.filePath(QStringLiteral("out"))).filePath(QStringLiteral("%1-空调漏水.md").arg(leak.id)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("---\nuuid: %1\ntitle: 空调漏水\nlanguage: zh\nstatus: published\ncategory: fault\n").arg(leak.uuid)));
    CHECK(text.endsWith(QStringLiteral("## Problem\n\n室内机滴水\n\n## Answer\n\n1. 关机\n2. **清理**排水管\n")));

    // By hand: no uuid, Chinese headings, Windows line ends; and the exported file changed.
    QDir in(dir.filePath(QStringLiteral("in")));
    REQUIRE(QDir().mkpath(in.path()));
    auto put = [&](const QString& name, const QString& content) {
        QFile f(in.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    };
    put(QStringLiteral("a.md"), QStringLiteral("---\r\ntitle: 冰箱异响\r\nlanguage: zh\r\nstatus: 已发布\r\ntags: 冰箱；噪音\r\n---\r\n## 问题\r\n嗡嗡响\r\n## 解答\r\n调平箱体\r\n"));
    QString changed = text;
    changed.replace(QStringLiteral("2. **清理**排水管"), QStringLiteral("2. 清理排水管\n3. 开机"));
    put(QStringLiteral("b.md"), changed);
    auto imported = ArticleFolder::importFrom(in.path(), kb, desk.ws->database(), desk.sunHui);
    REQUIRE(imported);
    CHECK(imported->created == 1);
    CHECK(imported->updated == 1);
    auto again = kb.get(leak.id);
    REQUIRE(again);
    CHECK(again->draft.answer == QStringLiteral("1. 关机\n2. 清理排水管\n3. 开机"));
    CHECK(again->version == leak.version + 1);
    ArticleQuery all;
    auto hits = kb.find(all);
    REQUIRE(hits);
    REQUIRE(hits->size() == 2);
    auto fridge = kb.get(hits->at(0).id == leak.id ? hits->at(1).id : hits->at(0).id);
    REQUIRE(fridge);
    CHECK(fridge->draft.problem == QStringLiteral("嗡嗡响"));
    CHECK(fridge->draft.answer == QStringLiteral("调平箱体"));
    CHECK(fridge->draft.tags == QStringLiteral("冰箱, 噪音"));
    CHECK(fridge->status == ArticleStatus::Published);
    // Imported again: the same two articles, nothing new.
    auto twice = ArticleFolder::importFrom(in.path(), kb, desk.ws->database(), desk.sunHui);
    REQUIRE(twice);
    CHECK(twice->created == 0);
    CHECK(twice->updated == 2);

    // A bad file stops the import before anything is written.
    put(QStringLiteral("c.md"), QStringLiteral("---\ntitle: 洗衣机不脱水\nlanguage: zh\n## Answer\n检查排水\n"));
    put(QStringLiteral("b.md"), changed.replace(QStringLiteral("3. 开机"), QStringLiteral("3. 再开机")));
    auto refused = ArticleFolder::importFrom(in.path(), kb, desk.ws->database(), desk.sunHui);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("c.md")));
    CHECK(refused.error().message.contains(QStringLiteral("c.md, line 4")));
    CHECK(refused.error().message.contains(QStringLiteral("---")));
    CHECK(kb.get(leak.id)->draft.answer.endsWith(QStringLiteral("3. 开机")));
    CHECK(kb.find(all)->size() == 2);
    put(QStringLiteral("c.md"), QStringLiteral("---\ntitle: 洗衣机不脱水\nlanguage: fr\n---\n"));
    auto language = ArticleFolder::importFrom(in.path(), kb, desk.ws->database(), desk.sunHui);
    REQUIRE_FALSE(language);
    CHECK(language.error().message.contains(QStringLiteral("c.md, line 3")));

    // An agent's import keeps a published file a draft for review.
    QFile::remove(in.filePath(QStringLiteral("c.md")));
    QFile::remove(in.filePath(QStringLiteral("b.md")));
    put(QStringLiteral("a.md"), QStringLiteral("---\ntitle: 洗衣机不脱水\nlanguage: zh\nstatus: published\n---\n检查排水管是否堵塞\n"));
    auto byAgent = ArticleFolder::importFrom(in.path(), kb, desk.ws->database(), desk.liNa);
    REQUIRE(byAgent);
    ArticleQuery drafts;
    drafts.status = ArticleStatus::Draft;
    auto waiting = kb.find(drafts);
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(kb.get(waiting->first().id)->draft.answer == QStringLiteral("检查排水管是否堵塞"));
}

TEST_CASE("an answer is inserted into a reply without its Markdown marks", "[knowledge]")
{
    CHECK(plainAnswer(QStringLiteral("## 步骤\n\n1. **关机**\n2. 清理`排水管`\n- 见 [说明书](https://example.com/m.pdf)\n"))
          == QStringLiteral("步骤\n\n1. 关机\n2. 清理排水管\n- 见 说明书 (https://example.com/m.pdf)"));
}
