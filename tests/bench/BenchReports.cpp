// The quality report over a large database.
//   benchreports --db FILE [--month YYYY-MM] [--tz ZONE]
// Prints: the full monthly report (all figures, breakdowns, trend, top terms);
// the engine computing only the five headline figures; and the sqlite3
// command-line tool running plain SQL for the same five figures on the same
// file (the practical floor), with the ratio and whether the figures agree.
// On a server (--db postgresql://…) psql runs the same SQL instead: the sum of
// its five statements' \timing, so connecting is not counted.
#include "PostgresFloor.h"
#include "reports/KpiEngine.h"
#include "reports/ServiceFigures.h"
#include "reports/ReportDocument.h"
#include "reports/ReportLabels.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QTemporaryDir>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <cstdio>
#include <vector>

using namespace sd;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString sqliteScript(qint64 from, qint64 to)
{
    const QString f = QString::number(from), t = QString::number(to);
    return QStringLiteral(
               "SELECT COUNT(*) FROM tickets WHERE created_at >= %1 AND created_at < %2;\n"
               "SELECT COUNT(*) FROM tickets WHERE resolved_at >= %1 AND resolved_at < %2;\n"
               "SELECT (SELECT COUNT(*) FROM tickets WHERE created_at < %2) - (SELECT COUNT(*) FROM tickets WHERE resolved_at < %2);\n"
               "SELECT ROUND(100.0 * SUM(CASE WHEN resolved_at IS NOT NULL AND resolution_due IS NOT NULL AND resolved_at <= resolution_due THEN 1 ELSE 0 END)"
               " / SUM(CASE WHEN resolved_at IS NOT NULL OR resolution_due < %2 THEN 1 ELSE 0 END), 2)"
               " FROM tickets WHERE created_at >= %1 AND created_at < %2;\n"
               "SELECT ROUND(AVG(csat_score), 2) FROM tickets WHERE resolved_at >= %1 AND resolved_at < %2;\n")
        .arg(f, t);
}

// The SQL of the complaint and cost figures (reports/ServiceFigures.cpp) as
// sqlite3 or psql runs it, for the whole office.
QString serviceScript(qint64 from, qint64 to)
{
    const QString f = QString::number(from), t = QString::number(to);
    return QStringLiteral(
               "SELECT COALESCE(t.complaint_cause, ''), COUNT(*) FROM tickets t WHERE t.category = 'complaint' "
               "AND t.created_at >= %1 AND t.created_at < %2 GROUP BY COALESCE(t.complaint_cause, '') ORDER BY 1;\n"
               "SELECT COUNT(*), SUM(CASE WHEN t.resolved_at <= c.closing_due THEN 1 ELSE 0 END) FROM tickets t "
               "JOIN complaints c ON c.ticket_id = t.id WHERE (t.resolved_at IS NOT NULL OR c.closing_due < %2) "
               "AND t.category = 'complaint' AND t.created_at >= %1 AND t.created_at < %2;\n"
               "SELECT t.resolution_business_s, c.remedy_cents FROM tickets t LEFT JOIN complaints c ON c.ticket_id = t.id "
               "WHERE t.category = 'complaint' AND t.resolved_at >= %1 AND t.resolved_at < %2;\n"
               "SELECT t.category, l.kind, SUM(l.amount_cents), SUM(l.charged_cents) "
               "FROM tickets t JOIN cost_lines l ON l.ticket_id = t.id AND l.voided = 0 "
               "WHERE t.resolved_at >= %1 AND t.resolved_at < %2 GROUP BY t.category, l.kind;\n")
        .arg(f, t);
}

// Two of those figures as single values, to check that ours agree.
QString serviceCheckScript(qint64 from, qint64 to)
{
    const QString f = QString::number(from), t = QString::number(to);
    return QStringLiteral("SELECT COUNT(*) FROM tickets WHERE category = 'complaint' AND created_at >= %1 AND created_at < %2;\n"
                          "SELECT COALESCE(SUM(l.amount_cents), 0) FROM tickets t JOIN cost_lines l ON l.ticket_id = t.id "
                          "AND l.voided = 0 WHERE t.resolved_at >= %1 AND t.resolved_at < %2;\n")
        .arg(f, t);
}

