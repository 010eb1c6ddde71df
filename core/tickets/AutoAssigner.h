#pragma once

#include "common/Clock.h"
#include "common/Codes.h"
#include "common/Error.h"
#include "people/Presence.h"
#include "storage/Database.h"

#include <QList>

#include <optional>

namespace sd {

// Whom a team's rule gives a ticket, and who is next.
struct AutoPick
{
    qint64 userId = 0;
    AssignmentMode mode = AssignmentMode::Manual;
};

// Automatic assignment (docs/SERVICE.md "Automatic assignment"): a team's
// unassigned tickets go to its members free for tickets (people/Presence:
// agents and technicians signed in and Available), chosen by the team's rule:
// - round robin: the one whose turn came longest ago;
// - least open work: the one holding the fewest open tickets;
// - skill match: among those with the ticket's category in their skills, the
//   one with the least open work (the ticket waits for a skilled agent rather
//   than going to someone who cannot handle it).
// Ties go to whose turn came longest ago, then to the earlier account. The
// rule is read from the database each time, so every desk of a server
// follows a supervisor's change at once.
class AutoAssigner
{
public:
    AutoAssigner(Database database, Clock clock);

    // nullopt when the team assigns by hand, no member fits, or the ticket
    // (by its number) is another office's: that office assigns it.
    Result<std::optional<AutoPick>> pick(const QString& teamCode, Category category, const QString& ticketNumber) const;
    // Sends the agent to the back of the line; in the transaction that assigns.
    Status takeTurn(qint64 userId) const;
    // Teams whose tickets are assigned automatically.
    Result<QStringList> automaticTeams() const;
    // A team's tickets nobody holds that wait for the desk (New, or In
    // progress when an escalation took them from their holder), oldest first.
    struct Waiting
    {
        qint64 id = 0;
        Category category = Category::Inquiry;
    };
    // Categories in `skipped` are left out (nobody is free for them now).
    Result<QList<Waiting>> waiting(const QString& teamCode, int limit, const QList<Category>& skipped = {}) const;

private:
    Result<AssignmentMode> modeOf(const QString& teamCode) const;
    Result<bool> isOtherOffices(const QString& ticketNumber) const;

    Database m_database;
    Presence m_presence;
};

} // namespace sd
