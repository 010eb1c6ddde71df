#include "exchange/ImportRun.h"

#include "storage/InsertedId.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>

namespace sd {
namespace {

// The tables an import adds rows to, in the order undo removes them (a
// customer or a user goes only once no remaining ticket names it). Timeline
// events and purchases follow their tickets and customers (ON DELETE CASCADE).
const char* const kTables[] = {"tickets", "customers", "users"};

const char* deleteStatement(const QString& table)
{
    if (table == QLatin1String("tickets"))
        return "DELETE FROM tickets WHERE id BETWEEN ? AND ?";
    if (table == QLatin1String("customers"))
        return "DELETE FROM customers WHERE id BETWEEN ? AND ? "
               "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = customers.id)";
    return "DELETE FROM users WHERE id BETWEEN ? AND ? "
           "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.assignee_id = users.id "
           "OR t.created_by = users.id OR t.updated_by = users.id) "
           "AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.actor_id = users.id) "
           "AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.updated_by = users.id)";
}

} // namespace

// Held while a run is alive: a lock file (stale time 0: alive as long as its
// process is, however long) or the server's session lock, which the server
// frees when the connection of a dead process goes.
class ImportRun::AliveMark
{
public:
    AliveMark(const Database& database, qint64 runId)
        : m_database(database)
        , m_runId(runId)
    {
    }
    ~AliveMark()
    {
        if (m_file)
            m_file->unlock();
        else if (m_held)
            sql::run(m_database.connection(), m_database.dialect().releaseRunLockSql(), {m_runId});
    }
    // False when another live process holds it.
    bool take()
    {
        const QString lockSql = m_database.dialect().tryRunLockSql();
        if (lockSql.isEmpty()) {
            m_file = std::make_unique<QLockFile>(filePath());
            m_file->setStaleLockTime(0);
            return m_file->tryLock(0);
        }
        auto taken = sql::scalar(m_database.connection(), lockSql, {m_runId});
        m_held = taken && taken->toBool();
        return m_held;
    }
    QString filePath() const { return m_database.path() + QStringLiteral(".import-%1.lock").arg(m_runId); }

private:
    Database m_database;
    qint64 m_runId;
    std::unique_ptr<QLockFile> m_file;
    bool m_held = false;
};

ImportRun::ImportRun(Database database)
    : m_database(std::move(database))
{
}

ImportRun::~ImportRun() = default;

// The lock is taken before the run's row commits, so that no program opening
// the database can see the run without its lock and take it for a dead one.
Status ImportRun::start(const QString& source, qint64 now)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO import_runs (source, started_at, state) VALUES (?, ?, 'running')"),
                             {source, now});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = insertedId(*inserted, QStringLiteral("import_runs"));
    auto alive = std::make_unique<AliveMark>(m_database, id);
    if (!alive->take())
        return fail(Error::io(alive->filePath(),
                              QCoreApplication::translate("sd::ImportRun", "cannot mark the import as running (is the database folder writable?)")));
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_id = id;
    m_alive = std::move(alive);
    return {};
}

Result<QHash<QString, qint64>> ImportRun::highestIds() const
{
    QHash<QString, qint64> highest;
    for (const char* table : kTables) {
        // Table names come from the list above, never from input.
        auto id = sql::scalar(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!id)
            return fail(id.error());
        highest.insert(QLatin1String(table), id->toLongLong());
    }
    return highest;
}

Status ImportRun::beginStep()
{
    auto highest = highestIds();
    if (!highest)
        return fail(highest.error());
    m_stepStart = std::move(*highest);
    return {};
}

// Only this transaction writes between beginStep and endStep, so the ids above
// the step's starting maximum are exactly the rows it added.
Status ImportRun::endStep()
{
    auto highest = highestIds();
    if (!highest)
        return fail(highest.error());
    for (auto it = highest->constBegin(); it != highest->constEnd(); ++it) {
        const qint64 first = m_stepStart.value(it.key()) + 1;
        if (it.value() < first)
            continue;
        auto recorded = sql::run(m_database.connection(),
                                 QStringLiteral("INSERT INTO import_run_ranges (run_id, table_name, first_id, last_id) VALUES (?, ?, ?, ?)"),
                                 {m_id, it.key(), first, it.value()});
        if (!recorded)
            return fail(recorded.error());
    }
    return {};
}

