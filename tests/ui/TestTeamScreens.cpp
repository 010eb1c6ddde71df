// Automatic assignment as people use it: the Available/Away switch in an
// agent's status bar and the supervisors' Teams and assignment screen. Team
// hotline has the agents li.na, wang.lei and sarah.wu and the supervisor sun.hui.
#include "TestSupport.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "people/TeamsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Office
{
    test::TempWorkspace ws{"2026-11-16T10:00:00+08:00"};
    qint64 supervisor = ws.userId("sun.hui");
    qint64 liNa = ws.userId("li.na");

    qint64 fileForHotline()
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("冰箱门关不严");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(draft, supervisor);
        REQUIRE(ticket);
        return ticket->id;
    }
    std::optional<qint64> assigneeOf(qint64 ticketId)
    {
        auto ticket = ws->tickets().get(ticketId);
        REQUIRE(ticket);
        return ticket->assigneeId;
    }
};

QTableWidgetItem* rowOf(QTableWidget* table, const QString& text)
{
    const auto found = table->findItems(text, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("an agent's desk opens Available, takes the team's waiting tickets, and the switch in the status bar says Away", "[ui][assignment]")
{
    Office office;
    REQUIRE(office.ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, office.supervisor));
    const qint64 waiting = office.fileForHotline();
    REQUIRE_FALSE(office.assigneeOf(waiting)); // nobody's desk is open yet

    AppContext agent{*office.ws, office.liNa, QStringLiteral("李娜")};
    auto window = std::make_unique<MainWindow>(agent);
    auto* toggle = window->findChild<QToolButton*>(QStringLiteral("availabilitySwitch"));
    REQUIRE(toggle);
    CHECK(toggle->text().contains(QStringLiteral("Available")));
    CHECK(office.assigneeOf(waiting) == office.liNa);

    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(toggle->text().contains(QStringLiteral("Away")));
    CHECK(office.ws->presence().availability(office.liNa).value() == Availability::Away);
    const qint64 later = office.fileForHotline();
    CHECK_FALSE(office.assigneeOf(later));

    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(toggle->text().contains(QStringLiteral("Available")));
    CHECK(office.assigneeOf(later) == office.liNa);

    // Closing the desk signs it off: the next ticket waits.
    window->close();
    window.reset();
    CHECK_FALSE(office.assigneeOf(office.fileForHotline()));
}

TEST_CASE("a supervisor chooses the team's rule on the Teams screen and sees who is free, agents are not offered it", "[ui][assignment]")
{
    Office office;
    const qint64 waiting = office.fileForHotline();
    REQUIRE(office.ws->presence().signOn(office.liNa));
    REQUIRE(office.ws->presence().signOn(office.ws.userId("wang.lei")));
    REQUIRE(office.ws->presence().setAvailability(office.ws.userId("wang.lei"), Availability::Away));

    AppContext supervisor{*office.ws, office.supervisor, QStringLiteral("孙慧")};
    TeamsDialog dialog(supervisor);
    auto* teams = dialog.findChild<QTableWidget*>(QStringLiteral("teams"));
    REQUIRE(teams);
    const int hotline = rowOf(teams, QStringLiteral("Hotline"))->row();
    teams->selectRow(hotline);
    // One of the four members is signed in and available.
    CHECK(teams->item(hotline, 2)->text() == QStringLiteral("1 of 4"));
    auto* members = dialog.findChild<QTableWidget*>(QStringLiteral("members"));
    REQUIRE(members);
    CHECK(members->rowCount() == 4);
    CHECK(members->item(rowOf(members, QStringLiteral("李娜"))->row(), 2)->text() == QStringLiteral("Signed in, available"));
    CHECK(members->item(rowOf(members, QStringLiteral("王磊"))->row(), 2)->text() == QStringLiteral("Signed in, away"));

    // Another team's row is selected: the message still names the team whose rule changed.
    teams->selectRow(rowOf(teams, QStringLiteral("Technical support"))->row());
    auto* rule = dialog.findChild<QComboBox*>(QStringLiteral("assignment_hotline"));
    REQUIRE(rule);
    CHECK(rule->isEnabled());
    CHECK(rule->currentText() == QStringLiteral("By hand"));
    rule->setCurrentIndex(rule->findData(int(AssignmentMode::LeastOpen)));
    emit rule->activated(rule->currentIndex());
    const auto stored = office.ws->configStore().load();
    REQUIRE(stored);
    for (const Team& team : stored->teams)
        CHECK(team.assignment == (team.code == QLatin1String("hotline") ? AssignmentMode::LeastOpen : AssignmentMode::Manual));
    CHECK(office.assigneeOf(waiting) == office.liNa);
    const QString message = dialog.findChild<QLabel*>(QStringLiteral("teamsMessage"))->text();
    CHECK(message.startsWith(QStringLiteral("Hotline: ")));
    CHECK(message.contains(QStringLiteral("Least open work")));
    CHECK(message.contains(QStringLiteral(": 1.")));
    teams->selectRow(rowOf(teams, QStringLiteral("Hotline"))->row());
    CHECK(members->item(rowOf(members, QStringLiteral("李娜"))->row(), 3)->text() == QStringLiteral("1"));

    AppContext agent{*office.ws, office.liNa, QStringLiteral("李娜")};
    TeamsDialog readOnly(agent);
    CHECK_FALSE(readOnly.findChild<QComboBox*>(QStringLiteral("assignment_hotline"))->isEnabled());
    MainWindow agentWindow(agent);
    CHECK_FALSE(agentWindow.findChild<QAction*>(QStringLiteral("action_teams.routing"))->isVisible());
    MainWindow supervisorWindow(supervisor);
    CHECK(supervisorWindow.findChild<QAction*>(QStringLiteral("action_teams.routing"))->isVisible());
    CHECK_FALSE(supervisorWindow.findChild<QToolButton*>(QStringLiteral("availabilitySwitch")));
}