// The complaint register (ComplaintService::openComplaints), oldest 501.
QString registerScript()
{
    return QStringLiteral(
        "SELECT t.id, t.number, t.subject, COALESCE(cu.name, t.contact_name), COALESCE(c.stage, 'received'), "
        "t.complaint_cause, t.created_at, c.response_due, c.closing_due, COALESCE(u.display_name, '') "
        "FROM tickets t LEFT JOIN complaints c ON c.ticket_id = t.id LEFT JOIN customers cu ON cu.id = t.customer_id "
        "LEFT JOIN users u ON u.id = t.assignee_id WHERE t.is_open = 1 AND t.category = 'complaint' "
        "ORDER BY t.created_at, t.id LIMIT 501;\n");
}

struct Floor
{
    double ms = 0;
    QStringList values;
};

QStringList shellValues(const QString& program, const QStringList& arguments, const QString& script)
{
    QProcess shell;
    shell.start(program, arguments);
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
}

Floor sqliteFloor(const QString& path, const QString& script)
{
    Floor floor;
    floor.ms = medianMs(5, [&] { floor.values = shellValues(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path}, script); });
    return floor;
}

Floor psqlFloor(const QString& address, const QString& script)
{
    Floor floor;
    floor.values = shellValues(QStringLiteral("psql"), {address, QStringLiteral("-X"), QStringLiteral("-At")}, script);
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        const std::vector<double> times = bench::psqlTimes(address, QStringLiteral("\\timing on\n") + script);
        runs.push_back(std::accumulate(times.begin(), times.end(), 0.0));
    }
    std::sort(runs.begin(), runs.end());
    floor.ms = runs[runs.size() / 2];
    return floor;
}

} // namespace

