// The client's import, SLA sweep and queue refresh paths while other processes
// read, write, import, export and close the same database file over and over.
// Runs for SD_STRESS_SECONDS (20 by default; set it to minutes for a soak).
#include "TestSupport.h"

#include "common/FileChooser.h"
#include "exchange/ImportDialog.h"
#include "queue/QueueQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace sd;

namespace {

constexpr int kRowsPerImport = 3;

QString writeHistory(const QString& path, int first)
{
    return test::writeHistory(path, QStringLiteral("HQ-2025"), first, kRowsPerImport, [first](int i) {
        return QStringLiteral("上海顺达%1,regular,phone,fault,P3,打印机卡纸 %2,li.na,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T14:00:00+08:00,,,0,1,").arg(i).arg(first + i, 6, 10, QLatin1Char('0'));
    });
}

// Other programs on the same computer, started one after another in a few
// parallel lanes; every one of them must succeed.
class OtherProcesses
{
public:
    OtherProcesses(QString db, QString scratch)
        : m_db(std::move(db))
        , m_scratch(std::move(scratch))
    {
    }

    void keepBusy(int lanes)
    {
        for (int lane = 0; lane < lanes; ++lane)
            startNext(lane);
    }
    void stop() { m_stopping = true; }
    bool idle() const { return m_running == 0; }
    int imported() const { return m_importedRows; }
    int finished() const { return m_finished; }
    const QStringList& failures() const { return m_failures; }

private:
    QPair<QString, QStringList> command(int serial)
    {
        const QString sdctl = QStringLiteral(SD_SDCTL_PATH);
        const QString db = QStringLiteral("--db");
        switch (serial % 6) {
        // Other programs wait for a lock as we do (sqlite3 gives up at once by default).
        case 0: return {QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), m_db, QStringLiteral("SELECT COUNT(*), SUM(id) FROM tickets;")}};
        case 1: return {sdctl, {QStringLiteral("export"), QStringLiteral("tickets"), m_scratch + QStringLiteral("/out%1.csv").arg(serial % 3), db, m_db}};
        case 2: return {sdctl, {QStringLiteral("import"), QStringLiteral("tickets"),
                                writeHistory(m_scratch + QStringLiteral("/other%1.csv").arg(serial), 500000 + serial * kRowsPerImport), db, m_db}};
        case 3: return {sdctl, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("all"),
                                QStringLiteral("--limit"), QStringLiteral("5"), db, m_db}};
        case 4: return {QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('stress', '%1');").arg(serial)}};
        default: return {sdctl, {QStringLiteral("sla"), QStringLiteral("sweep"), db, m_db}};
        }
    }

    void startNext(int lane)
    {
        if (m_stopping)
            return;
        const int serial = m_serial++;
        const auto [program, arguments] = command(serial);
        auto* process = new QProcess;
        ++m_running;
        QObject::connect(process, &QProcess::finished, process, [this, process, serial, lane, program, arguments](int code) {
            --m_running;
            ++m_finished;
            if (code != 0 || process->exitStatus() != QProcess::NormalExit)
                m_failures.append(QStringLiteral("%1 %2 -> %3: %4").arg(program, arguments.join(QLatin1Char(' '))).arg(code)
                                      .arg(QString::fromUtf8(process->readAllStandardError())));
            else if (serial % 6 == 2)
                m_importedRows += kRowsPerImport;
            process->deleteLater();
            startNext(lane);
        });
        process->start(program, arguments);
    }

    QString m_db;
    QString m_scratch;
    int m_serial = 0;
    int m_running = 0;
    int m_finished = 0;
    int m_importedRows = 0;
    bool m_stopping = false;
    QStringList m_failures;
};

QPushButton* importButton(ImportDialog& dialog)
{
    for (QPushButton* candidate : dialog.findChildren<QPushButton*>())
        if (candidate->text() == QStringLiteral("Import"))
            return candidate;
    return nullptr;
}

qint64 countOf(Workspace& workspace, Queue queue, qint64 now)
{
    QueueRequest request;
    request.queue = queue;
    auto count = workspace.queues().count(request, now);
    return count ? *count : -1;
}

// The user looks for a file in the folder that holds the database.
void browseDatabaseFolder(const QString& db)
{
    const auto dialog = FileChooser::createDialog(nullptr, QStringLiteral("Ticket history"), QFileInfo(db).absolutePath(), {});
    dialog->show();
    QTest::qWait(400);
    dialog->close();
}

} // namespace

TEST_CASE("the client's import, sweep and refresh stay correct while other processes use the file", "[ui][safety][stress]")
{
    const int seconds = qEnvironmentVariableIsSet("SD_STRESS_SECONDS") ? qEnvironmentVariableIntValue("SD_STRESS_SECONDS") : 20;
    test::TempWorkspace ws("2026-11-20T10:00:00+08:00");
    REQUIRE(QProcess::execute(QStringLiteral(SD_SDCTL_PATH), {QStringLiteral("demo"), QStringLiteral("--tickets"), QStringLiteral("300"),
                                                                QStringLiteral("--db"), ws.path()}) == 0);
    QTemporaryDir scratch;
    OtherProcesses others(ws.path(), scratch.path());
    others.keepBusy(3);

    ImportDialog dialog(ws.path(), ws.userId("admin"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
    QStringList clientErrors;
    qint64 clientRows = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; timer.elapsed() < seconds * 1000; ++round) {
        dialog.setFile(writeHistory(scratch.filePath(QStringLiteral("client%1.csv").arg(round)), 100000 + round * kRowsPerImport));
        summary->clear();
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 30000);
        if (imported.count() == round + 1)
            clientRows += imported.last().first().toLongLong();
        else
            clientErrors.append(summary->text());
        if (round % 4 == 0)
            browseDatabaseFolder(ws.path());
        if (auto swept = ws->tickets().recordSlaEvents(); !swept)
            clientErrors.append(swept.error().describe());
        if (countOf(*ws, Queue::All, ws.now()) < 300 || countOf(*ws, Queue::Open, ws.now()) < 0)
            clientErrors.append(QStringLiteral("a queue count failed or went down"));
    }
    others.stop();
    QTRY_VERIFY_WITH_TIMEOUT(others.idle(), 60000);

    INFO(clientErrors.join(QLatin1Char('\n')).toStdString());
    INFO(others.failures().join(QLatin1Char('\n')).toStdString());
    CHECK(clientErrors.isEmpty());
    CHECK(others.failures().isEmpty());
    CHECK(others.finished() > 20);
    const qint64 expected = 300 + clientRows + others.imported();
    CHECK(clientRows > 0);
    // Every import that said it succeeded is kept; none is left half done.
    QProcess runs;
    runs.start(QStringLiteral("sqlite3"), {ws.path(), QStringLiteral("SELECT id, source, state FROM import_runs WHERE state <> 'done';")});
    REQUIRE(runs.waitForFinished(30000));
    INFO("imports not done: " << runs.readAllStandardOutput().toStdString());
    CHECK(countOf(*ws, Queue::All, ws.now()) == expected);
    QProcess count;
    count.start(QStringLiteral("sqlite3"), {ws.path(), QStringLiteral("SELECT COUNT(*) FROM tickets;")});
    REQUIRE(count.waitForFinished(30000));
    CHECK(count.readAllStandardOutput().trimmed().toLongLong() == expected);
    CHECK(ws->database().integrityCheck().value() == QStringLiteral("ok"));
}
