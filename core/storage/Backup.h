#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

struct DatabaseAddress;

// Copies of an office's database (docs/BACKUP.md). A copy is taken while
// desks go on working and is never found half-written under its name; it is
// checked before anything trusts it; a restore keeps the database it replaces.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(sd::Backup)

public:
    // What a check of a copy found.
    struct Verdict
    {
        QString file;
        int schemaVersion = 0;
        qint64 tickets = -1;   // -1: not counted (a server dump is read, not opened)
        qint64 customers = -1;
        QString integrity;     // "ok", or what SQLite's integrity check reported
        bool isServerDump = false;
    };

    // A SQLite file: VACUUM INTO a temporary file beside `target` (one
    // consistent read of the database, however busy), checked, then renamed
    // to `target`. A PostgreSQL database: pg_dump in its custom format, the
    // same way. An existing `target` is refused, never overwritten.
    // `address` is what --db takes: a file, or a server's URI (its password
    // goes to pg_dump through the environment, never the command line). The
    // database is only read: an older schema is copied as it is.
    static Result<Verdict> create(const QString& address, const QString& target);

    // Reads the copy without writing a byte of it: a SQLite copy is opened
    // read-only, passes PRAGMA integrity_check, holds a schema this program
    // knows (an older one is upgraded when opened, a newer one is refused) and
    // its tickets and customers are counted; a server dump must be read whole
    // by pg_restore --list.
    static Result<Verdict> verify(const QString& file);

    // SQLite only. The copy is verified first and written beside the target
    // (its WAL included). The database at `address` must not be open anywhere
    // else (leaving WAL is granted to a single connection), and is then held
    // with an exclusive lock while it is kept aside (TARGET.replaced-STAMP,
    // its journal or WAL too) and the copy is renamed onto it: at any moment
    // the target is the old database or the restored one. A file SQLite cannot
    // read as a database is kept aside byte for byte. Returns the verdict;
    // `aside` names where the old one went ("" when there was none).
    static Result<Verdict> restore(const QString& file, const QString& address, QString* aside);

private:
    static Result<Verdict> createFile(const QString& file, const QString& target);
    static Result<Verdict> createDump(const DatabaseAddress& address, const QString& target);
    class Hold;
    static Result<Verdict> verifyFile(const QString& file, bool newerAllowed);
    static Result<Verdict> verifyDump(const QString& file);
    static Status putInPlace(const QString& restoring, const QString& target, const QString& replaced, QString* aside);
    static QString stamp();
};

} // namespace sd
