// The agent performance page (docs/REPORTS.md "Agent performance"): whose
// page one may open, the agent's figures beside the team's mean, and the
// printed page read back with pdftotext.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "reports/AgentPerformanceDocument.h"
#include "reports/AgentPerformancePage.h"
#include "reports/ReportFilterBar.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

// Two hotline tickets for li.na and one for wang.lei, created on 18 November.
void threeTickets(test::TempWorkspace& ws)
{
    const qint64 supervisor = ws.userId("sun.hui");
    for (const char* login : {"li.na", "li.na", "wang.lei"}) {
        TicketDraft call;
        call.contactName = QStringLiteral("周先生");
        call.subject = QStringLiteral("洗衣机不脱水");
        call.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(call, supervisor);
        REQUIRE(ticket);
        REQUIRE(ws->tickets().assign(ticket->id, ticket->version, ws.userId(login), QString(), supervisor));
    }
}

QSet<QString> listedAgents(AgentPerformancePage& page)
{
    const auto* combo = child<QComboBox>(page, "reportAgent");
    QSet<QString> logins;
    for (int row = 0; row < combo->count(); ++row)
        logins.insert(combo->itemData(row).toString());
    return logins;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("an agent sees their own page beside the team's mean, and only their team's agents", "[ui][performance]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    threeTickets(ws);
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    AgentPerformancePage page(agent);
    // The hotline's agents in the default configuration (sun.hui, its supervisor, works no tickets); no "All".
    CHECK(listedAgents(page) == QSet<QString>{QStringLiteral("li.na"), QStringLiteral("wang.lei"), QStringLiteral("sarah.wu")});
    CHECK(child<QComboBox>(page, "reportAgent")->currentData().toString() == QLatin1String("li.na"));
    page.filters()->setPeriod(QDate(2026, 11, 1), QDate(2026, 12, 1));
    REQUIRE(page.comparison() != nullptr);
    const QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == 12);
    CHECK(table->item(0, 0)->text() == QLatin1String("Created"));
    CHECK(table->item(0, 1)->text() == QLatin1String("2"));
    CHECK(table->item(0, 2)->text() == QLatin1String("1.5")); // (2 + 1) / 2 agents
    CHECK(table->item(0, 3)->text() == QStringLiteral("↑ +0.5"));
    CHECK(table->item(11, 1)->text() == QStringLiteral("—")); // no review: nothing to measure
    CHECK(child<QLabel>(page, "performanceTeamNote")->text().contains(QLatin1String("mean of the 2 agents")));

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("page.pdf"));
    REQUIRE(AgentPerformanceDocument::writePdf(*page.comparison(), ReportLabels::fromWorkspace(*ws), pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Agent performance: 李娜 (li.na)")));
    CHECK(text.contains(QStringLiteral("Period: 2026-11-01 – 2026-11-30")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Created\\s+2\\s+1\\.5\\s+↑ \\+0\\.5"))));
}

TEST_CASE("a technician sees only their own page, a supervisor everyone's", "[ui][performance]")
{
    test::TempWorkspace ws{"2026-11-18T10:00:00+08:00"};
    AppContext technician{*ws, ws.userId("zhang.min"), QStringLiteral("张敏")};
    AgentPerformancePage own(technician);
    CHECK(listedAgents(own) == QSet<QString>{QStringLiteral("zhang.min")});
    CHECK_FALSE(child<QComboBox>(own, "reportAgent")->isEnabled());
    AppContext supervisor{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")};
    AgentPerformancePage all(supervisor);
    CHECK(listedAgents(all).contains(QStringLiteral("zhang.min")));
    CHECK(listedAgents(all).contains(QStringLiteral("liu.yang")));
    CHECK_FALSE(listedAgents(all).contains(QString())); // an agent must be chosen
    CHECK_FALSE(listedAgents(all).contains(QStringLiteral("admin")));
    CHECK_FALSE(listedAgents(all).contains(QStringLiteral("zhao.qing"))); // an inspector works no tickets
    CHECK(listedAgents(all).contains(QStringLiteral("sun.hui")));          // but one's own page is there
    // The filters that would narrow a report are not part of the page.
    CHECK_FALSE(child<QComboBox>(all, "reportCategory")->isVisibleTo(&all));
}
