#include "storage/Migrations.h"

#include "storage/SqlDialect.h"

namespace sd {
namespace {

// Version 1: configuration, people, customers, tickets and their timeline.
// Instants are UTC epoch seconds; calendar dates are 'YYYY-MM-DD' text; money
// is integer cents. Tickets keep codes (team, tier) rather than foreign keys so
// that replacing the configuration never rewrites history.
const char* const kSchemaV1[] = {
    R"(CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE calendars (code TEXT PRIMARY KEY, definition TEXT NOT NULL))",
    R"(CREATE TABLE tiers (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, rank INTEGER NOT NULL UNIQUE,
        has_rule INTEGER NOT NULL DEFAULT 0,
        min_purchase_total_12m_cents INTEGER NOT NULL DEFAULT 0,
        min_purchases_12m INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE sla_policies (
        tier_code TEXT NOT NULL, priority TEXT NOT NULL,
        first_response_min INTEGER NOT NULL, resolution_min INTEGER NOT NULL,
        calendar_code TEXT NOT NULL REFERENCES calendars(code),
        PRIMARY KEY (tier_code, priority)))",
    R"(CREATE TABLE teams (code TEXT PRIMARY KEY, name TEXT NOT NULL))",
    R"(CREATE TABLE users (
        id %ID%, uuid TEXT NOT NULL UNIQUE, login TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL, role TEXT NOT NULL, team_code TEXT,
        skills TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,
        password_hash TEXT, created_at INTEGER NOT NULL))",
    R"(CREATE TABLE customers (
        id %ID%, uuid TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        kind TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', phone_key TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '', size TEXT NOT NULL DEFAULT '', birthday TEXT,
        notes TEXT NOT NULL DEFAULT '', tier_code TEXT NOT NULL, tier_locked INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE INDEX ix_customers_phone ON customers(phone_key))",
    R"(CREATE INDEX ix_customers_name ON customers(name))",
    R"(CREATE TABLE purchases (
        id %ID%, uuid TEXT NOT NULL UNIQUE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        product TEXT NOT NULL, serial TEXT NOT NULL DEFAULT '', purchased_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL, warranty_until TEXT))",
    R"(CREATE INDEX ix_purchases_customer ON purchases(customer_id, purchased_on))",
    R"(CREATE INDEX ix_purchases_serial ON purchases(serial))",
    R"(CREATE TABLE ticket_counters (prefix TEXT PRIMARY KEY, last_value INTEGER NOT NULL))",
    R"(CREATE TABLE tickets (
        id %ID%, uuid TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE,
        customer_id INTEGER REFERENCES customers(id),
        contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL, category TEXT NOT NULL, priority TEXT NOT NULL,
        status TEXT NOT NULL, is_open INTEGER NOT NULL,
        support_level TEXT NOT NULL DEFAULT 'L1', team_code TEXT,
        assignee_id INTEGER REFERENCES users(id), tier_code TEXT NOT NULL,
        subject TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
        product TEXT NOT NULL DEFAULT '', serial TEXT NOT NULL DEFAULT '',
        complaint_cause TEXT, solution TEXT,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        created_by INTEGER REFERENCES users(id), updated_by INTEGER REFERENCES users(id),
        sla_calendar TEXT NOT NULL,
        first_response_target_min INTEGER NOT NULL, resolution_target_min INTEGER NOT NULL,
        first_response_due INTEGER NOT NULL, first_response_warn INTEGER NOT NULL,
        resolution_due INTEGER, resolution_warn INTEGER,
        next_due_at INTEGER, next_warn_at INTEGER, sla_checkpoint_at INTEGER,
        sla_flags INTEGER NOT NULL DEFAULT 0,
        first_response_at INTEGER, resolved_at INTEGER, closed_at INTEGER,
        first_response_business_s INTEGER, resolution_business_s INTEGER,
        paused_business_s INTEGER NOT NULL DEFAULT 0, paused_since INTEGER,
        reopen_count INTEGER NOT NULL DEFAULT 0, agent_public_replies INTEGER NOT NULL DEFAULT 0,
        csat_score INTEGER CHECK (csat_score BETWEEN 1 AND 5), csat_comment TEXT,
        version INTEGER NOT NULL DEFAULT 1))",
    // Queue indexes: each queue's filter first, its default order next, id last
    // so keyset pagination and ORDER BY read the index without sorting.
    R"(CREATE INDEX ix_tickets_open_due ON tickets(is_open, COALESCE(next_due_at, 9000000000000), id))",
    R"(CREATE INDEX ix_tickets_open_warn ON tickets(is_open, next_warn_at))",
    R"(CREATE INDEX ix_tickets_assignee ON tickets(assignee_id, is_open, COALESCE(next_due_at, 9000000000000)))",
    R"(CREATE INDEX ix_tickets_checkpoint ON tickets(sla_checkpoint_at))",
    R"(CREATE INDEX ix_tickets_status ON tickets(status, updated_at))",
    R"(CREATE INDEX ix_tickets_created ON tickets(created_at))",
    R"(CREATE INDEX ix_tickets_updated ON tickets(updated_at))",
    R"(CREATE INDEX ix_tickets_resolved ON tickets(resolved_at))",
    R"(CREATE INDEX ix_tickets_customer ON tickets(customer_id, created_at))",
    R"(CREATE TABLE ticket_events (
        id %ID%, ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        at INTEGER NOT NULL, actor_id INTEGER REFERENCES users(id), kind TEXT NOT NULL,
        field TEXT, old_value TEXT, new_value TEXT, body TEXT,
        is_public INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX ix_events_ticket ON ticket_events(ticket_id, at))",
};

