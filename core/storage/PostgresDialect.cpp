#include "storage/PostgresDialect.h"

#include "storage/PostgresAccounts.h"

#include "storage/Sql.h"

#include <QRegularExpression>

namespace sd {

// SQLite's INTEGER holds 64 bits; PostgreSQL's holds 32, too small for money
// in cents and for instants after 2038.
QString PostgresDialect::adaptDdl(const QString& statement) const
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    QString adapted = statement;
    adapted.replace(QLatin1String("%ID%"), autoIdColumn());
    adapted.replace(integer, QStringLiteral("BIGINT"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    adapted.replace(blob, QStringLiteral("BYTEA"));
    // Text compares by code point, as on SQLite, whatever the server's locale:
    // number ranges ('HQ-' < n < 'HQ.'), code order and sorted names agree.
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    adapted.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return adapted;
}

QStringList PostgresDialect::connectionSetup() const
{
    return {
        QStringLiteral("SET client_min_messages = warning"),
        // Instants are epoch seconds computed by the program; the session zone
        // only matters to people reading the server's logs.
        QStringLiteral("SET TIME ZONE 'UTC'"),
        // Undoes beginSoleLoad's.
        QStringLiteral("RESET maintenance_work_mem"),
    };
}

bool PostgresDialect::beginSoleLoad(const QSqlDatabase& db) const
{
    auto alone = sql::scalar(db, QStringLiteral(R"(SELECT pg_has_role(current_user, c.relowner, 'USAGE')
        AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database()
                        AND backend_type = 'client backend' AND pid <> pg_backend_pid())
        FROM pg_class c WHERE c.oid = 'tickets'::regclass)"));
    if (!alone || !alone->toBool())
        return false;
    // The trigram and character indexes build several times faster with
    // room to sort in memory (the server's default is 64 MB).
    sql::run(db, QStringLiteral("SET maintenance_work_mem = '512MB'"));
    return true;
}

void PostgresDialect::setLockWait(const QSqlDatabase& db, int milliseconds) const
{
    // 0 means "wait for ever" to PostgreSQL; the program means "not at all".
    sql::run(db, QStringLiteral("SET lock_timeout = %1").arg(qMax(milliseconds, 1)));
}

QString PostgresDialect::tableExistsSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                          "WHERE table_schema = current_schema() AND table_name = ?");
}

QString PostgresDialect::tableNamesSql()
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString PostgresDialect::indexDefinitionSql() const
{
    return QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?");
}

// Secondary indexes of the bulk-loaded tables (not those behind primary keys
// and unique constraints, which a load keeps): dropped before and rebuilt after.
QString PostgresDialect::bulkLoadedObjectsSql() const
{
    // Foreign keys too: checked row by row they cost a COPY more than its
    // indexes; added back, each is checked by one join. Indexes come back first.
    return QStringLiteral(R"(SELECT drop_statement, create_statement FROM (
        SELECT 1 AS rank, format('DROP INDEX %I', i.indexname) AS drop_statement, i.indexdef AS create_statement
        FROM pg_indexes i
        WHERE i.schemaname = current_schema()
          AND i.tablename IN ('tickets', 'ticket_events', 'customers', 'purchases')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
        UNION ALL
        SELECT 2, format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
               format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid IN ('tickets'::regclass, 'ticket_events'::regclass,
                                                 'customers'::regclass, 'purchases'::regclass)) AS objects
        ORDER BY rank)");
}

// The server checks its own pages; the program has nothing to add here.
QString PostgresDialect::integrityCheckSql() const
{
    return QStringLiteral("SELECT 'ok'");
}

bool PostgresDialect::isPlainDatabaseName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

QString PostgresDialect::engineVersionSql() const
{
    return QStringLiteral("SELECT 'PostgreSQL ' || current_setting('server_version')");
}

QString PostgresDialect::highestCustomerCodeSql() const
{
    return QStringLiteral("SELECT COALESCE(MAX(CAST(substring(code from '^C0*([0-9]{1,18})') AS BIGINT)), 0) "
                          "FROM customers WHERE code ~ '^C[0-9]'");
}

