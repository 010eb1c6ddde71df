#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sd {

// Notices when another program (another agent's desk, sdctl, an import) has
// committed changes to the database.
// - SQLite file: polls data_version, which moves only for other connections'
//   commits.
// - PostgreSQL server: listens on the channel every write transaction
//   notifies as it commits (a hint that arrives at once), and polls that the
//   connection is alive. A lost connection is reported, reopened and
//   subscribed again; then one changedElsewhere() makes the desk catch up on
//   whatever it missed meanwhile.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database database, int intervalMs = 2000, QObject* parent = nullptr);
    // Checks at once: emits changedElsewhere() if the version moved (file),
    // or handles a lost or regained connection (server).
    void check();
    bool isConnected() const { return m_connected; }

signals:
    void changedElsewhere();
    // The server cannot be reached; `reason` is the driver's message.
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    qint64 readVersion() const;
    void checkServer();
    bool subscribe();
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void startProbe();
    void reconnect();

    Database m_database;
    QTimer m_timer;
    // Notifications come in bursts (an import commits every 0.2 s): one
    // refresh per burst, at most a quarter of a second after its first.
    QTimer m_coalesce;
    qint64 m_lastVersion = -1;
    bool m_connected = true;
    // Whether the server answers is asked on a thread of its own while it is
    // away; the desk's thread only looks at the answer on its next check.
    struct Probe
    {
        std::atomic<bool> done{false};
        std::atomic<bool> answered{false};
    };
    std::shared_ptr<Probe> m_probe;
};

} // namespace sd