QStringList withDialect(const SqlDialect& dialect, const QStringList& statements)
{
    QStringList result;
    for (QString statement : statements)
        result.append(dialect.adaptDdl(statement));
    return result;
}

QStringList schemaV1(const SqlDialect& dialect)
{
    QStringList statements;
    for (const char* statement : kSchemaV1)
        statements.append(QString::fromUtf8(statement));
    statements.append(dialect.searchIndexDdl());
    return withDialect(dialect, statements);
}

// Version 2: the file says it is ours (SQLite header field application_id,
// 0x5344534B "SDSK"), so a file is recognised before anything writes to it.
// (PostgreSQL: a comment on schema_migrations.)
QStringList schemaV2(const SqlDialect& dialect)
{
    return dialect.markAsOursStatements();
}

// Version 3: imports commit in short steps so other desks can write between
// them; each run and the id ranges each step added are kept, so a run that
// fails, is cancelled or whose process dies is undone as a whole.
QStringList schemaV3(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE import_runs (
            id %ID%, source TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER,
            state TEXT NOT NULL CHECK (state IN ('running', 'done', 'undone'))))"),
        QStringLiteral(R"(CREATE TABLE import_run_ranges (
            run_id INTEGER NOT NULL REFERENCES import_runs(id), table_name TEXT NOT NULL,
            first_id INTEGER NOT NULL, last_id INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX ix_import_run_ranges_run ON import_run_ranges(run_id)"),
        // A run raises ticket counters as it goes (so desks never hand out a
        // number it is about to import); undo puts them back.
        QStringLiteral(R"(CREATE TABLE import_run_counters (
            run_id INTEGER NOT NULL REFERENCES import_runs(id), prefix TEXT NOT NULL, previous_value INTEGER,
            PRIMARY KEY (run_id, prefix)))"),
        // "All tickets" filtered by status, newest first, reads this index alone.
        QStringLiteral("CREATE INDEX ix_tickets_status_created ON tickets(status, created_at)"),
        // Open tickets sorted by priority (the agents' second most used order).
        QStringLiteral("CREATE INDEX ix_tickets_open_priority ON tickets(is_open, priority)"),
    });
}

// Version 4: sign-in and permissions. Who signed in or failed to, what was
// refused and who changed users, kept apart from the tickets' timeline. Lockout
// reads a login's latest failures; the administrator's screen pages by id.
QStringList schemaV4(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id %ID%, at INTEGER NOT NULL, user_id INTEGER REFERENCES users(id), login TEXT NOT NULL,
            kind TEXT NOT NULL, action TEXT, detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX ix_audit_login ON audit_log(login, kind, id)"),
    });
}

// Version 5: on a server, the accounts behind sign-in: group roles per desk
// role, grants, and the administrators' way to create login roles. Nothing on
// SQLite, where the file is the boundary.
QStringList schemaV5(const SqlDialect& dialect)
{
    return dialect.accountStatements();
}

// Version 6: on a server, search finds terms of one and two characters
// through an index too, "recently resolved" reads its index in order (see
// PostgresDialect::indexUpgrade), and desks write audit entries in their own
// name only. Nothing on SQLite.
QStringList schemaV6(const SqlDialect& dialect)
{
    return dialect.indexUpgrade() + dialect.accountUpgrade();
}