int main(int argc, char* argv[])
{
    // The PDF draws charts (graphics widgets): an offscreen GUI application.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("month"), QStringLiteral("Month to report."), QStringLiteral("YYYY-MM"), QStringLiteral("2026-10")});
    parser.addOption({QStringLiteral("tz"), QStringLiteral("Zone."), QStringLiteral("ZONE"), QStringLiteral("Asia/Shanghai")});
    parser.process(app);
    auto database = Database::open(parser.value(QStringLiteral("db")));
    if (!database) {
        std::printf("%s\n", qPrintable(database.error().describe()));
        return 1;
    }
    ReportRequest request;
    request.zone = QTimeZone(parser.value(QStringLiteral("tz")).toUtf8());
    const QDate first = QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    request.from = QDateTime(first, QTime(0, 0), request.zone).toSecsSinceEpoch();
    request.to = QDateTime(first.addMonths(1), QTime(0, 0), request.zone).toSecsSinceEpoch();
    KpiEngine engine(*database);
    KpiReport full;
    const double fullMs = medianMs(5, [&] { full = engine.run(request).value(); });
    KpiFigures head;
    const double headMs = medianMs(5, [&] { head = engine.headline(request).value(); });
    const QString script = sqliteScript(request.from, request.to);
    const bool server = database->isServer();
    const Floor floor = server ? psqlFloor(database->path(), script) : sqliteFloor(database->path(), script);
    const QStringList& floorValues = floor.values;
    const double floorMs = floor.ms;
    const QStringList ours{QString::number(head.created), QString::number(head.resolved), QString::number(head.backlogEnd),
                           QString::number(head.slaResolutionPct.value_or(-1), 'f', 2),
                           QString::number(head.csatAvg.value_or(-1), 'f', 2)};
    QStringList theirs;
    for (const QString& value : floorValues)
        theirs.append(QString::number(value.toDouble(), 'f', value.contains(QLatin1Char('.')) ? 2 : 0));
    auto workspace = Workspace::open(database->connectionUri());
    const KpiReport previous = engine.run(request.previous()).value();
    const ReportLabels labels = ReportLabels::fromWorkspace(**workspace, &full);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double pdfMs = medianMs(3, [&] { ReportDocument::writePdf(full, &previous, labels, pdf); });
    std::printf("database: %s, month %s (%s)\n", qPrintable(database->path()), qPrintable(parser.value(QStringLiteral("month"))),
                qPrintable(parser.value(QStringLiteral("tz"))));
    std::printf("created %lld, resolved %lld, backlog_end %lld\n\n", static_cast<long long>(full.figures.created),
                static_cast<long long>(full.figures.resolved), static_cast<long long>(full.figures.backlogEnd));
    std::printf("%-44s %10s\n", "measurement", "median ms");
    std::printf("%-44s %10.1f\n", "monthly report, everything (KpiEngine::run)", fullMs);
    std::printf("%-44s %10.1f\n", "five headline figures (KpiEngine::headline)", headMs);
    std::printf("%-44s %10.1f\n", server ? "same five figures, psql (floor)" : "same five figures, sqlite3 CLI (floor)", floorMs);
    std::printf("%-44s %10.2f\n", "ratio headline / floor", headMs / floorMs);
    std::printf("%-44s %10.1f\n", "PDF of the monthly report (A4, from the data)", pdfMs);
    std::printf("figures agree: %s  (ours %s | floor %s)\n", ours == theirs ? "yes" : "NO",
                qPrintable(ours.join(QLatin1Char(' '))), qPrintable(theirs.join(QLatin1Char(' '))));

    // Complaints and service cost: ServiceFigures alone, and the register.
    KpiReport service;
    const double serviceMs = medianMs(5, [&] {
        service = KpiReport{};
        service.figures.resolved = full.figures.resolved; // R and its categories, as the report's scans leave them
        service.breakdowns = full.breakdowns;
        if (!ServiceFigures(*database).fill(request, service))
            std::printf("service figures failed\n");
    });
    const QString serviceSql = serviceScript(request.from, request.to);
    const Floor serviceFloor = server ? psqlFloor(database->path(), serviceSql) : sqliteFloor(database->path(), serviceSql);
    const QString check = serviceCheckScript(request.from, request.to);
    const QStringList checked = server ? shellValues(QStringLiteral("psql"), {database->path(), QStringLiteral("-X"), QStringLiteral("-At")}, check)
                                       : shellValues(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database->path()}, check);
    const QStringList ourService{QString::number(service.figures.complaintsCreated),
                                 QString::number(qint64(std::llround(service.figures.costTotal.value_or(0) * 100.0)))};
    qsizetype open = 0;
    ComplaintService::RegisterFilter everything;
    everything.limit = 501;
    const double registerMs = medianMs(5, [&] { open = (*workspace)->complaints().openComplaints(everything).value().size(); });
    const Floor registerFloor = server ? psqlFloor(database->path(), registerScript()) : sqliteFloor(database->path(), registerScript());
    const char* floorName = server ? "psql" : "sqlite3";
    std::printf("\n%-44s %10s %10s %7s\n", "measurement", "ours ms", "floor ms", "ratio");
    std::printf("%-44s %10.1f %10.1f %7.2f   (%s, same SQL)\n", "complaint and cost figures (ServiceFigures)", serviceMs,
                serviceFloor.ms, serviceMs / serviceFloor.ms, floorName);
    std::printf("%-44s %10.1f %10.1f %7.2f   (%s, same SQL; %lld open complaints)\n", "complaint register (oldest 501)", registerMs,
                registerFloor.ms, registerMs / registerFloor.ms, floorName, static_cast<long long>(open));
    std::printf("complaint and cost figures agree: %s  (ours %s | floor %s)\n", ourService == checked ? "yes" : "NO",
                qPrintable(ourService.join(QLatin1Char(' '))), qPrintable(checked.join(QLatin1Char(' '))));
    return 0;
}
