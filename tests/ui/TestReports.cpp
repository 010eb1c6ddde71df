// The quality report screen and its printed form, checked against the KPI
// engine's own figures (the engine is tested with hand values elsewhere).
#include "TestSupport.h"

#include "common/AppContext.h"
#include "demo/DemoGenerator.h"
#include "reports/BreakdownModel.h"
#include "reports/Downsample.h"
#include "reports/HeadlineMetric.h"
#include "reports/KpiEngine.h"
#include "reports/KpiFormat.h"
#include "reports/ReportDocument.h"
#include "reports/ReportLabels.h"
#include "reports/ReportScreen.h"

#include <QAbstractItemView>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include "reports/KpiTile.h"
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

void fillDemo(test::TempWorkspace& ws, int agents)
{
    DemoGenerator generator(*ws, {2000, 0, 20261001, agents});
    REQUIRE(generator.run());
}

ReportRequest october()
{
    ReportRequest request;
    request.zone = kShanghai;
    request.from = test::at("2026-10-01T00:00:00+08:00");
    request.to = test::at("2026-11-01T00:00:00+08:00");
    return request;
}

void runAndWait(ReportScreen& screen)
{
    screen.refresh();
    REQUIRE(QTest::qWaitFor([&screen] { return !screen.isRunning(); }, 60000));
    REQUIRE(screen.report() != nullptr);
}

QString labelText(const QWidget& screen, const QString& name)
{
    const auto* label = screen.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<missing %1>").arg(name);
}

const Breakdown* breakdown(const KpiReport& report, const QString& name)
{
    for (const Breakdown& candidate : report.breakdowns) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

// The PDF's text, one string per page (pdftotext separates pages by form feeds).
QStringList pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void renderPages(const QString& pdf, const QString& prefix)
{
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                                               QDir::current().filePath(prefix)});
    CHECK(process.waitForFinished(60000));
}

} // namespace

TEST_CASE("downsample keeps short series and averages runs of long ones", "[ui][reports]")
{
    const QList<QPointF> two = {{0, 0}, {1, 1}};
    CHECK(downsample(two, 5) == two);
    CHECK(downsample(two, 2) == two);
    CHECK(downsample(two, 0) == two);
    // 6 points into 3: pairs averaged.
    const QList<QPointF> six = {{0, 0}, {1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}};
    CHECK(downsample(six, 3) == QList<QPointF>{{0.5, 1}, {2.5, 5}, {4.5, 9}});
    // 7 points into 3: runs of ceil(7/3) = 3, the last run holds what is left.
    const QList<QPointF> seven = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 9}};
    CHECK(downsample(seven, 3) == QList<QPointF>{{1, 1}, {4, 4}, {6, 9}});
    // 5 points into 4: runs of 2, so only 3 points come out (never more than asked).
    const QList<QPointF> five = {{0, 1}, {1, 3}, {2, 5}, {3, 7}, {4, 9}};
    CHECK(downsample(five, 4) == QList<QPointF>{{0.5, 2}, {2.5, 6}, {4, 9}});
    CHECK(downsample(six, 1) == QList<QPointF>{{2.5, 5}});
    // A year of days into 200 pixels.
    QList<QPointF> year;
    for (int day = 0; day < 366; ++day)
        year.append({double(day), double(day % 7)});
    CHECK(downsample(year, 200).size() == 183);
}

TEST_CASE("figures are formatted with arrows and points, and nothing to measure is a dash", "[ui][reports]")
{
    const QList<HeadlineMetric> metrics = HeadlineMetric::all();
    REQUIRE(metrics.size() == 12);
    const HeadlineMetric& sla = metrics[6];
    REQUIRE(sla.key == QStringLiteral("sla_resolution_pct"));
    CHECK(KpiFormat::change(sla, 92.5, 90.0) == QStringLiteral("↑ +2.5 pts"));
    CHECK(KpiFormat::direction(sla, 92.5, 90.0) == KpiFormat::Direction::Better);
    CHECK(KpiFormat::change(sla, std::nullopt, 90.0) == QStringLiteral("—"));
    const HeadlineMetric& backlog = metrics[2];
    CHECK(KpiFormat::change(backlog, 120, 100) == QStringLiteral("↑ +20"));
    CHECK(KpiFormat::direction(backlog, 120, 100) == KpiFormat::Direction::Worse);
    CHECK(KpiFormat::minutes(std::nullopt) == QStringLiteral("—"));
    CHECK(KpiFormat::minutes(42.34) == QStringLiteral("42.3 min"));
    CHECK(KpiFormat::minutes(125.4) == QStringLiteral("2 h 05 min"));
    CHECK(KpiFormat::percent(95.0) == QStringLiteral("95.0 %"));
    const HeadlineMetric& resolution = metrics[4];
    CHECK(KpiFormat::change(resolution, 100.0, 110.0) == QStringLiteral("↓ −10.0 min"));
    CHECK(KpiFormat::change(resolution, 400.0, 110.0) == QStringLiteral("↑ +4 h 50 min"));
    CHECK(KpiFormat::direction(resolution, 400.0, 110.0) == KpiFormat::Direction::Worse);
}

