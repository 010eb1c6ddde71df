#pragma once

#include "common/Error.h"
#include "exchange/ImportReport.h"

#include <QStringList>

#include <functional>

namespace sd {

class BulkLoad;
class CsvReader;
class ImportRowParser;
class ImportRun;
class ImportSession;
class Workspace;

// Brings tickets from a spreadsheet or another help desk into the database
// (format: TicketCsvFormat). Each row becomes a ticket whose SLA figures the
// configured policies and the real SLA clock compute, as if it had been typed
// in at the time. All or nothing: undone as a whole if any row is bad (unless
// skipBad), if it is cancelled, if anything fails or if its process dies.
// It commits in short steps (ImportRun) so that other desks can save between
// them; a large file on a database nobody else has open is bulk loaded in one
// transaction instead (indexes rebuilt once). Reads the file as a stream, so
// its size does not matter. A check writes nothing and takes no lock.
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

    // A step of an import commits after this long or this many rows.
    static constexpr qint64 kStepMs = 200;
    static constexpr qint64 kStepRows = 5000;
    static constexpr int kPauseMs = 5;

private:
    // The file being imported and how to report on it.
    struct Rows
    {
        const QString& path;
        CsvReader& reader;
        const QStringList& header;
        ImportRowParser& parser;
        const ImportOptions& options;
        qint64 bytes = 0;
        const Progress& progress;
    };
    using Deadline = std::function<bool()>;

    static Result<QString> encodingFor(const QString& path, const QString& requested, qint64* lines);
    static Result<bool> feed(const Rows& rows, ImportSession& session, qint64* count, const Deadline& full);
    static Result<ImportReport> finishedReport(const Rows& rows, ImportSession& session);
    static Result<ImportReport> committedReport(const Rows& rows, ImportSession& session);
    static Status readAll(const Rows& rows, ImportSession& session);
    Result<ImportReport> checkRows(const Rows& rows);
    Result<ImportReport> loadInSteps(const Rows& rows);
    static Status reserveNumbers(const Rows& rows, ImportSession& session);
    Result<bool> writeStep(const Rows& rows, ImportSession& session, ImportRun& run, qint64* count);
    Result<ImportReport> loadAtOnce(const Rows& rows, BulkLoad& bulk);

    Workspace& m_workspace;
};

} // namespace sd
