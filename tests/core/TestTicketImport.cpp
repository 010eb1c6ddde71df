// Ticket import and export against the default configuration. The office
// calendar "cn_business" works Mon-Fri 09:00-12:00 and 13:30-18:00
// Asia/Shanghai (450 business minutes a day); 2026-09-25..27 and 10-01..07 are
// holidays. Targets used (first response / resolution, minutes): regular P3
// 240/2400, regular P2 120/1440, prospect P3 480/4800, prospect P4 960/7200
// (all cn_business), vip P2 30/480 on "extended" (08:00-20:00 every day).
// The clock stands at Mon 2026-10-12 09:00 +08:00. 2026-09-01 is a Tuesday.
#include "TestSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/IsoInstant.h"
#include "exchange/TicketCsvFormat.h"
#include "exchange/TicketExporter.h"
#include "exchange/TicketImporter.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

QString dataFile(const char* name)
{
    return QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../data/import/") + QLatin1String(name));
}

qint64 scalar(test::TempWorkspace& ws, const char* statement, const QVariantList& values = {})
{
    auto value = sql::scalar(ws->database().connection(), QString::fromLatin1(statement), values);
    REQUIRE(value);
    return value->toLongLong();
}

qint64 ticketCount(test::TempWorkspace& ws)
{
    return scalar(ws, "SELECT COUNT(*) FROM tickets");
}

Ticket ticket(test::TempWorkspace& ws, const char* number)
{
    auto found = ws->tickets().byNumber(QString::fromLatin1(number));
    REQUIRE(found);
    return *found;
}

QStringList eventKinds(test::TempWorkspace& ws, qint64 id)
{
    auto events = ws->tickets().timeline(id);
    REQUIRE(events);
    QStringList kinds;
    for (const TicketEvent& e : *events)
        kinds.append(e.field.isEmpty() ? e.kind : e.kind + QLatin1Char('/') + e.field);
    return kinds;
}

ImportReport importOk(test::TempWorkspace& ws, const QString& path, ImportOptions options = {})
{
    auto report = TicketImporter(*ws).importFile(path, options);
    REQUIRE(report);
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().reason).toStdString());
    REQUIRE(report->committed);
    return *report;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool hasProblem(const ImportReport& report, qint64 line, const char* column, const char* reasonPart)
{
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const ImportProblem& p) {
        return p.line == line && p.column == QLatin1String(column) && p.reason.contains(QString::fromUtf8(reasonPart));
    });
}

} // namespace

TEST_CASE("CSV records are quoted and split as RFC 4180 says", "[import][csv]")
{
    const QByteArray line = TicketCsvFormat::formatRecord({QStringLiteral("a"), QStringLiteral("b,c"),
                                                           QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                                           QString()});
    CHECK(line == QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    QBuffer buffer;
    buffer.setData(line + "x,\"\",z");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, QStringLiteral("utf-8"));
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.line == 1);
    CHECK(record.fields == QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                                       QStringLiteral("two\nlines"), QString()});
    REQUIRE(reader.next(record));
    CHECK(record.line == 3); // the quoted line break moved it down one line
    CHECK(record.fields == QStringList{QStringLiteral("x"), QString(), QStringLiteral("z")});
    CHECK_FALSE(reader.next(record));
}

TEST_CASE("instants need ISO 8601 with an offset", "[import][csv]")
{
    CHECK(IsoInstant::parse(u"2026-09-01T10:00:00+08:00") == at("2026-09-01T10:00:00+08:00"));
    CHECK(IsoInstant::parse(u"2026-09-01 02:00:00Z") == at("2026-09-01T10:00:00+08:00"));
    CHECK(IsoInstant::parse(u"2026-09-01T10:00+0800") == at("2026-09-01T10:00:00+08:00"));
    CHECK(IsoInstant::parse(u"2026-09-01T10:00:00.750-05:30") == at("2026-09-01T15:30:00Z"));
    CHECK_FALSE(IsoInstant::parse(u"2026-09-01T10:00:00")); // no offset: which zone?
    CHECK_FALSE(IsoInstant::parse(u"2026-02-30T10:00:00+08:00"));
    CHECK_FALSE(IsoInstant::parse(u"2026/09/01 10:00 +08:00"));
    CHECK(IsoInstant::format(at("2026-09-01T10:00:00+08:00"), 8 * 3600) == QStringLiteral("2026-09-01T10:00:00+08:00"));
    CHECK(IsoInstant::format(at("1969-12-31T23:59:59Z"), -3600) == QStringLiteral("1969-12-31T22:59:59-01:00"));
}

