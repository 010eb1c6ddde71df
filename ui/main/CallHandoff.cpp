#include "main/CallHandoff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

namespace sd {
namespace {

const QByteArray kCall = "CALL ";
const QByteArray kTaken = "OK\n";

// "tel:+86-138-0013-8000;phone-context=…", "callto://13800138000", "tel:%2B8613800138000".
QString numberOfUrl(const QString& url)
{
    QString rest = url.section(QLatin1Char(':'), 1);
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    rest = rest.section(QLatin1Char(';'), 0, 0).section(QLatin1Char('?'), 0, 0);
    return QUrl::fromPercentEncoding(rest.toUtf8()).trimmed();
}

} // namespace

CallHandoff::CallHandoff(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // Only this user's programs may hand calls to the desk.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &CallHandoff::answer);
}

CallHandoff::~CallHandoff() = default;

QString CallHandoff::serverName()
{
    const QByteArray home = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("servicedesk-desk-") + QString::fromLatin1(home);
}

std::optional<QString> CallHandoff::requestedNumber(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--call") && i + 1 < arguments.size())
            return arguments.at(i + 1).trimmed();
        if (argument.startsWith(QLatin1String("--call=")))
            return argument.mid(7).trimmed();
        if (argument.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)
            || argument.startsWith(QLatin1String("callto:"), Qt::CaseInsensitive))
            return numberOfUrl(argument);
    }
    return std::nullopt;
}

std::optional<QString> CallHandoff::numberFrom(const QStringList& arguments)
{
    const auto requested = requestedNumber(arguments);
    if (!requested || !std::any_of(requested->begin(), requested->end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return requested;
}

bool CallHandoff::handToRunningDesk(const QString& number, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kCall + number.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine() == kTaken;
}

bool CallHandoff::listen()
{
    // Asked first: with access options Qt would replace a running desk's socket.
    QLocalSocket probe;
    probe.connectToServer(serverName());
    if (probe.waitForConnected(300))
        return false;
    // Nobody answers: a name left behind by a desk that crashed is taken over.
    QLocalServer::removeServer(serverName());
    return m_server->listen(serverName());
}

void CallHandoff::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine().trimmed();
            if (!line.startsWith(kCall)) {
                socket->disconnectFromServer();
                return;
            }
            socket->write(kTaken);
            socket->flush();
            emit callArrived(QString::fromUtf8(line.mid(kCall.size())).trimmed());
        });
    }
}

} // namespace sd
