#include "storage/ChangeWatcher.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <thread>

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

// A connection that no longer answers is dropped; while the server is away
// no part of the desk tries to connect (an unreachable host would freeze the
// window for the connect timeout each time). A probe on another thread asks
// whether the server answers; once it does, the connection is opened afresh
// and the statements of this desk reach the server again.
void ChangeWatcher::checkServer()
{
    if (m_connected) {
        auto alive = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1"));
        if (alive)
            return;
        m_connected = false;
        m_database.releaseThreadConnection();
        m_database.setServerAway(true);
        emit connectionLost(alive.error().message);
    }
    if (!m_probe || (m_probe->done && !m_probe->answered))
        return startProbe();
    if (m_probe->done)
        reconnect();
}

void ChangeWatcher::startProbe()
{
    auto probe = std::make_shared<Probe>();
    m_probe = probe;
    const QString address = m_database.connectionUri();
    const QString driver = m_database.dialect().driverName();
    // Detached: a probe outliving the desk only finishes its connect timeout.
    std::thread([probe, address, driver] {
        probe->answered = SqlDialect::forDriver(driver)->serverAnswers(address);
        probe->done = true;
    }).detach();
}

void ChangeWatcher::reconnect()
{
    m_probe.reset();
    m_database.setServerAway(false);
    if (!sql::scalar(m_database.connection(), QStringLiteral("SELECT 1")) || !subscribe()) {
        m_database.releaseThreadConnection();
        m_database.setServerAway(true);
        return startProbe();
    }
    m_connected = true;
    emit connectionRestored();
    emit changedElsewhere(); // catch up on what changed while the server was away
}

} // namespace sd
