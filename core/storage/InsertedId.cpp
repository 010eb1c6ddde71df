#include "storage/InsertedId.h"

#include <QRegularExpression>
#include <QSqlDriver>

namespace sd {

qint64 insertedId(const QSqlQuery& insert, const QString& table)
{
    if (!insert.driver() || insert.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return insert.lastInsertId().toLongLong();
    QSqlQuery current(insert.driver()->createResult());
    current.prepare(QStringLiteral("SELECT currval(pg_get_serial_sequence(?, 'id'))"));
    current.addBindValue(table);
    if (!current.exec() || !current.next())
        return 0;
    return current.value(0).toLongLong();
}

qint64 insertedId(const QSqlQuery& insert)
{
    static const QRegularExpression into(QStringLiteral(R"(^\s*INSERT\s+INTO\s+(\w+))"), QRegularExpression::CaseInsensitiveOption);
    const auto match = into.match(insert.lastQuery());
    return match.hasMatch() ? insertedId(insert, match.captured(1)) : insert.lastInsertId().toLongLong();
}

} // namespace sd
