#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/ReturnVisit.h"
#include "process/ReturnVisitPlanner.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

class TicketService;

// The lists of the return-visit page and of `sdctl visits`.
enum class ReturnQueue {
    Due,      // due today or overdue (or due again after an unreachable attempt)
    Upcoming, // due in the next kUpcomingDays days
    Made,     // made (or given up as unreachable) in the last kMadeDays days
    Leads     // new needs noted as sales leads in the last kMadeDays days
};

struct ReturnQueueCounts
{
    qint64 dueToday = 0;
    qint64 overdue = 0;
    qint64 upcoming = 0;
};

// Return visits (docs/RETURN-VISITS.md): the queues of calls to make, a
// customer's visits, and recording what a call found, with what follows
// from it (the ticket reopened, a new ticket, a sales lead, another try).
class ReturnVisitService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kUpcomingDays = 14;
    static constexpr int kMadeDays = 30;
    static constexpr int kListLimit = 1000;
    static constexpr int kPeriodicBatch = 5000;

    ReturnVisitService(Database database, const Configuration& configuration, Clock clock, TicketService& tickets);

    Result<QList<ReturnVisit>> queue(ReturnQueue which, int limit = kListLimit) const;
    Result<ReturnQueueCounts> counts() const;
    Result<QList<ReturnVisit>> ofCustomer(qint64 customerId, int limit = 200) const;
    Result<ReturnVisit> get(qint64 id) const;
    Result<ReturnVisit> record(qint64 id, int expectedVersion, const ReturnVisitRecord& record, qint64 actorId);
    // The daily pass that gives top-tier customers their next periodic visit.
    Result<int> schedulePeriodic();
    QDate today() const { return m_planner.today(); }

signals:
    void returnVisitsChanged();

private:
    static Error staleVisit();
    Result<QList<ReturnVisit>> select(const QString& where, const QString& order, const QVariantList& values, int limit) const;
    Status validate(const ReturnVisit& visit, const ReturnVisitRecord& record) const;
    Result<std::optional<qint64>> followThrough(const ReturnVisit& visit, const ReturnVisitRecord& record, qint64 actorId);
    Status write(const ReturnVisit& visit, int expectedVersion, const ReturnVisitRecord& record,
                 std::optional<qint64> resultTicket, qint64 actorId);

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
    ReturnVisitPlanner m_planner;
    TicketService& m_tickets;
};

} // namespace sd
