#include "main/DailyBackup.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace sd {

DailyBackup::DailyBackup(const QString& databaseFile, QLabel* status, QObject* parent)
    : QObject(parent)
    , m_backup(databaseFile)
    , m_status(status)
{
    m_status->setObjectName(QStringLiteral("backupStatus"));
    showLast();
}

// A copy being written is finished first: the file is then whole under its name.
DailyBackup::~DailyBackup()
{
    if (m_thread)
        m_thread->wait();
}

AutoBackup::Retention DailyBackup::retention()
{
    QSettings settings;
    return {qBound(1, settings.value(QStringLiteral("backup/daily"), 7).toInt(), 365),
            qBound(0, settings.value(QStringLiteral("backup/weekly"), 4).toInt(), 520)};
}

void DailyBackup::setRetention(const AutoBackup::Retention& keep)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/daily"), qBound(1, keep.daily, 365));
    settings.setValue(QStringLiteral("backup/weekly"), qBound(0, keep.weekly, 520));
}

void DailyBackup::check(const QDate& today)
{
    if (m_thread || m_failedOn == today || !m_backup.isDue(today))
        return;
    m_status->setText(tr("Backing up…"));
    m_status->setStyleSheet({});
    const AutoBackup backup = m_backup;
    const AutoBackup::Retention keep = retention();
    m_thread = QThread::create([this, backup, today, keep] {
        auto made = backup.run(today, keep);
        // Posted to this object: dropped with it if it is gone (its destructor waits for the thread).
        QMetaObject::invokeMethod(this, [this, today, made] { done(today, made); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void DailyBackup::done(const QDate& day, const Result<Backup::Verdict>& made)
{
    // Its last step was to post this call: it ends at once, then deletes itself.
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
    if (!made) {
        m_failedOn = day;
        m_status->setText(tr("Today's backup failed"));
        m_status->setToolTip(made.error().message);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        emit finished(false);
        return;
    }
    showLast();
    emit finished(true);
}

void DailyBackup::showLast()
{
    const QList<QFileInfo> copies = m_backup.copies();
    if (copies.isEmpty()) {
        m_status->setText(tr("No backup yet"));
        m_status->setToolTip(tr("A copy is made into %1 once a day.").arg(QDir::toNativeSeparators(m_backup.folder())));
        return;
    }
    const QFileInfo& last = copies.first();
    m_status->setText(tr("Last backup: %1").arg(last.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_status->setToolTip(tr("%1\nCopies kept in %2: %3.")
                             .arg(QDir::toNativeSeparators(last.absoluteFilePath()), QDir::toNativeSeparators(m_backup.folder()))
                             .arg(copies.size()));
    m_status->setStyleSheet({});
}

} // namespace sd
