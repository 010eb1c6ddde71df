// Merge, link and split (docs/SERVICE.md "Merge, link and split") on the
// default configuration: team hotline (agents li.na, wang.lei; supervisor
// sun.hui), assignment by hand. Expected timelines are worked out from the
// rules: an agent who files a ticket owns it (created, assignment, status
// new → assigned); a supervisor's ticket waits in its team (created only).
#include "TestSupport.h"

#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-11-16T09:00:00+08:00"}; // a Monday
    qint64 liNa = ws.userId("li.na");
    qint64 wangLei = ws.userId("wang.lei");
    qint64 supervisor = ws.userId("sun.hui");
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
    Ticket create(qint64 actor, const QString& subject, const char* at, const QString& team = {})
    {
        ws.setNow(at);
        TicketDraft draft;
        draft.customerId = customer;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = subject;
        draft.category = Category::Fault;
        draft.product = QStringLiteral("热水器 JSQ-20");
        draft.teamCode = team;
        auto ticket = ws->tickets().create(draft, actor);
        REQUIRE(ticket);
        return *ticket;
    }
    Ticket get(qint64 id)
    {
        auto ticket = ws->tickets().get(id);
        REQUIRE(ticket);
        return *ticket;
    }
    // "kind field new from" of each line of the ticket's timeline as shown.
    QStringList shown(qint64 id)
    {
        auto timeline = ws->tickets().timeline(id);
        REQUIRE(timeline);
        QStringList lines;
        for (const TicketEvent& e : *timeline)
            lines.append(QStringList{e.kind, e.field, e.newValue, e.fromNumber}.join(QLatin1Char(' ')).trimmed());
        return lines;
    }
    // "relation number" as seen from the ticket: kind, and > or < for the direction.
    QStringList links(qint64 id)
    {
        auto found = ws->tickets().links(id);
        REQUIRE(found);
        QStringList lines;
        for (const TicketLink& link : *found)
            lines.append(toCode(link.kind) + (link.outgoing ? QStringLiteral(" > ") : QStringLiteral(" < ")) + link.otherNumber);
        return lines;
    }
    qint64 count(const char* table)
    {
        auto rows = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(rows);
        return rows->toLongLong();
    }
};

} // namespace

TEST_CASE("related tickets list each other, are linked once, and either end removes the link", "[links]")
{
    Desk desk;
    const Ticket a = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:00:00+08:00");
    const Ticket b = desk.create(desk.liNa, QStringLiteral("燃气表读数异常"), "2026-11-16T09:05:00+08:00");
    desk.ws.setNow("2026-11-16T09:10:00+08:00");
    // Typed in lower case, as an agent might.
    REQUIRE(desk.ws->tickets().link(a.id, b.number.toLower(), desk.liNa));
    CHECK(desk.links(a.id) == QStringList{QStringLiteral("related > ") + b.number});
    CHECK(desk.links(b.id) == QStringList{QStringLiteral("related < ") + a.number});
    CHECK(desk.shown(a.id).last() == QStringLiteral("link related ") + b.number);
    CHECK(desk.shown(b.id).last() == QStringLiteral("link related ") + a.number);
    // A note, not an edit: forms open on either ticket are not stale.
    CHECK(desk.get(a.id).version == a.version);
    CHECK(desk.get(b.id).version == b.version);

    auto again = desk.ws->tickets().link(b.id, a.number, desk.wangLei);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Duplicate);
    CHECK(again.error().message.contains(QStringLiteral("already linked")));
    auto self = desk.ws->tickets().link(a.id, a.number, desk.liNa);
    REQUIRE_FALSE(self);
    CHECK(self.error().message.contains(QStringLiteral("is this ticket")));
    auto missing = desk.ws->tickets().link(a.id, QStringLiteral("HQ-2099-999999"), desk.liNa);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("HQ-2099-999999")));
    CHECK(desk.count("ticket_links") == 1);

    auto fromB = desk.ws->tickets().links(b.id);
    REQUIRE(fromB);
    REQUIRE(desk.ws->tickets().unlink(b.id, fromB->first().id, desk.wangLei));
    CHECK(desk.links(a.id).isEmpty());
    CHECK(desk.links(b.id).isEmpty());
    auto timelineA = desk.ws->tickets().timeline(a.id);
    REQUIRE(timelineA);
    CHECK(timelineA->last().kind == QStringLiteral("unlink"));
    CHECK(timelineA->last().oldValue == b.number);
    CHECK(timelineA->last().actorName == QStringLiteral("王磊"));
    auto twice = desk.ws->tickets().unlink(b.id, fromB->first().id, desk.wangLei);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Error::Code::NotFound);
    // Tied again later: a new link.
    REQUIRE(desk.ws->tickets().link(a.id, b.number, desk.liNa));
    CHECK(desk.links(b.id) == QStringList{QStringLiteral("related < ") + a.number});
}

