// Every cell of the permission matrix, tried through the real services as a
// user of each role. The expected table below is written out from
// docs/PERMISSIONS.md, not read from the program.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "exchange/TicketExporter.h"
#include "exchange/TicketImporter.h"
#include "people/Permissions.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace sd;

namespace {

// One user of each role in the default configuration.
const std::map<Role, const char*> kUserOfRole{
    {Role::Agent, "li.na"},          // team hotline
    {Role::Technician, "zhang.min"}, // team tech
    {Role::Inspector, "zhao.qing"},  // team care
    {Role::Supervisor, "sun.hui"},   // team hotline
    {Role::Admin, "admin"},          // no team
};

// docs/PERMISSIONS.md, column by column: agent, technician, inspector, supervisor, administrator.
const std::map<Action, std::array<bool, 5>> kExpected{
    {Action::CreateTicket, {true, true, false, true, true}},
    {Action::EditTicket, {true, true, false, true, true}},
    {Action::CommentTicket, {true, true, true, true, true}},
    {Action::AssignToSelf, {true, true, false, true, true}},
    {Action::AssignToOthers, {false, false, false, true, true}},
    {Action::Escalate, {true, true, false, true, true}},
    {Action::Resolve, {true, true, false, true, true}},
    {Action::Reopen, {true, false, false, true, true}},
    {Action::RecordSatisfaction, {true, false, false, true, true}},
    {Action::EditCustomer, {true, true, false, true, true}},
    {Action::ChangeCustomerTier, {false, false, false, true, true}},
    {Action::ImportData, {false, false, false, false, true}},
    {Action::ExportData, {false, false, true, true, true}},
    {Action::GenerateDemoData, {false, false, false, false, true}},
    {Action::ViewOwnReports, {true, true, true, true, true}},
    {Action::ViewTeamReports, {true, false, true, true, true}},
    {Action::ViewAllReports, {false, false, true, true, true}},
    {Action::EditConfiguration, {false, false, false, false, true}},
    {Action::ManageUsers, {false, false, false, false, true}},
    {Action::ViewAuditLog, {false, false, false, false, true}},
    {Action::RunSync, {true, true, true, true, true}},
    {Action::ManageOffices, {false, false, false, false, true}},
    {Action::ResolveConflicts, {false, false, false, true, true}},
    {Action::MergeCustomers, {false, false, false, true, true}},
    {Action::HandleComplaint, {true, false, false, true, true}},
    {Action::RecordCost, {true, true, false, true, true}},
    {Action::PlanVisits, {true, true, false, true, true}},
    {Action::ReportVisits, {false, true, false, true, true}},
    {Action::ProposePlan, {true, true, false, true, true}},
    {Action::ManageReplies, {false, false, false, true, true}},
    {Action::ManageRouting, {false, false, false, true, true}},
    {Action::MergeTickets, {true, false, false, true, true}},
    {Action::MakeReturnVisits, {true, false, false, true, true}},
    {Action::ScheduleReports, {false, false, false, true, true}},
    {Action::WriteArticles, {true, true, true, true, true}},
    {Action::PublishArticles, {false, false, true, true, true}},
    {Action::ReviewQuality, {false, false, true, true, true}},
    {Action::ManageQuality, {false, false, false, true, true}},
    {Action::ViewRisks, {false, false, true, true, true}},
    {Action::ManageRisks, {false, false, false, true, true}},
};

QString importFile(const char* name)
{
    return QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../data/import/") + QLatin1String(name));
}

TicketDraft call(const QString& subject)
{
    TicketDraft draft;
    draft.channel = Channel::Phone;
    draft.category = Category::Fault;
    draft.priority = Priority::P3;
    draft.subject = subject;
    draft.contactName = QStringLiteral("Ms Zhou");
    draft.contactPhone = QStringLiteral("13800138000");
    return draft;
}

// One criterion on two points: enough for any review.
Scorecard scorecard()
{
    Scorecard card;
    card.name = QStringLiteral("Calls");
    card.criteria = {{QStringLiteral("greeting"), QStringLiteral("Greets the customer"), 1, 2, false}};
    return card;
}

// Everything a refused action could have touched, as one comparable text.
QString fingerprint(Workspace& ws)
{
    auto row = sql::run(ws.database().connection(), QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM tickets), (SELECT COALESCE(SUM(version), 0) FROM tickets), "
        "(SELECT COUNT(*) FROM ticket_events), (SELECT COUNT(*) FROM customers), "
        "(SELECT COALESCE(SUM(version), 0) FROM customers), (SELECT COUNT(*) FROM users), "
        "(SELECT COUNT(*) FROM purchases), (SELECT COUNT(*) FROM settings), "
        "(SELECT COALESCE(MAX(value), '') FROM settings WHERE key = 'office_name'), "
        "(SELECT COALESCE(SUM(version), 0) FROM complaints), (SELECT COUNT(*) FROM cost_lines), "
        "(SELECT COUNT(*) FROM work_orders), (SELECT COALESCE(SUM(version), 0) FROM work_orders), "
        "(SELECT COUNT(*) FROM solution_plans), (SELECT COUNT(*) FROM canned_replies), "
        "(SELECT COUNT(*) FROM teams WHERE assignment <> 'manual'), (SELECT COUNT(*) FROM ticket_links), "
        "(SELECT COUNT(*) FROM attachments), (SELECT COUNT(*) FROM kb_articles), "
        "(SELECT COALESCE(SUM(version), 0) FROM kb_articles), (SELECT COUNT(*) FROM qa_scorecards), "
        "(SELECT COALESCE(SUM(version), 0) FROM qa_reviews), (SELECT COUNT(*) FROM risks), "
        "(SELECT COALESCE(SUM(version), 0) FROM risks)"));
    REQUIRE(row);
    REQUIRE(row->next());
    QStringList parts;
    for (int i = 0; i < 24; ++i)
        parts.append(row->value(i).toString());
    return parts.join(QLatin1Char('|'));
}

