#pragma once

#include "common/Codes.h"

#include <QString>

#include <optional>

namespace sd {

// Where a complaint ticket stands on its own path (docs/SERVICE.md). A
// complaint ticket without a row yet (imported history, a ticket made a
// complaint before schema step 9) is at its start: received.
struct Complaint
{
    qint64 id = 0; // 0: no row yet
    QString uuid;
    qint64 ticketId = 0;
    QString ticketNumber;
    ComplaintStage stage = ComplaintStage::Received;
    QString evidence;
    std::optional<Remedy> remedy;
    std::optional<qint64> remedyCents;
    QString feedback;
    std::optional<ComplaintCause> cause; // kept on the ticket
    qint64 receivedAt = 0;
    qint64 responseDue = 0;
    qint64 closingDue = 0;
    std::optional<qint64> respondedAt;
    std::optional<qint64> closedAt;
    int version = 0;
};

// One step along the path, with what that step needs: evidence notes to
// verify, a remedy (and its amount for money) to handle, what the customer
// was told to give feedback, a cause to close.
struct ComplaintStep
{
    ComplaintStage to = ComplaintStage::Verified;
    QString note;
    std::optional<Remedy> remedy;
    std::optional<qint64> remedyCents;
    std::optional<ComplaintCause> cause;
};

// A line of the complaint register: an open complaint, its age and cause.
struct ComplaintRegisterRow
{
    qint64 ticketId = 0;
    QString ticketNumber;
    QString subject;
    QString customerName;
    ComplaintStage stage = ComplaintStage::Received;
    std::optional<ComplaintCause> cause;
    qint64 receivedAt = 0;
    std::optional<qint64> responseDue;
    std::optional<qint64> closingDue;
    QString assigneeName;
};

} // namespace sd
