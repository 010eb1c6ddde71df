#include "storage/ChangeWatcher.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace sd {

ChangeWatcher::ChangeWatcher(Database database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_lastVersion = readVersion();
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
    const qint64 version = readVersion();
    if (version == m_lastVersion)
        return;
    m_lastVersion = version;
    emit changedElsewhere();
}

} // namespace sd