qint64 deniedEntries(Workspace& ws, qint64 userId, Action action)
{
    auto count = sql::scalar(ws.database().connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'denied' AND user_id = ? AND action = ?"),
                             {userId, toCode(action)});
    REQUIRE(count);
    return count->toLongLong();
}

// A morning visit by a technician.
VisitPlan visitPlan(qint64 technicianId)
{
    VisitPlan plan;
    plan.technicianId = technicianId;
    plan.address = QStringLiteral("1 Nanjing Road");
    plan.windowFrom = test::at("2026-10-13T09:00:00+08:00");
    plan.windowTo = test::at("2026-10-13T11:00:00+08:00");
    return plan;
}

// Sets up what the action needs (as the administrator) and returns a step
// that performs it as `actor`.
struct Cell
{
    test::TempWorkspace& ws;
    qint64 actor;
    qint64 admin;
    QTemporaryDir& files;

    qint64 ticketInStatus(TicketStatus status)
    {
        auto ticket = ws->tickets().create(call(QStringLiteral("prepared")), admin);
        REQUIRE(ticket);
        if (status == TicketStatus::New)
            return ticket->id;
        auto assigned = ws->tickets().assign(ticket->id, ticket->version, ws.userId("wang.lei"), {}, admin);
        REQUIRE(assigned);
        auto working = ws->tickets().changeStatus(ticket->id, assigned->version, TicketStatus::InProgress, admin);
        REQUIRE(working);
        if (status == TicketStatus::InProgress)
            return ticket->id;
        auto resolved = ws->tickets().changeStatus(ticket->id, working->version, TicketStatus::Resolved, admin,
                                                   QStringLiteral("replaced the fuse"));
        REQUIRE(resolved);
        return ticket->id;
    }

    int version(qint64 id)
    {
        auto ticket = ws->tickets().get(id);
        REQUIRE(ticket);
        return ticket->version;
    }

