#pragma once

#include "config/Configuration.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWords.h"
#include "process/Complaint.h"
#include "process/CostLine.h"
#include "process/SolutionPlan.h"
#include "process/Visit.h"
#include "tickets/Ticket.h"

#include <functional>

namespace sd {

// After a demo ticket's life: a complaint's steps along its path (all of them
// before it was resolved; as far as its age allows while open) and the cost
// lines of a repair (labour, parts, travel) and a field repair's technician
// visits, with their timeline events.
class DemoServiceProcess
{
public:
    DemoServiceProcess(DemoRandom& random, const DemoWords& words, const Configuration& configuration, qint64 now);

    struct Work
    {
        qint64 actorId = 0;
        bool chinese = true;
        bool inWarranty = false;
        std::function<QString()> newUuid;
    };
    std::optional<Complaint> complaintOf(const Ticket& ticket, const BusinessCalendar& calendar, const Work& work,
                                         QList<TicketEvent>& events);
    QList<CostLine> costsOf(const Ticket& ticket, const Work& work, QList<TicketEvent>& events);
    // A field repair's visits: one, or a failed one and a second; open
    // tickets' visits are as far along as the present allows.
    // A repair's solution plan, agreed by the customer; sometimes revised once.
    QList<SolutionPlan> plansOf(const Ticket& ticket, const Work& work, QList<TicketEvent>& events);
    QList<Visit> visitsOf(const Ticket& ticket, const Work& work, qint64 technicianId, const QString& address,
                          QList<TicketEvent>& events);

private:
    ComplaintStep stepTo(ComplaintStage stage, const Work& work);
    TicketEvent event(qint64 at, qint64 actor, const QString& kind) const;
    CostLine line(const Ticket& ticket, CostKind kind, qint64 at, const Work& work);
    SolutionPlan planAt(const Ticket& ticket, int number, qint64 at, qint64 deadline, const Work& work);
    Visit visitAt(qint64 start, int number, const Work& work, qint64 technicianId, const QString& address);
    void progress(Visit& visit, qint64 until, bool fails, const Work& work, QList<TicketEvent>& events);

    DemoRandom& m_random;
    const DemoWords& m_words;
    const Configuration& m_configuration;
    qint64 m_now;
};

} // namespace sd