// Version 7: branch sync (docs/SYNC.md). Events received from another office
// keep their global id (office:id); an event made here has none, its id is
// enough. Each office numbers the changes to synchronised fields (seq) and
// remembers which of the other side's changes it has applied; conflicts wait
// for a supervisor. Capture triggers are added when sync is switched on, so a
// database that never synchronises writes nothing extra.
QStringList schemaV7(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral("ALTER TABLE ticket_events ADD COLUMN gid TEXT"),
        // A customer merged into another (a duplicate two offices created) keeps
        // its row, pointing at the one kept, so every office can follow it.
        QStringLiteral("ALTER TABLE customers ADD COLUMN merged_into TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX ix_events_gid ON ticket_events(gid) WHERE gid IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE sync_offices (
            code TEXT PRIMARY KEY, is_self INTEGER NOT NULL DEFAULT 0, is_head INTEGER NOT NULL DEFAULT 0,
            sign_public TEXT NOT NULL, box_public TEXT NOT NULL, sign_secret TEXT, box_secret TEXT,
            registered_at INTEGER NOT NULL,
            sent_number INTEGER NOT NULL DEFAULT 0, received_number INTEGER NOT NULL DEFAULT 0,
            acked_changes INTEGER NOT NULL DEFAULT 0, acked_events INTEGER NOT NULL DEFAULT 0,
            received_changes INTEGER NOT NULL DEFAULT 0, received_events INTEGER NOT NULL DEFAULT 0,
            last_sync_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE sync_changes (
            seq %ID%, entity TEXT NOT NULL, row_uuid TEXT NOT NULL, field TEXT NOT NULL,
            base_seq INTEGER, stamp TEXT, at INTEGER NOT NULL, actor_id INTEGER))"),
        QStringLiteral("CREATE INDEX ix_sync_changes_field ON sync_changes(entity, row_uuid, field, seq)"),
        QStringLiteral("CREATE TABLE sync_applying (since INTEGER NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE sync_conflicts (
            id %ID%, uuid TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, row_uuid TEXT NOT NULL,
            label TEXT NOT NULL, field TEXT NOT NULL,
            here_office TEXT NOT NULL, here_value TEXT, here_by TEXT, here_at INTEGER,
            there_office TEXT NOT NULL, there_value TEXT, there_by TEXT, there_at INTEGER,
            winner TEXT NOT NULL, detected_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open',
            resolved_value TEXT, resolved_by TEXT, resolved_at INTEGER, updated_by INTEGER))"),
        QStringLiteral("CREATE INDEX ix_sync_conflicts_status ON sync_conflicts(status, detected_at)"),
    }) + dialect.syncUpgrade();
}

// Version 8: sync grows up. Each office keeps the digests of the files it sent
// until the receiver confirms them, and the digest of the last file it applied
// from each office: a file must name that one as its predecessor, so a file
// from a database created again or restored from an older copy is recognised
// (docs/SYNC.md, "A file follows the last one"), and the seed each branch
// database was made from. Purchases travel too: their
// capture triggers exist from here on and log only while the database
// synchronises, so a database that starts syncing later needs no new step.
QStringList schemaV8(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral("ALTER TABLE purchases ADD COLUMN updated_by INTEGER"),
        QStringLiteral("ALTER TABLE sync_offices ADD COLUMN received_digest TEXT"),
        // The seed file a branch's database was made from (at head office: the
        // latest seed written for the branch). A file from a database made
        // from another seed comes from a database that was replaced.
        QStringLiteral("ALTER TABLE sync_offices ADD COLUMN seed_number INTEGER"),
        // A value head office logs again after it stayed in a conflict names
        // the change that made it: a branch that built on that change built on
        // the value head office holds.
        QStringLiteral("ALTER TABLE sync_changes ADD COLUMN same_as INTEGER"),
        QStringLiteral(R"(CREATE TABLE sync_sent_files (
            office TEXT NOT NULL, number INTEGER NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (office, number)))"),
        // A database that already synchronises logs the purchases it holds as
        // made here (none could travel before this step), so they reach the
        // other offices with its next file.
        QStringLiteral("INSERT INTO sync_changes (entity, row_uuid, field, at) SELECT 'purchase', uuid, '*', 0 FROM purchases "
                       "WHERE EXISTS (SELECT 1 FROM sync_offices WHERE is_self = 1)"),
    }) + dialect.syncChainUpgrade()
       + dialect.syncCaptureStatements(QStringLiteral("purchase"), QStringLiteral("purchases"),
                                       {QStringLiteral("customer_id"), QStringLiteral("product"), QStringLiteral("serial"),
                                        QStringLiteral("purchased_on"), QStringLiteral("amount_cents"),
                                        QStringLiteral("warranty_until")});
}