TEST_CASE("the report screen shows the engine's figures for the period", "[ui][reports]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    fillDemo(ws, 16);
    AppContext context{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")}; // a supervisor sees everyone's figures
    ReportScreen screen(context);
    screen.resize(1500, 1000);
    screen.show();
    screen.setTimeZone(kShanghai);
    screen.setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 1));
    runAndWait(screen);

    const KpiEngine engine(ws->database());
    const auto expected = engine.run(october());
    const auto previous = engine.run(october().previous());
    REQUIRE(expected);
    REQUIRE(previous);
    REQUIRE(expected->figures.created > 0);
    CHECK(screen.report()->request.from == october().from);
    CHECK(screen.report()->request.to == october().to);
    for (const QString& action : {QStringLiteral("Print preview…"), QStringLiteral("Export PDF…")}) {
        bool enabled = false;
        for (const QPushButton* button : screen.findChildren<QPushButton*>())
            enabled = enabled || (button->text() == action && button->isEnabled());
        CHECK(enabled);
    }
    for (const HeadlineMetric& metric : HeadlineMetric::all()) {
        INFO(metric.key.toStdString());
        const QString name = QStringLiteral("kpi_") + metric.key;
        CHECK(labelText(screen, name + QStringLiteral("_value")) == KpiFormat::value(metric.kind, metric.value(expected->figures)));
        CHECK(labelText(screen, name + QStringLiteral("_change"))
              == KpiFormat::change(metric, metric.value(expected->figures), metric.value(previous->figures)));
    }

    SECTION("a breakdown table has one row per key, and a double-click asks for that row's tickets")
    {
        auto* view = screen.findChild<QTableView*>(QStringLiteral("table_by_agent"));
        REQUIRE(view);
        const Breakdown* agents = breakdown(*expected, QStringLiteral("by_agent"));
        REQUIRE(agents);
        REQUIRE(view->model()->rowCount() == agents->rows.size());
        int row = 0;
        while (view->model()->index(row, 0).data(BreakdownModel::KeyRole).toString().isEmpty())
            ++row;
        const QString key = view->model()->index(row, 0).data(BreakdownModel::KeyRole).toString();
        CHECK(view->model()->index(row, 0).data().toString() == screen.labels().label(QStringLiteral("by_agent"), key));
        ReportFilter requested;
        qint64 from = 0, to = 0;
        int emitted = 0;
        QObject::connect(&screen, &ReportScreen::ticketsRequested, &screen, [&](const ReportFilter& f, qint64 a, qint64 b) {
            requested = f;
            from = a;
            to = b;
            ++emitted;
        });
        emit view->doubleClicked(view->model()->index(row, 2));
        REQUIRE(emitted == 1);
        CHECK(requested.agent == key);
        CHECK(from == october().from);
        CHECK(to == october().to);

        auto* categories = screen.findChild<QTableView*>(QStringLiteral("table_by_category"));
        REQUIRE(categories);
        CHECK(categories->model()->rowCount() == breakdown(*expected, QStringLiteral("by_category"))->rows.size());
    }

    SECTION("the screenshot is saved for review")
    {
        QTest::qWait(50);
        CHECK(screen.grab().save(QDir::current().filePath(QStringLiteral("report-screen-en.png"))));
        auto* scroll = screen.findChild<QScrollArea*>();
        REQUIRE(scroll);
        CHECK(scroll->widget()->grab().save(QDir::current().filePath(QStringLiteral("report-screen-en-full.png"))));
    }

    SECTION("a period with nothing to measure shows dashes, not zeros")
    {
        screen.setPeriod(QDate(2020, 1, 1), QDate(2020, 2, 1));
        runAndWait(screen);
        CHECK(labelText(screen, QStringLiteral("kpi_created_value")) == KpiFormat::count(0));
        CHECK(labelText(screen, QStringLiteral("kpi_frt_median_min_value")) == QStringLiteral("—"));
        CHECK(labelText(screen, QStringLiteral("kpi_sla_resolution_pct_value")) == QStringLiteral("—"));
        CHECK(labelText(screen, QStringLiteral("kpi_csat_avg_value")) == QStringLiteral("—"));
        CHECK(labelText(screen, QStringLiteral("kpi_csat_avg_change")) == QStringLiteral("—"));
    }

    SECTION("a newer run supersedes the one in flight")
    {
        screen.setPeriod(QDate(2026, 1, 1), QDate(2026, 11, 1));
        screen.refresh();
        screen.setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 1));
        runAndWait(screen);
        QTest::qWait(200);
        CHECK(screen.report()->request.from == october().from);
        CHECK(labelText(screen, QStringLiteral("kpi_created_value")) == KpiFormat::count(expected->figures.created));
    }
}

