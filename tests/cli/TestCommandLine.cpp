// sdctl as a user runs it: real process, real files, exit codes and output.
#include "TestSupport.h"

#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QCryptographicHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Signs in as `login` with the password in `passwordFile` (empty: no password source).
Run sdctlAs(const QString& login, const QString& passwordFile, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SD_USER"), login);
    if (passwordFile.isEmpty())
        environment.remove(QStringLiteral("SD_PASSWORD_FILE"));
    else
        environment.insert(QStringLiteral("SD_PASSWORD_FILE"), passwordFile);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SD_SDCTL_PATH), arguments);
    process.closeWriteChannel(); // not a terminal: no prompt can be answered
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString passwordFile(const QTemporaryDir& dir, const char* name, const QString& password)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + "\n");
    return path;
}

Run sdctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SD_SDCTL_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString data(const char* name)
{
    return QStringLiteral(SD_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

TEST_CASE("sdctl sla due prints the due instant with the calendar's offset", "[cli][sla]")
{
    // Thu 2026-10-08 (after the national-day holidays 1-7): 09:00 + 30 min.
    const Run due = sdctl({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), data("cn_business.json"),
                           QStringLiteral("--start"), QStringLiteral("2026-09-30T17:30:00+08:00"),
                           QStringLiteral("--minutes"), QStringLiteral("60")});
    CHECK(due.exitCode == 0);
    // 17:30-18:00 on Wed 30th gives 30 min; holidays 1-7 Oct; Thu 8th 09:00 + 30 = 09:30.
    CHECK(due.out == QStringLiteral("2026-10-08T09:30:00+08:00"));
    // An input in UTC: 2026-10-12T01:00Z is Monday 09:00 in Shanghai; 60 min later, 10:00.
    const Run utc = sdctl({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), data("cn_business.json"),
                           QStringLiteral("--start"), QStringLiteral("2026-10-12T01:00:00Z"), QStringLiteral("--minutes"),
                           QStringLiteral("60")});
    CHECK(utc.out == QStringLiteral("2026-10-12T10:00:00+08:00"));
}

TEST_CASE("sdctl sla elapsed prints business seconds", "[cli][sla]")
{
    // Fri 9th 17:00 -> Mon 12th 10:00: Fri 60 min + Sat 10th (extra workday, Monday hours) 450 + Mon 60 = 570 min.
    const Run elapsed = sdctl({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                               data("cn_business.json"), QStringLiteral("--from"), QStringLiteral("2026-10-09T17:00:00+08:00"),
                               QStringLiteral("--to"), QStringLiteral("2026-10-12T10:00:00+08:00")});
    CHECK(elapsed.exitCode == 0);
    CHECK(elapsed.out == QStringLiteral("34200"));
}

TEST_CASE("sdctl refuses bad input with a message naming what is wrong", "[cli]")
{
    const Run noOffset = sdctl({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), data("cn_business.json"),
                                QStringLiteral("--start"), QStringLiteral("2026-10-12T09:00:00"), QStringLiteral("--minutes"),
                                QStringLiteral("60")});
    CHECK(noOffset.exitCode == 2);
    CHECK(noOffset.err.contains(QStringLiteral("--start")));
    const Run badHour = sdctl({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                               data("calendar_bad_hour.json"), QStringLiteral("--from"), QStringLiteral("2026-10-12T09:00:00Z"),
                               QStringLiteral("--to"), QStringLiteral("2026-10-12T10:00:00Z")});
    CHECK(badHour.exitCode == 1);
    CHECK(badHour.err.contains(QStringLiteral("tue")));
    CHECK(badHour.err.contains(QStringLiteral("25:00")));
    const Run unknown = sdctl({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("sdctl creates a database, fills it with demo data and lists queues", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const Run demo = sdctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"), QStringLiteral("300")});
    REQUIRE(demo.exitCode == 0);
    const Run check = sdctl({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("schema version: 18")));
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));
    const Run list = sdctl({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--db"), db,
                            QStringLiteral("--queue"), QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("5")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.split(QLatin1Char('\n')).size() == 7); // header, 5 rows, total
    CHECK(list.out.endsWith(QStringLiteral("5 of 300 ticket(s)")));
    const Run again = sdctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"), QStringLiteral("10")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("300")));
    const Run badQueue = sdctl({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                QStringLiteral("--queue"), QStringLiteral("everything")});
    CHECK(badQueue.exitCode == 2);
}

TEST_CASE("sdctl config round-trips and rejects a broken file without changes", "[cli][config]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cfg.sqlite"));
    const QString exported = dir.filePath(QStringLiteral("config.json"));
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(sdctl({QStringLiteral("config"), QStringLiteral("export"), exported, QStringLiteral("--db"), db}).exitCode == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    REQUIRE(sdctl({QStringLiteral("config"), QStringLiteral("import"), exported, QStringLiteral("--db"), db}).exitCode == 0);
    text.replace("\"calendar\": \"cn_business\"", "\"calendar\": \"nowhere\"");
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Run refused = sdctl({QStringLiteral("config"), QStringLiteral("import"), broken, QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("$.sla[")));
    CHECK(refused.err.contains(QStringLiteral("nowhere")));
    const QString after = dir.filePath(QStringLiteral("after.json"));
    REQUIRE(sdctl({QStringLiteral("config"), QStringLiteral("export"), after, QStringLiteral("--db"), db}).exitCode == 0);
    QFile reread(after);
    REQUIRE(reread.open(QIODevice::ReadOnly));
    QFile original(exported);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(reread.readAll() == original.readAll());
}

TEST_CASE("sdctl report writes the KPI keys as JSON, CSV and a PDF", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("report.sqlite"));
    REQUIRE(sdctl({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"), QStringLiteral("400")}).exitCode == 0);
    const QStringList period{QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2027-01-01"), QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")};
    const Run json = sdctl(QStringList{QStringLiteral("report")} + period);
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    for (const char* key : {"period", "created", "resolved", "backlog_end", "frt_median_min", "frt_p90_min",
                            "resolution_median_min", "resolution_p90_min", "sla_first_response_pct", "sla_resolution_pct",
                            "fcr_pct", "reopen_pct", "csat_avg", "csat_satisfied_pct", "complaint_pct", "by_agent",
                            "by_team", "by_category", "by_channel", "by_tier", "by_priority", "trend", "top_terms",
                            "complaints_created", "complaints_closed", "complaint_close_median_min", "complaint_deadline_pct",
                            "remedy_amount_total", "cost_total", "cost_per_resolved", "cost_labour_pct", "cost_parts_pct",
                            "cost_transport_pct", "cost_other_pct", "cost_charged_total", "by_complaint_cause", "cost_by_category", "cost_by_product",
                            "visits_due", "visits_done", "visits_on_time_pct", "visits_issue_pct"})
        CHECK(root.contains(QLatin1String(key)));
    // 365 days: more than 62 and at most 366, so ISO weeks.
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("bucket")).toString() == QStringLiteral("week"));
    const Run csv = sdctl(QStringList{QStringLiteral("report")} + period + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("section,key,metric,value")));
    CHECK(csv.out.contains(QStringLiteral("figures,,created,")));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run printed = sdctl(QStringList{QStringLiteral("report")} + period
                              + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    CHECK(printed.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const Run backwards = sdctl({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                 QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to")));
}

TEST_CASE("sdctl import refuses a file with bad rows and imports a good one", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("import.sqlite"));
    const Run bad = sdctl({QStringLiteral("import"), QStringLiteral("tickets"), data("import/bad_rows.csv"), QStringLiteral("--db"), db});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("line")));
    const Run good = sdctl({QStringLiteral("import"), QStringLiteral("tickets"), data("import/basic_utf8_bom.csv"), QStringLiteral("--db"), db});
    CHECK(good.exitCode == 0);
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    const Run out = sdctl({QStringLiteral("export"), QStringLiteral("tickets"), exported, QStringLiteral("--db"), db});
    CHECK(out.exitCode == 0);
    CHECK(QFileInfo(exported).size() > 0);
}

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every command that takes --db (added by the caller), as a user runs it.
QList<QStringList> commandsOn(const QString& scratch)
{
    return {
        {QStringLiteral("check")},
        {QStringLiteral("init")},
        {QStringLiteral("tickets"), QStringLiteral("list")},
        {QStringLiteral("tickets"), QStringLiteral("search"), QStringLiteral("printer")},
        {QStringLiteral("config"), QStringLiteral("export"), scratch + QStringLiteral("/out.json")},
        {QStringLiteral("export"), QStringLiteral("tickets"), scratch + QStringLiteral("/out.csv")},
        {QStringLiteral("sla"), QStringLiteral("sweep")},
        {QStringLiteral("tiers"), QStringLiteral("recompute")},
        {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("10")},
        {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
         QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("json")},
    };
}

} // namespace