TEST_CASE("merging closes the duplicate with a pointer and shows its timeline in the ticket kept", "[links]")
{
    Desk desk;
    // The supervisor files the first call for the team; li.na takes the second herself.
    const Ticket duplicate = desk.create(desk.supervisor, QStringLiteral("热水器打不着火"), "2026-11-16T09:00:00+08:00",
                                         QStringLiteral("hotline"));
    const Ticket kept = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:05:00+08:00");
    desk.ws.setNow("2026-11-16T09:10:00+08:00");
    REQUIRE(desk.ws->tickets().addComment(duplicate.id, QStringLiteral("客户第二次来电"), false, desk.supervisor));
    desk.ws.setNow("2026-11-16T09:20:00+08:00");
    auto merged = desk.ws->tickets().merge(duplicate.id, desk.get(duplicate.id).version, kept.number,
                                           QStringLiteral("同一台热水器"), desk.supervisor);
    REQUIRE(merged);
    CHECK(merged->id == kept.id);

    const Ticket closed = desk.get(duplicate.id);
    CHECK(closed.status == TicketStatus::Closed);
    CHECK(closed.solution == QStringLiteral("Merged into %1 as a duplicate.").arg(kept.number));
    CHECK(closed.sla.resolvedAt == test::at("2026-11-16T09:20:00+08:00"));
    CHECK(closed.closedAt == test::at("2026-11-16T09:20:00+08:00"));
    CHECK(desk.get(kept.id).status == TicketStatus::Assigned);

    const QString d = duplicate.number;
    const QString k = kept.number;
    // In time order; at 09:20 the duplicate's events were written before the kept ticket's.
    CHECK(desk.shown(kept.id) == QStringList{
        QStringLiteral("created  %1 %1").arg(d),
        QStringLiteral("created  %1").arg(k),
        QStringLiteral("assignment  %1").arg(desk.liNa),
        QStringLiteral("status  assigned"),
        QStringLiteral("comment   %1").arg(d),
        QStringLiteral("merge into %1 %2").arg(k, d),
        QStringLiteral("status  resolved %1").arg(d),
        QStringLiteral("status  closed %1").arg(d),
        QStringLiteral("merge from %1").arg(d),
    });
    // The duplicate keeps only its own history.
    CHECK(desk.shown(duplicate.id) == QStringList{
        QStringLiteral("created  %1").arg(d),
        QStringLiteral("comment"),
        QStringLiteral("merge into %1").arg(k),
        QStringLiteral("status  resolved"),
        QStringLiteral("status  closed"),
    });
    CHECK(desk.links(duplicate.id) == QStringList{QStringLiteral("merged > ") + k});
    CHECK(desk.links(kept.id) == QStringList{QStringLiteral("merged < ") + d});

    // The kept ticket's holder hears of it; the duplicate is not reopened.
    auto heard = desk.ws->tickets().notifications().latest(desk.liNa);
    REQUIRE(heard);
    REQUIRE_FALSE(heard->isEmpty());
    CHECK(heard->first().kind == Notification::Kind::Merged);
    CHECK(heard->first().ticketId == kept.id);
    CHECK(heard->first().detail == d);
    auto reopened = desk.ws->tickets().changeStatus(duplicate.id, closed.version, TicketStatus::InProgress, desk.supervisor);
    REQUIRE_FALSE(reopened);
    CHECK(reopened.error().code == Error::Code::IllegalTransition);
    CHECK(reopened.error().message.contains(k));
    auto mergedAgain = desk.ws->tickets().merge(duplicate.id, closed.version, kept.number, {}, desk.supervisor);
    REQUIRE_FALSE(mergedAgain);
    CHECK(mergedAgain.error().message.contains(QStringLiteral("was merged into %1").arg(k)));
    auto unlinked = desk.ws->tickets().unlink(kept.id, desk.ws->tickets().links(kept.id)->first().id, desk.supervisor);
    REQUIRE_FALSE(unlinked);
    CHECK(unlinked.error().code == Error::Code::IllegalTransition);

    // What the customer says about the duplicate is recorded on the ticket kept.
    auto replied = desk.ws->tickets().recordCustomerReply(duplicate.id, QStringLiteral("还是打不着"), desk.wangLei);
    REQUIRE(replied);
    CHECK(replied->id == kept.id);
    CHECK(desk.shown(kept.id).last() == QStringLiteral("customer_reply"));
    CHECK(desk.shown(duplicate.id).size() == 5);

    // Merged on into a third ticket, both earlier histories follow.
    const Ticket third = desk.create(desk.liNa, QStringLiteral("热水器报修"), "2026-11-16T10:00:00+08:00");
    REQUIRE(desk.ws->tickets().merge(kept.id, desk.get(kept.id).version, third.number, {}, desk.liNa));
    const QStringList all = desk.shown(third.id);
    CHECK(all.size() == 10 + 3 + 3 + 1); // the ten above, the kept ticket's merge and two status moves, the third's three, its merge
    CHECK(all.first() == QStringLiteral("created  %1 %1").arg(d));
    CHECK(all.count(QStringLiteral("merge into %1 %2").arg(third.number, k)) == 1);
    CHECK(all.last() == QStringLiteral("merge from %1").arg(k));
}

