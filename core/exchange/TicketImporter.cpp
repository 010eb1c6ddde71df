#include "exchange/TicketImporter.h"

#include "exchange/CsvReader.h"
#include "exchange/ImportRowParser.h"
#include "exchange/ImportRun.h"
#include "exchange/ImportSession.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace sd {
namespace {

constexpr int kProgressEvery = 1000;

Error cancelled()
{
    return Error::invalid(QStringLiteral("import"), QCoreApplication::translate("sd::TicketImporter", "cancelled; nothing was imported"));
}

Result<std::unique_ptr<QFile>> openFile(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(Error::io(path, QCoreApplication::translate("sd::TicketImporter", "cannot read the file: %1").arg(file->errorString())));
    return file;
}

// BulkLoad drops every index of the customer tables too, but an import looks
// up each new customer name: without this one index each lookup would read
// the whole table. Recreated after BulkLoad::begin, dropped before finish
// (which recreates it from the schema with the others).
const char* const kNameIndex = "ix_customers_name";

} // namespace

TicketImporter::TicketImporter(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<QString> TicketImporter::detectEncoding(const QString& path)
{
    auto scan = CsvReader::scan(path, true);
    if (!scan)
        return fail(scan.error());
    return scan->likelyEncoding();
}

Result<QString> TicketImporter::encodingFor(const QString& path, const QString& requested, qint64* lines)
{
    const QString given = CsvReader::normalEncoding(requested);
    const bool detect = requested.trimmed().isEmpty() || requested.trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
    if (!detect && given.isEmpty())
        return fail(Error::invalid(QStringLiteral("encoding"),
                                   QCoreApplication::translate("sd::TicketImporter", "unknown encoding \"%1\"; use utf-8 or gb18030").arg(requested)));
    auto scan = CsvReader::scan(path, detect);
    if (!scan)
        return fail(scan.error());
    if (lines)
        *lines = scan->lines;
    if (!detect)
        return given;
    return scan->likelyEncoding();
}

Result<QList<QStringList>> TicketImporter::preview(const QString& path, const QString& encoding, int rows)
{
    auto resolved = encodingFor(path, encoding, nullptr);
    if (!resolved)
        return fail(resolved.error());
    auto file = openFile(path);
    if (!file)
        return fail(file.error());
    CsvReader reader(**file, *resolved);
    QList<QStringList> records;
    CsvRecord record;
    while (records.size() <= rows && reader.next(record))
        if (!ImportRowParser::isBlank(record))
            records.append(record.fields);
    return records;
}

Result<ImportReport> TicketImporter::check(const QString& path, ImportOptions options, const Progress& progress)
{
    options.validateOnly = true;
    return importFile(path, options, progress);
}

Result<ImportReport> TicketImporter::importFile(const QString& path, const ImportOptions& options,
                                                const Progress& progress)
{
    if (Database::isFileOf(m_workspace.database().path(), path))
        return fail(Database::ownFileRefused(path));
    if (!options.validateOnly)
        if (auto allowed = m_workspace.access().require(options.actorId, Action::ImportData); !allowed)
            return fail(allowed.error());
    qint64 lines = 0;
    auto encoding = encodingFor(path, options.encoding, &lines);
    if (!encoding)
        return fail(encoding.error());
    auto file = openFile(path);
    if (!file)
        return fail(file.error());
    CsvReader reader(**file, *encoding);
    ImportRowParser parser(m_workspace.configuration(), m_workspace.clock().now());
    ImportReport headerReport;
    headerReport.encoding = *encoding;
    CsvRecord header;
    if (!reader.next(header) || ImportRowParser::isBlank(header))
        headerReport.problems.append({1, {}, QCoreApplication::translate("sd::TicketImporter", "the file is empty; the first line must name the columns")});
    else
        headerReport.problems = parser.readHeader(header.fields, header.line);
    parser.setEncoding(reader.encoding());
    if (!headerReport.problems.isEmpty()) {
        headerReport.problemCount = headerReport.problems.size();
        return headerReport;
    }
    const Rows rows{path, reader, header.fields, parser, options, (*file)->size(), progress};
    if (options.validateOnly)
        return checkRows(rows);
    if (lines - 1 > kBulkRows) {
        // Alone on the file, a large import loads fastest at once with the
        // indexes rebuilt at the end; nobody is kept waiting by its lock.
        BulkLoad bulk(m_workspace.database());
        const bool alone = bulk.switchToRollbackJournal();
        if (alone) {
            auto loaded = loadAtOnce(rows, bulk);
            bulk.restoreJournal();
            return loaded;
        }
    }
    return loadInSteps(rows);
}

Result<bool> TicketImporter::feed(const Rows& rows, ImportSession& session, qint64* count, const Deadline& full)
{
    CsvRecord record;
    while (!full()) {
        if (!rows.reader.next(record))
            return false;
        if (ImportRowParser::isBlank(record))
            continue;
        if (auto added = session.add(record); !added)
            return fail(added.error());
        if (rows.progress && ++*count % kProgressEvery == 0 && !rows.progress(rows.reader.position(), rows.bytes))
            return fail(cancelled());
    }
    return true;
}

Result<ImportReport> TicketImporter::finishedReport(const Rows& rows, ImportSession& session)
{
    ImportReport report = session.report();
    report.encoding = rows.reader.encoding();
    if (rows.progress)
        rows.progress(rows.bytes, rows.bytes);
    return report;
}

Result<ImportReport> TicketImporter::committedReport(const Rows& rows, ImportSession& session)
{
    auto report = finishedReport(rows, session);
    report->imported = report->valid;
    report->committed = true;
    return report;
}

// Every row of the file into the session, in one go.
Status TicketImporter::readAll(const Rows& rows, ImportSession& session)
{
    if (auto prepared = session.prepare(rows.header); !prepared)
        return prepared;
    qint64 count = 0;
    if (auto fed = feed(rows, session, &count, [] { return false; }); !fed)
        return fail(fed.error());
    return {};
}

Result<ImportReport> TicketImporter::checkRows(const Rows& rows)
{
    ImportSession session(m_workspace, rows.options, rows.parser);
    if (auto read = readAll(rows, session); !read)
        return fail(read.error());
    return finishedReport(rows, session);
}

// Steps of a fifth of a second: a desk saving a ticket meanwhile waits at
// most about that long for the lock.
Result<ImportReport> TicketImporter::loadInSteps(const Rows& rows)
{
    Database& database = m_workspace.database();
    ImportRun run(database);
    if (auto started = run.start(QFileInfo(rows.path).fileName(), m_workspace.clock().now()); !started)
        return fail(started.error());
    ImportSession session(m_workspace, rows.options, rows.parser);
    if (auto prepared = session.prepare(rows.header); !prepared)
        return fail(prepared.error());
    if (auto reserved = reserveNumbers(rows, session); !reserved) {
        run.undo(m_workspace.clock().now());
        return fail(reserved.error());
    }
    qint64 count = 0;
    for (bool more = true; more;) {
        auto step = writeStep(rows, session, run, &count);
        if (!step) {
            // Left for the next open to undo if it fails here (the run stays "running").
            run.undo(m_workspace.clock().now());
            // Only this run's own rejects file: an older one may be in use.
            if (session.rejectsCommitted())
                QFile::remove(rows.options.rejectsPath);
            return fail(step.error());
        }
        more = *step;
        // A pause in which waiting writers (polling every few milliseconds,
        // see SqliteDialect::setLockWait) take their turn.
        if (more)
            QThread::msleep(kPauseMs);
    }
    const ImportReport& report = session.report();
    if (report.rejected > 0 && !rows.options.skipBad) {
        if (auto undone = run.undo(m_workspace.clock().now()); !undone)
            return fail(undone.error());
        return finishedReport(rows, session);
    }
    return committedReport(rows, session);
}

// Reads the file's ticket numbers once (a second pass, without checking the
// rows) and notes them in the session, whose first step then raises the
// counters past all of them.
Status TicketImporter::reserveNumbers(const Rows& rows, ImportSession& session)
{
    auto file = openFile(rows.path);
    if (!file)
        return fail(file.error());
    CsvReader reader(**file, rows.reader.encoding());
    CsvRecord record;
    reader.next(record); // the header
    while (reader.next(record))
        if (!ImportRowParser::isBlank(record))
            session.reserveNumber(rows.parser.number(record));
    return {};
}

// One short write transaction; false once the file is done (the last step
// also marks the run done and keeps the rejects file).
Result<bool> TicketImporter::writeStep(const Rows& rows, ImportSession& session, ImportRun& run, qint64* count)
{
    Database& database = m_workspace.database();
    WriteTransaction transaction(database.connection(), database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto begun = run.beginStep(); !begun)
        return fail(begun.error());
    if (auto begun = session.beginStep(); !begun)
        return fail(begun.error());
    QElapsedTimer timer;
    timer.start();
    const qint64 stepStart = *count;
    auto more = feed(rows, session, count, [&] { return timer.elapsed() >= kStepMs || *count - stepStart >= kStepRows; });
    if (!more)
        return fail(more.error());
    if (auto remembered = run.rememberCounters(session.counterPrefixes()); !remembered)
        return fail(remembered.error());
    if (auto raised = session.finish(); !raised)
        return fail(raised.error());
    if (auto ended = run.endStep(); !ended)
        return fail(ended.error());
    const bool keep = !*more && (session.report().rejected == 0 || rows.options.skipBad);
    if (keep) {
        if (auto marked = run.markDone(m_workspace.clock().now()); !marked)
            return fail(marked.error());
        if (auto saved = session.commitRejects(); !saved)
            return fail(saved.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return *more;
}

Result<ImportReport> TicketImporter::loadAtOnce(const Rows& rows, BulkLoad& bulk)
{
    Database& database = m_workspace.database();
    const QSqlDatabase db = database.connection();
    WriteTransaction transaction(db, database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto nameIndex = sql::scalar(db, database.dialect().indexDefinitionSql(),
                                 {QString::fromLatin1(kNameIndex)});
    if (!nameIndex)
        return fail(nameIndex.error());
    if (auto begun = bulk.begin(); !begun)
        return fail(begun.error());
    if (!nameIndex->isNull())
        if (auto kept = sql::run(db, nameIndex->toString()); !kept)
            return fail(kept.error());
    ImportSession session(m_workspace, rows.options, rows.parser);
    if (auto read = readAll(rows, session); !read)
        return fail(read.error());
    if (session.report().rejected > 0 && !rows.options.skipBad)
        return finishedReport(rows, session); // the transaction rolls back
    if (auto raised = session.finish(); !raised)
        return fail(raised.error());
    if (!nameIndex->isNull())
        if (auto dropped = sql::run(db, QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(kNameIndex))); !dropped)
            return fail(dropped.error());
    if (auto finished = bulk.finish(); !finished)
        return fail(finished.error());
    if (auto saved = session.commitRejects(); !saved)
        return fail(saved.error());
    if (auto committed = transaction.commit(); !committed) {
        if (!rows.options.rejectsPath.isEmpty())
            QFile::remove(rows.options.rejectsPath);
        return fail(committed.error());
    }
    return committedReport(rows, session);
}

} // namespace sd
