#pragma once

#include "common/Codes.h"
#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace sd {

struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// Everything that differs between database engines lives here, so the rest of
// core writes one portable SQL: SQLite (a desk's own file) and PostgreSQL (an
// office's shared server).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Opens a write transaction that takes the write lock at once, so two writers
    // queue on the lock wait instead of failing later with a stale snapshot,
    // and every statement inside sees the others' committed work. One
    // statement each; if a later one fails the transaction is rolled back.
    virtual QStringList beginWriteStatements() const = 0;
    // Column definition of an auto-numbered integer primary key.
    virtual QString autoIdColumn() const = 0;
    // A schema statement as this engine takes it (%ID% becomes autoIdColumn()).
    virtual QString adaptDdl(const QString& statement) const = 0;
    // The whole number at the start of a text (0 when it starts otherwise), as
    // SQLite's CAST(text AS INTEGER) reads it.
    virtual QString leadingInteger(const QString& expression) const = 0;
    // Where NULLs go in an ORDER BY term: first ascending, last descending,
    // as SQLite puts them ("" where that is the engine's own way).
    virtual QString nullsAsSqlite(bool descending) const = 0;
    // The scalar function giving the larger of its arguments.
    virtual QString greatestFunction() const = 0;
    // "contains" matching that ignores the case of Latin letters, as LIKE does on SQLite.
    virtual QString likeOperator() const = 0;
    // The sort key as an expression no index provides, so the planner sorts a
    // few matching rows instead of walking a whole index for them.
    virtual QString unindexedKey(const QString& expression) const = 0;
    // Statements run on every new connection (journal mode, foreign keys, ...).
    virtual QStringList connectionSetup() const = 0;
    // How long a statement on this connection waits for another's write lock
    // before it fails as busy (0: not at all).
    virtual void setLockWait(const QSqlDatabase& db, int milliseconds) const = 0;
    static constexpr int kLockWaitMs = 10000;
    // DDL for the search indexes: full text over ticket text and customer
    // names, and the ticket number's last digits.
    virtual QStringList searchIndexDdl() const = 0;
    // Statements that mark the database as Service Desk's own (SQLite: the
    // header's application_id), part of schema step 2.
    virtual QStringList markAsOursStatements() const = 0;
    // Statements that rebuild the search index from the tables (after bulk loads).
    virtual QStringList searchIndexRebuild() const = 0;
    // A condition on tickets aliased "t" that holds when the ticket's subject,
    // description or customer name contains the text, with its bound values.
    // Empty when the text is too short for the index; the caller then scans.
    virtual SqlFragment ticketTextCondition(const QString& text) const = 0;
    // Whether that condition itself keeps only the newest kSearchCap matches
    // (then few rows are left to sort); else counting must stop at the cap.
    virtual bool textConditionCapsMatches() const { return true; }
    // Schema step 6: indexes changed since step 1 (none on SQLite).
    virtual QStringList indexUpgrade() const { return {}; }
    // Schema step 6: what server accounts may do, changed since step 5.
    virtual QStringList accountUpgrade() const { return {}; }
    // The last six characters of the ticket number, as indexed (ticket number
    // search by its final digits).
    virtual QString numberTailExpression() const = 0;
    // The most text matches a search considers (newest first).
    static constexpr int kSearchCap = 1000;
    // Schema step 16: the text index over knowledge-base articles (title,
    // problem, answer, tags).
    virtual QStringList articleSearchDdl() const = 0;
    // A condition on kb_articles aliased "a" that holds when one of those
    // texts contains the term (any length, one or two Chinese characters too).
    virtual SqlFragment articleTermCondition(const QString& term) const = 0;
    // Turns user text into the engine's match expression (quoting, escaping).
    virtual QString matchExpression(const QString& text) const = 0;

    // Prepares this connection for a bulk load when no other connection has
    // the database open (true), else changes nothing (false). Answers at once.
    // connectionSetup() undoes it.
    virtual bool beginSoleLoad(const QSqlDatabase& db) const = 0;
    // The engine's own catalogue and housekeeping, one statement each.
    // A number that changes whenever another connection commits (change
    // watch by polling); empty where commits are announced instead.
    virtual QString changeCounterSql() const = 0;
    // The channel every write transaction announces itself on as it commits
    // (LISTEN/NOTIFY); empty where the engine has none.
    virtual QString changeChannel() const { return {}; }
    // Run just before COMMIT in every write transaction.
    virtual QStringList beforeCommitStatements() const { return {}; }
    // COUNT of tables named ? (one bound value).
    virtual QString tableExistsSql() const = 0;
    // The definition (CREATE statement) of the index named ?.
    virtual QString indexDefinitionSql() const = 0;
    // The statement that drops, and the one that creates again, every index
    // and trigger (on a server, also foreign key) on the tables a bulk load
    // fills (tickets, ticket_events, customers, purchases), in creation order.
    virtual QString bulkLoadedObjectsSql() const = 0;
    // Writes a consistent copy of the whole database to the file bound as ?;
    // empty when the engine keeps its own backups (a server).
    virtual QString copyToFileSql() const = 0;
    // One row per problem found, or a single "ok".
    virtual QString integrityCheckSql() const = 0;
    // The engine and its version in one row, for the About box and support.
    virtual QString engineVersionSql() const = 0;
    // The highest number N among customer codes "C<N>" (0 if none).
    virtual QString highestCustomerCodeSql() const = 0;

    // A session lock that marks a running import alive for as long as its
    // connection lives: a query answering true when taken (bound: the run's
    // id), and its release. Empty where the engine has none: SQLite uses a
    // lock file beside the database.
    virtual QString tryRunLockSql() const { return {}; }
    virtual QString releaseRunLockSql() const { return {}; }

    // Server accounts: where the engine signs people in itself (PostgreSQL),
    // every desk user is an account of the server and the server enforces
    // what matters. A SQLite file has none: the application's sign-in is all.
    virtual bool hasServerAccounts() const { return false; }
    // The roles, grants and functions behind them (a schema step).
    virtual QStringList accountStatements() const { return {}; }
    // Creates or changes a desk user's account (password empty: keep it).
    virtual Status setServerLogin(const QSqlDatabase&, const QString& /*login*/, const QString& /*password*/, Role /*role*/,
                                  bool /*active*/) const
    {
        return {};
    }
    virtual Status changeOwnServerPassword(const QSqlDatabase&, const QString& /*login*/, const QString& /*current*/,
                                           const QString& /*next*/) const
    {
        return {};
    }
    // Whether the server accepts this desk login's password (a trial connection).
    virtual bool verifyServerPassword(const QSqlDatabase&, const QString& /*login*/, const QString& /*password*/) const
    {
        return false;
    }
    // Whether a connection to `address` is refused for its account or password
    // (wrong, missing, or the account may not sign in), as opposed to any
    // other failure. Asked by connecting again, after a connection failed.
    virtual bool refusesSignIn(const QString& /*address*/) const { return false; }
    // Whether a server at `address` answers at all (no sign-in; may take the
    // whole connect timeout, so asked off the desk's thread).
    virtual bool serverAnswers(const QString& /*address*/) const { return true; }
    // The desk login this connection signed in as; empty for any other account.
    virtual QString connectedLogin(const QSqlDatabase&) const { return {}; }
    // Branch sync: who may read and write the sync tables at a server.
    virtual QStringList syncUpgrade() const { return {}; }
    // Schema step 8: rights on the file chain; capture only while syncing.
    virtual QStringList syncChainUpgrade() const { return {}; }
    // Schema step 9 on a server: desks write complaints and cost lines.
    virtual QStringList serviceProcessUpgrade() const { return {}; }
    // On a server: desks may insert and update rows of `tables` (never delete).
    virtual QStringList deskMayWrite(const QStringList& /*tables*/) const { return {}; }
    // Server grants of schema step 11: supervisors choose their teams' assignment rule.
    virtual QStringList routingUpgrade() const { return {}; }
    // Notifications may be about a risk instead of a ticket (docs/RISKS.md):
    // ticket_id loses NOT NULL and risk_id is added. SQLite rebuilds the table.
    virtual QStringList notificationRiskUpgrade() const = 0;
    // After rows were written with explicit ids: the next id drawn follows them.
    virtual QStringList identityCatchUpStatements(const QString& /*table*/, const QString& /*column*/) const { return {}; }
    // Triggers that log each change of `columns` of `table` (rows keyed by
    // uuid) as a change of `entity` in sync_changes, unless sync is applying.
    virtual QStringList syncCaptureStatements(const QString& entity, const QString& table,
                                              const QStringList& columns) const = 0;
    // Taken before an export reads its changes: no writer may be half way
    // through, or a change numbered below the export's highest could commit
    // after it and never be sent (server sequences are not commit order).
    virtual QStringList syncExportLockStatements() const { return {}; }

    static std::unique_ptr<SqlDialect> forDriver(const QString& driverName);
};

} // namespace sd
