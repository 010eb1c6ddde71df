#pragma once

#include "common/Error.h"

#include <QString>

#include <functional>

namespace sd {

class Workspace;

// Writes every ticket, in id order, in the exchange format TicketImporter
// reads (TicketCsvFormat): UTF-8 with a BOM so spreadsheets pick the right
// encoding, instants in ISO 8601 with the office calendar's offset. Streams
// the rows; the file appears only once complete.
class TicketExporter
{
public:
    // Return false to cancel; no file is then written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `actorId`: who exports (needs the export permission).
    explicit TicketExporter(Workspace& workspace, qint64 actorId = 0);
    // Returns how many tickets were written.
    Result<qint64> exportFile(const QString& path, const Progress& progress = {});

private:
    Workspace& m_workspace;
    qint64 m_actorId = 0;
};

} // namespace sd