TEST_CASE("the printed report carries the office, period, figures and page numbers", "[ui][reports][pdf]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    // Many agents: the agent table needs more than one page.
    fillDemo(ws, 90);
    const KpiEngine engine(ws->database());
    const auto report = engine.run(october());
    const auto previous = engine.run(october().previous());
    REQUIRE(report);
    REQUIRE(previous);
    const bool havePoppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    if (!havePoppler)
        WARN("pdftotext is not installed: the PDF's text is not checked");

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        INFO(language.toStdString());
        ReportLabels labels = ReportLabels::fromWorkspace(*ws, &*report);
        labels.officeName = language == QLatin1String("en") ? QStringLiteral("Shanghai Branch") : QStringLiteral("上海分公司");
        labels.companyName = language == QLatin1String("en") ? QStringLiteral("Acme Appliances") : QStringLiteral("艾克美电器");
        const QString pdf = QDir::current().filePath(QStringLiteral("report-%1.pdf").arg(language));
        QElapsedTimer timer;
        timer.start();
        REQUIRE(ReportDocument::writePdf(*report, &*previous, labels, pdf));
        WARN("PDF (" << language.toStdString() << ") written in " << timer.elapsed() << " ms");
        ReportDocument document(*report, &*previous, labels);
        const int pages = document.pageCount();
        CHECK(pages > 1);
        if (!havePoppler)
            continue;
        const QStringList text = pdfPages(pdf);
        REQUIRE(text.size() == pages);
        CHECK(text[0].contains(labels.officeName));
        CHECK(text[0].contains(QStringLiteral("2026-10-01 – 2026-10-31")));
        CHECK(text[0].contains(QStringLiteral("Page 1 of %1").arg(pages)));
        CHECK(text.last().contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The created count as the tile prints it, next to its title.
        CHECK(text[0].contains(KpiFormat::count(report->figures.created)));
        // Every page repeats the header; a table that continues repeats its header row.
        int continued = 0;
        for (int page = 1; page < text.size(); ++page) {
            CHECK(text[page].contains(labels.officeName));
            if (text[page].contains(QStringLiteral("By agent (continued)"))) {
                ++continued;
                CHECK(text[page].contains(QStringLiteral("Resolution median")));
            }
        }
        CHECK(continued >= 1);
        // Agents' names come out in the table (Chinese names need the CJK font).
        const Breakdown* agents = breakdown(*report, QStringLiteral("by_agent"));
        REQUIRE(agents);
        const QString someone = labels.label(QStringLiteral("by_agent"), agents->rows.last().key);
        CHECK(text.join(QString()).contains(someone));
        renderPages(pdf, QStringLiteral("report-%1-page").arg(language));
    }
}

TEST_CASE("beside the call panel the report rearranges its tiles and charts instead of cutting them off", "[ui][reports]")
{
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    fillDemo(ws, 16);
    AppContext context{*ws, ws.userId("sun.hui"), QStringLiteral("孙慧")}; // a supervisor sees everyone's figures
    ReportScreen screen(context);
    screen.show();
    // With a month's figures in the tiles, as a supervisor sees them.
    screen.setTimeZone(kShanghai);
    screen.setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 1));
    runAndWait(screen);
    for (const int width : {1500, 860, 560}) {
        INFO("width " << width);
        screen.resize(width, 900);
        QApplication::processEvents();
        auto* scroll = screen.findChild<QScrollArea*>();
        REQUIRE(scroll);
        const QRect visible = scroll->viewport()->rect();
        for (const KpiTile* tile : screen.findChildren<KpiTile*>()) {
            const QRect place(tile->mapTo(scroll->viewport(), QPoint(0, 0)), tile->size());
            CHECK(place.left() >= visible.left());
            CHECK(place.right() <= visible.right());
        }
        for (int i = 0; i < 2; ++i) {
            const auto* chart = screen.findChild<QWidget*>(QStringLiteral("reportChart%1").arg(i));
            REQUIRE(chart);
            CHECK(chart->mapTo(scroll->viewport(), QPoint(chart->width(), 0)).x() <= visible.right() + 1);
        }
    }
}
