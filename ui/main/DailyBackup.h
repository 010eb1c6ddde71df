#pragma once

#include "storage/AutoBackup.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>

class QLabel;

namespace sd {

// The desk's daily copy of its SQLite file (docs/BACKUP.md "Daily backups"),
// made on a worker thread at sign-in and then whenever the day has no copy
// yet; the label in the status bar says when the last one was made, or why
// today's failed. A server's database is the server's to back up: nothing
// happens then. Retention: settings backup/daily (7) and backup/weekly (4).
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(const QString& databaseFile, QLabel* status, QObject* parent = nullptr);
    ~DailyBackup() override;

    void check(const QDate& today);
    bool isRunning() const { return m_thread != nullptr; }

    // How many copies are kept (settings backup/daily and backup/weekly,
    // 7 and 4 unless changed in Settings), used at the next copy.
    static AutoBackup::Retention retention();
    static void setRetention(const AutoBackup::Retention& keep);

signals:
    void finished(bool ok);

private:
    void showLast();
    void done(const QDate& day, const Result<Backup::Verdict>& made);

    AutoBackup m_backup;
    QLabel* m_status = nullptr;
    QPointer<QThread> m_thread;
    QDate m_failedOn; // tried and failed today: tried again tomorrow, not every minute
};

} // namespace sd