TEST_CASE("no command writes a byte into another program's SQLite file", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("accounts.sqlite"));
    REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {foreign, QStringLiteral("CREATE TABLE ledger(id INTEGER, amount INTEGER); "
                                                                                 "INSERT INTO ledger VALUES (1, 500);")}) == 0);
    const QByteArray before = fileDigest(foreign);
    for (QStringList arguments : commandsOn(dir.path())) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = sdctl(arguments << QStringLiteral("--db") << foreign);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a Service Desk database")));
        CHECK(fileDigest(foreign) == before);
        CHECK_FALSE(QFileInfo::exists(foreign + QStringLiteral("-wal")));
    }
}

TEST_CASE("a file that is not SQLite at all is refused unchanged", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("shopping list: milk, eggs, printer paper\n").repeated(200));
    file.close();
    const QByteArray before = fileDigest(notes);
    for (QStringList arguments : commandsOn(dir.path())) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = sdctl(arguments << QStringLiteral("--db") << notes);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a Service Desk database")));
        CHECK(fileDigest(notes) == before);
    }
}

TEST_CASE("an empty file is not turned into a database by a command that only reads", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    for (QStringList arguments : {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("tickets"), QStringLiteral("list")}}) {
        const Run run = sdctl(arguments << QStringLiteral("--db") << empty);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("empty")));
        CHECK(QFileInfo(empty).size() == 0);
        CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
    }
}

TEST_CASE("commands that only read never create a database or its folder", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/desk.sqlite"));
    const QList<QStringList> readers = commandsOn(dir.path()).mid(0, 1) + commandsOn(dir.path()).mid(2, 4)
        + commandsOn(dir.path()).mid(9, 1);
    REQUIRE(readers.size() == 6);
    for (QStringList arguments : readers) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = sdctl(arguments << QStringLiteral("--db") << missing);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("there is no database here")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }
    // A command that writes may create it.
    CHECK(sdctl({QStringLiteral("init"), QStringLiteral("--db"), missing}).exitCode == 0);
    CHECK(QFileInfo::exists(missing));
}

TEST_CASE("a database from a newer Service Desk is refused without a write, whatever its version number", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("future.sqlite"));
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    // The next version; and 2^32 + 6, which would read as 6 if the version
    // were squeezed into 32 bits.
    const QString next = QString::number(sd::latestSchemaVersion() + 1);
    for (const QString& version : {next, QStringLiteral("4294967302"), QStringLiteral("9223372036854775807")}) {
        INFO(version.toStdString());
        REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {db, QStringLiteral("DELETE FROM schema_migrations WHERE version > %1; "
                                                                                "INSERT INTO schema_migrations VALUES (%2, 0);")
                                                                      .arg(sd::latestSchemaVersion()).arg(version)}) == 0);
        const QByteArray before = fileDigest(db);
        for (QStringList arguments : commandsOn(dir.path())) {
            const Run run = sdctl(arguments << QStringLiteral("--db") << db);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("made by a newer Service Desk")));
            CHECK(run.err.contains(version));
            CHECK(fileDigest(db) == before);
        }
    }
}

TEST_CASE("demo tickets' descriptions tell the same story as their subjects", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(sdctl({QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("500"), QStringLiteral("--db"), db}).exitCode == 0);
    QProcess query;
    query.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT COUNT(*), SUM(instr(description, subject) > 0) FROM tickets;")});
    REQUIRE(query.waitForFinished(30000));
    CHECK(QString::fromUtf8(query.readAllStandardOutput()).trimmed() == QStringLiteral("500|500"));
}

namespace {

// Runs sdctl as a user who may not write the folder: "nobody" when the tests
// run as root (root may write anything), else the user as they are. The
// program is copied where that user can run it.
Run sdctlWithoutWriteAccess(const QString& programCopy, const QStringList& arguments)
{
    QProcess process;
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), programCopy} + arguments);
    else
        process.start(programCopy, arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

void makeReadOnly(const QString& path, QFileDevice::Permissions permissions)
{
    REQUIRE(QFile::setPermissions(path, permissions));
}

} // namespace

TEST_CASE("a database in a folder the user cannot write is read as it is, and a change is refused by name", "[cli][storage]")
{
    QTemporaryDir dir;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QString program = dir.filePath(QStringLiteral("sdctl"));
    REQUIRE(QFile::copy(QStringLiteral(SD_SDCTL_PATH), program));
    makeReadOnly(program, enterable);
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/desk.sqlite");
    REQUIRE(sdctl({QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("40"), QStringLiteral("--db"), db}).exitCode == 0);

    SECTION("closed cleanly (no -wal or -shm file)") {}
    SECTION("left with its -wal and -shm files by a program that was killed")
    {
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {db});
        REQUIRE(holder.waitForStarted());
        holder.write("INSERT OR REPLACE INTO settings (key, value) VALUES ('left', 'behind');\nSELECT 'written';\n");
        REQUIRE(holder.waitForReadyRead(10000));
        holder.kill();
        holder.waitForFinished();
        REQUIRE(QFileInfo::exists(db + QStringLiteral("-wal")));
        makeReadOnly(db + QStringLiteral("-wal"), readable);
        makeReadOnly(db + QStringLiteral("-shm"), readable);
    }
    makeReadOnly(db, readable);
    makeReadOnly(folder, enterable);
    makeReadOnly(dir.path(), enterable | QFileDevice::WriteOwner);
    const QByteArray before = fileDigest(db);

    const Run list = sdctlWithoutWriteAccess(program, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("all"),
                                                       QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--db"), db});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("40 of 40 ticket(s)")));
    const Run check = sdctlWithoutWriteAccess(program, {QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));
    const Run import = sdctlWithoutWriteAccess(program, {QStringLiteral("import"), QStringLiteral("tickets"), data("import/basic_utf8_bom.csv"), QStringLiteral("--db"), db});
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("cannot be changed here")));
    CHECK(fileDigest(db) == before);
    makeReadOnly(folder, enterable | QFileDevice::WriteOwner);
}

TEST_CASE("a --db value the program cannot serve is refused by name, and no folder named after it appears", "[cli][storage]")
{
    QTemporaryDir dir;
    const QList<QPair<QString, QString>> cases{
        // Another engine's address.
        {QStringLiteral("mysql://desk@localhost:3306/servicedesk"), QStringLiteral("\"mysql\" is neither")},
        // A PostgreSQL address without a database name.
        {QStringLiteral("postgresql://desk@localhost:5432"), QStringLiteral("names no database")},
        // A server that is not there (nothing listens on port 1).
        {QStringLiteral("postgresql://desk@127.0.0.1:1/servicedesk"), QStringLiteral("cannot connect to the database server")},
    };
    for (const auto& [address, message] : cases) {
        for (const char* command : {"init", "check"}) {
            INFO(command << " " << address.toStdString());
            QProcess process;
            process.setWorkingDirectory(dir.path());
            process.start(QStringLiteral(SD_SDCTL_PATH), {QString::fromLatin1(command), QStringLiteral("--db"), address});
            REQUIRE(process.waitForFinished(60000));
            CHECK(process.exitCode() == 1);
            const QString error = QString::fromUtf8(process.readAllStandardError());
            INFO(error.toStdString());
            CHECK(error.contains(message));
        }
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("sdctl server init creates the office's database and schema once, and desks then work on it", "[cli][server]")
{
    if (!sd::test::onServer())
        return; // runs in the PostgreSQL pass only
    const QString name = QStringLiteral("sd_test_init_%1").arg(QCoreApplication::applicationPid());
    const QString address = sd::test::serverAddress(name);
    const Run init = sdctl({QStringLiteral("server"), QStringLiteral("init"), address});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the database %1").arg(name)));
    // Desks are given the address without the owner's name: they sign in as themselves.
    CHECK(init.out.contains(QStringLiteral("--db ") + QString(address).replace(QStringLiteral("sd_test_admin@"), QString())));
    const Run again = sdctl({QStringLiteral("server"), QStringLiteral("init"), address});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("was there already")));
    const Run check = sdctl({QStringLiteral("check"), QStringLiteral("--db"), address});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("schema version: 18")));
    const Run demo = sdctl({QStringLiteral("demo"), QStringLiteral("--db"), address, QStringLiteral("--tickets"), QStringLiteral("200")});
    INFO(demo.err.toStdString());
    CHECK(demo.exitCode == 0);
    const Run list = sdctl({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--db"), address,
                            QStringLiteral("--queue"), QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("5")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.endsWith(QStringLiteral("5 of 200 ticket(s)")));

    // The first administrator, then a desk user who signs in as their own server account.
    QTemporaryDir dir;
    const QString bossFile = passwordFile(dir, "boss.txt", QStringLiteral("boss-password-1"));
    const QString agentFile = passwordFile(dir, "agent.txt", QStringLiteral("li-na-password"));
    const Run admin = sdctl({QStringLiteral("server"), QStringLiteral("init"), address, QStringLiteral("--admin"), QStringLiteral("boss"),
                             QStringLiteral("--password-file"), bossFile});
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    CHECK(admin.out.contains(QStringLiteral("the server account is boss@%1").arg(name)));
    const auto as = [&](const QString& login, const QString& file, QStringList arguments) {
        return sdctlAs(login, file, arguments << QStringLiteral("--db") << address);
    };
    REQUIRE(as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("li.na"),
                                                  QStringLiteral("--password-file"), agentFile}).exitCode == 0);
    const Run agentList = as(QStringLiteral("li.na"), agentFile, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--queue"),
                                                                  QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("1")});
    INFO(agentList.err.toStdString());
    CHECK(agentList.exitCode == 0);
    const Run wrong = as(QStringLiteral("li.na"), bossFile, {QStringLiteral("tickets"), QStringLiteral("list")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong login or password")));
    const Run forbidden = as(QStringLiteral("li.na"), agentFile, {QStringLiteral("users"), QStringLiteral("list")});
    CHECK(forbidden.exitCode == 1);
    CHECK(forbidden.err.contains(QStringLiteral("manage users")));
    sd::test::dropTestDatabase(address);
    // A name that would need quoting, and a file path, are refused by name.
    const Run quoted = sdctl({QStringLiteral("server"), QStringLiteral("init"), sd::test::serverAddress(QStringLiteral("bad-name"))});
    CHECK(quoted.exitCode == 1);
    CHECK(quoted.err.contains(QStringLiteral("Latin letters")));
    const Run file = sdctl({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("/tmp/desk.sqlite")});
    CHECK(file.exitCode == 1);
    CHECK(file.err.contains(QStringLiteral("not a server address")));
}

TEST_CASE("sdctl server init with --admin on a new server database creates both at once", "[cli][server]")
{
    if (!sd::test::onServer())
        return; // runs in the PostgreSQL pass only
    const QString name = QStringLiteral("sd_test_init_admin_%1").arg(QCoreApplication::applicationPid());
    const QString address = sd::test::serverAddress(name);
    QTemporaryDir dir;
    const QString bossFile = passwordFile(dir, "boss.txt", QStringLiteral("boss-password-1"));
    const Run init = sdctl({QStringLiteral("server"), QStringLiteral("init"), address, QStringLiteral("--admin"), QStringLiteral("boss"),
                            QStringLiteral("--password-file"), bossFile});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the database %1").arg(name)));
    CHECK(init.out.contains(QStringLiteral("the server account is boss@%1").arg(name)));
    const Run users = sdctlAs(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), address});
    INFO(users.err.toStdString());
    CHECK(users.exitCode == 0);
    CHECK(users.out.contains(QStringLiteral("boss")));
    sd::test::dropTestDatabase(address);
}

