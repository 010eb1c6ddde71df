#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "process/Visit.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

// Field dispatch (docs/SERVICE.md "Field dispatch"): technicians' visits on
// tickets. Each change and its timeline event are written in one transaction;
// a change based on an old version of the visit is refused as a conflict.
// Overlapping appointments of one technician are allowed but flagged.
class VisitService : public QObject
{
    Q_OBJECT

public:
    VisitService(Database database, const Configuration& configuration, Clock clock);

    Result<Visit> schedule(qint64 ticketId, const VisitPlan& plan, qint64 actorId);
    // A visit not yet started: another window, technician, address or list of parts.
    Result<Visit> reschedule(qint64 visitId, int expectedVersion, const VisitPlan& plan, qint64 actorId);
    Result<Visit> cancel(qint64 visitId, int expectedVersion, const QString& reason, qint64 actorId);
    // En route, on site, done or cannot complete; only the visit's technician
    // (or a supervisor or administrator) reports.
    Result<Visit> report(qint64 visitId, int expectedVersion, const VisitReport& report, qint64 actorId);

    Result<Visit> get(qint64 visitId) const;
    Result<std::optional<Visit>> byNumber(qint64 ticketId, int visitNo) const;
    Result<QList<Visit>> ofTicket(qint64 ticketId) const;
    // Ordered by technician and start; overlaps flagged among live visits.
    Result<QList<Visit>> list(const VisitFilter& filter) const;
    // The address a new visit starts from: the customer's.
    Result<QString> customerAddress(qint64 ticketId) const;

signals:
    void visitsChanged(qint64 ticketId);

private:
    Status check(const VisitPlan& plan) const;
    Status requireReporter(const Visit& visit, qint64 actorId) const;
    Status checkStep(const Visit& visit, const VisitReport& report) const;
    Result<int> nextVisitNo(qint64 ticketId) const;
    Result<QList<Visit>> select(const QString& where, const QVariantList& values, const QString& order, int limit) const;
    Status write(const Visit& visit, int expectedVersion, qint64 actorId) const;
    // `from`: none for a new visit.
    Status logEvent(const Visit& visit, std::optional<VisitStatus> from, const QString& body, qint64 actorId) const;
    Result<Visit> commitChange(Visit changed, int expectedVersion, VisitStatus from, const QString& body, qint64 actorId);

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
