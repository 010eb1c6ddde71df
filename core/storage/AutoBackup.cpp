#include "storage/AutoBackup.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace sd {

AutoBackup::AutoBackup(const QString& databaseFile)
    : m_file(QFileInfo(databaseFile).absoluteFilePath())
{
}

QString AutoBackup::folder() const
{
    return QFileInfo(m_file).absoluteDir().filePath(QStringLiteral("backups"));
}

QString AutoBackup::fileOf(const QDate& day) const
{
    const QFileInfo database(m_file);
    const QString suffix = database.suffix().isEmpty() ? QStringLiteral("sqlite") : database.suffix();
    return QDir(folder()).filePath(QStringLiteral("%1-%2.%3").arg(database.completeBaseName(), day.toString(Qt::ISODate), suffix));
}

// "office-2026-11-30.sqlite": the day before the suffix; invalid for anything else.
QDate AutoBackup::dayOf(const QFileInfo& copy)
{
    return QDate::fromString(copy.completeBaseName().right(10), Qt::ISODate);
}

QList<QFileInfo> AutoBackup::copies() const
{
    const QFileInfo database(m_file);
    const QString pattern = database.completeBaseName() + QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].") + fileOf(QDate(2000, 1, 1)).section(QLatin1Char('.'), -1);
    QList<QFileInfo> found;
    QDir dir(folder());
    dir.setFilter(QDir::Files | QDir::CaseSensitive);
    dir.setNameFilters({pattern});
    for (const QFileInfo& copy : dir.entryInfoList())
        if (dayOf(copy).isValid())
            found.append(copy);
    std::sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) { return dayOf(a) > dayOf(b); });
    return found;
}

bool AutoBackup::isDue(const QDate& today) const
{
    return !QFileInfo::exists(fileOf(today));
}

// A week already holding a daily copy needs no weekly one: the weekly copies
// are the newest of each older week.
QList<QFileInfo> AutoBackup::toPrune(const QList<QFileInfo>& newestFirst, const Retention& retention)
{
    QList<QFileInfo> pruned;
    QSet<int> weeksSeen;
    int weeklyKept = 0;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        int year = 0;
        const int week = dayOf(newestFirst.at(i)).weekNumber(&year);
        const bool newestOfWeek = !weeksSeen.contains(year * 100 + week);
        weeksSeen.insert(year * 100 + week);
        if (i < retention.daily)
            continue;
        if (newestOfWeek && weeklyKept < retention.weekly) {
            ++weeklyKept;
            continue;
        }
        pruned.append(newestFirst.at(i));
    }
    return pruned;
}

Result<Backup::Verdict> AutoBackup::run(const QDate& today, const Retention& retention) const
{
    // What a copy killed halfway left behind (never under a copy's name).
    QDir dir(folder());
    dir.setFilter(QDir::Files | QDir::CaseSensitive);
    dir.setNameFilters({QFileInfo(m_file).completeBaseName() + QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].*.partial-*")});
    for (const QFileInfo& partial : dir.entryInfoList())
        QFile::remove(partial.absoluteFilePath());
    auto made = Backup::create(m_file, fileOf(today));
    if (!made)
        return made;
    for (const QFileInfo& old : toPrune(copies(), retention))
        QFile::remove(old.absoluteFilePath());
    return made;
}

} // namespace sd
