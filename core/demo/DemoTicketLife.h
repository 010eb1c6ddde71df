#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWords.h"
#include "sla/BusinessCalendar.h"
#include "tickets/Ticket.h"

#include <QList>

namespace sd {

// Plays one demo ticket's life forward from its creation (assignment, first
// reply, pauses, resolution, reopen, closing, survey) up to "now", moving the
// real SLA clock at each step, and lists the timeline events that happened.
class DemoTicketLife
{
public:
    DemoTicketLife(DemoRandom& random, const DemoWords& words, qint64 now);

    struct Cast
    {
        qint64 creatorId = 0;
        qint64 assigneeId = 0;
        bool chinese = true;
    };
    void simulate(Ticket& ticket, const BusinessCalendar& calendar, const Cast& cast, QList<TicketEvent>& events);

private:
    bool happened(qint64 instant) const { return instant <= m_now; }
    TicketEvent event(qint64 at, qint64 actor, const char* kind) const;
    void moveTo(Ticket& ticket, TicketStatus to, qint64 at, qint64 actor, const QString& body = {});
    bool assign(Ticket& ticket);
    bool respond(Ticket& ticket);
    bool maybePause(Ticket& ticket);
    bool resolve(Ticket& ticket);
    bool maybeReopen(Ticket& ticket);
    void closeAndSurvey(Ticket& ticket);
    QString line(const QHash<QString, QStringList>& lists, const QString& key);

    DemoRandom& m_random;
    const DemoWords& m_words;
    qint64 m_now;
    // Per simulation:
    const BusinessCalendar* m_calendar = nullptr;
    QList<TicketEvent>* m_events = nullptr;
    Cast m_cast;
    qint64 m_last = 0;
};

} // namespace sd
