#pragma once

#include "common/Codes.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sd {

// A call back to a customer (docs/RETURN-VISITS.md): due on a day, made once
// with an outcome, or tried again while the customer cannot be reached.
struct ReturnVisit
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerPhone;
    QString tierCode;
    std::optional<qint64> ticketId;
    QString ticketNumber;
    QString ticketSubject;
    ReturnReason reason = ReturnReason::FollowUp;
    // Why a follow-up came early: "low_score", "complaint", or empty.
    QString promptedBy;
    QString product;
    QDate dueOn;
    QDate retryOn;
    int attempts = 0;
    std::optional<ReturnOutcome> outcome;
    std::optional<qint64> madeAt;
    QString madeByName;
    std::optional<int> satisfaction;
    QString notes;
    bool salesLead = false;
    std::optional<qint64> resultTicketId;
    QString resultTicketNumber;
    int version = 1;

    bool isOpen() const { return !outcome.has_value(); }
    // The day the visit is next to be made: the retry day after an unreachable attempt.
    QDate nextOn() const { return retryOn.isValid() ? retryOn : dueOn; }
};

// What the person who made the call records.
struct ReturnVisitRecord
{
    // What follows from the outcome: issue persists → Reopen or NewTicket;
    // new need → NewTicket or SalesLead; satisfied and unreachable → Nothing.
    enum class Then { Nothing, Reopen, NewTicket, SalesLead };

    ReturnOutcome outcome = ReturnOutcome::Satisfied;
    Then then = Then::Nothing;
    QString notes;
    std::optional<int> satisfaction; // 1–5
    QString newTicketSubject;        // a new ticket's subject (default: from the notes)
};

} // namespace sd