TEST_CASE("only open tickets are merged, never a complaint, and a refused merge writes nothing", "[links]")
{
    Desk desk;
    const Ticket first = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:00:00+08:00");
    const Ticket second = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:05:00+08:00");
    const qint64 events = desk.count("ticket_events");

    // Someone changed the duplicate after it was read: the merge is stale.
    auto stale = desk.ws->tickets().merge(second.id, second.version + 1, first.number, {}, desk.liNa);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(desk.count("ticket_links") == 0);
    CHECK(desk.count("ticket_events") == events);
    CHECK(desk.get(second.id).status == TicketStatus::Assigned);

    auto resolved = desk.ws->tickets().changeStatus(first.id, first.version, TicketStatus::Resolved, desk.liNa,
                                                    QStringLiteral("换了点火针"));
    REQUIRE(resolved);
    auto intoResolved = desk.ws->tickets().merge(second.id, second.version, first.number, {}, desk.liNa);
    REQUIRE_FALSE(intoResolved);
    CHECK(intoResolved.error().message.contains(first.number));
    CHECK(intoResolved.error().message.contains(QStringLiteral("only open tickets")));
    auto resolvedAway = desk.ws->tickets().merge(first.id, resolved->version, second.number, {}, desk.liNa);
    REQUIRE_FALSE(resolvedAway);
    CHECK(resolvedAway.error().code == Error::Code::IllegalTransition);

    TicketDraft complaint;
    complaint.customerId = desk.customer;
    complaint.contactName = QStringLiteral("周女士");
    complaint.contactPhone = QStringLiteral("13800138000");
    complaint.subject = QStringLiteral("维修师傅迟到两小时");
    complaint.category = Category::Complaint;
    auto filed = desk.ws->tickets().create(complaint, desk.liNa);
    REQUIRE(filed);
    auto complaintAway = desk.ws->tickets().merge(filed->id, filed->version, second.number, {}, desk.liNa);
    REQUIRE_FALSE(complaintAway);
    CHECK(complaintAway.error().message.contains(QStringLiteral("complaint")));
    CHECK(desk.count("ticket_links") == 0);
    CHECK(desk.get(filed->id).status == TicketStatus::Assigned);
}