// Version 9: the service process (docs/SERVICE.md). A complaint ticket's path
// (one row per complaint, its uuid derived from the ticket's so two offices
// that start the same complaint's path hold one row) and the cost lines
// recorded on tickets. Both travel with branch sync from the start: their
// capture triggers log only while the database synchronises.
QStringList schemaV9(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE complaints (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id) ON DELETE CASCADE,
            stage TEXT NOT NULL DEFAULT 'received', evidence TEXT NOT NULL DEFAULT '',
            remedy TEXT, remedy_cents INTEGER, feedback TEXT NOT NULL DEFAULT '',
            response_due INTEGER NOT NULL, closing_due INTEGER NOT NULL,
            responded_at INTEGER, closed_at INTEGER,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX ix_complaints_stage ON complaints(stage, created_at)"),
        // The complaint register: open complaints, oldest first.
        QStringLiteral("CREATE INDEX ix_tickets_category_open ON tickets(category, is_open, created_at)"),
        QStringLiteral(R"(CREATE TABLE cost_lines (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', role TEXT,
            quantity INTEGER NOT NULL, unit_cents INTEGER NOT NULL, amount_cents INTEGER NOT NULL,
            charged_cents INTEGER NOT NULL, at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),
            voided INTEGER NOT NULL DEFAULT 0, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_cost_lines_ticket ON cost_lines(ticket_id)"),
        // Satisfaction beyond the overall score (tickets.csat_score): timeliness,
        // professionalism and attitude, 1 to 5 each.
        QStringLiteral(R"(CREATE TABLE satisfaction_details (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id) ON DELETE CASCADE,
            timeliness INTEGER NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
            professionalism INTEGER NOT NULL CHECK (professionalism BETWEEN 1 AND 5),
            attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 5),
            updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id), version INTEGER NOT NULL DEFAULT 1))"),
    }) + dialect.serviceProcessUpgrade()
       + dialect.syncCaptureStatements(QStringLiteral("complaint"), QStringLiteral("complaints"),
                                       {QStringLiteral("stage"), QStringLiteral("evidence"), QStringLiteral("remedy"),
                                        QStringLiteral("remedy_cents"), QStringLiteral("feedback"),
                                        QStringLiteral("responded_at"), QStringLiteral("closed_at")})
       + dialect.syncCaptureStatements(QStringLiteral("cost"), QStringLiteral("cost_lines"), {QStringLiteral("voided")})
       + dialect.syncCaptureStatements(QStringLiteral("survey"), QStringLiteral("satisfaction_details"),
                                       {QStringLiteral("timeliness"), QStringLiteral("professionalism"), QStringLiteral("attitude")});
}