TEST_CASE("a UTF-8 file with a BOM imports with due times and business time from the SLA policies", "[import]")
{
    test::TempWorkspace ws;
    const ImportReport report = importOk(ws, dataFile("basic_utf8_bom.csv"));
    CHECK(report.encoding == QStringLiteral("utf-8"));
    CHECK(report.rows == 3);
    CHECK(report.imported == 3);
    CHECK(report.rejected == 0);

    // 000101: regular P3 (240/2400) created Tue 09-01 10:00.
    const Ticket first = ticket(ws, "HQ-2026-000101");
    CHECK(first.customerName == QStringLiteral("王芳"));
    CHECK(first.tierCode == QStringLiteral("regular"));
    CHECK(first.details.channel == Channel::Phone);
    CHECK(first.details.category == Category::Fault);
    CHECK(first.details.teamCode == QStringLiteral("tech"));
    CHECK(first.assigneeId == ws.userId("li.na"));
    CHECK(first.status == TicketStatus::Closed);
    CHECK(first.sla.calendarCode == QStringLiteral("cn_business"));
    // First response 14:00: 10:00-12:00 (2 h) + 13:30-14:00 (0.5 h) = 9000 s.
    CHECK(first.sla.firstResponseBusinessS == 9000);
    // Due after 240 min: 10:00-12:00 (120) + 13:30-15:30 (120) = Tue 15:30.
    CHECK(first.sla.firstResponseDue == at("2026-09-01T15:30:00+08:00"));
    // Resolved Wed 11:00: Tue 10:00-18:00 (6.5 h) + Wed 09:00-11:00 (2 h) = 8.5 h = 30600 s.
    CHECK(first.sla.resolutionBusinessS == 30600);
    // 2400 min = 40 h: Tue 6.5 + Wed..Fri 3 x 7.5 + Mon 7.5 = 36.5; Tue 09-08 09:00-12:00 + 13:30-14:00.
    CHECK(first.sla.resolutionDue == at("2026-09-08T14:00:00+08:00"));
    CHECK(first.closedAt == at("2026-09-05T11:00:00+08:00"));
    CHECK(first.agentPublicReplies == 2);
    CHECK(first.csatScore == 5);
    CHECK(first.sla.flags == 0); // answered and solved in time
    CHECK(eventKinds(ws, first.id)
          == QStringList{QStringLiteral("created"), QStringLiteral("comment"), QStringLiteral("status"),
                         QStringLiteral("survey"), QStringLiteral("status")});

    // 000102: new customer "Acme Ltd" without a tier column value: prospect P3 (480/4800),
    // created Fri 09-04 17:00; quoted subject with a comma and quotes.
    const Ticket second = ticket(ws, "HQ-2026-000102");
    CHECK(second.details.subject == QStringLiteral("Invoice, copy \"urgent\""));
    CHECK(second.tierCode == QStringLiteral("prospect"));
    CHECK(second.status == TicketStatus::Resolved);
    CHECK_FALSE(second.assigneeId);
    // Answered Mon 09:30: Fri 17:00-18:00 (1 h) + Mon 09:00-09:30 (0.5 h) = 5400 s.
    CHECK(second.sla.firstResponseBusinessS == 5400);
    // 480 min: Fri 60 + Mon 420 (09:00-12:00, 13:30-17:30) = Mon 17:30.
    CHECK(second.sla.firstResponseDue == at("2026-09-07T17:30:00+08:00"));
    // Resolved Tue 10:00: Fri 1 h + Mon 7.5 h + Tue 1 h = 9.5 h = 34200 s.
    CHECK(second.sla.resolutionBusinessS == 34200);
    CHECK(second.agentPublicReplies == 1); // empty: one reply, since it was answered

    // 000103: the same customer, tier taken from it (regular), P2 (120/1440), Mon 09-07
    // 11:00, never answered: everything breached by now, status new.
    const Ticket third = ticket(ws, "HQ-2026-000103");
    CHECK(third.details.customerId == first.details.customerId);
    CHECK(third.details.subject == QStringLiteral("Late delivery\nsecond line"));
    CHECK(third.tierCode == QStringLiteral("regular"));
    CHECK(third.status == TicketStatus::New);
    // Warn at 90 min: 11:00-12:00 + 13:30-14:00; due at 120 min: 14:30.
    CHECK(third.sla.firstResponseWarn == at("2026-09-07T14:00:00+08:00"));
    CHECK(third.sla.firstResponseDue == at("2026-09-07T14:30:00+08:00"));
    // 1440 min = 24 h: Mon 5.5 + Tue 7.5 + Wed 7.5 = 20.5; Thu 09:00-12:00 + 13:30-14:00.
    CHECK(third.sla.resolutionDue == at("2026-09-10T14:00:00+08:00"));
    CHECK(third.sla.flags == (FirstResponseWarned | FirstResponseBreached | ResolutionWarned | ResolutionBreached));
    CHECK_FALSE(third.sla.nextCheckpoint); // all recorded: the sweep has nothing left to write
    CHECK(eventKinds(ws, third.id)
          == QStringList{QStringLiteral("created"), QStringLiteral("sla_warning/first_response"),
                         QStringLiteral("sla_breach/first_response"), QStringLiteral("sla_warning/resolution"),
                         QStringLiteral("sla_breach/resolution")});
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 2);
}

