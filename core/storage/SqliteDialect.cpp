#include "storage/SqliteDialect.h"

#include "storage/PostgresDialect.h"
#include "storage/Sql.h"

#include <QSqlDriver>
#include <QThread>

#include "storage/SqliteHandle.h"

namespace sd {

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        // NORMAL is durable across application crashes in WAL mode; only a power
        // cut can lose the last commits, which is the usual desktop trade-off.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA cache_size=-65536"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
}

// External-content FTS5 tables: the text stays in tickets/customers and the
// index holds only which rows contain which trigrams (detail=none: no
// positions, half the size and build time); a search asks for rows holding
// every trigram of the text, then checks the text itself.
#ifdef SD_DIRECT_SQLITE
namespace {

// SQLite's own busy timeout sleeps ever longer between tries, up to 100 ms.
// An import commits in short steps with a brief pause between them; a waiter
// that sleeps 100 ms misses most pauses and can starve. Trying every 2 ms
// finds the first free moment.
int pollForLock(void* limitMs, int tries)
{
    constexpr int kPollMs = 2;
    if (qint64(tries) * kPollMs >= reinterpret_cast<qintptr>(limitMs))
        return 0;
    QThread::msleep(kPollMs);
    return 1;
}

} // namespace
#endif

void SqliteDialect::setLockWait(const QSqlDatabase& db, int milliseconds) const
{
#ifdef SD_DIRECT_SQLITE
    if (sqlite3* native = nativeSqliteHandle(db)) {
        sqlite3_busy_handler(native, milliseconds > 0 ? pollForLock : nullptr,
                             reinterpret_cast<void*>(qintptr(milliseconds)));
        return;
    }
#endif
    sql::run(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(milliseconds));
}

// A rollback journal instead of the WAL: the WAL would receive every new page
// once and then copy it into the database again; a rollback journal keeps only
// the old content of changed pages, which for new rows is almost nothing. The
// switch succeeds only when no other connection has the file open. Another
// connection would make it wait out the whole busy timeout before failing.
bool SqliteDialect::beginSoleLoad(const QSqlDatabase& db) const
{
    setLockWait(db, 0);
    auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
    setLockWait(db, kLockWaitMs);
    if (!mode || mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return false;
    // A larger page cache keeps index building in memory.
    sql::run(db, QStringLiteral("PRAGMA cache_size=-1048576"));
    return true;
}

QString SqliteDialect::bulkLoadedObjectsSql() const
{
    // Names come from the schema itself, not from a user: safe to quote in.
    // Sync's capture triggers stay: rows loaded in bulk at a branch must reach
    // head office like any others.
    return QStringLiteral(R"(SELECT 'DROP ' || upper(type) || ' "' || name || '"', sql FROM sqlite_master
        WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND name NOT LIKE 'sync\_capture\_%' ESCAPE '\'
          AND tbl_name IN ('tickets', 'ticket_events', 'customers', 'purchases'))");
}

QStringList SqliteDialect::searchIndexDdl() const
{
    return {
        // Agents read out the last digits of a number: "17983" finds HQ-2026-017983.
        QStringLiteral("CREATE INDEX ix_tickets_number_tail ON tickets(substr(number, -6))"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE ticket_text USING fts5(
            subject, description, content='tickets', content_rowid='id', tokenize='trigram', detail=none))"),
        QStringLiteral(R"(CREATE TRIGGER ticket_text_ai AFTER INSERT ON tickets BEGIN
            INSERT INTO ticket_text(rowid, subject, description) VALUES (new.id, new.subject, new.description);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER ticket_text_ad AFTER DELETE ON tickets BEGIN
            INSERT INTO ticket_text(ticket_text, rowid, subject, description)
            VALUES ('delete', old.id, old.subject, old.description);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER ticket_text_au AFTER UPDATE OF subject, description ON tickets BEGIN
            INSERT INTO ticket_text(ticket_text, rowid, subject, description)
            VALUES ('delete', old.id, old.subject, old.description);
            INSERT INTO ticket_text(rowid, subject, description) VALUES (new.id, new.subject, new.description);
        END)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE customer_text USING fts5(
            name, content='customers', content_rowid='id', tokenize='trigram', detail=none))"),
        QStringLiteral(R"(CREATE TRIGGER customer_text_ai AFTER INSERT ON customers BEGIN
            INSERT INTO customer_text(rowid, name) VALUES (new.id, new.name);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER customer_text_ad AFTER DELETE ON customers BEGIN
            INSERT INTO customer_text(customer_text, rowid, name) VALUES ('delete', old.id, old.name);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER customer_text_au AFTER UPDATE OF name ON customers BEGIN
            INSERT INTO customer_text(customer_text, rowid, name) VALUES ('delete', old.id, old.name);
            INSERT INTO customer_text(rowid, name) VALUES (new.id, new.name);
        END)"),
    };
}