// Version 10: technicians' visits (work orders, docs/SERVICE.md "Field
// dispatch"), solution plans and canned replies. Appointment windows are instants; the zone
// they are shown in is the visit's (the customer's), kept with the row.
QStringList schemaV10(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE work_orders (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            visit_no INTEGER NOT NULL, technician_id INTEGER REFERENCES users(id),
            address TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL,
            window_from INTEGER NOT NULL, window_to INTEGER NOT NULL,
            parts TEXT NOT NULL DEFAULT '', tools TEXT NOT NULL DEFAULT '',
            travel_km INTEGER, travel_minutes INTEGER,
            status TEXT NOT NULL DEFAULT 'scheduled', failure TEXT, report TEXT NOT NULL DEFAULT '',
            departed_at INTEGER, arrived_at INTEGER, finished_at INTEGER,
            created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),
            updated_at INTEGER NOT NULL, updated_by INTEGER REFERENCES users(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX ix_work_orders_ticket ON work_orders(ticket_id)"),
        // A technician's day and the overlap check read by technician and time.
        QStringLiteral("CREATE INDEX ix_work_orders_technician ON work_orders(technician_id, window_from)"),
        // A day's visits of every technician.
        QStringLiteral("CREATE INDEX ix_work_orders_window ON work_orders(window_from)"),
        // Solution plans: each version is a row written once; only the
        // customer's consent is added to it later. `parts` is a JSON list.
        QStringLiteral(R"(CREATE TABLE solution_plans (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            plan_no INTEGER NOT NULL, cause TEXT NOT NULL, steps TEXT NOT NULL, parts TEXT NOT NULL DEFAULT '[]',
            labour_minutes INTEGER NOT NULL DEFAULT 0, labour_role TEXT, labour_cents INTEGER NOT NULL DEFAULT 0,
            parts_cents INTEGER NOT NULL DEFAULT 0, other_cents INTEGER NOT NULL DEFAULT 0, other_note TEXT NOT NULL DEFAULT '',
            total_cents INTEGER NOT NULL, customer_cents INTEGER NOT NULL, in_warranty INTEGER NOT NULL DEFAULT 0,
            deadline INTEGER NOT NULL,
            consent_by TEXT, consent_how TEXT, consent_at INTEGER, consent_recorded_by INTEGER REFERENCES users(id),
            created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id), updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_solution_plans_ticket ON solution_plans(ticket_id, plan_no)"),
        // Canned replies: retired, never deleted.
        QStringLiteral(R"(CREATE TABLE canned_replies (
            id %ID%, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, language TEXT NOT NULL, body TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            updated_by INTEGER REFERENCES users(id), version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX ix_canned_replies_language ON canned_replies(language, active, title)"),
    }) + dialect.deskMayWrite({QStringLiteral("work_orders"), QStringLiteral("solution_plans"), QStringLiteral("canned_replies")})
       + dialect.syncCaptureStatements(QStringLiteral("visit"), QStringLiteral("work_orders"),
                                       {QStringLiteral("technician_id"), QStringLiteral("address"), QStringLiteral("time_zone"),
                                        QStringLiteral("window_from"), QStringLiteral("window_to"), QStringLiteral("parts"),
                                        QStringLiteral("tools"), QStringLiteral("travel_km"), QStringLiteral("travel_minutes"),
                                        QStringLiteral("status"), QStringLiteral("failure"), QStringLiteral("report"),
                                        QStringLiteral("departed_at"), QStringLiteral("arrived_at"), QStringLiteral("finished_at")})
       + dialect.syncCaptureStatements(QStringLiteral("plan"), QStringLiteral("solution_plans"),
                                       {QStringLiteral("consent_by"), QStringLiteral("consent_how"), QStringLiteral("consent_at"),
                                        QStringLiteral("consent_recorded_by")})
       + dialect.syncCaptureStatements(QStringLiteral("reply"), QStringLiteral("canned_replies"),
                                       {QStringLiteral("title"), QStringLiteral("language"), QStringLiteral("body"), QStringLiteral("active")});
}

// Version 11: automatic assignment (docs/SERVICE.md "Automatic assignment")
// and the notification centre. Each team's rule travels with the
// configuration. Which desks are signed in and available, and each person's
// notifications, are this database's own business: a branch's agents work on
// the branch's database, so neither travels with branch sync.
// `assigned_turn` orders agents for round robin: the lowest turn goes next.
QStringList schemaV11(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral("ALTER TABLE teams ADD COLUMN assignment TEXT NOT NULL DEFAULT 'manual'"),
        QStringLiteral(R"(CREATE TABLE desk_presence (
            user_id INTEGER PRIMARY KEY REFERENCES users(id), available INTEGER NOT NULL DEFAULT 1,
            seen_at INTEGER NOT NULL DEFAULT 0, assigned_turn INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE notifications (
            id %ID%, user_id INTEGER NOT NULL REFERENCES users(id),
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, at INTEGER NOT NULL, actor_id INTEGER REFERENCES users(id),
            detail TEXT NOT NULL DEFAULT '', read_at INTEGER))"),
        // The bell's count and the newest first.
        QStringLiteral("CREATE INDEX ix_notifications_user ON notifications(user_id, read_at, id)"),
        QStringLiteral("CREATE INDEX ix_notifications_ticket ON notifications(ticket_id)"),
    }) + dialect.deskMayWrite({QStringLiteral("desk_presence"), QStringLiteral("notifications")}) + dialect.routingUpgrade();
}