    std::function<Status()> step(Action action);
};

template <typename T>
Status statusOf(const Result<T>& result)
{
    if (result)
        return {};
    return fail(result.error());
}

std::function<Status()> Cell::step(Action action)
{
    switch (action) {
    case Action::CreateTicket:
        return [this] { return statusOf(ws->tickets().create(call(QStringLiteral("new call")), actor)); };
    case Action::EditTicket: {
        const qint64 id = ticketInStatus(TicketStatus::New);
        return [this, id] { return statusOf(ws->tickets().edit(id, version(id), call(QStringLiteral("edited")), actor)); };
    }
    case Action::CommentTicket: {
        const qint64 id = ticketInStatus(TicketStatus::New);
        return [this, id] { return statusOf(ws->tickets().addComment(id, QStringLiteral("called back"), false, actor)); };
    }
    case Action::AssignToSelf: {
        const qint64 id = ticketInStatus(TicketStatus::New);
        return [this, id] { return statusOf(ws->tickets().assign(id, version(id), actor, {}, actor)); };
    }
    case Action::AssignToOthers: {
        const qint64 id = ticketInStatus(TicketStatus::New);
        return [this, id] { return statusOf(ws->tickets().assign(id, version(id), ws.userId("sarah.wu"), {}, actor)); };
    }
    case Action::Escalate: {
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        return [this, id] { return statusOf(ws->tickets().escalate(id, version(id), actor, QStringLiteral("needs L2"))); };
    }
    case Action::Resolve: {
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        return [this, id] {
            return statusOf(ws->tickets().changeStatus(id, version(id), TicketStatus::Resolved, actor, QStringLiteral("fixed")));
        };
    }
    case Action::Reopen: {
        const qint64 id = ticketInStatus(TicketStatus::Resolved);
        return [this, id] { return statusOf(ws->tickets().changeStatus(id, version(id), TicketStatus::InProgress, actor)); };
    }
    case Action::RecordSatisfaction: {
        const qint64 id = ticketInStatus(TicketStatus::Resolved);
        return [this, id] { return statusOf(ws->tickets().recordSatisfaction(id, 4, QStringLiteral("quick"), actor)); };
    }
    case Action::EditCustomer:
        return [this] {
            CustomerDraft draft;
            draft.name = QStringLiteral("Harbour Hotel");
            draft.phone = QStringLiteral("021-5555-0101");
            return statusOf(ws->customers().create(draft, actor));
        };
    case Action::ChangeCustomerTier:
        return [this] {
            CustomerDraft draft;
            draft.name = QStringLiteral("Grand Hotel");
            draft.phone = QStringLiteral("021-5555-0102");
            draft.tierCode = QStringLiteral("vip");
            draft.tierLocked = true;
            return statusOf(ws->customers().create(draft, actor));
        };
    case Action::ImportData:
        return [this] {
            ImportOptions options;
            options.actorId = actor;
            return statusOf(TicketImporter(*ws).importFile(importFile("basic_utf8_bom.csv"), options));
        };
    case Action::ExportData:
        ticketInStatus(TicketStatus::New);
        return [this] { return statusOf(TicketExporter(*ws, actor).exportFile(files.filePath(QStringLiteral("out.csv")))); };
    case Action::GenerateDemoData:
        return [this] {
            DemoOptions options;
            options.tickets = 40;
            options.customers = 10;
            options.agents = 2;
            options.actorId = actor;
            return DemoGenerator(*ws, options).run();
        };
    case Action::ViewOwnReports:
        return [this] {
            auto user = ws->users().byId(actor);
            REQUIRE(user);
            return ws->access().requireReport(actor, {}, user->login);
        };
    case Action::ViewTeamReports:
        return [this] {
            auto user = ws->users().byId(actor);
            REQUIRE(user);
            // The administrator has no team: the whole office is theirs.
            return ws->access().requireReport(actor, user->teamCode, {});
        };
    case Action::ViewAllReports:
        return [this] { return ws->access().requireReport(actor, {}, {}); };
    case Action::EditConfiguration:
        return [this] {
            Configuration changed = ws->configuration();
            changed.officeName = QStringLiteral("East branch");
            return ws->importConfiguration(changed, actor);
        };
    case Action::ManageUsers:
        return [this] {
            UserDraft draft{QStringLiteral("new.agent"), QStringLiteral("New Agent"), Role::Agent, QStringLiteral("hotline"), {}};
            return statusOf(ws->userAdmin().add(draft, QStringLiteral("correct horse"), actor));
        };
    case Action::HandleComplaint: {
        TicketDraft complaint = call(QStringLiteral("rude engineer"));
        complaint.category = Category::Complaint;
        auto ticket = ws->tickets().create(complaint, admin);
        REQUIRE(ticket);
        return [this, id = ticket->id] {
            ComplaintStep verify;
            verify.to = ComplaintStage::Verified;
            verify.note = QStringLiteral("call recording");
            return statusOf(ws->complaints().advance(id, 1, verify, actor));
        };
    }
    case Action::RecordCost: {
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        return [this, id] {
            CostEntry travel;
            travel.kind = CostKind::Transport;
            travel.quantity = 8;
            return statusOf(ws->costs().add(id, travel, actor));
        };
    }
    case Action::PlanVisits: {
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        return [this, id] { return statusOf(ws->visits().schedule(id, visitPlan(ws.userId("zhang.min")), actor)); };
    }
    case Action::ReportVisits: {
        // Sent to the technician of the matrix's column where there is one, so
        // the "own visits only" rule does not hide the matrix's answer.
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        auto user = ws->users().byId(actor);
        REQUIRE(user);
        VisitPlan plan = visitPlan(ws.userId("zhang.min"));
        if (user->role == Role::Technician)
            plan.technicianId = actor;
        auto visit = ws->visits().schedule(id, plan, admin);
        REQUIRE(visit);
        return [this, visit = *visit] {
            VisitReport report;
            report.to = VisitStatus::EnRoute;
            return statusOf(ws->visits().report(visit.id, visit.version, report, actor));
        };
    }
    case Action::ProposePlan: {
        const qint64 id = ticketInStatus(TicketStatus::InProgress);
        return [this, id] {
            PlanDraft draft;
            draft.cause = QStringLiteral("worn belt");
            draft.steps = QStringLiteral("replace the belt");
            draft.labourMinutes = 30;
            draft.deadline = test::at("2026-10-14T18:00:00+08:00");
            return statusOf(ws->plans().propose(id, draft, actor));
        };
    }
    case Action::MergeTickets: {
        const qint64 duplicate = ticketInStatus(TicketStatus::New);
        auto kept = ws->tickets().get(ticketInStatus(TicketStatus::InProgress));
        REQUIRE(kept);
        return [this, duplicate, number = kept->number] {
            return statusOf(ws->tickets().merge(duplicate, version(duplicate), number, {}, actor));
        };
    }
    case Action::MakeReturnVisits: {
        CustomerDraft draft;
        draft.name = QStringLiteral("Harbour Hotel");
        draft.tierCode = QStringLiteral("vip");
        draft.tierLocked = true;
        auto customer = ws->customers().create(draft, admin);
        REQUIRE(customer);
        Purchase bought;
        bought.product = QStringLiteral("ice maker");
        bought.purchasedOn = QDate(2026, 10, 12);
        REQUIRE(ws->customers().addPurchase(customer->id, bought, admin));
        auto visits = ws->returnVisits().ofCustomer(customer->id);
        REQUIRE(visits);
        REQUIRE(visits->size() == 1);
        return [this, visit = visits->first()] {
            return statusOf(ws->returnVisits().record(visit.id, visit.version, ReturnVisitRecord{}, actor));
        };
    }
    case Action::ViewRisks:
        return [this] { return ws->risks().requireView(actor); };
    case Action::ManageRisks:
        return [this] {
            RiskDraft draft;
            draft.title = QStringLiteral("Spare compressors run short before summer");
            draft.kind = RiskKind::Logistics;
            return statusOf(ws->risks().create(draft, actor));
        };
    case Action::ScheduleReports:
        return [this] {
            SavedReportDraft draft;
            draft.name = QStringLiteral("Monthly quality");
            draft.period = ReportPeriod::LastMonth;
            return statusOf(ws->scheduledReports().save(draft, actor));
        };
    case Action::WriteArticles:
        return [this] {
            static int written = 0;
            ArticleDraft draft;
            draft.title = QStringLiteral("Ice maker leaks after defrost, case %1").arg(++written);
            draft.language = QStringLiteral("en");
            return statusOf(ws->knowledge().create(draft, actor));
        };
    case Action::PublishArticles: {
        // Written by the technician, so that no reviewer below is its author.
        static int reviewed = 0;
        ArticleDraft draft;
        draft.title = QStringLiteral("Ice maker does not make ice, case %1").arg(++reviewed);
        draft.language = QStringLiteral("en");
        draft.answer = QStringLiteral("Clear the drain tube.");
        auto article = ws->knowledge().create(draft, ws.userId("zhang.min"));
        REQUIRE(article);
        return [this, article = *article] {
            return statusOf(ws->knowledge().setStatus(article.id, article.version, ArticleStatus::Published, actor));
        };
    }
    case Action::ManageQuality:
        return [this] { return statusOf(ws->quality().saveScorecard(scorecard(), actor)); };
    case Action::ReviewQuality: {
        // A calibration gives the inspector and the supervisor a review each; the actor scores their own.
        if (auto cards = ws->quality().scorecards(); cards && cards->isEmpty())
            REQUIRE(ws->quality().saveScorecard(scorecard(), admin));
        auto ticket = ws->tickets().create(call(QStringLiteral("Fridge light stays off")), admin);
        REQUIRE(ticket);
        auto reviews = ws->quality().calibrate(ticket->id, {ws.userId("zhao.qing"), ws.userId("sun.hui")}, admin);
        REQUIRE(reviews);
        QaReview review = reviews->first();
        for (const QaReview& r : *reviews)
            if (r.inspectorId == actor)
                review = r;
        // The scorecard in use may be the demo's (the administrator's cells make demo data first): rate all its criteria.
        auto card = ws->quality().scorecard(review.scorecardId);
        REQUIRE(card);
        Ratings ratings;
        for (const Criterion& criterion : card->criteria)
            ratings.insert(criterion.code, criterion.points);
        return [this, review, ratings] {
            return statusOf(ws->quality().submit(review.id, review.version, ratings, QStringLiteral("Good"), actor));
        };
    }
    case Action::ManageRouting:
        return [this] { return ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, actor); };
    case Action::ManageReplies:
        return [this] {
            return statusOf(ws->replies().add({QStringLiteral("Thanks"), QStringLiteral("en"), QStringLiteral("Thank you, {customer}."), true}, actor));
        };
    case Action::ViewAuditLog:
    case Action::RunSync:
    case Action::ManageOffices:
    case Action::ResolveConflicts:
    case Action::MergeCustomers:
        return [this, action] { return ws->access().require(actor, action); };
    }
    return {};
}

} // namespace

