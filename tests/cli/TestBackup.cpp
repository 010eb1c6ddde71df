// Backups and restore (docs/BACKUP.md), run as an office runs them: a copy
// taken while another process creates tickets, copies that must be refused,
// a database still open elsewhere, and sdctl killed in the middle of a backup
// and of a restore. Expected ticket counts come from what the writer printed
// after each commit, never from the program under test.
#include "TestSupport.h"

#include "storage/Backup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::Backup;

namespace {

const QString kSdctl = QStringLiteral(SD_SDCTL_PATH);

QString sqlite(const QString& db, const QString& statement)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), db, statement});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

// A new database; nobody can sign in to it yet, so li.na acts without a password.
QString newDatabase(const QTemporaryDir& dir, const char* name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("init"), QStringLiteral("--db"), path}) == 0);
    return path;
}

// A shell loop of sdctl processes, each creating one ticket and printing its
// subject once the ticket is committed.
QProcess* startWriter(const QString& db, int tickets, QObject* parent)
{
    auto* writer = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SD_USER"), QStringLiteral("li.na"));
    writer->setProcessEnvironment(environment);
    const QString loop = QStringLiteral("for i in $(seq 1 %1); do \"%2\" tickets create --subject \"写入 $i\" --contact-name 周先生 "
                                        "--db \"%3\" >/dev/null && echo \"写入 $i\"; done")
                             .arg(tickets)
                             .arg(kSdctl, db);
    writer->start(QStringLiteral("bash"), {QStringLiteral("-c"), loop});
    REQUIRE(writer->waitForStarted());
    return writer;
}

QSet<QString> linesOf(const QByteArray& output)
{
    QSet<QString> lines;
    for (const QString& line : QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.insert(line);
    return lines;
}

QSet<QString> subjectsIn(const QString& db)
{
    QSet<QString> subjects;
    for (const QString& line : sqlite(db, QStringLiteral("SELECT subject FROM tickets;")).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        subjects.insert(line);
    return subjects;
}

} // namespace

TEST_CASE("a backup taken while another process writes holds every ticket committed before it, and restores", "[backup]")
{
    QTemporaryDir dir;
    const QString db = newDatabase(dir, "office.sqlite");
    QObject owner;
    QProcess* writer = startWriter(db, 60, &owner);
    QByteArray printed;
    while (linesOf(printed).size() < 15 && writer->state() != QProcess::NotRunning) {
        writer->waitForReadyRead(5000);
        printed += writer->readAllStandardOutput();
    }
    const QSet<QString> committedBefore = linesOf(printed);
    REQUIRE(committedBefore.size() >= 15);
    const QString copy = dir.filePath(QStringLiteral("copies/office-1.sqlite"));
    auto taken = Backup::create(db, copy);
    REQUIRE(taken);
    const bool writerStillRunning = writer->state() != QProcess::NotRunning;
    REQUIRE(writer->waitForFinished(120000));
    printed += writer->readAllStandardOutput();
    REQUIRE(linesOf(printed).size() == 60);
    CHECK(writerStillRunning); // the copy was taken in the middle of the writing

    CHECK(taken->integrity == QLatin1String("ok"));
    CHECK(sqlite(copy, QStringLiteral("PRAGMA integrity_check;")) == QLatin1String("ok"));
    const QSet<QString> inCopy = subjectsIn(copy);
    CHECK(inCopy.contains(committedBefore));
    CHECK(inCopy.size() == taken->tickets);
    CHECK(inCopy.size() < 60);
    // No partial file is left beside it, and a second backup never overwrites the first.
    CHECK(filesIn(dir.filePath(QStringLiteral("copies"))) == QStringList{QStringLiteral("office-1.sqlite")});
    auto again = Backup::create(db, copy);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("exists already")));

    // Restored: the copy's tickets, and the database it replaced kept aside with all 60.
    QString aside;
    auto restored = Backup::restore(copy, db, &aside);
    REQUIRE(restored);
    CHECK(restored->tickets == inCopy.size());
    CHECK(subjectsIn(db) == inCopy);
    CHECK(sqlite(db, QStringLiteral("PRAGMA integrity_check;")) == QLatin1String("ok"));
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(subjectsIn(aside) == linesOf(printed));
    // The desk opens the restored database and goes on numbering after its last ticket.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SD_USER"), QStringLiteral("li.na"));
    QProcess next;
    next.setProcessEnvironment(environment);
    next.start(kSdctl, {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--subject"), QStringLiteral("恢复后"),
                        QStringLiteral("--contact-name"), QStringLiteral("周先生"), QStringLiteral("--db"), db});
    REQUIRE(next.waitForFinished(60000));
    CHECK(next.exitCode() == 0);
    CHECK(sqlite(db, QStringLiteral("SELECT COUNT(*) FROM tickets;")).toInt() == inCopy.size() + 1);
}