namespace {

// What search looks in, as one text: a term never spans the two fields
// because no typed term holds the separator.
const char* const kTicketText = "(t.subject || chr(1) || t.description)";
const char* const kTicketTextUnaliased = "(subject || chr(1) || description)";
const char* const kArticleText = "(a.title || chr(1) || a.problem || chr(1) || a.answer || chr(1) || a.tags)";
const char* const kArticleTextUnaliased = "(title || chr(1) || problem || chr(1) || answer || chr(1) || tags)";

QString characters(const char* text)
{
    return QStringLiteral("regexp_split_to_array(lower(%1), '')").arg(QLatin1String(text));
}

} // namespace

// Trigrams answer substrings of three characters and more; one or two
// characters (a Chinese surname, 漏水) have no trigram, so a second index
// holds each text's characters, and a short term needs them all present.
QStringList PostgresDialect::searchIndexDdl() const
{
    return {
        // Trusted since PostgreSQL 13: the database's owner may create it.
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        // Agents read out the last digits of a number: "17983" finds HQ-2026-017983.
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_tickets_number_tail ON tickets (right(number, 6))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_tickets_text_trgm ON tickets USING gin (%1 gin_trgm_ops)")
            .arg(QLatin1String(kTicketTextUnaliased)),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_tickets_text_chars ON tickets USING gin (%1)")
            .arg(characters(kTicketTextUnaliased)),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_customers_name_trgm ON customers USING gin (name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_customers_name_chars ON customers USING gin (%1)").arg(characters("name")),
    };
}

// The same two indexes as the tickets': trigrams, and characters for one or two.
QStringList PostgresDialect::articleSearchDdl() const
{
    return {
        QStringLiteral("CREATE INDEX ix_kb_articles_text_trgm ON kb_articles USING gin (%1 gin_trgm_ops)")
            .arg(QLatin1String(kArticleTextUnaliased)),
        QStringLiteral("CREATE INDEX ix_kb_articles_text_chars ON kb_articles USING gin (%1)").arg(characters(kArticleTextUnaliased)),
    };
}

SqlFragment PostgresDialect::articleTermCondition(const QString& term) const
{
    const QString trimmed = term.trimmed();
    const QString pattern = matchExpression(trimmed);
    if (trimmed.size() >= 3)
        return {QStringLiteral("%1 ILIKE ?").arg(QLatin1String(kArticleText)), {pattern}};
    return {QStringLiteral("(COALESCE(%1 ILIKE ?, false) AND %2 @> regexp_split_to_array(lower(?), ''))")
                .arg(QLatin1String(kArticleText), characters(kArticleText)),
            {pattern, trimmed}};
}

// Schema step 6: the separate subject and description indexes of step 1 give
// way to one over both, and the character indexes for short terms arrive.
// Resolution times are kept newest first with the unresolved last, the order
// "recently resolved" shows (SQLite's order for NULLs, which a plain index
// read backwards puts first, so the planner sorted every match instead).
QStringList PostgresDialect::indexUpgrade() const
{
    QStringList statements{QStringLiteral("DROP INDEX IF EXISTS ix_tickets_subject_trgm"),
                           QStringLiteral("DROP INDEX IF EXISTS ix_tickets_description_trgm"),
                           QStringLiteral("DROP INDEX IF EXISTS ix_tickets_resolved"),
                           QStringLiteral("CREATE INDEX ix_tickets_resolved ON tickets (resolved_at DESC NULLS LAST)")};
    return statements + searchIndexDdl();
}

QStringList PostgresDialect::accountStatements() const
{
    return PostgresAccounts::schemaStatements();
}

Status PostgresDialect::setServerLogin(const QSqlDatabase& db, const QString& login, const QString& password, Role role,
                                       bool active) const
{
    return PostgresAccounts::setLogin(db, login, password, role, active);
}

Status PostgresDialect::changeOwnServerPassword(const QSqlDatabase& db, const QString& login, const QString& current,
                                                const QString& next) const
{
    return PostgresAccounts::changeOwnPassword(db, login, current, next);
}

bool PostgresDialect::verifyServerPassword(const QSqlDatabase& db, const QString& login, const QString& password) const
{
    return PostgresAccounts::canConnect(db, PostgresAccounts::accountName(login, db.databaseName()), password);
}

bool PostgresDialect::refusesSignIn(const QString& address) const
{
    return PostgresAccounts::refusesSignIn(address);
}

bool PostgresDialect::serverAnswers(const QString& address) const
{
    return PostgresAccounts::serverAnswers(address);
}

QStringList PostgresDialect::accountUpgrade() const
{
    return PostgresAccounts::auditStatements();
}

QString PostgresDialect::connectedLogin(const QSqlDatabase& db) const
{
    return PostgresAccounts::connectedLogin(db);
}

// The table comment says the database is Service Desk's (SQLite keeps the
// same mark in its file header).
QStringList PostgresDialect::markAsOursStatements() const
{
    return {QStringLiteral("COMMENT ON TABLE schema_migrations IS 'Service Desk'")};
}

// Unlike SQLite's, this condition does not stop at the newest kSearchCap
// matches: the planner either walks the queue's sort order until a page is
// full (a common term) or fetches the few matches from the index (a rare one),
// and counting stops at kSearchCap. The customers part is an array the
// planner can look up in the tickets' customer index.
SqlFragment PostgresDialect::ticketTextCondition(const QString& text) const
{
    const QString trimmed = text.trimmed();
    const QString pattern = matchExpression(trimmed);
    if (trimmed.size() >= 3)
        return {QStringLiteral("(%1 ILIKE ? OR t.customer_id = ANY(ARRAY("
                               "SELECT id FROM customers WHERE name ILIKE ? ORDER BY id LIMIT ?)))")
                    .arg(QLatin1String(kTicketText)),
                {pattern, pattern, kSearchCap}};
    // The term itself, and every character of it present (what the index
    // answers). COALESCE keeps the planner from multiplying the two estimates:
    // the term only confirms the characters, and an estimate far too small
    // picks a slow plan. The term goes first: walking the sort order, the
    // cheap comparison spares splitting every text into characters.
    const QString chars = QStringLiteral("regexp_split_to_array(lower(?), '')");
    return {QStringLiteral("((COALESCE(%1 ILIKE ?, false) AND %2 @> %3) OR t.customer_id = ANY(ARRAY("
                           "SELECT id FROM customers WHERE %4 @> %3 AND name ILIKE ? ORDER BY id LIMIT ?)))")
                .arg(QLatin1String(kTicketText), characters(kTicketText), chars, characters("name")),
            {pattern, trimmed, trimmed, pattern, kSearchCap}};
}

QString PostgresDialect::matchExpression(const QString& text) const
{
    return sql::containsPattern(text);
}

namespace {

// The capture trigger function. From schema step 8 it logs only while this
// database synchronises, so triggers can exist on tables before sync starts.
QString captureFunction(const QString& notSyncing)
{
    return QStringLiteral(R"(CREATE OR REPLACE FUNCTION sd_sync_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
    i int;
    f text;
    o jsonb;
    n jsonb;
    now_s bigint := floor(extract(epoch FROM clock_timestamp()));
BEGIN
    IF EXISTS (SELECT 1 FROM sync_applying)%SYNCING% THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sync_changes (entity, row_uuid, field, at, actor_id)
        VALUES (TG_ARGV[0], NEW.uuid, '*', now_s, NEW.updated_by);
        RETURN NULL;
    END IF;
    o := to_jsonb(OLD);
    n := to_jsonb(NEW);
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        f := TG_ARGV[i];
        IF o -> f IS DISTINCT FROM n -> f THEN
            INSERT INTO sync_changes (entity, row_uuid, field, base_seq, at, actor_id)
            VALUES (TG_ARGV[0], NEW.uuid, f,
                    (SELECT max(seq) FROM sync_changes WHERE entity = TG_ARGV[0] AND row_uuid = NEW.uuid AND field IN (f, '*')),
                    now_s, NEW.updated_by);
        END IF;
    END LOOP;
    RETURN NULL;
END
$fn$)").replace(QLatin1String("%SYNCING%"), notSyncing);
}

} // namespace

// The sync tables: administrators run sync (the office keys' secrets are
// theirs alone), supervisors resolve conflicts. The capture trigger runs as
// the table owner, so desks log their changes without rights on the log.
QStringList PostgresDialect::syncUpgrade() const
{
    return {QStringLiteral(R"(DO $sync$
DECLARE
    desk text := current_database() || '_desk';
    admin text := current_database() || '_admin';
    super text := current_database() || '_supervisor';
BEGIN
    EXECUTE format('REVOKE ALL ON sync_offices FROM %I', desk);
    -- Desks read which offices exist (customer codes, the SLA sweep, the sync
    -- status line); the secret halves of this office's keys stay with administrators.
    EXECUTE format('GRANT SELECT (code, is_self, is_head, sign_public, box_public, registered_at, sent_number, '
                   'received_number, acked_changes, acked_events, received_changes, received_events, last_sync_at) '
                   'ON sync_offices TO %I', desk);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON sync_offices, sync_changes, sync_conflicts TO %I', admin);
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON sync_applying TO %I', admin);
    EXECUTE format('GRANT UPDATE ON sync_conflicts TO %I', super);
END
$sync$)"),
            // LOCK needs rights on the timeline that administrators do not
            // have; a lock taken in a function lasts until the transaction ends.
            QStringLiteral(R"(CREATE OR REPLACE FUNCTION sd_sync_export_lock() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $fn$
BEGIN
    LOCK TABLE sync_changes, ticket_events IN SHARE MODE;
END
$fn$)"),
            QStringLiteral("REVOKE ALL ON FUNCTION sd_sync_export_lock() FROM PUBLIC"),
            QStringLiteral(R"(DO $grant$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION sd_sync_export_lock() TO %I', current_database() || '_admin'); END $grant$)"),
            captureFunction(QString()),
            QStringLiteral("REVOKE ALL ON FUNCTION sd_sync_capture() FROM PUBLIC")};
}

// Names are the program's own constants (SyncEntities), never user input.
QStringList PostgresDialect::syncCaptureStatements(const QString& entity, const QString& table, const QStringList& columns) const
{
    QStringList arguments{QStringLiteral("'%1'").arg(entity)};
    for (const QString& column : columns)
        arguments.append(QStringLiteral("'%1'").arg(column));
    return {QStringLiteral("DROP TRIGGER IF EXISTS sync_capture ON %1").arg(table),
            QStringLiteral("CREATE TRIGGER sync_capture AFTER INSERT OR UPDATE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION sd_sync_capture(%2)")
                .arg(table, arguments.join(QStringLiteral(", ")))};
}

QStringList PostgresDialect::syncChainUpgrade() const
{
    return {captureFunction(QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM sync_offices WHERE is_self = 1)")),
            QStringLiteral(R"(DO $chain$ BEGIN
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON sync_sent_files TO %I', current_database() || '_admin');
END $chain$)")};
}

QStringList PostgresDialect::serviceProcessUpgrade() const
{
    // Which role may do what is the permission matrix's affair (checked by the
    // services); the server lets every desk write these rows, none delete them.
    return {QStringLiteral(R"(DO $service$ BEGIN
    EXECUTE format('GRANT INSERT, UPDATE ON complaints, cost_lines, satisfaction_details TO %I', current_database() || '_desk');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', current_database() || '_desk');
END $service$)")};
}

QStringList PostgresDialect::deskMayWrite(const QStringList& tables) const
{
    // Table names come from the program, never from input.
    return {QStringLiteral(R"(DO $desk$ BEGIN
    EXECUTE format('GRANT INSERT, UPDATE ON %1 TO %I', current_database() || '_desk');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', current_database() || '_desk');
END $desk$)").arg(tables.join(QStringLiteral(", ")))};
}

QStringList PostgresDialect::routingUpgrade() const
{
    return {QStringLiteral(R"(DO $routing$ BEGIN
    EXECUTE format('GRANT UPDATE (assignment) ON teams TO %I', current_database() || '_supervisor');
END $routing$)")};
}

QStringList PostgresDialect::notificationRiskUpgrade() const
{
    return {QStringLiteral("ALTER TABLE notifications ALTER COLUMN ticket_id DROP NOT NULL"),
            QStringLiteral("ALTER TABLE notifications ADD COLUMN risk_id BIGINT REFERENCES risks(id) ON DELETE CASCADE")};
}

QStringList PostgresDialect::identityCatchUpStatements(const QString& table, const QString& column) const
{
    // Table and column names come from the program, never from input.
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), (SELECT COALESCE(MAX(%2), 0) + 1 FROM %1), false)")
                .arg(table, column)};
}

QStringList PostgresDialect::syncExportLockStatements() const
{
    return {QStringLiteral("SELECT sd_sync_export_lock()")};
}

} // namespace sd
