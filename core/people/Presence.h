#pragma once

#include "common/Clock.h"
#include "common/Codes.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QList>

#include <optional>

namespace sd {

// A member of a team as the Teams screen shows them: whether a desk of theirs
// is open, the switch in its status bar, and the work they hold.
struct TeamMember
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QList<Category> skills;
    bool signedIn = false;
    Availability availability = Availability::Away;
    int openTickets = 0;
    qint64 assignedTurn = 0; // round robin: the lowest goes next

    // Only agents and technicians are given tickets by a team's rule.
    bool takesTickets() const { return role == Role::Agent || role == Role::Technician; }
    bool freeForTickets() const { return takesTickets() && signedIn && availability == Availability::Available; }
};

// Which desks are open and whether their agents take new tickets. A desk
// signs on when its user signs in, reports every minute while open and signs
// off when it closes; a desk that stopped reporting (killed, network gone)
// counts as signed out after kSignedInWindowS, so nobody is given tickets by
// a desk that is not there.
class Presence
{
public:
    static constexpr qint64 kSignedInWindowS = 150; // two missed minutes and a margin

    Presence(Database database, Clock clock);

    // Signing in starts a shift: the agent is Available until they switch.
    Status signOn(qint64 userId);
    Status heartbeat(qint64 userId);
    // Only while no other desk of the same person reported after this one did:
    // closing one of two open desks leaves the person signed in.
    Status signOff(qint64 userId);
    Status setAvailability(qint64 userId, Availability availability);
    Result<Availability> availability(qint64 userId) const;
    // Active members of a team, by name.
    Result<QList<TeamMember>> members(const QString& teamCode) const;

private:
    Status record(qint64 userId, std::optional<bool> available, qint64 seenAt);

    Database m_database;
    Clock m_clock;
    qint64 m_lastReport = 0; // this desk's
};

} // namespace sd