TEST_CASE("sdctl users: the first administrator claims a new database, then every command signs in", "[cli][users]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString bossFile = passwordFile(dir, "boss.txt", QStringLiteral("boss-password-1"));
    const QString agentFile = passwordFile(dir, "agent.txt", QStringLiteral("li-na-password"));
    const QString wrongFile = passwordFile(dir, "wrong.txt", QStringLiteral("li-na-passworD"));
    const auto as = [&](const QString& login, const QString& file, QStringList arguments) {
        return sdctlAs(login, file, arguments << QStringLiteral("--db") << db);
    };
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    // Nobody can sign in yet: whoever holds the file adds the administrator.
    const Run claimed = sdctlAs({}, {}, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
                                         QStringLiteral("admin"), QStringLiteral("--password-file"), bossFile, QStringLiteral("--db"), db});
    INFO(claimed.err.toStdString());
    REQUIRE(claimed.exitCode == 0);
    // From now on a password is needed, and a script without one is told how to give it.
    const Run anonymous = sdctlAs(QStringLiteral("boss"), {}, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("no password given")));
    CHECK(as(QStringLiteral("boss"), bossFile, {QStringLiteral("tickets"), QStringLiteral("list")}).exitCode == 0);
    REQUIRE(as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("li.na"),
                                                  QStringLiteral("--password-file"), agentFile}).exitCode == 0);
    const Run wrong = as(QStringLiteral("li.na"), wrongFile, {QStringLiteral("tickets"), QStringLiteral("list")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong login or password")));

    // An agent signs in, works the queue, but may not manage users or the configuration.
    CHECK(as(QStringLiteral("li.na"), agentFile, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--queue"),
                                                  QStringLiteral("mine")}).exitCode == 0);
    const Run users = as(QStringLiteral("li.na"), agentFile, {QStringLiteral("users"), QStringLiteral("list")});
    CHECK(users.exitCode == 1);
    CHECK(users.err.contains(QStringLiteral("\"Agent\"")));
    CHECK(users.err.contains(QStringLiteral("manage users")));
    const QString config = dir.filePath(QStringLiteral("config.json"));
    REQUIRE(as(QStringLiteral("boss"), bossFile, {QStringLiteral("config"), QStringLiteral("export"), config}).exitCode == 0);
    const Run configImport = as(QStringLiteral("li.na"), agentFile, {QStringLiteral("config"), QStringLiteral("import"), config});
    CHECK(configImport.exitCode == 1);
    CHECK(configImport.err.contains(QStringLiteral("edit the configuration")));

    // The administrator promotes her, and reads what happened in the audit log.
    REQUIRE(as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("li.na"),
                                                  QStringLiteral("supervisor")}).exitCode == 0);
    const Run listed = as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("list")});
    CHECK(listed.out.contains(QRegularExpression(QStringLiteral("li\\.na +\\S+ +Supervisor"))));
    const Run audit = as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("audit"), QStringLiteral("--login"),
                                                            QStringLiteral("li.na")});
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.count(QStringLiteral("Action refused")) == 2);
    CHECK(audit.out.contains(QStringLiteral("Sign-in failed")));
    CHECK(audit.out.contains(QStringLiteral("Agent → Supervisor by boss")));
    // The last administrator cannot disable herself.
    const Run selfDisable = as(QStringLiteral("boss"), bossFile, {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("boss")});
    CHECK(selfDisable.exitCode == 1);
}

