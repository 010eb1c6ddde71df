#pragma once

#include "common/Error.h"

#include <QSqlDatabase>

namespace sd {

class SqlDialect;

// RAII write transaction: begins with the dialect's write lock (BEGIN IMMEDIATE
// on SQLite), commits on commit(), rolls back if it goes out of scope first so
// an early return can never leave half a change behind. Nested guards on the
// same connection join the outer transaction.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, const SqlDialect& dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace sd