Status ImportRun::rememberCounters(const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (m_rememberedPrefixes.contains(prefix))
            continue;
        auto kept = sql::run(m_database.connection(), QStringLiteral(
            "INSERT INTO import_run_counters (run_id, prefix, previous_value) "
            "VALUES (?, ?, (SELECT last_value FROM ticket_counters WHERE prefix = ?))"), {m_id, prefix, prefix});
        if (!kept)
            return fail(kept.error());
        m_rememberedPrefixes.insert(prefix);
    }
    return {};
}

// A counter goes back to its value before the run, or to the highest number a
// desk handed out meanwhile, whichever is higher.
Status ImportRun::restoreCounters(const Database& database, qint64 runId)
{
    auto restored = sql::run(database.connection(), QStringLiteral(R"(
        UPDATE ticket_counters SET last_value = (
            SELECT %1(COALESCE(c.previous_value, 0), COALESCE((
                SELECT MAX(%2) FROM tickets t
                WHERE t.number > c.prefix || '-' AND t.number < c.prefix || '.'), 0))
            FROM import_run_counters c WHERE c.run_id = ? AND c.prefix = ticket_counters.prefix)
        WHERE prefix IN (SELECT prefix FROM import_run_counters WHERE run_id = ?))").arg(database.dialect().greatestFunction(),
                                  database.dialect().leadingInteger(QStringLiteral("SUBSTR(t.number, LENGTH(c.prefix) + 2)"))),
                             {runId, runId});
    if (!restored)
        return fail(restored.error());
    // A counter the run created and nothing used since goes away again.
    auto removed = sql::run(database.connection(), QStringLiteral(
        "DELETE FROM ticket_counters WHERE last_value = 0 AND prefix IN "
        "(SELECT prefix FROM import_run_counters WHERE run_id = ? AND previous_value IS NULL)"), {runId});
    if (!removed)
        return fail(removed.error());
    return {};
}

Status ImportRun::markDone(qint64 now)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE import_runs SET state = 'done', finished_at = ? WHERE id = ?"),
                         {now, m_id});
    if (!done)
        return fail(done.error());
    return {};
}

Status ImportRun::undo(qint64 now)
{
    auto undone = undoRun(m_database, m_id, now);
    if (!undone)
        return fail(undone.error());
    return {};
}

Result<bool> ImportRun::undoRun(const Database& database, qint64 runId, qint64 now)
{
    WriteTransaction transaction(database.connection(), database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // The run may have finished between a recovering program's look at it
    // and its taking the freed lock: a finished run is never undone.
    auto state = sql::scalar(database.connection(), QStringLiteral("SELECT state FROM import_runs WHERE id = ?"), {runId});
    if (!state)
        return fail(state.error());
    if (state->toString() != QLatin1String("running"))
        return false;
    for (const char* table : kTables) {
        auto ranges = sql::run(database.connection(),
                               QStringLiteral("SELECT first_id, last_id FROM import_run_ranges WHERE run_id = ? AND table_name = ?"),
                               {runId, QLatin1String(table)});
        if (!ranges)
            return fail(ranges.error());
        QList<QPair<qint64, qint64>> spans;
        while (ranges->next())
            spans.append({ranges->value(0).toLongLong(), ranges->value(1).toLongLong()});
        for (const auto& [first, last] : spans)
            if (auto removed = sql::run(database.connection(), QString::fromLatin1(deleteStatement(QLatin1String(table))), {first, last}); !removed)
                return fail(removed.error());
    }
    if (auto restored = restoreCounters(database, runId); !restored)
        return fail(restored.error());
    auto marked = sql::run(database.connection(), QStringLiteral("UPDATE import_runs SET state = 'undone', finished_at = ? WHERE id = ?"),
                           {now, runId});
    if (!marked)
        return fail(marked.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return true;
}

Result<int> ImportRun::recoverInterrupted(const Database& database, qint64 now)
{
    auto running = sql::run(database.connection(), QStringLiteral("SELECT id FROM import_runs WHERE state = 'running'"));
    if (!running)
        return fail(running.error());
    QList<qint64> ids;
    while (running->next())
        ids.append(running->value(0).toLongLong());
    int undone = 0;
    for (const qint64 id : ids) {
        AliveMark alive(database, id);
        // Held: the import is still running in a live process. A lock whose
        // process has died is taken over here.
        if (!alive.take())
            continue;
        auto reverted = undoRun(database, id, now);
        if (!reverted)
            return fail(reverted.error());
        undone += *reverted ? 1 : 0;
    }
    return undone;
}

} // namespace sd
