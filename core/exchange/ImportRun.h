#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace sd {

// An import that commits in short steps, so that desks and other programs can
// write between them instead of waiting for the whole file, yet stays all or
// nothing: each step records the id ranges it added (tickets, customers,
// users; timeline events go with their tickets), and undo() removes them all.
// A lock says the run is alive (a lock file beside a SQLite file, a session
// lock on a server); a run left "running" whose lock is free (its process
// died) is undone by recoverInterrupted(), which every program calls when it
// opens the database for writing.
class ImportRun
{
public:
    explicit ImportRun(Database database);
    ~ImportRun();
    ImportRun(const ImportRun&) = delete;
    ImportRun& operator=(const ImportRun&) = delete;

    Status start(const QString& source, qint64 now);
    // Inside the step's write transaction: before its first row, and just
    // before it commits.
    Status beginStep();
    Status endStep();
    // Before the step raises these ticket counters: their values now, which
    // undo puts back.
    Status rememberCounters(const QStringList& prefixes);
    // In the last step's transaction: the run is kept.
    Status markDone(qint64 now);
    // Removes everything the committed steps added; its own transaction.
    Status undo(qint64 now);

    // Undoes every run whose process died before it finished; the number undone.
    static Result<int> recoverInterrupted(const Database& database, qint64 now);

private:
    class AliveMark;
    static Result<bool> undoRun(const Database& database, qint64 runId, qint64 now);
    static Status restoreCounters(const Database& database, qint64 runId);
    Result<QHash<QString, qint64>> highestIds() const;

    Database m_database;
    qint64 m_id = 0;
    std::unique_ptr<AliveMark> m_alive;
    QHash<QString, qint64> m_stepStart;
    QSet<QString> m_rememberedPrefixes;
};

} // namespace sd
