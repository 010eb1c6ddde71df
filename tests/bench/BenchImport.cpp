// Ticket import and export throughput.
//   benchimport [--rows N] [--keep DIR] [--beside-a-desk]
// Writes a deterministic CSV of N rows (default 1,000,000; about 50,000
// customers, a tenth of the subjects quoted, a few with line breaks) in a
// temporary folder, imports it into a fresh database, exports the database
// again, and prints rows, seconds and rows per second for each step. Beside
// the import: the floor, the sqlite3 shell copying the same rows into an
// empty database of the same schema (indexes rebuilt), and the ratio.
// --beside-a-desk keeps another connection open during the import, as a
// running desk does, so the import commits in short steps instead of loading
// at once. Target: 1,000,000 rows imported in 60 s or less.
#include "SqliteFloor.h"

#include "exchange/TicketCsvFormat.h"
#include "exchange/TicketExporter.h"
#include "exchange/TicketImporter.h"
#include "exchange/IsoInstant.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sd;

namespace {

struct SplitMix
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return qint64(next() % 100) < percent; }
};

constexpr qint64 kNow = 1791766800;   // 2026-10-12T09:00:00+08:00
constexpr qint64 kStart = 1759251600; // 2025-10-01T01:00:00+08:00
constexpr int kOffset = 8 * 3600;

const QStringList kSubjects{
    QStringLiteral("空调不制冷"), QStringLiteral("洗衣机漏水"), QStringLiteral("发票抬头怎么改"),
    QStringLiteral("Printer jams on every page"), QStringLiteral("Invoice, copy requested"),
    QStringLiteral("送货延迟，要求赔偿"), QStringLiteral("冰箱噪音大"), QStringLiteral("App login fails"),
    QStringLiteral("\"Urgent\" callback please"), QStringLiteral("Screen flickers\nafter update")};
const QStringList kLogins{QStringLiteral("li.na"), QStringLiteral("wang.lei"), QStringLiteral("zhang.min"),
                          QStringLiteral("chen.jie"), QStringLiteral("agent17"), QStringLiteral("agent18"), QString()};
const QStringList kTeams{QStringLiteral("hotline"), QStringLiteral("tech"), QStringLiteral("field"), QStringLiteral("care")};
const QStringList kTiers{QStringLiteral("vip"), QStringLiteral("key"), QStringLiteral("regular"), QStringLiteral("regular"),
                         QStringLiteral("prospect")};

QString instant(qint64 at)
{
    return IsoInstant::format(at, kOffset);
}

