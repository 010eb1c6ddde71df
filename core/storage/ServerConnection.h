#pragma once

#include "storage/DatabaseAddress.h"

#include <QSqlDatabase>
#include <QString>

namespace sd {

// A connection of its own to one database of the address's server (by
// default the maintenance database "postgres", which every server has and
// connecting to which creates nothing), closed and removed when it goes.
// For work beside the office's database: creating, restoring, renaming.
class ServerConnection
{
public:
    explicit ServerConnection(const DatabaseAddress& address, const QString& databaseName = QStringLiteral("postgres"));
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    // The server's own words when the connection could not be made.
    QString failure() const;

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace sd
