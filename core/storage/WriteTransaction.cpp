#include "storage/WriteTransaction.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSet>
#include <QSqlQuery>

namespace sd {
namespace {

// Connections are per thread, so the set of connections inside a transaction is too.
QSet<QString>& openTransactions()
{
    thread_local QSet<QString> names;
    return names;
}

// Rows kept back for a bulk COPY are forgotten, never sent first: sending
// them could fail and leave the transaction (and its write lock) open.
void rollback(QSqlDatabase& db)
{
    sql::discardWaitingRows(db);
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active && m_outermost) {
        rollback(m_db);
        openTransactions().remove(m_db.connectionName());
    }
}

Status WriteTransaction::begin()
{
    m_outermost = !openTransactions().contains(m_db.connectionName());
    if (m_outermost) {
        const QStringList statements = m_dialect.beginWriteStatements();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            auto begun = sql::run(m_db, statements.at(i));
            if (!begun) {
                if (i > 0)
                    rollback(m_db);
                return fail(begun.error());
            }
        }
        openTransactions().insert(m_db.connectionName());
    }
    m_active = true;
    return {};
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return {};
    if (m_outermost) {
        for (const QString& statement : m_dialect.beforeCommitStatements())
            if (auto announced = sql::run(m_db, statement); !announced)
                return fail(announced.error());
        auto committed = sql::run(m_db, QStringLiteral("COMMIT"));
        if (!committed)
            return fail(committed.error());
        openTransactions().remove(m_db.connectionName());
    }
    m_active = false;
    return {};
}

} // namespace sd
