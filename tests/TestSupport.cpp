#include "TestSupport.h"

#include <QDateTime>
#include <QFile>

#include <stdexcept>

namespace sd::test {

qint64 at(const char* iso)
{
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!parsed.isValid())
        throw std::invalid_argument(iso);
    return parsed.toSecsSinceEpoch();
}

QString writeHistory(const QString& path, const QString& prefix, int first, int rows,
                     const std::function<QString(int)>& row)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(path.toStdString());
    file.write("number,customer,tier,channel,category,priority,subject,assignee,team,created_at,"
               "first_response_at,resolved_at,closed_at,reopen_count,agent_replies,csat\n");
    for (int i = 0; i < rows; ++i)
        file.write((prefix + QStringLiteral("-%1,").arg(first + i, 6, 10, QLatin1Char('0')) + row(i) + QLatin1Char('\n')).toUtf8());
    return path;
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
