#pragma once

#include "common/AppContext.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

#include <optional>

namespace sd {

class SyncService;

// A branch desk's link to head office: the Sync action, a sync every few
// minutes while head office is reachable, and the line in the status bar
// (last sync, changes waiting, open conflicts). The sync runs on a thread of
// its own so the desk never waits for it. Head office's address is kept per
// database in the desk's settings.
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutoSyncMinutes = 5;

    explicit SyncController(AppContext& context, QObject* parent = nullptr);

    // Whether this database takes part in sync at all (head office or branch).
    bool synchronises() const { return m_office.has_value(); }
    bool isBranch() const { return m_office && !m_isHead; }
    QString headAddress() const;
    void setHeadAddress(const QString& address);
    bool running() const { return m_running; }
    // Starts a sync with head office now (nothing if one is running or no
    // address is known); finished() says how it went.
    void syncNow();
    QString statusText() const;
    void refreshStatus();
    // Files carried by hand (a USB stick, e-mail) when head office cannot be
    // reached: write what `office` has not acknowledged (a branch: empty, for
    // head office), or apply a file. fileDone() says how it went.
    void writeFile(const QString& path, const QString& office = {});
    void readFile(const QString& path);
    // Head office: the branch offices it can write files for.
    QStringList branchOffices() const;

signals:
    void statusChanged();
    void finished(bool ok, const QString& message);
    void fileDone(bool ok, const QString& message);

private:
    // Runs `job` on this database, on a thread of its own; `report` gets its outcome.
    using Job = std::function<Result<QString>(SyncService& local)>;
    void runInBackground(Job job, void (SyncController::*report)(bool, const QString&));
    void done(bool ok, const QString& message);
    void fileFinished(bool ok, const QString& message);

    AppContext& m_context;
    QTimer m_auto;
    std::optional<QString> m_office;
    bool m_isHead = false;
    bool m_running = false;
    QString m_lastProblem;
    QString m_status;
};

} // namespace sd
