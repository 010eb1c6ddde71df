#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/CostLine.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

// The service cost recorded on a ticket as work happens (docs/SERVICE.md).
// Each line and its timeline event are written in one transaction; a mistaken
// line is voided, never edited or deleted, so every office sums the same lines.
class CostService : public QObject
{
    Q_OBJECT

public:
    CostService(Database database, const Configuration& configuration, Clock clock);

    Result<CostLine> add(qint64 ticketId, const CostEntry& entry, qint64 actorId);
    Status voidLine(qint64 lineId, qint64 actorId);
    Result<QList<CostLine>> lines(qint64 ticketId) const;
    // Lines not voided, summed.
    Result<CostSummary> summary(qint64 ticketId) const;
    // Whether the ticket's product is under warranty on the day of `instant`
    // (a purchase of the customer with the ticket's serial, else its product).
    Result<bool> inWarranty(qint64 ticketId, qint64 instant) const;

signals:
    void costsChanged(qint64 ticketId);

private:
    Result<CostLine> priced(qint64 ticketId, const CostEntry& entry, qint64 actorId) const;
    Result<Role> roleOf(qint64 actorId) const;
    Status check(const CostEntry& entry) const;
    Status logEvent(qint64 ticketId, const CostLine& line, qint64 actorId, bool voiding) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
