#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/Complaint.h"
#include "process/ComplaintStore.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"

#include <QObject>

namespace sd {

// A complaint's own path: received → verified → handled → feedback given →
// closed (docs/SERVICE.md). Each step writes the complaint and a timeline
// event in one transaction; closing resolves the ticket.
class ComplaintService : public QObject
{
    Q_OBJECT

public:
    ComplaintService(Database database, const Configuration& configuration, Clock clock, TicketService& tickets);

    // The ticket's complaint: its row, or the start of its path if it has none.
    Result<Complaint> ofTicket(qint64 ticketId) const;
    // `expectedVersion` is the complaint's version as shown (0 before it has a row).
    Result<Complaint> advance(qint64 ticketId, int expectedVersion, const ComplaintStep& step, qint64 actorId);

    struct RegisterFilter
    {
        std::optional<ComplaintCause> cause;
        bool overdueOnly = false;
        int limit = 500;
    };
    // Open complaints, oldest first: what the register and `sdctl complaints list` show.
    Result<QList<ComplaintRegisterRow>> openComplaints(const RegisterFilter& filter) const;
    // What the timeline keeps of a step: its note; for handling the remedy's
    // code and amount first ("refund 200.00: remarks"), which the timeline reads.
    static QString eventBody(const ComplaintStep& step);

signals:
    void complaintChanged(qint64 ticketId);

private:
    Status checkStep(const Complaint& complaint, const ComplaintStep& step) const;
    Result<Complaint> close(qint64 ticketId, const Complaint& complaint, const ComplaintStep& step, qint64 actorId);
    Status write(Complaint& complaint, int expectedVersion, const ComplaintStep& step, const Ticket& ticket, qint64 actorId);

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    TicketService& m_tickets;
    ComplaintStore m_store;
    AccessControl m_access;
};

} // namespace sd