QStringList SqliteDialect::searchIndexRebuild() const
{
    return {
        QStringLiteral("INSERT INTO ticket_text(ticket_text) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO customer_text(customer_text) VALUES ('rebuild')"),
    };
}

// Articles are few beside tickets (thousands, not millions), so their index
// needs no cap, and a term too short for trigrams scans them.
QStringList SqliteDialect::articleSearchDdl() const
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE kb_article_text USING fts5(
            title, problem, answer, tags, content='kb_articles', content_rowid='id', tokenize='trigram', detail=none))"),
        QStringLiteral(R"(CREATE TRIGGER kb_article_text_ai AFTER INSERT ON kb_articles BEGIN
            INSERT INTO kb_article_text(rowid, title, problem, answer, tags) VALUES (new.id, new.title, new.problem, new.answer, new.tags);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER kb_article_text_ad AFTER DELETE ON kb_articles BEGIN
            INSERT INTO kb_article_text(kb_article_text, rowid, title, problem, answer, tags)
            VALUES ('delete', old.id, old.title, old.problem, old.answer, old.tags);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER kb_article_text_au AFTER UPDATE OF title, problem, answer, tags ON kb_articles BEGIN
            INSERT INTO kb_article_text(kb_article_text, rowid, title, problem, answer, tags)
            VALUES ('delete', old.id, old.title, old.problem, old.answer, old.tags);
            INSERT INTO kb_article_text(rowid, title, problem, answer, tags) VALUES (new.id, new.title, new.problem, new.answer, new.tags);
        END)"),
    };
}

SqlFragment SqliteDialect::articleTermCondition(const QString& term) const
{
    const QString text = QStringLiteral("(a.title || char(1) || a.problem || char(1) || a.answer || char(1) || a.tags)");
    const QString pattern = sql::containsPattern(term);
    if (term.trimmed().size() < 3)
        return {text + QStringLiteral(" LIKE ? ESCAPE '\\'"), {pattern}};
    return {QStringLiteral("(a.id IN (SELECT rowid FROM kb_article_text WHERE kb_article_text MATCH ?) AND %1 LIKE ? ESCAPE '\\')").arg(text),
            {matchExpression(term), pattern}};
}

// The trigram tokenizer cannot match fewer than three characters. A common
// word can match hundreds of thousands of tickets; the search keeps the newest
// kSearchCap text matches (and the tickets of the first kSearchCap matching
// customers) so that ordering them stays cheap; web help desks cap their
// result lists the same way.
SqlFragment SqliteDialect::ticketTextCondition(const QString& text) const
{
    if (text.trimmed().size() < 3)
        return {};
    const QString match = matchExpression(text);
    const QString pattern = sql::containsPattern(text);
    return {QStringLiteral(R"(t.id IN (
        SELECT id FROM (SELECT rowid AS id FROM ticket_text
                         WHERE ticket_text MATCH ? AND (subject LIKE ? ESCAPE '\' OR description LIKE ? ESCAPE '\')
                         ORDER BY rowid DESC LIMIT ?)
        UNION
        SELECT id FROM tickets WHERE customer_id IN (
            SELECT rowid FROM customer_text WHERE customer_text MATCH ? AND name LIKE ? ESCAPE '\'
             ORDER BY rowid LIMIT ?)))"),
            {match, pattern, pattern, kSearchCap, match, pattern, kSearchCap}};
}