TEST_CASE("a GB18030 file with Chinese labels is recognised without being told", "[import]")
{
    test::TempWorkspace ws;
    auto detected = TicketImporter::detectEncoding(dataFile("labels_gb18030.csv"));
    REQUIRE(detected);
    CHECK(*detected == QStringLiteral("gb18030"));
    auto preview = TicketImporter(*ws).preview(dataFile("labels_gb18030.csv"), {}, 1);
    REQUIRE(preview);
    REQUIRE(preview->size() == 2); // header + one row
    CHECK(preview->at(1).at(1) == QStringLiteral("上海申通物流有限公司"));

    const ImportReport report = importOk(ws, dataFile("labels_gb18030.csv"));
    CHECK(report.encoding == QStringLiteral("gb18030"));
    CHECK(report.imported == 2);
    // 电话 / 故障报修 / "P2 高" / VIP (the tier's name): vip P2 = 30/480 on "extended" (08:00-20:00).
    const Ticket cold = ticket(ws, "HQ-2026-000201");
    CHECK(cold.customerName == QStringLiteral("上海申通物流有限公司"));
    CHECK(cold.details.channel == Channel::Phone);
    CHECK(cold.details.category == Category::Fault);
    CHECK(cold.details.priority == Priority::P2);
    CHECK(cold.tierCode == QStringLiteral("vip"));
    CHECK(cold.sla.calendarCode == QStringLiteral("extended"));
    CHECK(cold.sla.firstResponseBusinessS == 20 * 60); // 10:00 -> 10:20
    CHECK(cold.sla.resolutionBusinessS == 5 * 3600);   // 10:00 -> 15:00, all inside 08-20
    CHECK(cold.sla.resolutionDue == at("2026-09-01T18:00:00+08:00")); // 10:00 + 8 h
    CHECK(cold.csatScore == 4);
    // 邮件 / 咨询 / "P4 低", new customer: prospect P4 (960/7200), open since Wed 09-02 09:00.
    const Ticket invoice = ticket(ws, "HQ-2026-000202");
    CHECK(invoice.details.channel == Channel::Email);
    CHECK(invoice.details.category == Category::Inquiry);
    CHECK(invoice.details.priority == Priority::P4);
    CHECK(invoice.tierCode == QStringLiteral("prospect"));
    // 960 min = 16 h: Wed 7.5 + Thu 7.5 = 15; Fri 09-04 09:00 + 1 h.
    CHECK(invoice.sla.firstResponseDue == at("2026-09-04T10:00:00+08:00"));
    CHECK(invoice.status == TicketStatus::New);
}

