#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"

#include <QList>

#include <optional>

namespace sd {

// One entry of a person's notification centre (docs/SERVICE.md "Notifications").
struct Notification
{
    enum class Kind { Assigned, Mentioned, SlaWarning, SlaBreach, Escalated, CustomerReply, Merged, RiskRaised };
    qint64 id = 0;
    qint64 ticketId = 0;
    QString ticketNumber;
    QString ticketSubject;
    Kind kind = Kind::Assigned;
    qint64 at = 0;
    std::optional<qint64> actorId;
    QString actorName;
    // Assigned: the team's rule when automatic; Mentioned and CustomerReply:
    // the note; SLA and Escalated: the checkpoint ("resolution_breach");
    // Merged: the duplicate's number; RiskRaised: the alert rule's code.
    QString detail;
    // RiskRaised: the risk (docs/RISKS.md) instead of a ticket, and its title in the desk's language.
    std::optional<qint64> riskId;
    QString riskTitle;
    bool read = false;

    static QString codeOf(Kind kind);
    static std::optional<Kind> kindOf(const QString& code);
};

// Who hears of what happened on a ticket, written in the transaction that
// writes the ticket's events, so a notification exists exactly when its
// event does:
// - an assignment: the new assignee, unless they took the ticket themselves;
// - a note that names @login: that person (not the writer);
// - a customer's reply (TicketService::recordCustomerReply): the assignee,
//   unless they recorded it;
// - an SLA warning or breach: the assignee, or while nobody holds the ticket
//   the supervisors of its team;
// - an escalation rule that tells the supervisor: the team's supervisors
//   (every supervisor when the team has none).
class Notifications
{
public:
    static constexpr int kListLimit = 100;

    Notifications(Database database, Clock clock);

    // `ticket` as the events left it.
    Status record(const Ticket& ticket, const QList<TicketEvent>& events);
    Result<int> unreadCount(qint64 userId) const;
    // The newest kListLimit, unread and read.
    Result<QList<Notification>> latest(qint64 userId) const;
    Status markRead(qint64 userId, qint64 notificationId);
    Status markAllRead(qint64 userId);
    // An alert rule raised a risk: the supervisors of `teamCode` hear of it
    // (every supervisor when it has none, or for a rule about no team).
    Status recordRisk(qint64 riskId, const QString& ruleCode, const QString& teamCode);

private:
    struct Entry
    {
        qint64 userId = 0;
        Notification::Kind kind = Notification::Kind::Assigned;
        QString detail;
    };
    Result<QList<Entry>> entriesFor(const Ticket& ticket, const TicketEvent& event) const;
    Result<QList<qint64>> mentioned(const QString& body) const;
    Result<QList<qint64>> supervisorsOf(const QString& teamCode) const;
    Status insert(const Ticket& ticket, const TicketEvent& event, const Entry& entry);

    Database m_database;
    Clock m_clock;
};

} // namespace sd
