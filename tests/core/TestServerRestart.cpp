// The PostgreSQL server restarts under an open desk: the desk is told, keeps
// working once the server is back, listens again and catches up. And a
// server that stops answering (a cut network) does not freeze the desk.
#include "TestSupport.h"

#include "people/AccessControl.h"
#include "queue/QueueModel.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

void waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Between the desk and the server, on a thread of its own: forwards bytes
// both ways, or, cut, drops every connection and then accepts new ones
// without ever answering, as a host behind a broken link seems to.
class Link : public QObject
{
public:
    explicit Link(quint16 serverPort)
        : m_serverPort(serverPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~Link() override
    {
        QMetaObject::invokeMethod(this, [this] { m_listener.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    void setForwarding(bool forwarding)
    {
        QMetaObject::invokeMethod(this, [this, forwarding] {
            m_forwarding = forwarding;
            if (!forwarding)
                for (QObject* child : m_listener->children())
                    if (auto* socket = qobject_cast<QTcpSocket*>(child))
                        socket->abort();
        }, Qt::BlockingQueuedConnection);
    }

private:
    void listen()
    {
        m_listener = std::make_unique<QTcpServer>();
        REQUIRE(m_listener->listen(QHostAddress::LocalHost));
        m_port = m_listener->serverPort();
        QObject::connect(m_listener.get(), &QTcpServer::newConnection, m_listener.get(), [this] { accept(); });
    }
    void accept()
    {
        while (QTcpSocket* desk = m_listener->nextPendingConnection()) {
            if (!m_forwarding)
                continue; // held open, never answered
            auto* server = new QTcpSocket(m_listener.get());
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
            QObject::connect(desk, &QTcpSocket::readyRead, server, [desk, server] { server->write(desk->readAll()); });
            QObject::connect(server, &QTcpSocket::readyRead, desk, [desk, server] { desk->write(server->readAll()); });
            QObject::connect(desk, &QTcpSocket::disconnected, server, &QTcpSocket::abort);
            QObject::connect(server, &QTcpSocket::disconnected, desk, &QTcpSocket::abort);
        }
    }

    QThread m_thread;
    std::unique_ptr<QTcpServer> m_listener;
    quint16 m_serverPort = 0;
    quint16 m_port = 0;
    bool m_forwarding = true;
};

} // namespace

TEST_CASE("a desk whose server stops answering stays responsive, is told, and reconnects when it answers again",
          "[server][restart]")
{
    REQUIRE(test::onServer());
    test::TempWorkspace ws;
    const QUrl direct(ws.path());
    Link link(quint16(direct.port()));
    QUrl throughLink = direct;
    throughLink.setPort(link.port());
    // ~/.pgpass names the server's own port: the password goes in the address.
    QFile password(QDir(qEnvironmentVariable("SD_TEST_PG_DIR")).filePath(QStringLiteral("password")));
    REQUIRE(password.open(QIODevice::ReadOnly));
    throughLink.setPassword(QString::fromUtf8(password.readAll()).trimmed());
    auto desk = Database::open(throughLink.toString());
    INFO((desk ? std::string() : desk.error().describe().toStdString()));
    REQUIRE(desk);
    TicketDraft draft;
    draft.contactName = QStringLiteral("Ms Zhou");
    for (const char* subject : {"No hot water", "Display flickers", "Remote does not pair"}) {
        draft.subject = QString::fromLatin1(subject);
        REQUIRE(ws->tickets().create(draft, AccessControl::kIntake));
    }
    QueueModel queue(*desk, ws->clock());
    QueueRequest all;
    all.queue = Queue::All;
    queue.setRequest(all);
    REQUIRE(queue.rowCount() == 3);
    ChangeWatcher watcher(*desk, 60000); // checked by hand below
    int lost = 0, restored = 0;
    QObject::connect(&watcher, &ChangeWatcher::connectionLost, [&] { ++lost; });
    QObject::connect(&watcher, &ChangeWatcher::connectionRestored, [&] { ++restored; });

    link.setForwarding(false);
    watcher.check();
    CHECK(lost == 1);
    // Every check and every statement of the desk returns at once, although
    // a connection attempt would wait out the 10-second connect timeout.
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i) {
        watcher.check();
        CHECK_FALSE(sql::scalar(desk->connection(), QStringLiteral("SELECT 1")));
        waitFor([] { return false; }, 200);
    }
    CHECK(clock.elapsed() < 5000);
    CHECK(restored == 0);
    // The list the agent was looking at stays on show.
    queue.refresh();
    CHECK(queue.rowCount() == 3);

    link.setForwarding(true);
    // The probe still under way waits out its timeout; the next one finds the server.
    waitFor([&] {
        watcher.check();
        return restored > 0;
    }, 30000);
    CHECK(restored == 1);
    CHECK(watcher.isConnected());
    CHECK(sql::scalar(desk->connection(), QStringLiteral("SELECT COUNT(*) FROM tickets")));
}

TEST_CASE("a desk survives a server restart, is told, and catches up", "[server][restart]")
{
    REQUIRE(test::onServer());
    test::TempWorkspace ws;
    ChangeWatcher watcher(ws->database(), 100);
    int lost = 0, restored = 0, noticed = 0;
    QObject::connect(&watcher, &ChangeWatcher::connectionLost, [&] { ++lost; });
    QObject::connect(&watcher, &ChangeWatcher::connectionRestored, [&] { ++restored; });
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere, [&] { ++noticed; });
    waitFor([] { return false; }, 300);

    QProcess restart;
    restart.start(QStringLiteral(SD_TEST_SERVER_SCRIPT), {QStringLiteral("restart"), qEnvironmentVariable("SD_TEST_PG_DIR")});
    REQUIRE(restart.waitForFinished(60000));
    REQUIRE(restart.exitCode() == 0);

    // The old connection is gone: the watcher says so, reconnects, listens
    // again and asks the desk to catch up.
    waitFor([&] { return restored > 0; }, 10000);
    CHECK(lost == 1);
    CHECK(restored == 1);
    CHECK(noticed >= 1);
    CHECK(watcher.isConnected());

    // The desk's own statements reach the server again ...
    auto ticketCount = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    REQUIRE(ticketCount);
    // ... and another desk's commit after the restart is noticed as before.
    noticed = 0;
    auto other = Database::open(ws.path());
    REQUIRE(other);
    {
        WriteTransaction transaction(other->connection(), other->dialect());
        REQUIRE(transaction.begin());
        REQUIRE(sql::run(other->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', '1')")));
        REQUIRE(transaction.commit());
    }
    waitFor([&] { return noticed > 0; }, 1000);
    CHECK(noticed == 1);
}
