#include "exchange/TicketImporter.h"

#include "exchange/CsvReader.h"
#include "exchange/ImportRowParser.h"
#include "exchange/ImportSession.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace sd {
namespace {

constexpr int kProgressEvery = 1000;

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
    if (options.validateOnly || lines - 1 <= kBulkRows)
        return load(reader, header.fields, parser, options, nullptr, (*file)->size(), progress);
    BulkLoad bulk(m_workspace.database());
    bulk.switchToRollbackJournal();
    auto loaded = load(reader, header.fields, parser, options, &bulk, (*file)->size(), progress);
    bulk.restoreJournal();
    return loaded;
}

Result<ImportReport> TicketImporter::load(CsvReader& reader, const QStringList& header, ImportRowParser& parser,
                                          const ImportOptions& options, BulkLoad* bulk, qint64 bytes,
                                          const Progress& progress)
{
    Database& database = m_workspace.database();
    const QSqlDatabase db = database.connection();
    WriteTransaction transaction(db, database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QVariant nameIndex;
    if (bulk) {
        auto definition = sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                                      {QString::fromLatin1(kNameIndex)});
        if (!definition)
            return fail(definition.error());
        nameIndex = *definition;
        if (auto begun = bulk->begin(); !begun)
            return fail(begun.error());
        if (!nameIndex.isNull())
            if (auto kept = sql::run(db, nameIndex.toString()); !kept)
                return fail(kept.error());
    }
    ImportSession session(m_workspace, options, parser);
    if (auto prepared = session.prepare(header); !prepared)
        return fail(prepared.error());
    CsvRecord record;
    qint64 count = 0;
    while (reader.next(record)) {
        if (ImportRowParser::isBlank(record))
            continue;
        if (auto added = session.add(record); !added)
            return fail(added.error());
        if (progress && ++count % kProgressEvery == 0 && !progress(reader.position(), bytes))
            return fail(Error::invalid(QStringLiteral("import"), QCoreApplication::translate("sd::TicketImporter", "cancelled; nothing was imported")));
    }
    ImportReport report = session.report();
    report.encoding = reader.encoding();
    if (options.validateOnly || (report.rejected > 0 && !options.skipBad))
        return report; // the transaction rolls back
    if (auto raised = session.finish(); !raised)
        return fail(raised.error());
    if (bulk) {
        if (!nameIndex.isNull())
            if (auto dropped = sql::run(db, QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(kNameIndex))); !dropped)
                return fail(dropped.error());
        if (auto finished = bulk->finish(); !finished)
            return fail(finished.error());
    }
    if (auto saved = session.commitRejects(); !saved)
        return fail(saved.error());
    if (auto committed = transaction.commit(); !committed) {
        if (!options.rejectsPath.isEmpty())
            QFile::remove(options.rejectsPath);
        return fail(committed.error());
    }
    report.imported = report.valid;
    report.committed = true;
    if (progress)
        progress(bytes, bytes);
    return report;
}

} // namespace sd