TEST_CASE("columns may come in any order and optional ones may be left out", "[import]")
{
    test::TempWorkspace ws;
    const ImportReport report = importOk(ws, dataFile("reordered_columns.csv"));
    CHECK(report.imported == 1);
    const Ticket t = ticket(ws, "HQ-2025-000007");
    CHECK(t.details.subject == QStringLiteral("打印机卡纸"));
    CHECK(t.details.channel == Channel::Chat);
    CHECK(t.details.category == Category::Guidance);
    CHECK(t.details.priority == Priority::P4);
    CHECK(t.customerName == QStringLiteral("Beta Corp"));
    CHECK(t.tierCode == QStringLiteral("prospect"));
    // An unknown login becomes an agent.
    CHECK(t.assigneeId == ws.userId("zhao.qiang"));
    // Resolved Thu 09-03 16:00 without a first response: 09:15-12:00 + 13:30-16:00 = 5 h 15 min.
    CHECK(t.sla.resolutionBusinessS == 18900);
    CHECK_FALSE(t.sla.firstResponseAt);
    CHECK(t.status == TicketStatus::Resolved);
}

TEST_CASE("every bad row is reported with its line and column, and nothing is imported", "[import]")
{
    test::TempWorkspace ws;
    auto report = TicketImporter(*ws).importFile(dataFile("bad_rows.csv"), {});
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(report->imported == 0);
    CHECK(report->rows == 15);
    CHECK(report->valid == 2);    // lines 2-3 (a quoted line break) and 17
    CHECK(report->rejected == 13);
    CHECK(hasProblem(*report, 4, "created_at", "bad date"));
    CHECK(hasProblem(*report, 5, "priority", "unknown priority \"P9\""));
    CHECK(hasProblem(*report, 6, "resolved_at", "resolution before creation"));
    CHECK(hasProblem(*report, 7, "first_response_at", "first response before creation"));
    CHECK(hasProblem(*report, 8, "number", "duplicate number HQ-2026-000301"));
    CHECK(hasProblem(*report, 9, "", "wrong column count: 7 fields, the header has 16"));
    CHECK(hasProblem(*report, 10, "csat", "from 1 to 5"));
    CHECK(hasProblem(*report, 11, "channel", "unknown channel \"fax\""));
    CHECK(hasProblem(*report, 12, "subject", "missing value"));
    CHECK(hasProblem(*report, 13, "tier", "unknown tier \"gold\""));
    CHECK(hasProblem(*report, 14, "closed_at", "closed before resolution"));
    CHECK(hasProblem(*report, 15, "team", "unknown team \"sales\""));
    CHECK(hasProblem(*report, 16, "reopen_count", "whole number"));
    CHECK(report->problemCount == 13);
    CHECK(ticketCount(ws) == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 0); // rolled back with the rest
    CHECK(scalar(ws, "SELECT COUNT(*) FROM ticket_counters") == 0);
}

TEST_CASE("a header without a required column stops the import before any row", "[import]")
{
    test::TempWorkspace ws;
    auto report = TicketImporter(*ws).importFile(dataFile("missing_column.csv"), {});
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(report->rows == 0);
    CHECK(hasProblem(*report, 1, "creatd_at", "unknown column"));
    CHECK(hasProblem(*report, 1, "created_at", "missing required column"));
    CHECK(ticketCount(ws) == 0);
}

TEST_CASE("skipping bad rows imports the good ones and writes the bad ones with a reason column", "[import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    ImportOptions options;
    options.skipBad = true;
    options.rejectsPath = rejects;
    const ImportReport report = importOk(ws, dataFile("bad_rows.csv"), options);
    CHECK(report.imported == 2);
    CHECK(report.rejected == 13);
    CHECK(ticketCount(ws) == 2);
    CHECK(ticket(ws, "HQ-2026-000301").details.subject == QStringLiteral("two\nlines"));
    CHECK(ticket(ws, "HQ-2026-000314").details.category == Category::Inquiry); // 咨询

    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file, QStringLiteral("utf-8"));
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == TicketCsvFormat::columnNames() + QStringList{QStringLiteral("reason")});
    QList<QStringList> rows;
    while (reader.next(record))
        rows.append(record.fields);
    REQUIRE(rows.size() == 13);
    CHECK(rows.at(0).at(0) == QStringLiteral("HQ-2026-000302"));
    CHECK(rows.at(0).at(9) == QStringLiteral("2026-09-01 10:00")); // as it was in the file
    CHECK(rows.at(0).at(16).startsWith(QStringLiteral("created_at: bad date")));
    CHECK(rows.at(5).at(16) == QStringLiteral("wrong column count: 7 fields, the header has 16")); // padded
    CHECK(rows.at(5).size() == 17);
    CHECK(rows.at(6).at(15) == QStringLiteral("7"));
    CHECK(rows.at(6).at(16).startsWith(QStringLiteral("csat: ")));
}

