#pragma once

#include "common/Codes.h"
#include "common/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sd {

// The server's side of sign-in and permissions on PostgreSQL: every desk user
// is a login role "LOGIN@DATABASE" (SCRAM-SHA-256), member of one group role
// per desk role ("DATABASE_agent", …, all in "DATABASE_desk"); grants make
// the timeline insert-only for everyone and configuration and users writable
// by administrators only, so that psql with a desk user's own password can do
// no more than that. Used by PostgresDialect only.
class PostgresAccounts
{
public:
    // The group roles, grants, row security and the administrators' function
    // that creates and changes login roles (schema version 5).
    static QStringList schemaStatements();
    // Schema step 6: audit entries only in the writer's own name.
    static QStringList auditStatements();
    // The login role of a desk login in the connected database.
    static QString accountName(const QString& login, const QString& databaseName);
    // The desk login of an account of this database; empty for any other role.
    static QString loginOfAccount(const QString& account, const QString& databaseName);
    // Creates or changes the login role of `login`: password (empty: keep),
    // group role and whether it may sign in. Sends only a SCRAM verifier,
    // never the password.
    static Status setLogin(const QSqlDatabase& db, const QString& login, const QString& password, Role role, bool active);
    // The connected user's own password: the current one is checked by a
    // second connection first.
    static Status changeOwnPassword(const QSqlDatabase& db, const QString& login, const QString& current, const QString& next);
    // Whether `account` can connect to the same server and database with this password.
    static bool canConnect(const QSqlDatabase& db, const QString& account, const QString& password);
    // Whether the server refuses a connection to `uri` for its account or
    // password. Told by the error's SQLSTATE, not its text, which is in the
    // server's language.
    static bool refusesSignIn(const QString& uri);
    // Whether the server at `uri` accepts connections (PQping: no sign-in).
    static bool serverAnswers(const QString& uri);
    // The desk login the connection signed in as; empty for other roles (the owner).
    static QString connectedLogin(const QSqlDatabase& db);
};

} // namespace sd
