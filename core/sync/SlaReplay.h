#pragma once

#include "common/Error.h"
#include "config/Configuration.h"
#include "storage/Database.h"

#include <QStringList>

namespace sd {

// After a merge, a ticket's SLA figures (first response, pauses, resolution,
// reopenings) are worked out again by the SLA clock from its merged timeline,
// in time order, instead of keeping what one office had computed from half
// of it. The ticket's merged status has the last word.
class SlaReplay
{
public:
    SlaReplay(Database database, Configuration configuration);

    // Each ticket by uuid; tickets this office does not hold are skipped.
    Status recompute(const QStringList& ticketUuids);

private:
    Status recomputeOne(qint64 id);

    Database m_database;
    Configuration m_configuration;
};

} // namespace sd
