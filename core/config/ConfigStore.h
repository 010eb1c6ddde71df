#pragma once

#include "common/Error.h"
#include "config/Configuration.h"
#include "storage/Database.h"

namespace sd {

// Keeps the configuration in the database. Importing a document replaces
// calendars, tiers, the SLA matrix and teams, and adds or updates users by
// login, all in one transaction: a rejected document changes nothing.
class ConfigStore
{
public:
    explicit ConfigStore(Database database);

    Result<Configuration> load() const;
    Status replace(const Configuration& configuration);
    // One team's assignment rule, the only setting supervisors change.
    Status setTeamAssignment(const QString& teamCode, AssignmentMode mode);
    // Seeds the built-in default configuration into a database that has none.
    Status ensureDefaults();
    static Configuration defaultConfiguration();

private:
    Status checkKeptUsers(const Configuration& configuration);
    Status writeOffice(const Configuration& configuration);
    Status writeCalendars(const Configuration& configuration);
    Status writeTiers(const Configuration& configuration);
    Status writePolicies(const Configuration& configuration);
    Status writeTeams(const Configuration& configuration);
    Status writeUsers(const Configuration& configuration);
    Status followServerAccount(const UserDefinition& user);
    Status reassignOrphanedTiers(const Configuration& configuration);
    Status readCalendars(Configuration& configuration) const;
    Status readTiers(Configuration& configuration) const;
    Status readPolicies(Configuration& configuration) const;
    Status readTeamsAndUsers(Configuration& configuration) const;

    Database m_database;
};

} // namespace sd
