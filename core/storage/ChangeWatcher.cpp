#include "storage/ChangeWatcher.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace sd {

ChangeWatcher::ChangeWatcher(Database database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changedElsewhere);
    if (m_database.dialect().changeChannel().isEmpty())
        m_lastVersion = readVersion();
    else
        subscribe();
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer.start(intervalMs);
}

qint64 ChangeWatcher::readVersion() const
{
    auto version = sql::scalar(m_database.connection(), m_database.dialect().changeCounterSql());
    return version ? version->toLongLong() : -1;
}

void ChangeWatcher::check()
{
    if (!m_database.dialect().changeChannel().isEmpty())
        return checkServer();
    const qint64 version = readVersion();
    if (version == m_lastVersion)
        return;
    m_lastVersion = version;
    emit changedElsewhere();
}

bool ChangeWatcher::subscribe()
{
    QSqlDriver* driver = m_database.connection().driver();
    const QString channel = m_database.dialect().changeChannel();
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::notified, Qt::UniqueConnection);
    return driver->subscribeToNotification(channel);
}

void ChangeWatcher::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant&)
{
    if (name == m_database.dialect().changeChannel() && source == QSqlDriver::OtherSource && !m_coalesce.isActive())
        m_coalesce.start();
}

// A connection that no longer answers is dropped and opened afresh; the
// statements of the new one (and of every other part of this desk that runs
// on this thread) then reach the server again.
void ChangeWatcher::checkServer()
{
    auto alive = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1"));
    if (alive && m_connected)
        return;
    if (!alive && m_connected) {
        m_connected = false;
        emit connectionLost(alive.error().message);
    }
    if (!alive)
        m_database.releaseThreadConnection();
    if (!sql::scalar(m_database.connection(), QStringLiteral("SELECT 1")) || !subscribe())
        return;
    m_connected = true;
    emit connectionRestored();
    emit changedElsewhere(); // catch up on what changed while the server was away
}

} // namespace sd