// Version 12: tickets tied to each other (docs/SERVICE.md "Merge, link and
// split"). A link is written once and only ever marked removed, so two offices
// that tie and untie the same pair merge field by field. `ticket_id` is the
// duplicate of a merge and the ticket split; both tickets belong to one office.
// Attachments (docs/SERVICE.md "Attachments"): files kept in the database in
// parts of at most 512 KiB, so a list never reads a file and a file is read
// part by part; like links, written once and only marked removed.
QStringList schemaV12(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE ticket_links (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),
            removed_at INTEGER, removed_by INTEGER REFERENCES users(id), updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_ticket_links_ticket ON ticket_links(ticket_id)"),
        QStringLiteral("CREATE INDEX ix_ticket_links_other ON ticket_links(other_id)"),
        QStringLiteral(R"(CREATE TABLE attachments (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            work_order_id INTEGER REFERENCES work_orders(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL,
            part_count INTEGER NOT NULL, thumbnail BLOB,
            created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),
            removed_at INTEGER, removed_by INTEGER REFERENCES users(id), updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_attachments_ticket ON attachments(ticket_id, id)"),
        QStringLiteral("CREATE INDEX ix_attachments_work_order ON attachments(work_order_id)"),
        QStringLiteral(R"(CREATE TABLE attachment_parts (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            part_no INTEGER NOT NULL, data BLOB NOT NULL, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE UNIQUE INDEX ix_attachment_parts ON attachment_parts(attachment_id, part_no)"),
        // Deleting a ticket (an import undone) and a branch's seed find parts by ticket.
        QStringLiteral("CREATE INDEX ix_attachment_parts_ticket ON attachment_parts(ticket_id)"),
    }) + dialect.deskMayWrite({QStringLiteral("ticket_links"), QStringLiteral("attachments"), QStringLiteral("attachment_parts")})
       + dialect.syncCaptureStatements(QStringLiteral("link"), QStringLiteral("ticket_links"),
                                       {QStringLiteral("removed_at"), QStringLiteral("removed_by")})
       + dialect.syncCaptureStatements(QStringLiteral("attachment"), QStringLiteral("attachments"),
                                       {QStringLiteral("removed_at"), QStringLiteral("removed_by")})
       // A part never changes; the update trigger watches its number only to exist.
       + dialect.syncCaptureStatements(QStringLiteral("attachment_part"), QStringLiteral("attachment_parts"), {QStringLiteral("part_no")});
}

// Version 13: care dates (docs/CARE.md). A greeting sent is written once;
// its uuid follows from the customer's, the occasion and its date, so two
// offices that mark the same greeting before they exchange files hold one row.
QStringList schemaV13(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE care_greetings (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            occasion TEXT NOT NULL, occasion_on TEXT NOT NULL,
            sent_at INTEGER NOT NULL, sent_by INTEGER REFERENCES users(id), updated_by INTEGER REFERENCES users(id)))"),
        // The week's list asks by date.
        QStringLiteral("CREATE INDEX ix_care_greetings_day ON care_greetings(occasion_on, customer_id)"),
    }) + dialect.deskMayWrite({QStringLiteral("care_greetings")})
       + dialect.syncCaptureStatements(QStringLiteral("greeting"), QStringLiteral("care_greetings"), {QStringLiteral("sent_at")});
}

// Version 14: return visits (docs/RETURN-VISITS.md). A visit's uuid follows
// from what scheduled it (the purchase, the ticket, the customer and day), so
// two offices that schedule the same visit before they exchange files hold one
// row. The queue reads the open visits by day through a partial index.
QStringList schemaV14(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE return_visits (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
            reason TEXT NOT NULL, prompted_by TEXT NOT NULL DEFAULT '', product TEXT NOT NULL DEFAULT '',
            due_on TEXT NOT NULL, retry_on TEXT, attempts INTEGER NOT NULL DEFAULT 0,
            outcome TEXT, made_at INTEGER, made_by INTEGER REFERENCES users(id),
            satisfaction INTEGER, notes TEXT NOT NULL DEFAULT '', sales_lead INTEGER NOT NULL DEFAULT 0,
            result_ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_return_visits_open ON return_visits(due_on) WHERE outcome IS NULL"),
        QStringLiteral("CREATE INDEX ix_return_visits_due ON return_visits(due_on)"),
        QStringLiteral("CREATE INDEX ix_return_visits_customer ON return_visits(customer_id, due_on)"),
        QStringLiteral("CREATE INDEX ix_return_visits_ticket ON return_visits(ticket_id)"),
        QStringLiteral("CREATE INDEX ix_return_visits_made ON return_visits(made_at)"),
    }) + dialect.deskMayWrite({QStringLiteral("return_visits")})
       + dialect.syncCaptureStatements(QStringLiteral("return_visit"), QStringLiteral("return_visits"),
                                       {QStringLiteral("due_on"), QStringLiteral("retry_on"), QStringLiteral("attempts"),
                                        QStringLiteral("outcome"), QStringLiteral("made_at"), QStringLiteral("made_by"),
                                        QStringLiteral("satisfaction"), QStringLiteral("notes"), QStringLiteral("sales_lead"),
                                        QStringLiteral("result_ticket_id"), QStringLiteral("prompted_by")});
}

