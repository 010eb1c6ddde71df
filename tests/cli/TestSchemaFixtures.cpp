// Every released schema version, as its release left a database
// (tests/data/schema/vN.sqlite), opened by this program: it is upgraded (with
// a backup copy beside it when a step runs), every ticket, timeline event and
// customer keeps the values it had, and the queues and the quality report
// work on it. The values before are read straight from the file with SQL.
#include "TestSupport.h"

#include "queue/QueueQuery.h"
#include "reports/KpiEngine.h"
#include "storage/DatabaseProbe.h"
#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// The rows of `table` as text, over the columns `columns` (those of the old file).
QStringList rowsOf(const QString& file, const QString& table, QStringList* columns)
{
    const QString name = QStringLiteral("fixture-") + table;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        if (columns->isEmpty()) {
            const QSqlRecord record = db.record(table);
            for (int i = 0; i < record.count(); ++i)
                columns->append(record.fieldName(i));
        }
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns->join(QStringLiteral(", ")), table)));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns->size(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

TEST_CASE("a database of every released schema version opens, upgraded, with every ticket, event and customer as it was", "[schema]")
{
    const QDir fixtures(QStringLiteral(SD_TEST_DATA "/schema"));
    const QStringList files = fixtures.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& name : files) {
        INFO(name.toStdString());
        QTemporaryDir dir;
        const QString file = dir.filePath(name);
        REQUIRE(QFile::copy(fixtures.filePath(name), file));
        QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::WriteOwner);
        auto probe = DatabaseProbe::inspect(file);
        REQUIRE(probe);
        CHECK(QStringLiteral("v%1.sqlite").arg(probe->schemaVersion) == name);
        QMap<QString, QStringList> columns, before;
        for (const char* table : {"tickets", "ticket_events", "customers"})
            before.insert(QLatin1String(table), rowsOf(file, QLatin1String(table), &columns[QLatin1String(table)]));
        REQUIRE(before.value(QStringLiteral("tickets")).size() >= 200);

        auto opened = Workspace::open(file);
        REQUIRE(opened);
        Workspace& ws = **opened;
        CHECK(*ws.database().schemaVersion() == latestSchemaVersion());
        // A step ran: the file as it was is kept beside it.
        CHECK(ws.database().lastBackupPath().isEmpty() == (probe->schemaVersion == latestSchemaVersion()));
        if (!ws.database().lastBackupPath().isEmpty())
            CHECK(QFile::exists(ws.database().lastBackupPath()));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            CHECK(rowsOf(file, it.key(), &columns[it.key()]) == it.value());

        // The queues and the report read it.
        QueueRequest all;
        all.queue = Queue::All;
        auto page = ws.queues().page(all, ws.clock().now());
        REQUIRE(page);
        CHECK(page->size() == 50);
        ReportRequest request;
        request.from = 0;
        request.to = ws.clock().now() + 86400;
        request.zone = QTimeZone::utc();
        auto report = KpiEngine(ws.database()).run(request);
        REQUIRE(report);
        CHECK(report->figures.created > 0);
        CHECK(report->figures.resolved > 0);
    }
}
