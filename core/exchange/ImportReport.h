#pragma once

#include <QList>
#include <QString>

namespace sd {

struct ImportOptions
{
    QString encoding;        // "utf-8", "gb18030" (also "gbk"), or empty to detect
    bool skipBad = false;    // import the good rows even if some are bad
    QString rejectsPath;     // with skipBad: where the bad rows go, with a reason column
    bool validateOnly = false; // check every row as an import would, then write nothing
    int maxProblems = 1000;  // problems kept in the report; all are counted
    qint64 actorId = 0;      // who imports (needs the import permission)
};

// One thing wrong with the file: where (line, column name or empty for the
// whole row) and why, in words for the user.
struct ImportProblem
{
    qint64 line = 0;
    QString column;
    QString reason;
};

struct ImportReport
{
    QString encoding;       // what the file was read as
    qint64 rows = 0;        // data rows read (blank lines do not count)
    qint64 valid = 0;       // rows without a problem
    qint64 rejected = 0;    // rows with at least one problem
    qint64 imported = 0;    // rows now in the database (0 unless committed)
    qint64 problemCount = 0; // all problems, also those not kept in `problems`
    QList<ImportProblem> problems;
    bool committed = false;
};

} // namespace sd
