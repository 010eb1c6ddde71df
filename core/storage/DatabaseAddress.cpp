#include "storage/DatabaseAddress.h"

#include "storage/PostgresAccounts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sd {
namespace {

Error refusedAddress(const QString& text, const QString& why)
{
    return Error::invalid(text, why);
}

Result<DatabaseAddress> parsePostgres(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || name.isEmpty() || name.contains(QLatin1Char('/')))
        return fail(refusedAddress(text, QCoreApplication::translate("sd::DatabaseAddress",
            "this PostgreSQL address names no database; write it as postgresql://user@host:port/database")));
    DatabaseAddress address;
    address.engine = DatabaseAddress::Engine::Postgres;
    address.host = url.host();
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.databaseName = name;
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    address.options = options.join(QLatin1Char(';'));
    return address;
}

} // namespace

Result<DatabaseAddress> DatabaseAddress::parse(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto match = scheme.match(text.trimmed());
    if (!match.hasMatch()) {
        DatabaseAddress address;
        address.filePath = text;
        return address;
    }
    const QString name = match.captured(1).toLower();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return parsePostgres(text.trimmed());
    return fail(refusedAddress(text, QCoreApplication::translate("sd::DatabaseAddress",
        "Service Desk opens a SQLite database file or a PostgreSQL server address "
        "(postgresql://user@host:port/database); \"%1\" is neither").arg(name)));
}

void DatabaseAddress::applyTo(QSqlDatabase& db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(databaseName);
    // A link that dies without closing (a cut network) is noticed within
    // about 20 seconds, not after TCP's own quarter of an hour: keepalives on
    // an idle connection, and a limit on data the server never acknowledges.
    QStringList all{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds), QStringLiteral("application_name=servicedesk"),
                    QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                    QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=2"),
                    QStringLiteral("tcp_user_timeout=20000")};
    if (!options.isEmpty())
        all.append(options);
    db.setConnectOptions(all.join(QLatin1Char(';')));
}

DatabaseAddress DatabaseAddress::forAccount(const QString& login, const QString& secret) const
{
    DatabaseAddress account = *this;
    account.user = PostgresAccounts::accountName(login, databaseName);
    account.password = secret;
    return account;
}

QString DatabaseAddress::officeDisplay() const
{
    DatabaseAddress office = *this;
    if (!PostgresAccounts::loginOfAccount(user, databaseName).isEmpty())
        office.user.clear();
    return office.display();
}

QString DatabaseAddress::connectionUri() const
{
    if (engine == Engine::Sqlite)
        return filePath;
    QUrl url(display(), QUrl::StrictMode);
    url.setUserName(user, QUrl::DecodedMode);
    url.setPassword(password, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseAddress::display() const
{
    if (engine == Engine::Sqlite)
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : options.split(QLatin1Char(';')))
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace sd
