#pragma once

#include "common/Error.h"
#include "storage/Backup.h"

#include <QDate>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace sd {

// The desk's own daily copy of a SQLite database (docs/BACKUP.md "Daily
// backups"): into the `backups` folder beside the file, named by the day
// (office-2026-11-30.sqlite). Old copies are pruned: the newest `daily` ones
// are kept, and the newest copy of each older calendar week (ISO weeks a
// daily copy does not fall in), for `weekly` weeks.
class AutoBackup
{
public:
    struct Retention
    {
        int daily = 7;
        int weekly = 4;
    };

    explicit AutoBackup(const QString& databaseFile);

    QString folder() const;
    // The copy of `day`, made or not.
    QString fileOf(const QDate& day) const;
    // Newest first.
    QList<QFileInfo> copies() const;
    // True when there is no copy of `today` yet.
    bool isDue(const QDate& today) const;
    // Makes today's copy (Backup::create: checked, never half a file under
    // its name), then prunes by `retention`.
    Result<Backup::Verdict> run(const QDate& today, const Retention& retention) const;
    // The copies the retention lets go, given the copies there are.
    static QList<QFileInfo> toPrune(const QList<QFileInfo>& newestFirst, const Retention& retention);

private:
    static QDate dayOf(const QFileInfo& copy);
    QString m_file;
};

} // namespace sd