TEST_CASE("a damaged, newer or foreign copy is refused, and so is a restore while the database is open; nothing changes", "[backup]")
{
    QTemporaryDir dir;
    const QString db = newDatabase(dir, "office.sqlite");
    const QString copy = dir.filePath(QStringLiteral("good.sqlite"));
    REQUIRE(Backup::create(db, copy));
    const QByteArray before = hashOf(db);
    const QStringList filesBefore = filesIn(dir.path());

    // Damaged: a page in the middle overwritten (the header, page 1, stays whole).
    const QString damaged = dir.filePath(QStringLiteral("damaged.bin"));
    REQUIRE(QFile::copy(copy, damaged));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8 * 4096);
        file.seek(4 * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    auto broken = Backup::verify(damaged);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(damaged));
    // Newer: a schema step this program does not know.
    const QString newer = dir.filePath(QStringLiteral("newer.bin"));
    REQUIRE(QFile::copy(copy, newer));
    sqlite(newer, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0);"));
    auto tooNew = Backup::verify(newer);
    REQUIRE_FALSE(tooNew);
    CHECK(tooNew.error().message.contains(QStringLiteral("update the program")));
    // Foreign: not a database at all.
    const QString text = dir.filePath(QStringLiteral("notes.bin"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("客户名单，不是数据库\n");
    }
    CHECK_FALSE(Backup::verify(text));
    CHECK(Backup::verify(dir.filePath(QStringLiteral("missing.sqlite"))).error().code == sd::Error::Code::NotFound);
    for (const QString& bad : {damaged, newer, text}) {
        QString aside;
        INFO(bad.toStdString());
        CHECK_FALSE(Backup::restore(bad, db, &aside));
        CHECK(aside.isEmpty());
    }
    CHECK(hashOf(db) == before);
    const QStringList filesAfter = filesIn(dir.path());
    CHECK(QSet<QString>(filesAfter.begin(), filesAfter.end())
          == QSet<QString>(filesBefore.begin(), filesBefore.end())
                 + QSet<QString>{QStringLiteral("damaged.bin"), QStringLiteral("newer.bin"), QStringLiteral("notes.bin")});

    // Open in another program (as a desk keeps it open): refused, nothing written.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {db});
    REQUIRE(holder.waitForStarted());
    holder.write("PRAGMA journal_mode=WAL;\nSELECT COUNT(*) FROM tickets;\n");
    REQUIRE(holder.waitForReadyRead(10000));
    QString aside;
    auto busy = Backup::restore(copy, db, &aside);
    REQUIRE_FALSE(busy);
    CHECK(busy.error().message.contains(QStringLiteral("close them all")));
    CHECK(aside.isEmpty());
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK(sqlite(db, QStringLiteral("PRAGMA integrity_check;")) == QLatin1String("ok"));
    // Closed: the restore goes through.
    REQUIRE(Backup::restore(copy, db, &aside));
    CHECK_FALSE(aside.isEmpty());
}

