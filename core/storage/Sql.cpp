#include "storage/Sql.h"

#include <QCoreApplication>
#include "storage/PostgresCopy.h"

#include <QRegularExpression>
#include <QSqlError>

namespace sd::sql {

Error refused(const QString& engineMessage)
{
    Error error = Error::storage(
        QCoreApplication::translate("sd::Sql", "The database refused the change: %1").arg(engineMessage));
    static const QLatin1String unique("UNIQUE constraint failed: ");
    const qsizetype at = engineMessage.indexOf(unique);
    if (at >= 0) {
        error.code = Error::Code::Duplicate;
        error.field = engineMessage.mid(at + unique.size()).section(QLatin1Char(' '), 0, 0);
        return error;
    }
    // PostgreSQL names the constraint ("tickets_number_key", as the server
    // names a UNIQUE column's) and the key; the field is told as SQLite tells it.
    static const QRegularExpression duplicateKey(
        QStringLiteral("unique constraint \"(\\w+)\"[\\s\\S]*Key \\((\\w+)\\)="));
    const auto match = duplicateKey.match(engineMessage);
    if (match.hasMatch()) {
        error.code = Error::Code::Duplicate;
        const QString constraint = match.captured(1);
        const QString column = match.captured(2);
        const QString suffix = QLatin1Char('_') + column + QStringLiteral("_key");
        error.field = constraint.endsWith(suffix) ? constraint.chopped(suffix.size()) + QLatin1Char('.') + column : column;
    }
    return error;
}

namespace {

// SQLITE_BUSY (5), with or without extended bits: another connection holds
// the lock. (SQLITE_LOCKED comes from this connection itself; waiting would
// not end it.) PostgreSQL: lock_timeout ran out (55P03), or the server broke a
// deadlock (40P01) or a serialization conflict (40001); trying again works.
bool isBusy(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("55P03") || native == QLatin1String("40P01") || native == QLatin1String("40001"))
        return true;
    if (native.size() == 5)
        return false; // another SQLSTATE; SQLite's codes have at most four digits
    bool ok = false;
    const int code = native.toInt(&ok) & 0xff;
    return ok && code == 5;
}

Error busy()
{
    return {Error::Code::Busy, {},
            QCoreApplication::translate("sd::Sql", "The database is busy: another program is writing to it (for example a long import). "
                                                   "Nothing was changed; try again in a moment.")};
}

} // namespace

// PostgreSQL refused for lack of a privilege (42501): the server's own
// permission rules, e.g. an agent's account writing configuration.
bool isPrivilegeRefusal(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

Error errorOf(const QSqlQuery& query)
{
    if (isPrivilegeRefusal(query.lastError()))
        return {Error::Code::Forbidden, QStringLiteral("permission"),
                QCoreApplication::translate("sd::Sql", "the database server does not allow this account to do that: %1")
                    .arg(query.lastError().databaseText().trimmed())};
    return isBusy(query.lastError()) ? busy() : refused(query.lastError().text());
}

Error errorOf(const QSqlDatabase& db)
{
    if (isBusy(db.lastError()))
        return busy();
    return Error::storage(
        QCoreApplication::translate("sd::Sql", "The database failed: %1").arg(db.lastError().text()));
}

QString likeEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

namespace {

// Flags are stored as integers 0/1 on every engine (PostgreSQL will not put
// a boolean into an integer column).
QVariant storable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    // PostgreSQL's text cannot hold U+0000 (and Qt's driver would cut the
    // statement there); it is dropped on every engine alike.
    if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
        return QString(value.toString()).remove(QChar(0));
    if (value.typeId() == QMetaType::Bool)
        return int(value.toBool());
    return value;
}

} // namespace

void bind(QSqlQuery& query, int position, const QVariant& value)
{
    query.bindValue(position, storable(value));
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(query, i, values.at(i));
}

QString containsPattern(const QString& text)
{
    return QLatin1Char('%') + likeEscaped(text.trimmed()) + QLatin1Char('%');
}

Status sendWaitingRows([[maybe_unused]] const QSqlDatabase& db)
{
#ifdef SD_HAVE_LIBPQ
    return flushPendingCopies(db);
#else
    return {};
#endif
}

void discardWaitingRows([[maybe_unused]] const QSqlDatabase& db)
{
#ifdef SD_HAVE_LIBPQ
    discardPendingCopies(db);
#endif
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return fail(errorOf(query));
    return {};
}

// A connection that is not open (the server away, or never reached): said
// in words, not as the driver's "driver not loaded".
Error notConnected(const QSqlDatabase& db)
{
    const QString why = db.lastError().text().trimmed();
    return Error::storage(why.isEmpty()
                              ? QCoreApplication::translate("sd::Sql", "Not connected to the database; the desk connects again on its own.")
                              : QCoreApplication::translate("sd::Sql", "Not connected to the database: %1").arg(why));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    if (!db.isOpen())
        return fail(notConnected(db));
    if (auto sent = sendWaitingRows(db); !sent)
        return fail(sent.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values the statement runs as it is: Qt's PostgreSQL driver
    // prepares through SQL PREPARE, which takes no BEGIN, SET or CREATE.
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return fail(errorOf(query));
        return query;
    }
    if (!query.prepare(statement))
        return fail(errorOf(query));
    bindAll(query, values);
    if (!query.exec())
        return fail(errorOf(query));
    return query;
}

Result<QSqlQuery> runNamed(const QSqlDatabase& db, const QString& statement, std::initializer_list<Binding> values)
{
    if (!db.isOpen())
        return fail(notConnected(db));
    if (auto sent = sendWaitingRows(db); !sent)
        return fail(sent.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return fail(errorOf(query));
    for (const auto& [name, value] : values)
        query.bindValue(QLatin1Char(':') + QLatin1String(name), storable(value));
    if (!query.exec())
        return fail(errorOf(query));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = run(db, statement, values);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0) : QVariant();
}

} // namespace sd::sql