TEST_CASE("a number the database already has is a duplicate", "[import]")
{
    test::TempWorkspace ws;
    importOk(ws, dataFile("basic_utf8_bom.csv"));
    QTemporaryDir dir;
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    writeFile(again, "number,channel,category,priority,subject,created_at\n"
                     "hq-2026-000102,phone,fault,P3,again,2026-09-10T10:00:00+08:00\n"
                     "HQ-2026-000900,phone,fault,P3,new,2026-09-10T10:00:00+08:00\n");
    auto report = TicketImporter(*ws).importFile(again, {});
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(hasProblem(*report, 2, "number", "the database already has"));
    CHECK(report->valid == 1);
    CHECK(ticketCount(ws) == 3);
    CHECK(ticket(ws, "HQ-2026-000102").details.subject == QStringLiteral("Invoice, copy \"urgent\""));
}

TEST_CASE("check() finds the problems an import would and writes nothing", "[import]")
{
    test::TempWorkspace ws;
    auto good = TicketImporter(*ws).check(dataFile("basic_utf8_bom.csv"), {});
    REQUIRE(good);
    CHECK(good->valid == 3);
    CHECK(good->rejected == 0);
    CHECK_FALSE(good->committed);
    auto bad = TicketImporter(*ws).check(dataFile("bad_rows.csv"), {});
    REQUIRE(bad);
    CHECK(bad->rejected == 13);
    CHECK(ticketCount(ws) == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 0);
}

TEST_CASE("a cancelled import leaves nothing behind", "[import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QByteArray bytes = "number,customer,channel,category,priority,subject,created_at\n";
    for (int i = 1; i <= 2500; ++i)
        bytes += QStringLiteral("HQ-2026-%1,客户%2,phone,fault,P3,问题,2026-09-01T10:00:00+08:00\n")
                     .arg(i, 6, 10, QLatin1Char('0')).arg(i % 7).toUtf8();
    writeFile(path, bytes);
    int calls = 0;
    auto report = TicketImporter(*ws).importFile(path, {}, [&](qint64, qint64) { return ++calls < 2; });
    REQUIRE_FALSE(report);
    CHECK(calls == 2);
    CHECK(ticketCount(ws) == 0);
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers") == 0);
}

TEST_CASE("ticket counters are raised so a ticket typed in later gets the next number", "[import]")
{
    test::TempWorkspace ws;
    importOk(ws, dataFile("basic_utf8_bom.csv"));
    importOk(ws, dataFile("reordered_columns.csv"));
    CHECK(scalar(ws, "SELECT last_value FROM ticket_counters WHERE prefix = ?", {QStringLiteral("HQ-2026")}) == 103);
    CHECK(scalar(ws, "SELECT last_value FROM ticket_counters WHERE prefix = ?", {QStringLiteral("HQ-2025")}) == 7);
    TicketDraft draft;
    draft.contactName = QStringLiteral("王芳");
    draft.subject = QStringLiteral("又坏了");
    auto typed = ws->tickets().create(draft, ws.userId("li.na"));
    REQUIRE(typed);
    CHECK(typed->number == QStringLiteral("HQ-2026-000104"));
}

