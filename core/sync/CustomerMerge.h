#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

namespace sd {

// One customer of a duplicate candidate, as a person deciding needs to see it.
struct DuplicateCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString phone;
    int tickets = 0;
};

// Customers with the same normalised phone number: often the same person,
// created at two offices while they worked apart. Listed for a person to
// decide; never merged on their own.
struct DuplicateCandidate
{
    QString phoneKey;
    QList<DuplicateCustomer> customers;
};

class CustomerMerge
{
public:
    CustomerMerge(Database database, Clock clock);

    Result<QList<DuplicateCandidate>> candidates(int limit = 100) const;
    // Supervisors: `other`'s tickets and purchases move to `keep`, each moved
    // ticket's timeline says so, and `other` points at `keep` from now on
    // (kept, not deleted: timelines and other offices still name it). The
    // changes travel with sync like any other.
    Status merge(qint64 keepId, qint64 otherId, qint64 actorId);
    // Sync, while applying a file that merged `otherUuid` at another office
    // (by `byLogin` there): what this office holds of it follows the merge.
    Status followMerge(const QString& otherUuid, const QString& byLogin);

private:
    Status moveRecords(qint64 keepId, qint64 otherId, const QString& keepLabel, const QString& otherLabel,
                       const QVariant& actorId);

    Database m_database;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