// Trigrams that tile the text (every third one, and the last), each quoted,
// all required: the rows that may contain the text. The LIKE beside the match
// checks the text itself, so overlapping trigrams would add nothing but more
// index lists to intersect. (Without positions the index cannot match a phrase.)
QString SqliteDialect::matchExpression(const QString& text) const
{
    const QString trimmed = text.trimmed();
    QList<qsizetype> starts;
    for (qsizetype i = 0; i + 3 <= trimmed.size(); i += 3)
        starts.append(i);
    if (trimmed.size() >= 3 && starts.last() != trimmed.size() - 3)
        starts.append(trimmed.size() - 3);
    QStringList trigrams;
    for (qsizetype start : starts) {
        QString gram = trimmed.mid(start, 3);
        gram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        trigrams.append(QLatin1Char('"') + gram + QLatin1Char('"'));
    }
    trigrams.removeDuplicates();
    return trigrams.join(QStringLiteral(" AND "));
}

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString& driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteDialect>();
    if (driverName == QLatin1String("QPSQL"))
        return std::make_unique<PostgresDialect>();
    return nullptr;
}

// Entity, table and column names are the program's own constants (SyncEntities),
// never user input: DDL cannot take bound values.
QStringList SqliteDialect::syncCaptureStatements(const QString& entity, const QString& table, const QStringList& columns) const
{
    const QString now = QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
    // Only while this database synchronises: the purchases' triggers exist from
    // schema step 8 on, before a database may ever sync.
    const QString logging = QStringLiteral("EXISTS (SELECT 1 FROM sync_offices WHERE is_self = 1) AND NOT EXISTS (SELECT 1 FROM sync_applying)");
    QStringList changed;
    for (const QString& column : columns)
        changed.append(QStringLiteral("SELECT '%1' AS f WHERE OLD.%1 IS NOT NEW.%1").arg(column));
    QStringList statements{
        QStringLiteral("DROP TRIGGER IF EXISTS sync_capture_%1_insert").arg(table),
        QStringLiteral("DROP TRIGGER IF EXISTS sync_capture_%1_update").arg(table),
        QStringLiteral("CREATE TRIGGER sync_capture_%1_insert AFTER INSERT ON %1 "
                       "WHEN %4 BEGIN "
                       "INSERT INTO sync_changes (entity, row_uuid, field, at, actor_id) "
                       "VALUES ('%2', NEW.uuid, '*', %3, NEW.updated_by); END")
            .arg(table, entity, now, logging)};
    // Rows written once (a risk's history) have no field to merge: no update trigger.
    if (columns.isEmpty())
        return statements;
    return statements + QStringList{
        QStringLiteral("CREATE TRIGGER sync_capture_%1_update AFTER UPDATE ON %1 "
                       "WHEN %5 BEGIN "
                       "INSERT INTO sync_changes (entity, row_uuid, field, base_seq, at, actor_id) "
                       "SELECT '%2', NEW.uuid, c.f, (SELECT MAX(s.seq) FROM sync_changes s WHERE s.entity = '%2' "
                       "AND s.row_uuid = NEW.uuid AND s.field IN (c.f, '*')), %3, NEW.updated_by FROM (%4) c; END")
            .arg(table, entity, now, changed.join(QStringLiteral(" UNION ALL ")), logging),
    };
}

// SQLite cannot drop a NOT NULL: the table is copied into a new one. Nothing
// refers to notifications, so dropping the old table touches no other row.
QStringList SqliteDialect::notificationRiskUpgrade() const
{
    return {QStringLiteral(R"(CREATE TABLE notifications_next (
                id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
                risk_id INTEGER REFERENCES risks(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, at INTEGER NOT NULL, actor_id INTEGER REFERENCES users(id),
                detail TEXT NOT NULL DEFAULT '', read_at INTEGER))"),
            QStringLiteral("INSERT INTO notifications_next (id, user_id, ticket_id, kind, at, actor_id, detail, read_at) "
                           "SELECT id, user_id, ticket_id, kind, at, actor_id, detail, read_at FROM notifications"),
            QStringLiteral("DROP TABLE notifications"),
            QStringLiteral("ALTER TABLE notifications_next RENAME TO notifications"),
            QStringLiteral("CREATE INDEX ix_notifications_user ON notifications(user_id, read_at, id)"),
            QStringLiteral("CREATE INDEX ix_notifications_ticket ON notifications(ticket_id)")};
}

} // namespace sd
