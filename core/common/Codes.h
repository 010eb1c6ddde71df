#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sd {

// The enumerations of the domain. Each value has a stable code (stored in the
// database, written in files and typed on the command line) and a translated
// label for screens. Codes never change; labels may.
enum class Channel { Phone, Email, Web, Chat, Social, Walkin };
enum class Category { Inquiry, Guidance, Fault, Complaint, Suggestion, Return };
enum class Priority { P1, P2, P3, P4 };
enum class TicketStatus { New, Assigned, InProgress, PendingCustomer, PendingThirdParty, Resolved, Closed };
enum class Role { Agent, Technician, Inspector, Supervisor, Admin };
enum class SupportLevel { L1, L2, L3 };
enum class CustomerKind { Person, Company };
// What a signed-in person may do; the permission matrix (people/Permissions.cpp)
// says which role may do which.
enum class Action {
    CreateTicket, EditTicket, CommentTicket, AssignToSelf, AssignToOthers, Escalate, Resolve, Reopen,
    RecordSatisfaction, EditCustomer, ChangeCustomerTier, ImportData, ExportData, GenerateDemoData,
    ViewOwnReports, ViewTeamReports, ViewAllReports, EditConfiguration, ManageUsers, ViewAuditLog,
    RunSync, ManageOffices, ResolveConflicts, MergeCustomers, HandleComplaint, RecordCost, PlanVisits, ReportVisits, ProposePlan,
    ManageReplies, ManageRouting, MergeTickets, MakeReturnVisits, ScheduleReports, WriteArticles, PublishArticles,
    ReviewQuality, ManageQuality, ViewRisks, ManageRisks
};
// A complaint's path (docs/COMPLAINTS.md): each stage follows the one before.
enum class ComplaintStage { Received, Verified, Handled, FeedbackGiven, Closed };
enum class ComplaintCause { ProductQuality, ServiceQuality, ExpectationGap, Communication, Logistics, Other };
enum class Remedy { Refund, Replacement, Repair, Apology, Compensation };
// What a line of a ticket's service cost is for.
enum class CostKind { Labour, Parts, Transport, Other };
// What the customer said when asked whether the fix works, before resolving.
enum class Acceptance { Confirmed, NotFixed };
// A technician's visit (a work order): scheduled → en route → on site → done,
// or cannot complete (with a reason) or cancelled before it starts.
enum class VisitStatus { Scheduled, EnRoute, OnSite, Done, CannotComplete, Cancelled };
enum class VisitFailure { MissingPart, CustomerAbsent, NeedsSpecialist, NoAccess, Other };
// How the customer agreed to a solution plan.
enum class ConsentMethod { Phone, InPerson, SignedSheet };
// How a team's unassigned tickets find an agent (docs/SERVICE.md "Automatic assignment").
enum class AssignmentMode { Manual, RoundRobin, LeastOpen, SkillMatch };
// The switch in a desk's status bar: only Available agents get tickets automatically.
enum class Availability { Available, Away };
// How two tickets are tied (docs/SERVICE.md "Merge, link and split"): related
// both ways; merged points from the duplicate to the ticket kept; split from
// the ticket split to the one made from it.
enum class LinkKind { Related, Merged, Split };
// Why a customer is greeted this week (docs/CARE.md): a person's birthday, a
// company's anniversary with us (its first purchase), a holiday of the configuration.
enum class CareOccasion { Birthday, Anniversary, Holiday };
// Why a customer is called back (docs/RETURN-VISITS.md): a while after a
// purchase, after a ticket is resolved, or every so often for top tiers.
enum class ReturnReason { FirstUse, FollowUp, Periodic };
// What a return visit found (shared/KPI.md "Return visits").
enum class ReturnOutcome { Satisfied, IssuePersists, NewNeed, Unreachable };
// The period a scheduled report covers, ending when the report is run (docs/REPORTS.md).
enum class ReportPeriod { Yesterday, LastWeek, LastMonth };
// A knowledge-base article (docs/KNOWLEDGE.md): written as a draft, published
// by a reviewer, archived when it no longer applies.
enum class ArticleStatus { Draft, Published, Archived };
// A quality review of one ticket (docs/QUALITY.md): drawn into an
// inspector's queue, scored, then acknowledged by the agent or disputed;
// a dispute goes back to the inspector or up to a supervisor, who settles it.
enum class QaStatus { Queued, Done, Acknowledged, Disputed, Escalated, Settled };
// A step of a quality review, as the ticket's timeline keeps it.
enum class QaStep { Sampled, Calibration, Reviewed, FailedCritical, Acknowledged, Disputed, Escalated, Settled, Revised };
// What a service risk is about (docs/RISKS.md).
enum class RiskKind { ProductQuality, ComplaintSurge, LegalDispute, DataSecurity, Logistics, Staffing, Other };
// Where a risk stands: open, being mitigated, accepted as it is, or closed.
enum class RiskStatus { Open, Mitigating, Accepted, Closed };
// What the audit log records.
enum class AuditKind { SignedIn, SignInFailed, SignInLocked, SignedOut, Denied, UserAdded, UserChanged, PasswordChanged };

// Code <-> enum and label lookups, specialised for each enumeration in Codes.cpp.
template <typename E>
QString toCode(E value);
template <typename E>
std::optional<E> fromCode(QStringView code);
// Accepts the code, the English label or the Simplified Chinese label (imports use this).
template <typename E>
std::optional<E> fromCodeOrLabel(QStringView text);
template <typename E>
QString toLabel(E value);
template <typename E>
QList<E> allValues();
template <typename E>
QStringList allCodes();

} // namespace sd