TEST_CASE("export then import into an empty database round-trips", "[import][export]")
{
    test::TempWorkspace source;
    importOk(source, dataFile("basic_utf8_bom.csv"));
    importOk(source, dataFile("labels_gb18030.csv"));
    importOk(source, dataFile("reordered_columns.csv"));
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    auto written = TicketExporter(*source).exportFile(first);
    REQUIRE(written);
    CHECK(*written == 6);
    const QByteArray bytes = readAll(first);
    CHECK(bytes.startsWith(QByteArray(TicketCsvFormat::utf8Bom() + "number,customer,tier,channel,category,priority,subject,")));
    CHECK(bytes.contains("HQ-2026-000101,王芳,regular,phone,fault,P3,空调不制冷,li.na,tech,2026-09-01T10:00:00+08:00,"
                         "2026-09-01T14:00:00+08:00,2026-09-02T11:00:00+08:00,2026-09-05T11:00:00+08:00,0,2,5\r\n"));
    CHECK(bytes.contains("\"Late delivery\nsecond line\""));

    test::TempWorkspace copy;
    const ImportReport report = importOk(copy, first);
    CHECK(report.imported == 6);
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    REQUIRE(TicketExporter(*copy).exportFile(second));
    CHECK(readAll(second) == bytes);
    for (const char* number : {"HQ-2026-000101", "HQ-2026-000102", "HQ-2026-000103", "HQ-2026-000201", "HQ-2025-000007"}) {
        INFO(number);
        const Ticket a = ticket(source, number);
        const Ticket b = ticket(copy, number);
        CHECK(a.customerName == b.customerName);
        CHECK(a.tierCode == b.tierCode);
        CHECK(a.status == b.status);
        CHECK(a.sla.createdAt == b.sla.createdAt);
        CHECK(a.sla.firstResponseDue == b.sla.firstResponseDue);
        CHECK(a.sla.resolutionDue == b.sla.resolutionDue);
        CHECK(a.sla.firstResponseBusinessS == b.sla.firstResponseBusinessS);
        CHECK(a.sla.resolutionBusinessS == b.sla.resolutionBusinessS);
        CHECK(a.sla.flags == b.sla.flags);
        CHECK(a.csatScore == b.csatScore);
        CHECK(a.reopenCount == b.reopenCount);
    }
}