TEST_CASE("the permission matrix in core is the documented one", "[permissions]")
{
    for (const auto& [action, row] : kExpected)
        for (Role role : allValues<Role>()) {
            INFO(toCode(action).toStdString() << " / " << toCode(role).toStdString());
            CHECK(Permissions::allows(role, action) == row.at(static_cast<size_t>(role)));
        }
    CHECK(kExpected.size() == static_cast<size_t>(allValues<Action>().size()));
}

TEST_CASE("every cell of the matrix: allowed actions succeed, forbidden ones are refused, audited and write nothing",
          "[permissions]")
{
    for (Role role : allValues<Role>()) {
        test::TempWorkspace ws;
        QTemporaryDir files;
        const qint64 actor = ws.userId(kUserOfRole.at(role));
        Cell cell{ws, actor, ws.userId("admin"), files};
        // Demo data goes only into an empty database: that cell comes first.
        std::vector<std::pair<Action, std::array<bool, 5>>> cells(kExpected.begin(), kExpected.end());
        std::stable_partition(cells.begin(), cells.end(), [](const auto& c) { return c.first == Action::GenerateDemoData; });
        for (const auto& [action, row] : cells) {
            INFO(toCode(action).toStdString() << " as " << toCode(role).toStdString());
            auto perform = cell.step(action);
            const QString before = fingerprint(*ws);
            const qint64 deniedBefore = deniedEntries(*ws, actor, action);
            const Status done = perform();
            if (row.at(static_cast<size_t>(role))) {
                CHECK(done);
                continue;
            }
            REQUIRE_FALSE(done);
            CHECK(done.error().code == Error::Code::Forbidden);
            CHECK(done.error().message.contains(toLabel(role)));
            CHECK(done.error().message.contains(toLabel(action)));
            CHECK(fingerprint(*ws) == before);
            CHECK(deniedEntries(*ws, actor, action) == deniedBefore + 1);
        }
    }
}

