#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace sd {

// What a --db value names: a SQLite file (a path) or a PostgreSQL database
// (a libpq connection URI, postgresql://user@host:port/dbname?options).
// A password written in the URI is used for this connection only and never
// shown: display() leaves it out, and nothing stores it.
struct DatabaseAddress
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString filePath;   // SQLite
    QString host;       // PostgreSQL: empty means libpq's default (local socket)
    int port = -1;
    QString user;       // empty: libpq's default (PGUSER, then the system user)
    QString password;   // empty: libpq's sources (PGPASSWORD, ~/.pgpass)
    QString databaseName;
    QString options;    // libpq keywords from the URI's query, "k=v;k=v"
    // How long connecting to a server may take before it counts as unreachable.
    static constexpr int kConnectTimeoutSeconds = 10;

    // Refuses a URI of another scheme, or one that names no database.
    static Result<DatabaseAddress> parse(const QString& text);
    bool isServer() const { return engine == Engine::Postgres; }
    // The address as a person may see and store it (never the password).
    QString display() const;
    // The same server and database, signed in as a desk user's own server
    // account (PostgresAccounts::accountName).
    DatabaseAddress forAccount(const QString& login, const QString& password) const;
    // The address without a desk user's own account (LOGIN@DATABASE): what
    // every desk of the office opens.
    QString officeDisplay() const;
    // The address with its password, to open a connection in this process
    // only (never shown or stored).
    QString connectionUri() const;
    // Points a PostgreSQL connection (not yet open) at this server and database.
    void applyTo(QSqlDatabase& db) const;
};

} // namespace sd