// Version 15: scheduled reports (docs/REPORTS.md). A saved report runs at
// the office that saved it; `last_period` is the first day of the last period
// written, claimed by whichever runner gets there first.
QStringList schemaV15(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE saved_reports (
            id %ID%, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            owner_id INTEGER REFERENCES users(id), office_code TEXT NOT NULL, period TEXT NOT NULL,
            filters TEXT NOT NULL DEFAULT '{}', last_period TEXT, last_run_at INTEGER,
            created_at INTEGER NOT NULL, removed_at INTEGER, version INTEGER NOT NULL DEFAULT 1,
            updated_by INTEGER REFERENCES users(id)))"),
    }) + dialect.deskMayWrite({QStringLiteral("saved_reports")})
       + dialect.syncCaptureStatements(QStringLiteral("saved_report"), QStringLiteral("saved_reports"),
                                       {QStringLiteral("name"), QStringLiteral("period"), QStringLiteral("filters"),
                                        QStringLiteral("last_period"), QStringLiteral("last_run_at"), QStringLiteral("removed_at")});
}

// Version 16: the knowledge base (docs/KNOWLEDGE.md). Articles are searched
// through the engine's text index; how often each is suggested and used is
// counted per article, office and day, so an office only ever changes its own
// counters and branch sync never has two offices' counts to merge.
QStringList schemaV16(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE kb_articles (
            id %ID%, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
            problem TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '', product TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL, status TEXT NOT NULL,
            author_id INTEGER REFERENCES users(id), reviewer_id INTEGER REFERENCES users(id), reviewed_at INTEGER,
            source_ticket TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_kb_articles_status ON kb_articles(status, updated_at)"),
        QStringLiteral(R"(CREATE TABLE kb_usage (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
            office_code TEXT NOT NULL, day TEXT NOT NULL,
            suggested INTEGER NOT NULL DEFAULT 0, used INTEGER NOT NULL DEFAULT 0,
            updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_kb_usage_article ON kb_usage(article_id)"),
    }) + dialect.articleSearchDdl() + dialect.deskMayWrite({QStringLiteral("kb_articles"), QStringLiteral("kb_usage")})
       + dialect.syncCaptureStatements(QStringLiteral("kb_article"), QStringLiteral("kb_articles"),
                                       {QStringLiteral("title"), QStringLiteral("problem"), QStringLiteral("answer"),
                                        QStringLiteral("category"), QStringLiteral("product"), QStringLiteral("tags"),
                                        QStringLiteral("language"), QStringLiteral("status"), QStringLiteral("reviewer_id"),
                                        QStringLiteral("reviewed_at"), QStringLiteral("updated_at")})
       + dialect.syncCaptureStatements(QStringLiteral("kb_usage"), QStringLiteral("kb_usage"),
                                       {QStringLiteral("suggested"), QStringLiteral("used")});
}

// Version 17: quality inspection (docs/QUALITY.md). A scorecard's criteria
// are one JSON document, changed as a whole; a review keeps the ratings it
// gave and the score worked out from them, so a later change of the
// scorecard does not rewrite past figures. A sampled review's uuid follows
// from its ticket, so drawing the same week twice, or at two offices, gives
// one review per ticket.
QStringList schemaV17(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE qa_scorecards (
            id %ID%, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, criteria TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral(R"(CREATE TABLE qa_reviews (
            id %ID%, uuid TEXT NOT NULL UNIQUE,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            agent_id INTEGER REFERENCES users(id), inspector_id INTEGER REFERENCES users(id),
            scorecard_id INTEGER NOT NULL REFERENCES qa_scorecards(id),
            calibration INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL,
            ratings TEXT NOT NULL DEFAULT '{}', feedback TEXT NOT NULL DEFAULT '',
            score DOUBLE PRECISION, critical_fail INTEGER NOT NULL DEFAULT 0, reviewed_at INTEGER,
            dispute TEXT NOT NULL DEFAULT '', disputed_at INTEGER, escalated INTEGER NOT NULL DEFAULT 0,
            answer TEXT NOT NULL DEFAULT '', answered_by INTEGER REFERENCES users(id), answered_at INTEGER,
            created_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_qa_reviews_inspector ON qa_reviews(inspector_id, status)"),
        QStringLiteral("CREATE INDEX ix_qa_reviews_agent ON qa_reviews(agent_id, status)"),
        QStringLiteral("CREATE INDEX ix_qa_reviews_reviewed ON qa_reviews(reviewed_at)"),
        QStringLiteral("CREATE INDEX ix_qa_reviews_ticket ON qa_reviews(ticket_id)"),
    }) + dialect.deskMayWrite({QStringLiteral("qa_scorecards"), QStringLiteral("qa_reviews")})
       + dialect.syncCaptureStatements(QStringLiteral("qa_scorecard"), QStringLiteral("qa_scorecards"),
                                       {QStringLiteral("name"), QStringLiteral("criteria"), QStringLiteral("active"),
                                        QStringLiteral("updated_at")})
       + dialect.syncCaptureStatements(QStringLiteral("qa_review"), QStringLiteral("qa_reviews"),
                                       {QStringLiteral("inspector_id"), QStringLiteral("status"), QStringLiteral("ratings"),
                                        QStringLiteral("feedback"), QStringLiteral("score"), QStringLiteral("critical_fail"),
                                        QStringLiteral("reviewed_at"), QStringLiteral("dispute"), QStringLiteral("disputed_at"),
                                        QStringLiteral("escalated"), QStringLiteral("answer"), QStringLiteral("answered_by"), QStringLiteral("answered_at")});
}

