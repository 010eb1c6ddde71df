#pragma once

#include "common/Error.h"
#include "storage/Backup.h"

#include <QCoreApplication>

namespace sd {

struct DatabaseAddress;

// A server's database put back from a dump (docs/BACKUP.md). The dump is
// restored into a new database beside the office's (NAME_restoring_STAMP, in
// one transaction) and checked there, while the office's database is not
// touched. Then, with nobody connected to it, both are renamed in one
// transaction: the office's becomes NAME_replaced_STAMP and is kept, the
// restored one takes NAME. A restore that fails at any step drops what it
// made and leaves the office's database as it was.
class ServerRestore
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServerRestore)

public:
    // `aside` names the replaced database. The account needs the right to
    // create databases and must own the office's (ALTER DATABASE RENAME).
    static Result<Backup::Verdict> run(const QString& dump, const DatabaseAddress& office, QString* aside);
};

} // namespace sd
