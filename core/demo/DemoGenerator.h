#pragma once

#include "common/Error.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWords.h"
#include "process/Complaint.h"
#include "process/CostLine.h"
#include "process/SolutionPlan.h"
#include "process/Visit.h"
#include "tickets/Ticket.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace sd {

class BulkInserter;
class BusinessCalendar;
class BulkLoad;
class DemoServiceProcess;
class DemoTicketLife;
class TicketStore;
class Workspace;
template <typename Batch>
class DemoBatchQueue;

struct DemoOptions
{
    int tickets = 20000;
    int customers = 0;   // 0: one customer for every eight tickets (at least 50)
    quint64 seed = 20261001;
    int agents = 16;     // demo agents added beside the configured users
    qint64 actorId = 0;  // who asks for it (needs the demo-data permission)
};

// Fills an empty database with a year of realistic, deterministic service
// data: customers with purchases and tiers, and tickets whose timelines and SLA
// figures come from the same SLA clock as tickets typed in by hand.
class DemoGenerator
{
public:
    // Return false to cancel; nothing is then written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(Workspace& workspace, DemoOptions options);
    Status run(const Progress& progress = {});
    // A demo database is for trying the desk: every user who has no password
    // yet gets this one, so that anyone can sign in as any role.
    static Status giveDemoPasswords(Workspace& workspace, const QString& password);

    struct CustomerSeed
    {
        qint64 id = 0;
        bool chinese = true;
        QString name;
        QString phone;
        QString tier;
        QString address;
        QList<int> productIndexes; // products the customer owns
        QStringList serials;
        QList<QDate> warrantyUntil; // of each serial
    };
    struct AgentPool
    {
        QList<qint64> hotline, tech, field, care;
        QSet<qint64> technicians; // may be sent on visits
    };

private:
    struct DemoTicket
    {
        Ticket ticket;
        QList<TicketEvent> events;
        qint64 creator = 0;
        std::optional<Complaint> complaint;
        QList<CostLine> costs;
        QList<Visit> visits;
        QList<SolutionPlan> plans;
    };
    struct Inserters
    {
        BulkInserter& tickets;
        BulkInserter& events;
        BulkInserter& complaints;
        BulkInserter& costs;
        BulkInserter& visits;
        BulkInserter& plans;
    };
    Result<DemoTicket> makeTicket(qint64 createdAt, DemoTicketLife& life, DemoServiceProcess& service,
                                  QHash<QString, qint64>& counters);
    void addServiceProcess(DemoTicket& made, const BusinessCalendar& calendar, DemoServiceProcess& service, bool inWarranty,
                           const CustomerSeed& customer);
    Status writeTickets(DemoBatchQueue<std::vector<DemoTicket>>& queue, const TicketStore& store, const Inserters& inserters,
                        const Progress& progress);
    Status writeServiceProcess(const DemoTicket& made, qint64 ticketId, const Inserters& inserters);
    Status writePlans(const DemoTicket& made, qint64 ticketId, BulkInserter& inserter);
    Status saveCounters(const QHash<QString, qint64>& counters, const Progress& progress);
    Status checkEmpty() const;
    Status load(BulkLoad& bulk, bool rebuildIndexes, const Progress& progress);
    Status createAgents();
    Status createCustomers(const Progress& progress);
    Status createTickets(const Progress& progress);
    Status createReplies();
    Status createAttachments();
    QList<qint64> creationInstants();
    Status createKnowledge();
    QString uuid();
    QString personName(bool chinese);
    QString companyName(bool chinese);

    Workspace& m_workspace;
    DemoOptions m_options;
    DemoRandom m_random;
    DemoWords m_words;
    QList<CustomerSeed> m_customers;
    AgentPool m_agents;
    qint64 m_now = 0;
    qint64 m_progressTotal = 0;
};

} // namespace sd
