#include "TestSupport.h"

#include "storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

namespace {

QString serverFolder()
{
    return qEnvironmentVariable("SD_TEST_PG_DIR");
}

QString readAdminAddress()
{
    QFile file(QDir(serverFolder()).filePath(QStringLiteral("admin-uri")));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the test server is not running: no " + file.fileName().toStdString());
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The superuser's connection to the server's maintenance database.
QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("sd-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    qputenv("PGPASSFILE", QDir(serverFolder()).filePath(QStringLiteral("pgpass")).toUtf8());
    auto address = DatabaseAddress::parse(readAdminAddress());
    if (!address)
        throw std::runtime_error(address.error().describe().toStdString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    address->applyTo(db);
    if (!db.open())
        throw std::runtime_error("cannot reach the test server: " + db.lastError().text().toStdString());
    return db;
}

void runAdmin(const QString& statement)
{
    QSqlQuery query(adminConnection());
    if (!query.exec(statement))
        throw std::runtime_error(statement.toStdString() + ": " + query.lastError().text().toStdString());
}

} // namespace

bool onServer()
{
    return !serverFolder().isEmpty();
}

QString serverAddress(const QString& name)
{
    qputenv("PGPASSFILE", QDir(serverFolder()).filePath(QStringLiteral("pgpass")).toUtf8());
    QString address = readAdminAddress();
    address.chop(QStringLiteral("postgres").size());
    return address + name;
}

QString newTestDatabase(const QTemporaryDir& dir)
{
    if (!onServer())
        return dir.filePath(QStringLiteral("test.sqlite"));
    static int counter = 0;
    const QString name = QStringLiteral("sd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    runAdmin(QStringLiteral("CREATE DATABASE %1").arg(name));
    return serverAddress(name);
}

void dropTestDatabase(const QString& address)
{
    if (!onServer() || address.isEmpty())
        return;
    const QString name = address.section(QLatin1Char('/'), -1);
    runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

ScratchDatabase::ScratchDatabase()
    : m_address(newTestDatabase(m_dir))
{
}

ScratchDatabase::~ScratchDatabase()
{
    try {
        dropTestDatabase(m_address);
    } catch (const std::exception&) {
        // The server is removed with its folder when the run ends.
    }
}

TempWorkspace::TempWorkspace(const char* startIso)
    : m_address(newTestDatabase(m_dir))
    , m_now(std::make_shared<qint64>(at(startIso)))
{
    auto now = m_now;
    auto opened = Workspace::open(path(), Clock([now] { return *now; }));
    if (!opened)
        throw std::runtime_error(opened.error().describe().toStdString());
    m_workspace = std::move(*opened);
}

TempWorkspace::~TempWorkspace()
{
    m_workspace.reset();
    try {
        dropTestDatabase(m_address);
    } catch (const std::exception&) {
        // The server is removed with its folder when the run ends.
    }
}

QString TempWorkspace::path() const
{
    return m_address;
}

qint64 TempWorkspace::userId(const char* login)
{
    auto user = m_workspace->users().byLogin(QString::fromLatin1(login));
    if (!user)
        throw std::runtime_error(user.error().describe().toStdString());
    return user->id;
}

} // namespace sd::test
