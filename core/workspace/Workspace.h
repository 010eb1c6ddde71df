#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/ConfigStore.h"
#include "config/Configuration.h"
#include "customers/CustomerService.h"
#include "people/AccessControl.h"
#include "people/AuditLog.h"
#include "people/Presence.h"
#include "people/SignIn.h"
#include "people/UserAdmin.h"
#include "people/UserDirectory.h"
#include "process/ComplaintService.h"
#include "customers/CareService.h"
#include "process/AttachmentService.h"
#include "process/CostService.h"
#include "process/PlanService.h"
#include "process/ReplyService.h"
#include "process/ReturnVisitService.h"
#include "knowledge/KnowledgeBase.h"
#include "quality/QualityService.h"
#include "risk/RiskAlerts.h"
#include "risk/RiskRegister.h"
#include "reports/ScheduledReports.h"
#include "process/VisitService.h"
#include "queue/QueueQuery.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"

#include <memory>

namespace sd {

// An open service-desk database with the services that work on it: what the
// GUI and sdctl build at start and hand to their screens and commands.
class Workspace
{
public:
    // Opens (creating and migrating if needed) and seeds the default
    // configuration into a new database.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Clock clock = {},
                                                   const Database::MigrationProgress& progress = {},
                                                   Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

    // Opens the database signed in as `login`. A SQLite file is opened, then
    // the password checked against its hash; a server is connected to as the
    // user's own account, so the server checks the password (an empty one:
    // libpq's PGPASSWORD or ~/.pgpass) and applies its grants to everything
    // this workspace does. `via` says where for the audit log.
    struct SignedIn;
    static Result<SignedIn> openSignedIn(const QString& path, const QString& login, const QString& password, const QString& via,
                                         Clock clock = {}, Database::OpenMode mode = Database::OpenMode::ExistingOnly);

    Database& database() { return m_database; }
    const Configuration& configuration() const { return m_configuration; }
    ConfigStore& configStore() { return m_configStore; }
    CustomerService& customers() { return m_customers; }
    TicketService& tickets() { return m_tickets; }
    ComplaintService& complaints() { return m_complaints; }
    CostService& costs() { return m_costs; }
    VisitService& visits() { return m_visits; }
    PlanService& plans() { return m_plans; }
    ReplyService& replies() { return m_replies; }
    AttachmentService& attachments() { return m_attachments; }
    CareService& care() { return m_care; }
    ReturnVisitService& returnVisits() { return m_returnVisits; }
    ScheduledReports& scheduledReports() { return m_scheduledReports; }
    KnowledgeBase& knowledge() { return m_knowledge; }
    QualityService& quality() { return m_quality; }
    RiskRegister& risks() { return m_risks; }
    RiskAlerts& riskAlerts() { return m_riskAlerts; }
    Presence& presence() { return m_presence; }
    UserDirectory& users() { return m_users; }
    const AccessControl& access() const { return m_access; }
    const SignIn& signIn() const { return m_signIn; }
    UserAdmin& userAdmin() { return m_userAdmin; }
    const AuditLog& audit() const { return m_audit; }
    QueueQuery& queues() { return m_queues; }
    const Clock& clock() const { return m_clock; }

    // Validates and stores a configuration document, then uses it (administrators only).
    Status importConfiguration(const Configuration& configuration, qint64 actorId);
    // How a team's unassigned tickets find an agent (teams.routing). A
    // branch takes its configuration from head office, so it is changed there.
    Status setTeamAssignment(const QString& teamCode, AssignmentMode mode, qint64 actorId);

private:
    Status keepsAnAdministrator(const Configuration& configuration) const;
    Workspace(Database database, Configuration configuration, Clock clock);

    Database m_database;
    Configuration m_configuration;
    Clock m_clock;
    ConfigStore m_configStore;
    UserDirectory m_users;
    AccessControl m_access;
    SignIn m_signIn;
    UserAdmin m_userAdmin;
    AuditLog m_audit;
    TicketService m_tickets;
    ComplaintService m_complaints;
    CostService m_costs;
    VisitService m_visits;
    PlanService m_plans;
    ReplyService m_replies;
    AttachmentService m_attachments;
    CareService m_care;
    ReturnVisitService m_returnVisits;
    ScheduledReports m_scheduledReports;
    KnowledgeBase m_knowledge;
    QualityService m_quality;
    RiskRegister m_risks;
    RiskAlerts m_riskAlerts;
    Presence m_presence;
    CustomerService m_customers;
    QueueQuery m_queues;
};

struct Workspace::SignedIn
{
    std::unique_ptr<Workspace> workspace;
    User user;
};

} // namespace sd
