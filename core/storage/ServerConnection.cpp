#include "storage/ServerConnection.h"

#include <QSqlError>
#include <QUuid>

namespace sd {

ServerConnection::ServerConnection(const DatabaseAddress& address, const QString& databaseName)
    : m_name(QStringLiteral("sd-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    DatabaseAddress other = address;
    other.databaseName = databaseName;
    other.applyTo(m_db);
    m_db.open();
}

ServerConnection::~ServerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ServerConnection::failure() const
{
    return m_db.lastError().databaseText().trimmed();
}

} // namespace sd