bool writeCsv(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    SplitMix random{20261012};
    QByteArray buffer = TicketCsvFormat::formatRecord(TicketCsvFormat::columnNames());
    const QStringList channels = allCodes<Channel>(), categories = allCodes<Category>(), priorities = allCodes<Priority>();
    for (qint64 i = 1; i <= rows; ++i) {
        const qint64 customer = random.between(1, 50000);
        const qint64 created = random.between(kStart, kNow - 86400);
        QStringList f(TicketCsvFormat::ColumnCount);
        f[TicketCsvFormat::Number] = QStringLiteral("HQ-2026-%1").arg(i, 7, 10, QLatin1Char('0'));
        f[TicketCsvFormat::Customer] = customer % 3 ? QStringLiteral("客户%1").arg(customer) : QStringLiteral("Customer %1").arg(customer);
        f[TicketCsvFormat::Tier] = random.chance(50) ? kTiers.at(int(customer % kTiers.size())) : QString();
        f[TicketCsvFormat::Channel] = channels.at(int(random.next() % channels.size()));
        f[TicketCsvFormat::Category] = categories.at(int(random.next() % categories.size()));
        f[TicketCsvFormat::Priority] = priorities.at(int(random.next() % priorities.size()));
        f[TicketCsvFormat::Subject] = kSubjects.at(int(random.next() % kSubjects.size()));
        f[TicketCsvFormat::Assignee] = kLogins.at(int(random.next() % kLogins.size()));
        f[TicketCsvFormat::Team] = kTeams.at(int(random.next() % kTeams.size()));
        f[TicketCsvFormat::CreatedAt] = instant(created);
        qint64 last = created;
        const bool answered = random.chance(90);
        if (answered)
            f[TicketCsvFormat::FirstResponseAt] = instant(last = std::min(kNow, created + random.between(60, 2 * 86400)));
        if (answered && random.chance(85)) {
            f[TicketCsvFormat::ResolvedAt] = instant(last = std::min(kNow, last + random.between(600, 6 * 86400)));
            if (last + 3 * 86400 <= kNow)
                f[TicketCsvFormat::ClosedAt] = instant(last + 3 * 86400);
            f[TicketCsvFormat::Csat] = random.chance(40) ? QString::number(random.between(1, 5)) : QString();
        }
        f[TicketCsvFormat::ReopenCount] = QString::number(random.chance(4) ? 1 : 0);
        f[TicketCsvFormat::AgentReplies] = QString::number(answered ? random.between(1, 4) : 0);
        buffer += TicketCsvFormat::formatRecord(f);
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return true;
}

void row(QTextStream& out, const QString& step, qint64 rows, double seconds)
{
    out << QStringLiteral("%1 %2 %3 %4\n").arg(step, -10).arg(rows, 10).arg(seconds, 9, 'f', 1)
               .arg(seconds > 0 ? rows / seconds : 0, 12, 'f', 0);
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows to generate."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the files into DIR and keep them."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("beside-a-desk"), QStringLiteral("Keep another connection open during the import (steps, no bulk load).")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString csv = dir + QStringLiteral("/tickets.csv");
    const QString exported = dir + QStringLiteral("/exported.csv");

    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("step"), -10).arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("seconds"), 9).arg(QStringLiteral("rows/s"), 12);
    QElapsedTimer timer;
    timer.start();
    if (!writeCsv(csv, rows)) {
        out << "cannot write " << csv << '\n';
        return 1;
    }
    row(out, QStringLiteral("generate"), rows, timer.elapsed() / 1000.0);

    auto ws = Workspace::open(dir + QStringLiteral("/bench.sqlite"), Clock::fixedAt(kNow));
    if (!ws) {
        out << ws.error().describe() << '\n';
        return 1;
    }
    // A desk: another connection on the file, open for the whole import.
    QSqlDatabase desk = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("desk"));
    if (parser.isSet(QStringLiteral("beside-a-desk"))) {
        desk.setDatabaseName(dir + QStringLiteral("/bench.sqlite"));
        desk.open();
        QSqlQuery(desk).exec(QStringLiteral("SELECT COUNT(*) FROM settings"));
    }
    timer.restart();
    auto report = TicketImporter(**ws).importFile(csv, {});
    const double importSeconds = timer.elapsed() / 1000.0;
    desk.close();
    if (!report || !report->committed) {
        out << (report ? QStringLiteral("import refused: %1 bad rows, first: line %2 %3")
                             .arg(report->rejected).arg(report->problems.value(0).line).arg(report->problems.value(0).reason)
                       : report.error().describe())
            << '\n';
        return 1;
    }
    row(out, QStringLiteral("import"), report->imported, importSeconds);
    const double floorSeconds = bench::floorOfCopy(dir + QStringLiteral("/bench.sqlite"), dir + QStringLiteral("/floor.sqlite")) / 1000.0;
    row(out, QStringLiteral("floor"), report->imported, floorSeconds);
    out << QStringLiteral("import / floor %1 (%2)\n").arg(importSeconds / floorSeconds, 0, 'f', 2)
               .arg(parser.isSet(QStringLiteral("beside-a-desk")) ? QStringLiteral("in steps, beside a desk") : QStringLiteral("alone: at once when over 50,000 lines"));

    timer.restart();
    auto written = TicketExporter(**ws).exportFile(exported);
    if (!written) {
        out << written.error().describe() << '\n';
        return 1;
    }
    row(out, QStringLiteral("export"), *written, timer.elapsed() / 1000.0);
    auto events = sql::scalar((*ws)->database().connection(), QStringLiteral("SELECT COUNT(*) FROM ticket_events"));
    out << QStringLiteral("\n%1 timeline events, database %2 MB, file %3 MB\n")
               .arg(events ? events->toLongLong() : -1)
               .arg(QFileInfo(dir + QStringLiteral("/bench.sqlite")).size() / 1e6, 0, 'f', 0)
               .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 0);
    return 0;
}