TEST_CASE("a deactivated user may do nothing, and tickets from outside need no user but nothing else", "[permissions]")
{
    test::TempWorkspace ws;
    const qint64 admin = ws.userId("admin");
    REQUIRE(ws->userAdmin().resetPassword(admin, QStringLiteral("s3cret-admin"), admin));
    const qint64 agent = ws.userId("li.na");
    REQUIRE(ws->userAdmin().setActive(agent, false, admin));
    auto refused = ws->tickets().create(call(QStringLiteral("after leaving")), agent);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    CHECK(refused.error().message.contains(QStringLiteral("li.na")));

    // A web form or phone system files tickets as nobody (the intake)...
    auto filed = ws->tickets().create(call(QStringLiteral("from the web form")), AccessControl::kIntake);
    REQUIRE(filed);
    // ...and nobody may do anything else once the database has an administrator.
    auto comment = ws->tickets().addComment(filed->id, QStringLiteral("sneaky"), false, AccessControl::kIntake);
    REQUIRE_FALSE(comment);
    CHECK(comment.error().code == Error::Code::Forbidden);
    CHECK_FALSE(ws->importConfiguration(ws->configuration(), AccessControl::kIntake));
}

TEST_CASE("an agent takes a ticket or hands their own back, but moves nobody else's", "[permissions]")
{
    test::TempWorkspace ws;
    const qint64 li = ws.userId("li.na");
    const qint64 wang = ws.userId("wang.lei");
    const qint64 supervisor = ws.userId("sun.hui");
    auto ticket = ws->tickets().create(call(QStringLiteral("router")), AccessControl::kIntake);
    REQUIRE(ticket);
    auto taken = ws->tickets().assign(ticket->id, ticket->version, li, {}, li);
    REQUIRE(taken);
    auto handedBack = ws->tickets().assign(ticket->id, taken->version, std::nullopt, {}, li);
    REQUIRE(handedBack);
    auto toWang = ws->tickets().assign(ticket->id, handedBack->version, wang, {}, supervisor);
    REQUIRE(toWang);
    // Taking a colleague's ticket, or unassigning it, moves their work.
    auto grabbed = ws->tickets().assign(ticket->id, toWang->version, li, {}, li);
    REQUIRE_FALSE(grabbed);
    CHECK(grabbed.error().message.contains(toLabel(Action::AssignToOthers)));
    auto dropped = ws->tickets().assign(ticket->id, toWang->version, std::nullopt, {}, li);
    REQUIRE_FALSE(dropped);
    CHECK(dropped.error().code == Error::Code::Forbidden);
    auto current = ws->tickets().get(ticket->id);
    REQUIRE(current);
    CHECK(current->assigneeId == wang);
}