TEST_CASE("a demo database can give its users a public password, a claimed one cannot", "[cli][users]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = sdctl({QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("200"), QStringLiteral("--demo-passwords"),
                            QStringLiteral("--db"), db});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("demo1234")));
    const QString file = passwordFile(dir, "demo.txt", QStringLiteral("demo1234"));
    CHECK(sdctlAs(QStringLiteral("zhao.qing"), file, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--db"), db}).exitCode == 0);
    // A second demo run is refused by the administrator's sign-in rules: it needs a signed-in administrator.
    const Run again = sdctlAs(QStringLiteral("zhao.qing"), file, {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("10"),
                                                                   QStringLiteral("--db"), db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("generate demo data")));
}

TEST_CASE("sdctl tickets: a script creates, works and reads a ticket, a stale version and a forbidden step are refused",
          "[cli][tickets][server]")
{
    sd::test::ScratchDatabase scratch; // a file, or a database on the test server in the PostgreSQL pass
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    // Nobody can sign in yet, so the named user acts without a password.
    const auto agent = [&](QStringList arguments) {
        return sdctlAs(QStringLiteral("li.na"), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };

    const Run unknown = agent({QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--subject"), QStringLiteral("x"),
                               QStringLiteral("--customer"), QStringLiteral("C-NOPE")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no customer has the code or phone number \"C-NOPE\"")));

    const Run created = agent({QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                               QStringLiteral("空调不制冷"), QStringLiteral("--contact-name"), QStringLiteral("周女士"),
                               QStringLiteral("--contact-phone"), QStringLiteral("13800138000"), QStringLiteral("--category"),
                               QStringLiteral("fault"), QStringLiteral("--priority"), QStringLiteral("P3"), QStringLiteral("--channel"),
                               QStringLiteral("web")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString number = json(created).value(QStringLiteral("number")).toString();
    CHECK(QRegularExpression(QStringLiteral("^HQ-\\d{4}-000001$")).match(number).hasMatch());
    // An agent's own call is theirs at once (assigned to them, in their team).
    CHECK(json(created).value(QStringLiteral("status")).toString() == QStringLiteral("assigned"));
    CHECK(json(created).value(QStringLiteral("assignee")).toString() == QStringLiteral("li.na"));
    CHECK(json(created).value(QStringLiteral("team")).toString() == QStringLiteral("hotline"));
    CHECK(json(created).value(QStringLiteral("version")).toInt() == 1);
    CHECK(json(created).value(QStringLiteral("channel")).toString() == QStringLiteral("web"));

    const Run raised = agent({QStringLiteral("tickets"), QStringLiteral("update"), number, QStringLiteral("--priority"), QStringLiteral("P1"),
                              QStringLiteral("--expect-version"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(raised.exitCode == 0);
    CHECK(json(raised).value(QStringLiteral("priority")).toString() == QStringLiteral("P1"));
    CHECK(json(raised).value(QStringLiteral("version")).toInt() == 2);
    // A script that read version 1 may not overwrite what happened since.
    const Run stale = agent({QStringLiteral("tickets"), QStringLiteral("update"), number, QStringLiteral("--subject"),
                             QStringLiteral("overwritten"), QStringLiteral("--expect-version"), QStringLiteral("1")});
    CHECK(stale.exitCode == 1);
    CHECK(stale.err.contains(QStringLiteral("changed this ticket")));

    const Run reply = agent({QStringLiteral("tickets"), QStringLiteral("comment"), number, QStringLiteral("已电话联系，明早上门"),
                             QStringLiteral("--public"), QStringLiteral("--json")});
    REQUIRE(reply.exitCode == 0);
    CHECK_FALSE(json(reply).value(QStringLiteral("first_response_at")).isNull()); // a public reply is the first response
    const Run handOver = agent({QStringLiteral("tickets"), QStringLiteral("assign"), number, QStringLiteral("wang.lei")});
    CHECK(handOver.exitCode == 1);
    CHECK(handOver.err.contains(QStringLiteral("assign tickets to others")));
    // The customer's answer is asked for first.
    const Run noAnswer = agent({QStringLiteral("tickets"), QStringLiteral("resolve"), number, QStringLiteral("--solution"), QStringLiteral("x")});
    CHECK(noAnswer.exitCode == 2);
    CHECK(noAnswer.err.contains(QStringLiteral("--answer")));
    const Run noSolution = agent({QStringLiteral("tickets"), QStringLiteral("resolve"), number, QStringLiteral("--answer"), QStringLiteral("confirmed")});
    CHECK(noSolution.exitCode == 1);
    const Run notFixed = agent({QStringLiteral("tickets"), QStringLiteral("resolve"), number, QStringLiteral("--answer"),
                                QStringLiteral("not_fixed"), QStringLiteral("--note"), QStringLiteral("还是不制冷"), QStringLiteral("--json")});
    REQUIRE(notFixed.exitCode == 0);
    CHECK(json(notFixed).value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    const Run resolved = agent({QStringLiteral("tickets"), QStringLiteral("resolve"), number, QStringLiteral("--answer"), QStringLiteral("confirmed"),
                                QStringLiteral("--solution"), QStringLiteral("更换了压缩机电容"), QStringLiteral("--json")});
    REQUIRE(resolved.exitCode == 0);
    CHECK(json(resolved).value(QStringLiteral("status")).toString() == QStringLiteral("resolved"));
    CHECK(agent({QStringLiteral("tickets"), QStringLiteral("csat"), number, QStringLiteral("6")}).exitCode == 1);
    const Run partial = agent({QStringLiteral("tickets"), QStringLiteral("csat"), number, QStringLiteral("4"), QStringLiteral("--timeliness"),
                               QStringLiteral("5")});
    CHECK(partial.exitCode == 2);
    CHECK(partial.err.contains(QStringLiteral("together")));
    REQUIRE(agent({QStringLiteral("tickets"), QStringLiteral("csat"), number, QStringLiteral("4"), QStringLiteral("--timeliness"),
                   QStringLiteral("5"), QStringLiteral("--professionalism"), QStringLiteral("4"), QStringLiteral("--attitude"),
                   QStringLiteral("3")}).exitCode == 0);

    const Run shown = agent({QStringLiteral("tickets"), QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject ticket = json(shown);
    CHECK(ticket.value(QStringLiteral("subject")).toString() == QStringLiteral("空调不制冷"));
    CHECK(ticket.value(QStringLiteral("csat")).toInt() == 4);
    CHECK(ticket.value(QStringLiteral("solution")).toString() == QStringLiteral("更换了压缩机电容"));
    QStringList kinds;
    for (const QJsonValue& event : ticket.value(QStringLiteral("timeline")).toArray())
        kinds.append(event.toObject().value(QStringLiteral("kind")).toString());
    // created, assignment and status (taken at creation), priority, the reply, not fixed (assigned →
    // in progress), confirmed (→ resolved), the survey.
    CHECK(kinds == QStringList{QStringLiteral("created"), QStringLiteral("assignment"), QStringLiteral("status"),
                               QStringLiteral("priority"), QStringLiteral("comment"), QStringLiteral("acceptance"),
                               QStringLiteral("status"), QStringLiteral("acceptance"), QStringLiteral("status"),
                               QStringLiteral("survey")});
}

TEST_CASE("sdctl complaints and costs: a script takes a complaint along its path and records costs, with the desk's rules",
          "[cli][complaints][costs][server]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };
    const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                     QStringLiteral("安装师傅迟到"), QStringLiteral("--contact-name"), QStringLiteral("周女士"),
                                     QStringLiteral("--category"), QStringLiteral("complaint")});
    REQUIRE(created.exitCode == 0);
    const QString number = json(created).value(QStringLiteral("number")).toString();

    const Run listed = as("li.na", {QStringLiteral("complaints"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(number));
    CHECK(listed.out.contains(QStringLiteral("Received")));
    CHECK(listed.out.contains(QStringLiteral("1 open complaints")));

    const Run skipped = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                     QStringLiteral("closed")});
    CHECK(skipped.exitCode == 1);
    CHECK(skipped.err.contains(QStringLiteral("its next step is \"Verified\"")));
    const Run technician = as("zhang.min", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                            QStringLiteral("verified"), QStringLiteral("--note"), QStringLiteral("seen")});
    CHECK(technician.exitCode == 1);
    CHECK(technician.err.contains(QStringLiteral("take complaints along their path")));
    const Run badRemedy = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                       QStringLiteral("handled"), QStringLiteral("--remedy"), QStringLiteral("flowers")});
    CHECK(badRemedy.exitCode == 2);
    CHECK(badRemedy.err.contains(QStringLiteral("--remedy: unknown value \"flowers\"")));
    const Run amountOnVerify = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                            QStringLiteral("verified"), QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--amount"),
                                            QStringLiteral("10")});
    CHECK(amountOnVerify.exitCode == 2);
    CHECK(amountOnVerify.err.contains(QStringLiteral("--amount goes with --to handled")));
    REQUIRE(as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("verified"),
                         QStringLiteral("--note"), QStringLiteral("派工记录显示晚到两小时")}).exitCode == 0);
    const Run stale = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                   QStringLiteral("handled"), QStringLiteral("--remedy"), QStringLiteral("apology"),
                                   QStringLiteral("--expect-version"), QStringLiteral("1")});
    CHECK(stale.exitCode == 1);
    CHECK(stale.err.contains(QStringLiteral("changed by someone else")));
    const Run handled = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                     QStringLiteral("handled"), QStringLiteral("--remedy"), QStringLiteral("compensation"),
                                     QStringLiteral("--amount"), QStringLiteral("50.5"), QStringLiteral("--json")});
    REQUIRE(handled.exitCode == 0);
    CHECK(json(handled).value(QStringLiteral("remedy_amount")).toString() == QStringLiteral("50.50"));
    CHECK(json(handled).value(QStringLiteral("version")).toInt() == 3);
    REQUIRE(as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"), QStringLiteral("feedback"),
                         QStringLiteral("--note"), QStringLiteral("客户接受")}).exitCode == 0);
    const Run noCause = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                     QStringLiteral("closed")});
    CHECK(noCause.exitCode == 1);
    CHECK(noCause.err.contains(QStringLiteral("cause")));

    // Costs: 90 minutes of a technician (120.00 an hour) and a part; an inspector only reads.
    const Run labour = as("zhang.min", {QStringLiteral("costs"), QStringLiteral("add"), number, QStringLiteral("--kind"),
                                        QStringLiteral("labour"), QStringLiteral("--quantity"), QStringLiteral("90"), QStringLiteral("--json")});
    REQUIRE(labour.exitCode == 0);
    CHECK(json(labour).value(QStringLiteral("total")).toString() == QStringLiteral("180.00"));
    const Run part = as("zhang.min", {QStringLiteral("costs"), QStringLiteral("add"), number, QStringLiteral("--kind"), QStringLiteral("parts"),
                                      QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--unit"), QStringLiteral("12.25"),
                                      QStringLiteral("--description"), QStringLiteral("密封圈"), QStringLiteral("--json")});
    REQUIRE(part.exitCode == 0);
    CHECK(json(part).value(QStringLiteral("total")).toString() == QStringLiteral("204.50"));
    CHECK(json(part).value(QStringLiteral("charged")).toString() == QStringLiteral("204.50")); // no purchase: no warranty
    const Run inspector = as("zhao.qing", {QStringLiteral("costs"), QStringLiteral("add"), number, QStringLiteral("--kind"),
                                           QStringLiteral("transport"), QStringLiteral("--quantity"), QStringLiteral("5")});
    CHECK(inspector.exitCode == 1);
    CHECK(inspector.err.contains(QStringLiteral("record service costs")));
    const Run badAmount = as("li.na", {QStringLiteral("costs"), QStringLiteral("add"), number, QStringLiteral("--kind"), QStringLiteral("other"),
                                       QStringLiteral("--unit"), QStringLiteral("12,5x")});
    CHECK(badAmount.exitCode == 2);
    const QJsonArray lines = json(part).value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    const QString partLine = QString::number(lines.at(1).toObject().value(QStringLiteral("id")).toInteger());
    const Run voided = as("li.na", {QStringLiteral("costs"), QStringLiteral("void"), number, partLine, QStringLiteral("--json")});
    REQUIRE(voided.exitCode == 0);
    CHECK(json(voided).value(QStringLiteral("total")).toString() == QStringLiteral("180.00"));
    CHECK(as("li.na", {QStringLiteral("costs"), QStringLiteral("void"), number, QStringLiteral("999")}).exitCode == 1);

    const Run closed = as("li.na", {QStringLiteral("complaints"), QStringLiteral("advance"), number, QStringLiteral("--to"),
                                    QStringLiteral("closed"), QStringLiteral("--cause"), QStringLiteral("service_quality"), QStringLiteral("--json")});
    REQUIRE(closed.exitCode == 0);
    CHECK(json(closed).value(QStringLiteral("stage")).toString() == QStringLiteral("closed"));
    const Run ticket = as("li.na", {QStringLiteral("tickets"), QStringLiteral("show"), number, QStringLiteral("--json")});
    CHECK(json(ticket).value(QStringLiteral("status")).toString() == QStringLiteral("resolved"));
    CHECK(as("li.na", {QStringLiteral("complaints"), QStringLiteral("list")}).out.contains(QStringLiteral("0 open complaints")));
}