TEST_CASE("a split makes a linked ticket for the same customer whose SLA starts at the split", "[links]")
{
    Desk desk;
    const Ticket original = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:00:00+08:00", QStringLiteral("hotline"));
    desk.ws.setNow("2026-11-16T10:30:00+08:00");
    SplitDraft second{QStringLiteral("滤网多少钱"), QStringLiteral("客户顺便问滤网价格"), Category::Inquiry, Priority::P4};
    auto created = desk.ws->tickets().split(original.id, second, desk.wangLei);
    REQUIRE(created);
    CHECK(created->details.customerId == desk.customer);
    CHECK(created->details.contactName == QStringLiteral("周女士"));
    CHECK(created->details.contactPhone == QStringLiteral("13800138000"));
    CHECK(created->details.product == QStringLiteral("热水器 JSQ-20"));
    CHECK(created->details.teamCode == QStringLiteral("hotline"));
    CHECK(created->details.subject == QStringLiteral("滤网多少钱"));
    CHECK(created->details.description == QStringLiteral("客户顺便问滤网价格"));
    CHECK(created->details.category == Category::Inquiry);
    CHECK(created->details.priority == Priority::P4);
    // The agent who split it off owns it, like a ticket they typed in.
    CHECK(created->assigneeId == desk.wangLei);
    CHECK(created->sla.createdAt == test::at("2026-11-16T10:30:00+08:00"));
    CHECK(desk.links(original.id) == QStringList{QStringLiteral("split > ") + created->number});
    CHECK(desk.links(created->id) == QStringList{QStringLiteral("split < ") + original.number});
    CHECK(desk.shown(original.id).last() == QStringLiteral("split to ") + created->number);
    CHECK(desk.shown(created->id) == QStringList{
        QStringLiteral("created  %1").arg(created->number),
        QStringLiteral("assignment  %1").arg(desk.wangLei),
        QStringLiteral("status  assigned"),
        QStringLiteral("split from %1").arg(original.number),
    });
    // A split stays recorded.
    auto unlinked = desk.ws->tickets().unlink(original.id, desk.ws->tickets().links(original.id)->first().id, desk.liNa);
    REQUIRE_FALSE(unlinked);

    // Nothing is half-written when the new ticket is refused.
    const qint64 tickets = desk.count("tickets");
    auto blank = desk.ws->tickets().split(original.id, SplitDraft{QStringLiteral("  "), {}, Category::Inquiry, Priority::P3}, desk.liNa);
    REQUIRE_FALSE(blank);
    CHECK(blank.error().field == QStringLiteral("subject"));
    CHECK(desk.count("tickets") == tickets);
    CHECK(desk.count("ticket_links") == 1);
    // An inspector may not make tickets.
    auto inspector = desk.ws->tickets().split(original.id, second, desk.ws.userId("zhao.qing"));
    REQUIRE_FALSE(inspector);
    CHECK(inspector.error().code == Error::Code::Forbidden);
    CHECK(desk.count("tickets") == tickets);
}

TEST_CASE("tickets of two offices are not tied together", "[links]")
{
    Desk desk;
    REQUIRE(sql::run(desk.ws->database().connection(),
                     QStringLiteral("INSERT INTO sync_offices (code, is_self, is_head, sign_public, box_public, registered_at) "
                                    "VALUES ('SH', 0, 0, 'k', 'k', 0)")));
    const Ticket own = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:00:00+08:00");
    const Ticket branch = desk.create(desk.liNa, QStringLiteral("热水器不点火"), "2026-11-16T09:05:00+08:00");
    const Ticket branchToo = desk.create(desk.liNa, QStringLiteral("热水器漏水"), "2026-11-16T09:06:00+08:00");
    REQUIRE(sql::run(desk.ws->database().connection(), QStringLiteral("UPDATE tickets SET number = 'SH-2026-000001' WHERE id = ?"),
                     {branch.id}));
    REQUIRE(sql::run(desk.ws->database().connection(), QStringLiteral("UPDATE tickets SET number = 'SH-2026-000002' WHERE id = ?"),
                     {branchToo.id}));
    auto across = desk.ws->tickets().link(own.id, QStringLiteral("SH-2026-000001"), desk.liNa);
    REQUIRE_FALSE(across);
    CHECK(across.error().message.contains(QStringLiteral("different offices")));
    auto mergedAcross = desk.ws->tickets().merge(own.id, own.version, QStringLiteral("SH-2026-000001"), {}, desk.liNa);
    REQUIRE_FALSE(mergedAcross);
    CHECK(mergedAcross.error().message.contains(QStringLiteral("different offices")));
    // A split numbers its new ticket here: a branch's ticket is split at the branch.
    const qint64 tickets = desk.count("tickets");
    auto splitHere = desk.ws->tickets().split(branch.id, SplitDraft{QStringLiteral("滤网"), {}, Category::Inquiry, Priority::P3}, desk.liNa);
    REQUIRE_FALSE(splitHere);
    CHECK(splitHere.error().message.contains(QStringLiteral("belongs to office SH")));
    CHECK(desk.count("tickets") == tickets);
    CHECK(desk.count("ticket_links") == 0);
    // Two of the branch's tickets may be tied here (the tie travels to the branch).
    REQUIRE(desk.ws->tickets().link(branch.id, QStringLiteral("SH-2026-000002"), desk.liNa));
}
