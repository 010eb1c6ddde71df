#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class QLocalServer;

namespace sd {

// A phone system or softphone pops the caller card by running
// `servicedesk --call NUMBER` or opening `tel:NUMBER` / `callto:NUMBER`. One
// desk runs per user session: a second start hands the number to the running
// desk over a local socket and ends; the running desk comes to the front with
// the caller card open.
class CallHandoff : public QObject
{
    Q_OBJECT

public:
    explicit CallHandoff(QObject* parent = nullptr);
    ~CallHandoff() override;

    // The number a start asks for: --call NUMBER, or a tel:/callto: URL
    // (URL-escaped, "//" and ";parameters" allowed); nullopt when none or
    // when what was given has no digit.
    static std::optional<QString> numberFrom(const QStringList& arguments);
    // What was given as a number, even when it is not one (nullopt: nothing asked).
    static std::optional<QString> requestedNumber(const QStringList& arguments);
    // True when a running desk took the number (it answers within `timeoutMs`).
    static bool handToRunningDesk(const QString& number, int timeoutMs = 2000);
    // Starts answering hand-offs; false when another desk of this session already does.
    bool listen();
    // The socket's name: per user, so two people on one machine keep their own desks.
    static QString serverName();

signals:
    void callArrived(const QString& number);

private:
    void answer();
    QLocalServer* m_server;
};

} // namespace sd