TEST_CASE("sdctl dispatch: a script sends a technician, the technician reports, the day lists it and the sheet prints",
          "[cli][dispatch][server]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); };
    const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                     QStringLiteral("洗衣机漏水"), QStringLiteral("--contact-name"), QStringLiteral("周女士"),
                                     QStringLiteral("--category"), QStringLiteral("fault")});
    REQUIRE(created.exitCode == 0);
    const QString number = QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("number")).toString();

    const Run noWindow = as("li.na", {QStringLiteral("dispatch"), QStringLiteral("create"), number, QStringLiteral("--technician"),
                                      QStringLiteral("zhang.min")});
    CHECK(noWindow.exitCode == 2);
    // The ticket has no customer: no address to start from.
    const Run noAddress = as("li.na", {QStringLiteral("dispatch"), QStringLiteral("create"), number, QStringLiteral("--technician"),
                                       QStringLiteral("zhang.min"), QStringLiteral("--from"), QStringLiteral("2026-12-01 09:00"),
                                       QStringLiteral("--to"), QStringLiteral("2026-12-01 11:00")});
    CHECK(noAddress.exitCode == 1);
    CHECK(noAddress.err.contains(QStringLiteral("address")));
    const Run sent = as("li.na", {QStringLiteral("dispatch"), QStringLiteral("create"), number, QStringLiteral("--technician"),
                                  QStringLiteral("zhang.min"), QStringLiteral("--from"), QStringLiteral("2026-12-01 09:00"),
                                  QStringLiteral("--to"), QStringLiteral("2026-12-01 11:00"), QStringLiteral("--address"),
                                  QStringLiteral("上海市闵行区虹梅路 1 号"), QStringLiteral("--parts"), QStringLiteral("进水阀 ×1"), QStringLiteral("--json")});
    REQUIRE(sent.exitCode == 0);
    const QJsonObject visit = json(sent).at(0).toObject();
    CHECK(visit.value(QStringLiteral("visit")).toInt() == 1);
    // 09:00 in Shanghai is 01:00 UTC.
    CHECK(visit.value(QStringLiteral("from")).toString() == QStringLiteral("2026-12-01T01:00:00+00:00"));
    CHECK(visit.value(QStringLiteral("status")).toString() == QStringLiteral("scheduled"));

    const Run agentReports = as("li.na", {QStringLiteral("dispatch"), QStringLiteral("status"), number, QStringLiteral("1"),
                                          QStringLiteral("--to"), QStringLiteral("en_route")});
    CHECK(agentReports.exitCode == 1);
    CHECK(agentReports.err.contains(QStringLiteral("report how a visit went")));
    REQUIRE(as("zhang.min", {QStringLiteral("dispatch"), QStringLiteral("status"), number, QStringLiteral("1"), QStringLiteral("--to"),
                             QStringLiteral("on_site")}).exitCode == 0);
    const Run noReason = as("zhang.min", {QStringLiteral("dispatch"), QStringLiteral("status"), number, QStringLiteral("1"),
                                          QStringLiteral("--to"), QStringLiteral("cannot_complete"), QStringLiteral("--note"),
                                          QStringLiteral("阀门型号不对")});
    CHECK(noReason.exitCode == 1);
    const Run failed = as("zhang.min", {QStringLiteral("dispatch"), QStringLiteral("status"), number, QStringLiteral("1"), QStringLiteral("--to"),
                                        QStringLiteral("cannot_complete"), QStringLiteral("--reason"), QStringLiteral("missing_part"),
                                        QStringLiteral("--note"), QStringLiteral("阀门型号不对"), QStringLiteral("--json")});
    REQUIRE(failed.exitCode == 0);
    CHECK(json(failed).at(0).toObject().value(QStringLiteral("failure")).toString() == QStringLiteral("missing_part"));

    const Run day = as("sun.hui", {QStringLiteral("dispatch"), QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-12-01"),
                                   QStringLiteral("--technician"), QStringLiteral("zhang.min")});
    REQUIRE(day.exitCode == 0);
    CHECK(day.out.contains(number));
    CHECK(day.out.contains(QStringLiteral("Missing part")));
    const Run otherDay = as("sun.hui", {QStringLiteral("dispatch"), QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-12-02")});
    REQUIRE(otherDay.exitCode == 0);
    CHECK_FALSE(otherDay.out.contains(number));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const Run sheet = as("zhang.min", {QStringLiteral("dispatch"), QStringLiteral("sheet"), number, QStringLiteral("1"),
                                       QStringLiteral("--out"), pdf});
    REQUIRE(sheet.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(page.contains(number));
    CHECK(page.contains(QStringLiteral("周女士")));
    CHECK(page.contains(QStringLiteral("上海市闵行区虹梅路 1 号")));
    CHECK(page.contains(QStringLiteral("进水阀 ×1")));
    CHECK(page.contains(QStringLiteral("2026-12-01 09:00–11:00")));
    CHECK(page.contains(QStringLiteral("Customer's signature")));
    const Run missing = as("zhang.min", {QStringLiteral("dispatch"), QStringLiteral("sheet"), number, QStringLiteral("7"),
                                         QStringLiteral("--out"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("has no visit 7")));
}

TEST_CASE("sdctl plans: a script proposes a plan with catalogue and other parts, and records the customer's consent",
          "[cli][plans][server]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                     QStringLiteral("冰箱不制冷"), QStringLiteral("--contact-name"), QStringLiteral("钱先生"),
                                     QStringLiteral("--category"), QStringLiteral("fault")});
    REQUIRE(created.exitCode == 0);
    const QString number = QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("number")).toString();

    const Run badPart = as("zhang.min", {QStringLiteral("plans"), QStringLiteral("propose"), number, QStringLiteral("--cause"), QStringLiteral("x"),
                                         QStringLiteral("--steps"), QStringLiteral("y"), QStringLiteral("--part"), QStringLiteral("CAP-COMP"),
                                         QStringLiteral("--deadline"), QStringLiteral("2099-01-01 18:00")});
    CHECK(badPart.exitCode == 2);
    CHECK(badPart.err.contains(QStringLiteral("--part")));
    // 35.50 + 2 × 8.00 + 45 min at 120.00 (90.00) + 20.00 other = 161.50.
    const Run proposed = as("zhang.min", {QStringLiteral("plans"), QStringLiteral("propose"), number, QStringLiteral("--cause"),
                                          QStringLiteral("启动电容击穿"), QStringLiteral("--steps"), QStringLiteral("更换电容"), QStringLiteral("--part"),
                                          QStringLiteral("CAP-COMP:1"), QStringLiteral("--part"), QStringLiteral("扎带:2:8"), QStringLiteral("--labour"),
                                          QStringLiteral("45"), QStringLiteral("--other"), QStringLiteral("20"), QStringLiteral("--deadline"),
                                          QStringLiteral("2099-01-01 18:00")});
    REQUIRE(proposed.exitCode == 0);
    CHECK(proposed.out.contains(QStringLiteral("estimate 161.50, the customer pays 161.50")));
    CHECK(proposed.out.contains(QStringLiteral("not yet agreed by the customer")));
    const Run inspector = as("zhao.qing", {QStringLiteral("plans"), QStringLiteral("consent"), number, QStringLiteral("--by"),
                                           QStringLiteral("钱先生"), QStringLiteral("--how"), QStringLiteral("phone")});
    CHECK(inspector.exitCode == 1);
    const Run badHow = as("li.na", {QStringLiteral("plans"), QStringLiteral("consent"), number, QStringLiteral("--by"), QStringLiteral("钱先生"),
                                    QStringLiteral("--how"), QStringLiteral("telepathy")});
    CHECK(badHow.exitCode == 2);
    REQUIRE(as("li.na", {QStringLiteral("plans"), QStringLiteral("consent"), number, QStringLiteral("--by"), QStringLiteral("钱先生"),
                         QStringLiteral("--how"), QStringLiteral("phone")}).exitCode == 0);
    const Run shown = as("li.na", {QStringLiteral("plans"), QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(shown.out.toUtf8()).array().at(0).toObject();
    CHECK(plan.value(QStringLiteral("total")).toString() == QStringLiteral("161.50"));
    CHECK(plan.value(QStringLiteral("consent_by")).toString() == QStringLiteral("钱先生"));
    CHECK(plan.value(QStringLiteral("consent_how")).toString() == QStringLiteral("phone"));
    CHECK(plan.value(QStringLiteral("parts")).toArray().size() == 2);
}

TEST_CASE("sdctl tickets customer-reply records what the customer said, sla sweep reports the tickets it shared out",
          "[cli][tickets][notifications]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };
    const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                     QStringLiteral("冰箱结霜"), QStringLiteral("--contact-name"), QStringLiteral("周女士")});
    REQUIRE(created.exitCode == 0);
    const QString number = json(created).value(QStringLiteral("number")).toString();
    REQUIRE(as("li.na", {QStringLiteral("tickets"), QStringLiteral("status"), number, QStringLiteral("pending_customer"),
                         QStringLiteral("--note"), QStringLiteral("请客户拍照")}).exitCode == 0);
    const Run empty = as("wang.lei", {QStringLiteral("tickets"), QStringLiteral("customer-reply"), number, QStringLiteral(" ")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("the customer's reply is empty")));
    const Run replied = as("wang.lei", {QStringLiteral("tickets"), QStringLiteral("customer-reply"), number,
                                        QStringLiteral("照片已发到邮箱"), QStringLiteral("--json")});
    INFO(replied.err.toStdString());
    REQUIRE(replied.exitCode == 0);
    CHECK(json(replied).value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    CHECK(json(replied).value(QStringLiteral("first_response_at")).isNull()); // the customer's words are not the desk's answer
    const Run shown = as("li.na", {QStringLiteral("tickets"), QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    QStringList kinds;
    for (const QJsonValue& event : json(shown).value(QStringLiteral("timeline")).toArray())
        kinds.append(event.toObject().value(QStringLiteral("kind")).toString());
    // created, assignment, status (taken at creation), status (pending), the reply, status (back in progress).
    CHECK(kinds == QStringList{QStringLiteral("created"), QStringLiteral("assignment"), QStringLiteral("status"), QStringLiteral("status"),
                               QStringLiteral("customer_reply"), QStringLiteral("status")});

    const Run swept = sdctl({QStringLiteral("sla"), QStringLiteral("sweep"), QStringLiteral("--db"), db});
    REQUIRE(swept.exitCode == 0);
    CHECK(swept.out.contains(QStringLiteral("Waiting tickets assigned automatically: 0")));
}

TEST_CASE("sdctl tickets link, merge and split tie tickets with the desk's rules and permissions", "[cli][tickets][links]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };
    const auto create = [&](const QString& subject) {
        const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                         subject, QStringLiteral("--contact-name"), QStringLiteral("周女士")});
        REQUIRE(created.exitCode == 0);
        return json(created).value(QStringLiteral("number")).toString();
    };
    const QString kept = create(QStringLiteral("冰箱结霜"));
    const QString duplicate = create(QStringLiteral("冰箱又结霜了"));
    const QString related = create(QStringLiteral("冰箱门封条老化"));

    REQUIRE(as("li.na", {QStringLiteral("tickets"), QStringLiteral("link"), kept, related}).exitCode == 0);
    const Run twice = as("wang.lei", {QStringLiteral("tickets"), QStringLiteral("link"), related, kept});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already linked")));
    // A technician may not merge; an agent may.
    const Run technician = as("zhang.min", {QStringLiteral("tickets"), QStringLiteral("merge"), duplicate, kept});
    CHECK(technician.exitCode == 1);
    CHECK(technician.err.contains(QStringLiteral("merge duplicate tickets")));
    const Run merged = as("li.na", {QStringLiteral("tickets"), QStringLiteral("merge"), duplicate, kept, QStringLiteral("--note"),
                                    QStringLiteral("同一台冰箱"), QStringLiteral("--json")});
    REQUIRE(merged.exitCode == 0);
    CHECK(json(merged).value(QStringLiteral("number")).toString() == kept);
    const Run closed = as("li.na", {QStringLiteral("tickets"), QStringLiteral("show"), duplicate, QStringLiteral("--json")});
    CHECK(json(closed).value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(json(closed).value(QStringLiteral("solution")).toString() == QStringLiteral("Merged into %1 as a duplicate.").arg(kept));

    const Run split = as("li.na", {QStringLiteral("tickets"), QStringLiteral("split"), kept, QStringLiteral("--subject"),
                                   QStringLiteral("滤网多少钱"), QStringLiteral("--category"), QStringLiteral("inquiry"), QStringLiteral("--json")});
    REQUIRE(split.exitCode == 0);
    const QString made = json(split).value(QStringLiteral("number")).toString();
    CHECK(json(split).value(QStringLiteral("category")).toString() == QStringLiteral("inquiry"));
    CHECK(json(split).value(QStringLiteral("contact_name")).toString() == QStringLiteral("周女士"));

    const Run listed = as("zhao.qing", {QStringLiteral("tickets"), QStringLiteral("links"), kept});
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("Related  %1  ").arg(related)));
    CHECK(lines.at(1).startsWith(QStringLiteral("Duplicate merged in  %1  Closed").arg(duplicate)));
    CHECK(lines.at(2).startsWith(QStringLiteral("Split off into  %1  ").arg(made)));
    const Run asJson = as("zhao.qing", {QStringLiteral("tickets"), QStringLiteral("links"), kept, QStringLiteral("--json")});
    const QJsonArray tied = QJsonDocument::fromJson(asJson.out.toUtf8()).array();
    REQUIRE(tied.size() == 3);
    CHECK(tied.at(1).toObject().value(QStringLiteral("relation")).toString() == QStringLiteral("merged_from"));
    // The kept ticket's timeline carries the duplicate's lines, marked with its number.
    const Run shown = as("li.na", {QStringLiteral("tickets"), QStringLiteral("show"), kept, QStringLiteral("--json")});
    int fromDuplicate = 0;
    for (const QJsonValue& event : json(shown).value(QStringLiteral("timeline")).toArray())
        fromDuplicate += event.toObject().value(QStringLiteral("from")).toString() == duplicate ? 1 : 0;
    CHECK(fromDuplicate == 6); // created, assignment, status; the merge and two status moves
    // A customer's answer about the duplicate lands on the ticket kept.
    const Run replied = as("li.na", {QStringLiteral("tickets"), QStringLiteral("customer-reply"), duplicate, QStringLiteral("还是结霜"),
                                     QStringLiteral("--json")});
    REQUIRE(replied.exitCode == 0);
    CHECK(json(replied).value(QStringLiteral("number")).toString() == kept);

    const Run unlinked = as("li.na", {QStringLiteral("tickets"), QStringLiteral("unlink"), kept, duplicate});
    CHECK(unlinked.exitCode == 1);
    CHECK(unlinked.err.contains(QStringLiteral("is not linked to %1 as related").arg(duplicate)));
    REQUIRE(as("li.na", {QStringLiteral("tickets"), QStringLiteral("unlink"), kept, related}).exitCode == 0);
    const Run reopened = as("li.na", {QStringLiteral("tickets"), QStringLiteral("status"), duplicate, QStringLiteral("in_progress")});
    CHECK(reopened.exitCode == 1);
    CHECK(reopened.err.contains(QStringLiteral("was merged into %1").arg(kept)));
}

