#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QTimer>

namespace sd {

// Notices when another program (another agent's desk on a shared file, sdctl,
// an import) has committed changes to the database, by polling SQLite's
// data_version, which moves only for other connections' commits.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database database, int intervalMs = 2000, QObject* parent = nullptr);
    // Checks at once; emits changedElsewhere() if the version moved.
    void check();

signals:
    void changedElsewhere();

private:
    qint64 readVersion() const;
    Database m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace sd
