#pragma once

#include "common/Error.h"
#include "exchange/ImportReport.h"

#include <QStringList>

#include <functional>

namespace sd {

class BulkLoad;
class CsvReader;
class ImportRowParser;
class Workspace;

// Brings tickets from a spreadsheet or another help desk into the database
// (format: TicketCsvFormat). Each row becomes a ticket whose SLA figures the
// configured policies and the real SLA clock compute, as if it had been typed
// in at the time. All or nothing: one transaction, rolled back if any row is
// bad (unless skipBad) or anything fails. Reads the file as a stream, so its
// size does not matter; large files are bulk loaded (indexes rebuilt once).
class TicketImporter
{
public:
    // Return false to cancel; nothing is then written.
    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;
    // Above this many rows, indexes are dropped during the load and rebuilt after.
    static constexpr qint64 kBulkRows = 50000;

    explicit TicketImporter(Workspace& workspace);

    Result<ImportReport> importFile(const QString& path, const ImportOptions& options, const Progress& progress = {});
    // Every check an import makes (also numbers taken and SLA policies), writing nothing.
    Result<ImportReport> check(const QString& path, ImportOptions options, const Progress& progress = {});
    // The header and the first `rows` records as they are in the file (empty
    // encoding: detect); reads no database.
    static Result<QList<QStringList>> preview(const QString& path, const QString& encoding, int rows);
    // "utf-8" or "gb18030" (what spreadsheets in China save), judged from the whole file.
    static Result<QString> detectEncoding(const QString& path);

private:
    static Result<QString> encodingFor(const QString& path, const QString& requested, qint64* lines);
    Result<ImportReport> load(CsvReader& reader, const QStringList& header, ImportRowParser& parser,
                              const ImportOptions& options, BulkLoad* bulk, qint64 bytes, const Progress& progress);

    Workspace& m_workspace;
};

} // namespace sd