TEST_CASE("sdctl attachments adds files to a ticket and a visit, lists them, writes them back and removes them", "[cli][attachments]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const Run created = as("li.na", {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--subject"),
                                     QStringLiteral("洗衣机漏水"), QStringLiteral("--contact-name"), QStringLiteral("周女士")});
    REQUIRE(created.exitCode == 0);
    const QString number = QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("number")).toString();
    QTemporaryDir files;
    const QString invoice = files.filePath(QStringLiteral("invoice.pdf"));
    {
        QFile out(invoice);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 invoice of the repair");
    }
    const Run added = as("li.na", {QStringLiteral("attachments"), QStringLiteral("add"), number, invoice, QStringLiteral("--json")});
    REQUIRE(added.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(added.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("invoice.pdf"));
    CHECK(list.at(0).toObject().value(QStringLiteral("size")).toInt() == 30);
    CHECK(list.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("application/pdf"));
    const Run noVisit = as("li.na", {QStringLiteral("attachments"), QStringLiteral("add"), number, invoice, QStringLiteral("--visit"), QStringLiteral("3")});
    CHECK(noVisit.exitCode == 2);
    CHECK(noVisit.err.contains(QStringLiteral("no visit 3")));
    const Run inspector = as("zhao.qing", {QStringLiteral("attachments"), QStringLiteral("add"), number, invoice});
    CHECK(inspector.exitCode == 1);

    const Run got = as("zhao.qing", {QStringLiteral("attachments"), QStringLiteral("get"), number, QStringLiteral("invoice.pdf"),
                                     QStringLiteral("--to"), files.filePath(QStringLiteral("copy.pdf"))});
    REQUIRE(got.exitCode == 0);
    QFile copy(files.filePath(QStringLiteral("copy.pdf")));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == QByteArray("%PDF-1.4 invoice of the repair"));
    const Run removed = as("li.na", {QStringLiteral("attachments"), QStringLiteral("remove"), number, QStringLiteral("invoice.pdf")});
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains(QStringLiteral("No attachments.")));
    const Run gone = as("li.na", {QStringLiteral("attachments"), QStringLiteral("get"), number, QStringLiteral("invoice.pdf")});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains(QStringLiteral("no attachment \"invoice.pdf\"")));
}

