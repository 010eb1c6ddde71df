#include "people/Permissions.h"

#include <array>

namespace sd {
namespace {

// One row per action; columns in the order of Role: agent, technician,
// quality inspector, supervisor, administrator.
struct MatrixRow
{
    Action action;
    std::array<bool, 5> allowed;
};

constexpr bool Y = true;
constexpr bool N = false;

// Inspectors read and comment but never change a case they may have to judge.
// Technicians work the tickets they are sent but leave satisfaction, reopening
// and customer data to the desk. Tiers, imports and configuration change what
// everyone sees, so they belong to supervisors and administrators. Any desk
// may pass its office's changes on (sync only carries what people were allowed
// to do); which office may send what is the administrators' affair, and
// deciding between two offices' values is a supervisor's. Complaints are the
// desk's to carry to the customer; the technician who did the work records
// what it cost. Whoever takes the call may send a technician; how a visit
// went is the technician's to report (supervisors correct it). A solution
// plan is worked out by whoever diagnoses: the desk or the technician. Canned
// replies speak for the whole office, so supervisors write them, and decide
// how their teams' tickets are shared out. Calling customers back is the
// desk's work, like taking their calls. Reports that run on a schedule are
// the supervisors' to set up. Everyone who solves or judges problems may
// write down what they learned; inspectors and supervisors review it before
// the whole desk is offered it. Inspectors score agents' work; what is
// scored, how much is drawn and who is right in a dispute is the supervisors'.
constexpr std::array kMatrix = {
    //                                     agent tech  insp  super admin
    MatrixRow{Action::CreateTicket,       {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::EditTicket,         {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::CommentTicket,      {Y,    Y,    Y,    Y,    Y}},
    MatrixRow{Action::AssignToSelf,       {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::AssignToOthers,     {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::Escalate,           {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::Resolve,            {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::Reopen,             {Y,    N,    N,    Y,    Y}},
    MatrixRow{Action::RecordSatisfaction, {Y,    N,    N,    Y,    Y}},
    MatrixRow{Action::EditCustomer,       {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::ChangeCustomerTier, {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::ImportData,         {N,    N,    N,    N,    Y}},
    MatrixRow{Action::ExportData,         {N,    N,    Y,    Y,    Y}},
    MatrixRow{Action::GenerateDemoData,   {N,    N,    N,    N,    Y}},
    MatrixRow{Action::ViewOwnReports,     {Y,    Y,    Y,    Y,    Y}},
    MatrixRow{Action::ViewTeamReports,    {Y,    N,    Y,    Y,    Y}},
    MatrixRow{Action::ViewAllReports,     {N,    N,    Y,    Y,    Y}},
    MatrixRow{Action::EditConfiguration,  {N,    N,    N,    N,    Y}},
    MatrixRow{Action::ManageUsers,        {N,    N,    N,    N,    Y}},
    MatrixRow{Action::ViewAuditLog,       {N,    N,    N,    N,    Y}},
    MatrixRow{Action::RunSync,            {Y,    Y,    Y,    Y,    Y}},
    MatrixRow{Action::ManageOffices,      {N,    N,    N,    N,    Y}},
    MatrixRow{Action::ResolveConflicts,   {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::MergeCustomers,     {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::HandleComplaint,    {Y,    N,    N,    Y,    Y}},
    MatrixRow{Action::RecordCost,         {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::PlanVisits,         {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::ReportVisits,       {N,    Y,    N,    Y,    Y}},
    MatrixRow{Action::ProposePlan,        {Y,    Y,    N,    Y,    Y}},
    MatrixRow{Action::ManageReplies,      {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::ManageRouting,      {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::MergeTickets,       {Y,    N,    N,    Y,    Y}},
    MatrixRow{Action::MakeReturnVisits,   {Y,    N,    N,    Y,    Y}},
    MatrixRow{Action::ScheduleReports,    {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::WriteArticles,      {Y,    Y,    Y,    Y,    Y}},
    MatrixRow{Action::PublishArticles,    {N,    N,    Y,    Y,    Y}},
    MatrixRow{Action::ReviewQuality,      {N,    N,    Y,    Y,    Y}},
    MatrixRow{Action::ManageQuality,      {N,    N,    N,    Y,    Y}},
    MatrixRow{Action::ViewRisks,          {N,    N,    Y,    Y,    Y}},
    MatrixRow{Action::ManageRisks,        {N,    N,    N,    Y,    Y}},
};

} // namespace

bool Permissions::allows(Role role, Action action)
{
    for (const MatrixRow& row : kMatrix)
        if (row.action == action)
            return row.allowed.at(static_cast<size_t>(role));
    return false;
}

QList<Action> Permissions::allowedActions(Role role)
{
    QList<Action> actions;
    for (const MatrixRow& row : kMatrix)
        if (row.allowed.at(static_cast<size_t>(role)))
            actions.append(row.action);
    return actions;
}

} // namespace sd
