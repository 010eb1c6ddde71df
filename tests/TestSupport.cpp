#include "TestSupport.h"

#include <QDateTime>

#include <stdexcept>

namespace sd::test {

qint64 at(const char* iso)
{
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!parsed.isValid())
        throw std::invalid_argument(iso);
    return parsed.toSecsSinceEpoch();
}

TempWorkspace::TempWorkspace(const char* startIso)
    : m_now(std::make_shared<qint64>(at(startIso)))
{
    auto now = m_now;
    auto opened = Workspace::open(path(), Clock([now] { return *now; }));
    if (!opened)
        throw std::runtime_error(opened.error().describe().toStdString());
    m_workspace = std::move(*opened);
}

QString TempWorkspace::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

qint64 TempWorkspace::userId(const char* login)
{
    auto user = m_workspace->users().byLogin(QString::fromLatin1(login));
    if (!user)
        throw std::runtime_error(user.error().describe().toStdString());
    return user->id;
}

} // namespace sd::test
