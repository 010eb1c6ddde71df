#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"

#include <QDate>

namespace sd {

// Schedules return visits by the configuration's rules per tier (docs/RETURN-VISITS.md),
// inside the transaction of the change that calls for them: a purchase, a
// ticket resolved, a low satisfaction score. Each visit's uuid follows from
// what scheduled it, so scheduling twice (here or at another office) adds nothing.
class ReturnVisitPlanner
{
public:
    ReturnVisitPlanner(Database database, const Configuration& configuration, Clock clock);

    // A first-use visit some days after a purchase, unless that day is already past.
    Status afterPurchase(qint64 customerId, const QString& purchaseUuid, const QString& product, const QDate& purchasedOn,
                         qint64 actorId) const;
    // A follow-up when a ticket is resolved (by the tier's rule, or always for
    // a complaint), or brought forward by a low satisfaction score.
    Status afterTicketChange(const Ticket& ticket, const QList<TicketEvent>& events, qint64 actorId) const;
    // Gives each customer of a tier with periodic visits, who has no open one,
    // the next; returns how many were scheduled. At most `limit` per call.
    Result<int> schedulePeriodic(int limit = 5000) const;

    // The ids of a purchase's first-use visit and of a ticket's follow-up
    // after `earlier` follow-ups: the same wherever they are scheduled.
    static QString firstUseUuid(const QString& purchaseUuid);
    static QString followUpUuid(const QString& ticketUuid, qint64 earlier);

    // The office's day at an instant.
    QDate officeDay(qint64 instant) const;
    QDate today() const { return officeDay(m_clock.now()); }

private:
    struct Planned
    {
        qint64 customerId = 0;
        std::optional<qint64> ticketId;
        ReturnReason reason = ReturnReason::FollowUp;
        QString promptedBy;
        QString product;
        QDate dueOn;
        QString uuid;
    };
    Status insert(const Planned& visit, qint64 actorId) const;
    Status followUp(const Ticket& ticket, const QString& promptedBy, int days, qint64 actorId) const;
    Result<QString> customerTier(qint64 customerId) const;
    Result<QString> customerUuid(qint64 customerId) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
};

} // namespace sd