TEST_CASE("sdctl care lists the week's occasions and marks a greeting sent once", "[cli][care]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    QString code;
    {
        auto workspace = sd::Workspace::open(db);
        REQUIRE(workspace);
        sd::CustomerDraft draft;
        draft.name = QStringLiteral("周晓梅");
        draft.birthday = QDate(1990, 12, 30);
        auto created = (*workspace)->customers().create(draft, 0);
        REQUIRE(created);
        code = created->details.code;
    }
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const Run week = as("li.na", {QStringLiteral("care"), QStringLiteral("week"), QStringLiteral("--from"), QStringLiteral("2026-12-28")});
    REQUIRE(week.exitCode == 0);
    CHECK(week.out.trimmed() == QStringLiteral("2026-12-30  Birthday  %1 周晓梅").arg(code));
    const Run badDate = as("li.na", {QStringLiteral("care"), QStringLiteral("week"), QStringLiteral("--from"), QStringLiteral("28.12.2026")});
    CHECK(badDate.exitCode == 2);
    const Run sent = as("li.na", {QStringLiteral("care"), QStringLiteral("sent"), code, QStringLiteral("birthday"), QStringLiteral("2026-12-30")});
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.contains(QStringLiteral("greeted by 李娜")));
    const Run twice = as("wang.lei", {QStringLiteral("care"), QStringLiteral("sent"), code, QStringLiteral("birthday"), QStringLiteral("2026-12-30")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already marked sent by 李娜")));
}

TEST_CASE("sdctl visits lists the return visits due, records a call once, and runs the periodic pass", "[cli][return_visits]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    // A VIP's first use is called 3 days after the purchase: bought three days ago, due today.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    QString code;
    {
        auto workspace = sd::Workspace::open(db);
        REQUIRE(workspace);
        sd::CustomerDraft draft;
        draft.name = QStringLiteral("钱贵宾");
        draft.tierCode = QStringLiteral("vip");
        draft.tierLocked = true;
        auto created = (*workspace)->customers().create(draft, 0);
        REQUIRE(created);
        code = created->details.code;
        sd::Purchase bought;
        bought.product = QStringLiteral("冷柜 BD-300");
        bought.purchasedOn = today.addDays(-3);
        REQUIRE((*workspace)->customers().addPurchase(created->id, bought, 0));
    }
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const Run due = as("li.na", {QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--json")});
    REQUIRE(due.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(due.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject visit = list.first().toObject();
    CHECK(visit.value(QStringLiteral("customer")).toString() == code);
    CHECK(visit.value(QStringLiteral("reason")).toString() == QStringLiteral("first_use"));
    CHECK(visit.value(QStringLiteral("due")).toString() == today.toString(Qt::ISODate));
    CHECK(visit.value(QStringLiteral("outcome")).isNull());
    const QString id = QString::number(visit.value(QStringLiteral("id")).toInteger());

    CHECK(as("li.na", {QStringLiteral("visits"), QStringLiteral("record"), id, QStringLiteral("pleased")}).exitCode == 2);
    const Run inspector = as("zhao.qing", {QStringLiteral("visits"), QStringLiteral("record"), id, QStringLiteral("satisfied")});
    CHECK(inspector.exitCode != 0);
    const Run lead = as("li.na", {QStringLiteral("visits"), QStringLiteral("record"), id, QStringLiteral("new_need"), QStringLiteral("--then"),
                                  QStringLiteral("lead"), QStringLiteral("--notes"), QStringLiteral("想再买两台"), QStringLiteral("--score"),
                                  QStringLiteral("4")});
    REQUIRE(lead.exitCode == 0);
    CHECK(lead.out.contains(QStringLiteral("New need")));
    CHECK(lead.out.contains(QStringLiteral("sales lead")));
    const Run twice = as("wang.lei", {QStringLiteral("visits"), QStringLiteral("record"), id, QStringLiteral("satisfied")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already recorded as \"New need\" by 李娜")));
    const Run leads = as("li.na", {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--leads")});
    REQUIRE(leads.exitCode == 0);
    CHECK(leads.out.contains(code + QStringLiteral(" 钱贵宾")));
    const Run nothingDue = as("li.na", {QStringLiteral("visits"), QStringLiteral("due")});
    CHECK(nothingDue.out.trimmed() == QStringLiteral("No return visits due."));

    const Run pass = as("li.na", {QStringLiteral("visits"), QStringLiteral("schedule")});
    REQUIRE(pass.exitCode == 0);
    CHECK(pass.out.trimmed() == QStringLiteral("Periodic visits scheduled: 1."));
    const Run history = as("li.na", {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--customer"), code});
    CHECK(history.out.contains(QStringLiteral("Periodic")));
}

TEST_CASE("sdctl report schedules a monthly report, and run-scheduled writes its PDF once", "[cli][report][scheduled]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    // Last month, in the office's zone.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QString period = QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate));

    const Run agent = as("li.na", {QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("Mine"), QStringLiteral("--period"),
                                   QStringLiteral("last_month")});
    CHECK(agent.exitCode == 1);
    CHECK(as("sun.hui", {QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("Hotline"), QStringLiteral("--period"),
                         QStringLiteral("fortnightly")}).exitCode == 2);
    const Run scheduled = as("sun.hui", {QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("Hotline monthly"),
                                         QStringLiteral("--period"), QStringLiteral("last_month"), QStringLiteral("--team"), QStringLiteral("hotline")});
    REQUIRE(scheduled.exitCode == 0);
    CHECK(scheduled.out.contains(QStringLiteral("the next run writes ") + period));

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    // An agent may not run them (nor claim their period): nothing is written.
    const Run byAgent = as("li.na", {QStringLiteral("report"), QStringLiteral("run-scheduled"), QStringLiteral("--folder"), folder});
    CHECK(byAgent.exitCode == 1);
    CHECK_FALSE(QDir(folder).exists());
    const Run run = as("sun.hui", {QStringLiteral("report"), QStringLiteral("run-scheduled"), QStringLiteral("--folder"), folder});
    REQUIRE(run.exitCode == 0);
    const QString pdf = QDir(folder).filePath(QStringLiteral("Hotline monthly %1.pdf").arg(period));
    CHECK(run.out.trimmed() == QStringLiteral("Written: ") + pdf);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(page.contains(QStringLiteral("Quality report")));
    CHECK(page.contains(first.toString(Qt::ISODate)));

    // Written once: the next run finds nothing due; the list says what was written.
    const Run again = as("sun.hui", {QStringLiteral("report"), QStringLiteral("run-scheduled"), QStringLiteral("--folder"), folder});
    CHECK(again.out.trimmed() == QStringLiteral("No scheduled report is due."));
    const Run list = as("sun.hui", {QStringLiteral("report"), QStringLiteral("scheduled")});
    CHECK(list.out.contains(QStringLiteral("Hotline monthly")));
    CHECK(list.out.contains(QStringLiteral("last written from ") + first.toString(Qt::ISODate)));
    const QString id = list.out.section(QLatin1Char(' '), 0, 0).mid(1);
    const Run removed = as("sun.hui", {QStringLiteral("report"), QStringLiteral("unschedule"), id});
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.trimmed() == QStringLiteral("No scheduled reports."));
}

TEST_CASE("sdctl kb drafts an article from a resolved ticket, publishes it after review, finds it, and moves it through Markdown", "[cli][knowledge]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    QString number;
    {
        auto workspace = sd::Workspace::open(db);
        REQUIRE(workspace);
        auto& ws = **workspace;
        const qint64 liNa = ws.users().byLogin(QStringLiteral("li.na"))->id;
        sd::TicketDraft draft;
        draft.contactName = QStringLiteral("周先生");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("打印机卡纸");
        draft.description = QStringLiteral("每页都卡");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws.tickets().create(draft, liNa);
        REQUIRE(ticket);
        REQUIRE(ws.tickets().changeStatus(ticket->id, ticket->version, sd::TicketStatus::Resolved, liNa, QStringLiteral("更换搓纸轮")));
        number = ticket->number;
    }
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const Run drafted = as("li.na", {QStringLiteral("kb"), QStringLiteral("from-ticket"), number});
    REQUIRE(drafted.exitCode == 0);
    CHECK(drafted.out.contains(QStringLiteral("#1")));
    CHECK(as("li.na", {QStringLiteral("kb"), QStringLiteral("publish"), QStringLiteral("1")}).exitCode == 1);
    CHECK(as("li.na", {QStringLiteral("kb"), QStringLiteral("show"), QStringLiteral("one")}).exitCode == 2);
    // Nothing published yet: the search finds nothing.
    CHECK(as("li.na", {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("打印机卡纸"), QStringLiteral("--json")}).out.trimmed()
          == QStringLiteral("[\n]"));
    REQUIRE(as("sun.hui", {QStringLiteral("kb"), QStringLiteral("publish"), QStringLiteral("1")}).exitCode == 0);
    // 打印机 and 卡纸 both in the title: (10 + 6) twice.
    const Run found = as("li.na", {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("打印机卡纸"), QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().toObject().value(QStringLiteral("score")).toInt() == 32);
    CHECK(hits.first().toObject().value(QStringLiteral("status")).toString() == QStringLiteral("published"));

    QTemporaryDir folder;
    REQUIRE(as("li.na", {QStringLiteral("kb"), QStringLiteral("export"), folder.path()}).exitCode == 0);
    QFile file(QDir(folder.path()).filePath(QStringLiteral("1-打印机卡纸.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\nsource_ticket: %1\n").arg(number)));
    CHECK(text.contains(QStringLiteral("## Answer\n\n更换搓纸轮\n")));
    const Run imported = as("sun.hui", {QStringLiteral("kb"), QStringLiteral("import"), folder.path()});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("0")));
    CHECK(imported.out.contains(QStringLiteral("1 updated")));
}

TEST_CASE("sdctl quality: a scorecard, a sample, a review scored as KPI.md says, and the agent's dispute", "[cli][quality]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    QString number;
    {
        auto workspace = sd::Workspace::open(db);
        REQUIRE(workspace);
        auto& ws = **workspace;
        const qint64 liNa = ws.users().byLogin(QStringLiteral("li.na"))->id;
        sd::TicketDraft draft;
        draft.contactName = QStringLiteral("周先生");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("洗衣机不脱水");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws.tickets().create(draft, liNa);
        REQUIRE(ticket);
        REQUIRE(ws.tickets().changeStatus(ticket->id, ticket->version, sd::TicketStatus::Resolved, liNa, QStringLiteral("清理过滤器")));
        number = ticket->number;
    }
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    QTemporaryDir dir;
    const QString card = dir.filePath(QStringLiteral("card.json"));
    QFile file(card);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "Calls", "criteria": [
        {"code": "greeting", "label": "Greets", "weight": 1, "points": 5},
        {"code": "solution", "label": "Correct solution", "weight": 3, "points": 4, "critical": true}]})");
    file.close();
    CHECK(as("li.na", {QStringLiteral("quality"), QStringLiteral("scorecard"), card}).exitCode == 1); // supervisors set them up
    REQUIRE(as("sun.hui", {QStringLiteral("quality"), QStringLiteral("scorecard"), card}).exitCode == 0);
    const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(1).toString(Qt::ISODate);
    const Run drawn = as("sun.hui", {QStringLiteral("quality"), QStringLiteral("sample"), QStringLiteral("--from"), today, QStringLiteral("--to"), tomorrow});
    REQUIRE(drawn.exitCode == 0);
    CHECK(drawn.out.startsWith(QStringLiteral("1 ")));
    const Run queue = as("zhao.qing", {QStringLiteral("quality"), QStringLiteral("queue"), QStringLiteral("--json")});
    const QJsonArray queued = QJsonDocument::fromJson(queue.out.toUtf8()).array();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().toObject().value(QStringLiteral("ticket")).toString() == number);
    const QString id = QString::number(queued.first().toObject().value(QStringLiteral("id")).toInteger());
    CHECK(as("zhao.qing", {QStringLiteral("quality"), QStringLiteral("review"), id, QStringLiteral("--rate"), QStringLiteral("greeting=four")}).exitCode == 2);
    // greeting 4/5 → 75, solution 3/4 → 66.67: (75 + 200) / 4 = 68.75.
    const Run scored = as("zhao.qing", {QStringLiteral("quality"), QStringLiteral("review"), id, QStringLiteral("--rate"),
                                        QStringLiteral("greeting=4,solution=3"), QStringLiteral("--feedback"), QStringLiteral("方案可以更完整"),
                                        QStringLiteral("--json")});
    REQUIRE(scored.exitCode == 0);
    CHECK(QJsonDocument::fromJson(scored.out.toUtf8()).array().first().toObject().value(QStringLiteral("score")).toDouble() == Approx(68.75));
    CHECK(as("li.na", {QStringLiteral("quality"), QStringLiteral("dispute"), id}).exitCode == 1); // a comment is required
    REQUIRE(as("li.na", {QStringLiteral("quality"), QStringLiteral("dispute"), id, QStringLiteral("--comment"), QStringLiteral("客户已确认")}).exitCode == 0);
    const Run back = as("zhao.qing", {QStringLiteral("quality"), QStringLiteral("queue")});
    CHECK(back.out.contains(QStringLiteral("Disputed")));
}

TEST_CASE("sdctl risk: a supervisor records and assesses risks, the list is ranked, a move without a plan is refused", "[cli][risks]")
{
    sd::test::ScratchDatabase scratch;
    const QString db = scratch.address();
    REQUIRE(sdctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const auto as = [&](const char* login, QStringList arguments) {
        return sdctlAs(QString::fromLatin1(login), {}, arguments << QStringLiteral("--db") << db);
    };
    const auto add = [&](const char* title, const char* probability, const char* impact) {
        return as("sun.hui", {QStringLiteral("risk"), QStringLiteral("add"), QStringLiteral("--title"), QString::fromUtf8(title),
                              QStringLiteral("--kind"), QStringLiteral("logistics"), QStringLiteral("--probability"),
                              QString::fromLatin1(probability), QStringLiteral("--impact"), QString::fromLatin1(impact),
                              QStringLiteral("--owner"), QStringLiteral("sun.hui")});
    };
    REQUIRE(add("快递停运", "5", "3").exitCode == 0);
    REQUIRE(add("Warehouse flood", "2", "4").exitCode == 0);
    const Run improbable = add("Meteor", "7", "1");
    CHECK(improbable.exitCode != 0);
    CHECK(improbable.err.contains(QStringLiteral("probability")));
    CHECK(as("li.na", {QStringLiteral("risk"), QStringLiteral("list")}).exitCode != 0); // agents do not see the register

    const Run listed = as("zhao.qing", {QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray risks = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(risks.size() == 2);
    CHECK(risks.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("快递停运"));
    CHECK(risks.at(0).toObject().value(QStringLiteral("score")).toInt() == 15);
    CHECK(risks.at(1).toObject().value(QStringLiteral("score")).toInt() == 8);
    CHECK(risks.at(1).toObject().value(QStringLiteral("owner")).toString() == QStringLiteral("孙慧"));
    CHECK(risks.at(1).toObject().value(QStringLiteral("owner_login")).toString() == QStringLiteral("sun.hui")); // as --owner takes it
    const QString id = QString::number(risks.at(1).toObject().value(QStringLiteral("id")).toInt());

    const Run refused = as("sun.hui", {QStringLiteral("risk"), QStringLiteral("move"), id, QStringLiteral("mitigating")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("mitigation plan")));
    REQUIRE(as("sun.hui", {QStringLiteral("risk"), QStringLiteral("update"), id, QStringLiteral("--mitigation"),
                           QStringLiteral("Raise the shelves")}).exitCode == 0);
    REQUIRE(as("sun.hui", {QStringLiteral("risk"), QStringLiteral("move"), id, QStringLiteral("mitigating")}).exitCode == 0);
    // Its history: recorded, the plan written, the move.
    const Run shown = as("zhao.qing", {QStringLiteral("risk"), QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("History:")));
    CHECK(shown.out.contains(QRegularExpression(QStringLiteral("孙慧  Recorded the risk\\.\\n.*孙慧  Rewrote the mitigation plan: Raise the shelves\\n"
                                                               ".*孙慧  Moved the risk from “Open risk” to “Being mitigated”\\."),
                                                QRegularExpression::DotMatchesEverythingOption)));
    const Run map = as("sun.hui", {QStringLiteral("risk"), QStringLiteral("heatmap")});
    REQUIRE(map.exitCode == 0);
    // Probability 5 × impact 3 and 2 × 4: one risk each.
    CHECK(map.out.contains(QRegularExpression(QStringLiteral("\\n5 +0 +0 +1 +0 +0\\n"))));
    CHECK(map.out.contains(QRegularExpression(QStringLiteral("\\n2 +0 +0 +0 +1 +0\\n"))));
    const Run checked = as("sun.hui", {QStringLiteral("risk"), QStringLiteral("check")});
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("new risks: 0"))); // a new database: no complaints, faults or SLA figures
}