// Version 18: the risk register (docs/RISKS.md), and the periods quality
// inspection drew on its own (docs/QUALITY.md "Sampling"). A risk raised by an alert
// rule keeps the rule, what it watched (a product, a team) and the figures
// that set it off (`alert`, JSON), so every desk words it in its own
// language. Risks are the company's and travel to every office.
QStringList schemaV18(const SqlDialect& dialect)
{
    return withDialect(dialect, {
        QStringLiteral(R"(CREATE TABLE risks (
            id %ID%, uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            probability INTEGER NOT NULL, impact INTEGER NOT NULL, owner_id INTEGER REFERENCES users(id),
            mitigation TEXT NOT NULL DEFAULT '', contingency TEXT NOT NULL DEFAULT '',
            review_on TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
            rule_code TEXT NOT NULL DEFAULT '', rule_key TEXT NOT NULL DEFAULT '',
            alert TEXT NOT NULL DEFAULT '', alert_count INTEGER NOT NULL DEFAULT 0, last_alert_at INTEGER,
            office_code TEXT NOT NULL, created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),
            updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_risks_status ON risks(status)"),
        QStringLiteral("CREATE INDEX ix_risks_rule ON risks(rule_code, rule_key)"),
        // A risk's history, written once per change and never altered; known by
        // the risk's uuid, so it travels with sync like the risk.
        QStringLiteral(R"(CREATE TABLE risk_events (
            id %ID%, uuid TEXT NOT NULL UNIQUE, risk_uuid TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT '',
            updated_by INTEGER REFERENCES users(id)))"),
        QStringLiteral("CREATE INDEX ix_risk_events_risk ON risk_events(risk_uuid, at)"),
        // Quality inspection's own draw: one row per office and period drawn,
        // written in the draw's transaction, so two desks never draw it twice.
        QStringLiteral(R"(CREATE TABLE qa_sample_runs (
            id %ID%, office_code TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL,
            drawn INTEGER NOT NULL DEFAULT 0, ran_at INTEGER NOT NULL, ran_by INTEGER REFERENCES users(id),
            UNIQUE (office_code, period_from, period_to)))"),
    }) + dialect.notificationRiskUpgrade()
       + QStringList{QStringLiteral("CREATE INDEX ix_notifications_risk ON notifications(risk_id)")}
       + dialect.deskMayWrite({QStringLiteral("risks"), QStringLiteral("risk_events"), QStringLiteral("qa_sample_runs")})
       + dialect.syncCaptureStatements(QStringLiteral("risk"), QStringLiteral("risks"),
                                       {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("description"),
                                        QStringLiteral("probability"), QStringLiteral("impact"), QStringLiteral("owner_id"),
                                        QStringLiteral("mitigation"), QStringLiteral("contingency"), QStringLiteral("review_on"),
                                        QStringLiteral("status"), QStringLiteral("alert"), QStringLiteral("alert_count"),
                                        QStringLiteral("last_alert_at")})
       + dialect.syncCaptureStatements(QStringLiteral("risk_event"), QStringLiteral("risk_events"), {});
}

} // namespace

std::vector<Migration> schemaMigrations(const SqlDialect& dialect)
{
    return {{1, schemaV1(dialect)}, {2, schemaV2(dialect)}, {3, schemaV3(dialect)}, {4, schemaV4(dialect)}, {5, schemaV5(dialect)}, {6, schemaV6(dialect)}, {7, schemaV7(dialect)}, {8, schemaV8(dialect)}, {9, schemaV9(dialect)}, {10, schemaV10(dialect)}, {11, schemaV11(dialect)}, {12, schemaV12(dialect)}, {13, schemaV13(dialect)}, {14, schemaV14(dialect)}, {15, schemaV15(dialect)}, {16, schemaV16(dialect)}, {17, schemaV17(dialect)}, {18, schemaV18(dialect)}};
}

int latestSchemaVersion()
{
    return 18;
}

} // namespace sd
