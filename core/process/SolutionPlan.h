#pragma once

#include "common/Codes.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

// A part a plan needs: from the catalogue (code set) or named by hand.
struct PlanPart
{
    QString code;
    QString name;
    qint64 quantity = 1;
    qint64 unitCents = 0;
};

// What the person diagnosing proposes; the service prices it.
struct PlanDraft
{
    QString cause;
    QString steps;
    QList<PlanPart> parts;
    qint64 labourMinutes = 0;
    std::optional<Role> labourRole; // whose hourly rate (default: technician)
    qint64 otherCents = 0;          // transport, call-out: never covered by warranty
    QString otherNote;
    qint64 deadline = 0;            // when the work will be done
};

// How the customer agreed.
struct Consent
{
    QString by;
    ConsentMethod how = ConsentMethod::Phone;
    std::optional<qint64> at; // default: now
};

// One version of a ticket's solution plan (numbered 1, 2, ... on the ticket),
// priced when proposed: parts and labour cost the customer nothing while the
// product is under warranty.
struct SolutionPlan
{
    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    int planNo = 0;
    QString cause;
    QString steps;
    QList<PlanPart> parts;
    qint64 labourMinutes = 0;
    Role labourRole = Role::Technician;
    qint64 labourCents = 0;
    qint64 partsCents = 0;
    qint64 otherCents = 0;
    QString otherNote;
    qint64 totalCents = 0;
    qint64 customerCents = 0;
    bool inWarranty = false;
    qint64 deadline = 0;
    QString consentBy;
    std::optional<ConsentMethod> consentHow;
    std::optional<qint64> consentAt;
    QString consentRecordedByName;
    qint64 createdAt = 0;
    QString createdByName;

    bool consented() const { return consentAt.has_value(); }
};

} // namespace sd