namespace {

// Five tickets whose subjects are Chinese; line 4 (the third ticket) gets a
// byte that is not UTF-8 in the middle of its subject when `damaged`.
QByteArray fiveTicketsUtf8(bool damaged)
{
    QByteArray text = "number,customer,channel,category,priority,subject,created_at\n";
    const char* subjects[] = {"洗衣机漏水", "空调不制冷", "打印机卡纸", "冰箱不制冷", "电视黑屏"};
    for (int i = 0; i < 5; ++i)
        text += "HQ-2025-00090" + QByteArray::number(i + 1) + ",王芳,phone,fault,P3," + subjects[i] + ",2025-09-01T10:00:00+08:00\n";
    if (damaged)
        text.replace(QByteArray("打印机卡纸"), QByteArray("打印\xFF机卡纸"));
    return text;
}

QString writeFile(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray toGb18030(const QByteArray& utf8)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

TEST_CASE("one bad byte in a UTF-8 file spoils its own row only, named by line and column", "[import][encoding]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = writeFile(dir, "damaged.csv", fiveTicketsUtf8(true));
    CHECK(TicketImporter::detectEncoding(path).value() == QStringLiteral("utf-8"));
    auto refused = TicketImporter(*ws).importFile(path, {});
    REQUIRE(refused);
    CHECK_FALSE(refused->committed);
    CHECK(refused->encoding == QStringLiteral("utf-8"));
    REQUIRE(refused->problems.size() == 1);
    CHECK(refused->problems[0].line == 4);
    CHECK(refused->problems[0].column == QStringLiteral("subject"));
    CHECK(refused->problems[0].reason.contains(QStringLiteral("not UTF-8 text")));
    CHECK(ticketCount(ws) == 0);

    ImportOptions skip;
    skip.skipBad = true;
    const ImportReport report = importOk(ws, path, skip);
    CHECK(report.imported == 4);
    // Stored exactly as the file says, not re-read as another encoding.
    CHECK(ticket(ws, "HQ-2025-000901").details.subject == QStringLiteral("洗衣机漏水"));
    CHECK(ticket(ws, "HQ-2025-000905").details.subject == QStringLiteral("电视黑屏"));
    CHECK(scalar(ws, "SELECT COUNT(*) FROM customers WHERE name = ?", {QStringLiteral("王芳")}) == 1);
}

TEST_CASE("bytes that do not decode are refused whatever the encoding was said to be", "[import][encoding]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    // A BOM says UTF-8, and a damaged byte after it is still refused.
    const QString bom = writeFile(dir, "bom.csv", TicketCsvFormat::utf8Bom() + fiveTicketsUtf8(true));
    auto withBom = TicketImporter(*ws).importFile(bom, {});
    REQUIRE(withBom);
    REQUIRE(withBom->problems.size() == 1);
    CHECK(withBom->problems[0].line == 4);

    // A GB18030 file behind a UTF-8 BOM: every Chinese row is refused, not stored as U+FFFD.
    const QString mislabelled = writeFile(dir, "gb-bom.csv", TicketCsvFormat::utf8Bom() + toGb18030(fiveTicketsUtf8(false)));
    auto gb = TicketImporter(*ws).importFile(mislabelled, {});
    REQUIRE(gb);
    CHECK_FALSE(gb->committed);
    CHECK(gb->rejected == 5);

    // Told UTF-8 for a GB18030 file: the same.
    const QString told = writeFile(dir, "gb.csv", toGb18030(fiveTicketsUtf8(false)));
    ImportOptions utf8;
    utf8.encoding = QStringLiteral("utf-8");
    auto forced = TicketImporter(*ws).importFile(told, utf8);
    REQUIRE(forced);
    CHECK(forced->rejected == 5);
    CHECK(ticketCount(ws) == 0);

    // Left to detect, the same file is GB18030 and imports as written.
    const ImportReport detected = importOk(ws, told);
    CHECK(detected.encoding == QStringLiteral("gb18030"));
    CHECK(ticket(ws, "HQ-2025-000903").details.subject == QStringLiteral("打印机卡纸"));
}

TEST_CASE("an English file with one stray byte is UTF-8 with that row refused, not read as Chinese", "[import][encoding]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    // 0x81 0x41 would be a GB18030 character (丂); in this file it is damage.
    const QByteArray bytes = "number,customer,channel,category,priority,subject,created_at\n"
                             "HQ-2025-000911,Mr Smith,phone,fault,P3,Printer jams,2025-09-01T10:00:00+08:00\n"
                             "HQ-2025-000912,Ms Jones,phone,fault,P3,Fridge \x81" "Aleaks,2025-09-01T11:00:00+08:00\n"
                             "HQ-2025-000913,Mr Brown,phone,fault,P3,TV has no picture,2025-09-01T12:00:00+08:00\n";
    const QString path = writeFile(dir, "stray.csv", bytes);
    CHECK(TicketImporter::detectEncoding(path).value() == QStringLiteral("utf-8"));
    auto refused = TicketImporter(*ws).importFile(path, {});
    REQUIRE(refused);
    CHECK_FALSE(refused->committed);
    REQUIRE(refused->problems.size() == 1);
    CHECK(refused->problems[0].line == 3);
    CHECK(refused->problems[0].column == QStringLiteral("subject"));
    CHECK(ticketCount(ws) == 0);
}

TEST_CASE("in a GB18030 file one bad byte spoils its own row only", "[import][encoding]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    QByteArray bytes = toGb18030(fiveTicketsUtf8(false));
    // 0xFF is never part of a GB18030 character; put it inside the second ticket's subject.
    const QByteArray subject = toGb18030(QByteArray("空调不制冷"));
    bytes.replace(subject, QByteArray(subject.left(4) + QByteArray(1, char(0xFF)) + subject.mid(4)));
    const QString path = writeFile(dir, "gb-damaged.csv", bytes);
    ImportOptions options;
    options.encoding = QStringLiteral("gb18030");
    options.skipBad = true;
    const ImportReport report = importOk(ws, path, options);
    CHECK(report.rejected == 1);
    CHECK(report.imported == 4);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 3);
    CHECK(report.problems[0].column == QStringLiteral("subject"));
    CHECK(ticket(ws, "HQ-2025-000905").details.subject == QStringLiteral("电视黑屏"));
}
