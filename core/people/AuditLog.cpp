#include "people/AuditLog.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

AuditLog::AuditLog(Database database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{
}

Status AuditLog::record(AuditEntry entry) const
{
    auto written = sql::run(m_database.connection(),
                            QStringLiteral("INSERT INTO audit_log (at, user_id, login, kind, action, detail) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {entry.at ? entry.at : m_clock.now(), sql::nullable(entry.userId), entry.login,
                             toCode(entry.kind), entry.action ? QVariant(toCode(*entry.action)) : QVariant(),
                             entry.detail});
    if (!written)
        return fail(written.error());
    return {};
}

Result<QList<AuditEntry>> AuditLog::page(int limit, qint64 beforeId, const QString& login) const
{
    QString where = QStringLiteral("WHERE id < ?");
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (!login.isEmpty()) {
        where += QStringLiteral(" AND login = ?");
        values.append(login);
    }
    values.append(limit);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT id, at, user_id, login, kind, action, detail FROM audit_log %1 "
                                         "ORDER BY id DESC LIMIT ?").arg(where),
                          values);
    if (!query)
        return fail(query.error());
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = query->value(1).toLongLong();
        if (!query->value(2).isNull())
            entry.userId = query->value(2).toLongLong();
        entry.login = query->value(3).toString();
        entry.kind = fromCode<AuditKind>(query->value(4).toString()).value_or(AuditKind::Denied);
        entry.action = fromCode<Action>(query->value(5).toString());
        entry.detail = query->value(6).toString();
        entries.append(entry);
    }
    return entries;
}

namespace {

QString describeWord(const QString& word)
{
    // "by:LOGIN" names who did it; a login is never read as a code.
    if (word.startsWith(QLatin1String("by:")))
        return QCoreApplication::translate("sd::AuditLog", "by %1").arg(word.mid(3));
    if (auto role = fromCode<Role>(word))
        return toLabel(*role);
    static const QHash<QString, const char*> words{
        {QStringLiteral("desk"), QT_TRANSLATE_NOOP("sd::AuditLog", "at the desk")},
        {QStringLiteral("sdctl"), QT_TRANSLATE_NOOP("sd::AuditLog", "with sdctl")},
        {QStringLiteral("inactive"), QT_TRANSLATE_NOOP("sd::AuditLog", "account deactivated")},
        {QStringLiteral("activated"), QT_TRANSLATE_NOOP("sd::AuditLog", "activated")},
        {QStringLiteral("deactivated"), QT_TRANSLATE_NOOP("sd::AuditLog", "deactivated")},
        {QStringLiteral("reset"), QT_TRANSLATE_NOOP("sd::AuditLog", "reset by an administrator")},
        {QStringLiteral("own"), QT_TRANSLATE_NOOP("sd::AuditLog", "changed by the user")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("sd::AuditLog", "team")},
    };
    const auto known = words.constFind(word);
    return known == words.constEnd() ? word : QCoreApplication::translate("sd::AuditLog", known.value());
}

} // namespace

QString AuditLog::describe(const AuditEntry& entry)
{
    QStringList out;
    for (const QString& word : entry.detail.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool comma = word.endsWith(QLatin1Char(','));
        const QString bare = comma ? word.chopped(1) : word;
        QStringList sides;
        for (const QString& side : bare.split(QStringLiteral("->")))
            sides.append(describeWord(side));
        out.append(sides.join(QStringLiteral(" → ")) + (comma ? QStringLiteral(",") : QString()));
    }
    return out.join(QLatin1Char(' '));
}

Result<QList<qint64>> AuditLog::recentFailures(const QString& login, int count) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT at FROM audit_log WHERE login = ? AND kind = 'sign_in_failed' "
                                         "AND id > COALESCE((SELECT MAX(id) FROM audit_log "
                                         "WHERE login = ? AND kind = 'signed_in'), 0) "
                                         "ORDER BY id DESC LIMIT ?"),
                          {login, login, count});
    if (!query)
        return fail(query.error());
    QList<qint64> instants;
    while (query->next())
        instants.append(query->value(0).toLongLong());
    return instants;
}

} // namespace sd