TEST_CASE("sdctl backup and restore killed at any moment leave no half copy and the database whole", "[backup][crash]")
{
    QTemporaryDir dir;
    const QString db = newDatabase(dir, "office.sqlite");
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("3000"), QStringLiteral("--db"), db}) == 0);
    const QString full = sqlite(db, QStringLiteral("SELECT COUNT(*) FROM tickets;"));
    REQUIRE(full.toInt() >= 3000);
    const QString empty = newDatabase(dir, "empty.sqlite");
    QElapsedTimer timer;
    timer.start();
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("backup"), QStringLiteral("--to"), dir.filePath(QStringLiteral("timed.sqlite")),
                                       QStringLiteral("--db"), db}) == 0);
    const qint64 took = std::max<qint64>(timer.elapsed(), 50);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int i = 0; i < 6; ++i) {
        const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i));
        const qint64 delay = qint64(random.bounded(double(took) * 1.2));
        INFO("seed " << seed << ", trial " << i << ", killed after " << delay << " ms of " << took);
        QProcess backup;
        backup.start(kSdctl, {QStringLiteral("backup"), QStringLiteral("--to"), copy, QStringLiteral("--db"), db});
        REQUIRE(backup.waitForStarted());
        if (!backup.waitForFinished(int(delay)))
            backup.kill();
        backup.waitForFinished();
        // Under its name: nothing, or the whole copy.
        if (QFile::exists(copy))
            CHECK(sqlite(copy, QStringLiteral("SELECT COUNT(*) FROM tickets;")) == full);
        CHECK(sqlite(db, QStringLiteral("PRAGMA integrity_check;")) == QLatin1String("ok"));
    }
    // A restore of the full copy over the empty database, killed: the empty one or the full one, never a mix.
    const QString copy = dir.filePath(QStringLiteral("timed.sqlite"));
    const QString timedTarget = dir.filePath(QStringLiteral("timed-target.sqlite"));
    REQUIRE(QFile::copy(empty, timedTarget));
    timer.restart();
    REQUIRE(QProcess::execute(kSdctl, {QStringLiteral("restore"), copy, QStringLiteral("--db"), timedTarget}) == 0);
    const qint64 restoreTook = std::max<qint64>(timer.elapsed(), 50);
    CHECK(sqlite(timedTarget, QStringLiteral("SELECT COUNT(*) FROM tickets;")) == full);
    for (int i = 0; i < 8; ++i) {
        const QString target = dir.filePath(QStringLiteral("target-%1.sqlite").arg(i));
        REQUIRE(QFile::copy(empty, target));
        const qint64 delay = qint64(random.bounded(double(restoreTook) * 1.2));
        INFO("seed " << seed << ", restore " << i << ", killed after " << delay << " ms of " << restoreTook);
        QProcess restore;
        restore.start(kSdctl, {QStringLiteral("restore"), copy, QStringLiteral("--db"), target});
        REQUIRE(restore.waitForStarted());
        if (!restore.waitForFinished(int(delay)))
            restore.kill();
        restore.waitForFinished();
        REQUIRE(QFile::exists(target));
        CHECK(sqlite(target, QStringLiteral("PRAGMA integrity_check;")) == QLatin1String("ok"));
        const QString count = sqlite(target, QStringLiteral("SELECT COUNT(*) FROM tickets;"));
        CHECK((count == QLatin1String("0") || count == full));
    }
}

TEST_CASE("sdctl backup and restore say what they did, and how to call them", "[backup][cli]")
{
    QTemporaryDir dir;
    const QString db = newDatabase(dir, "office.sqlite");
    const auto run = [](const QStringList& arguments, QString* output = nullptr) {
        QProcess process;
        process.start(kSdctl, arguments);
        REQUIRE(process.waitForFinished(60000));
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QString said;
    CHECK(run({QStringLiteral("backup"), QStringLiteral("--db"), db}, &said) == 2);
    CHECK(said.contains(QStringLiteral("sdctl backup --to FILE")));
    const QString copy = dir.filePath(QStringLiteral("office.copy"));
    CHECK(run({QStringLiteral("backup"), QStringLiteral("--to"), copy, QStringLiteral("--db"), db}, &said) == 0);
    CHECK(said.contains(QStringLiteral("integrity: ok")));
    CHECK(said.contains(QStringLiteral("tickets: 0, customers: 0")));
    CHECK(run({QStringLiteral("backup"), QStringLiteral("--verify"), copy}, &said) == 0);
    CHECK(said.contains(QStringLiteral("schema version: ")));
    CHECK(run({QStringLiteral("backup"), QStringLiteral("--to"), copy, QStringLiteral("--db"), db}, &said) == 1);
    CHECK(said.contains(QStringLiteral("exists already")));
    CHECK(run({QStringLiteral("restore"), copy, QStringLiteral("--db"), db}, &said) == 0);
    CHECK(said.contains(QStringLiteral("The database it replaced is kept at ")));
    CHECK(run({QStringLiteral("restore"), dir.filePath(QStringLiteral("nothing.sqlite")), QStringLiteral("--db"), db}, &said) == 1);
    CHECK(said.contains(QStringLiteral("there is no file")));
    CHECK(run({QStringLiteral("--version")}, &said) == 0);
    CHECK(said.startsWith(QStringLiteral("sdctl " SD_PROJECT_VERSION)));
}
