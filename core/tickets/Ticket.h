#pragma once

#include "common/Codes.h"

#include <QString>

#include <optional>

namespace sd {

// What a form or an import provides to create or edit a ticket.
struct TicketDraft
{
    std::optional<qint64> customerId;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    Channel channel = Channel::Phone;
    Category category = Category::Inquiry;
    Priority priority = Priority::P3;
    QString subject;
    QString description;
    QString product;
    QString serial;
    QString teamCode;
    QString complaintCause; // complaints only: product_quality, service_quality, expectation_gap, communication
};

// What a split asks for: the second matter's own subject, details,
// category and priority.
struct SplitDraft
{
    QString subject;
    QString description;
    Category category = Category::Inquiry;
    Priority priority = Priority::P3;
};

// The SLA state of one ticket, as stored on it. Instants are UTC epoch seconds.
struct SlaFigures
{
    QString calendarCode;
    int firstResponseTargetMin = 0;
    int resolutionTargetMin = 0;
    qint64 createdAt = 0;
    qint64 firstResponseDue = 0;
    qint64 firstResponseWarn = 0;
    std::optional<qint64> resolutionDue;  // none while paused or resolved... see SlaClock
    std::optional<qint64> resolutionWarn;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> firstResponseBusinessS;
    std::optional<qint64> resolutionBusinessS;
    qint64 pausedBusinessS = 0;
    std::optional<qint64> pausedSince;
    std::optional<qint64> nextDue;     // the deadline the queue shows: none when paused or done
    std::optional<qint64> nextWarn;    // when 75 % of that deadline's target is used
    std::optional<qint64> nextCheckpoint; // next warning/breach not yet written to the timeline
    int flags = 0;                     // SlaFlag bits already written to the timeline
};

enum SlaFlag {
    FirstResponseWarned = 1,
    FirstResponseBreached = 2,
    ResolutionWarned = 4,
    ResolutionBreached = 8,
};

struct Ticket
{
    qint64 id = 0;
    QString uuid;
    QString number;
    TicketDraft details;
    TicketStatus status = TicketStatus::New;
    SupportLevel level = SupportLevel::L1;
    std::optional<qint64> assigneeId;
    QString assigneeName;
    QString customerName;
    QString tierCode;
    QString solution;
    qint64 updatedAt = 0;
    std::optional<qint64> closedAt;
    SlaFigures sla;
    int reopenCount = 0;
    int agentPublicReplies = 0;
    std::optional<int> csatScore;
    QString csatComment;
    int version = 0;
};

// Satisfaction beyond the overall score, 1 to 5 each.
struct SatisfactionDetail
{
    int timeliness = 0;
    int professionalism = 0;
    int attitude = 0;
};

// One line of the timeline (and of the audit trail: they are the same rows).
struct TicketEvent
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> actorId;
    QString actorName;
    QString kind;  // created, comment, status, assignment, team, priority, escalation, field, tier, sla_warning, sla_breach, survey
    QString field;
    QString oldValue;
    QString newValue;
    QString body;
    bool isPublic = false;
    // The duplicate's number when the event was written on a ticket merged
    // into the one shown; empty for the ticket's own events.
    QString fromNumber;
};

// A knowledge-base article whose answer went into a reply: its uuid, and its title then.
struct ArticleUse
{
    QString uuid;
    QString title;
};

} // namespace sd
