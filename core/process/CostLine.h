#pragma once

#include "common/Codes.h"

#include <QString>

#include <array>
#include <optional>

namespace sd {

// One line of a ticket's service cost. Amounts are integer cents. Labour's
// quantity is minutes at the role's hourly rate; parts' is pieces at a unit
// cost; transport's is kilometres at the per-kilometre rate plus the fee per
// visit; other is one amount.
struct CostLine
{
    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    CostKind kind = CostKind::Other;
    QString description;
    std::optional<Role> role;
    qint64 quantity = 0;
    qint64 unitCents = 0;
    qint64 amountCents = 0;
    qint64 chargedCents = 0; // what the customer pays of it
    qint64 at = 0;
    QString createdByName;
    bool voided = false;
};

// What someone records; the service works out the amount and, unless given,
// what the customer is charged (nothing for labour and parts in warranty).
struct CostEntry
{
    CostKind kind = CostKind::Other;
    QString description;
    qint64 quantity = 0;
    std::optional<qint64> unitCents;    // parts and other: required
    std::optional<Role> role;           // labour: the rate's role (default: the recorder's)
    std::optional<qint64> chargedCents; // overrides the warranty rule
};

struct CostSummary
{
    std::array<qint64, 4> byKind{}; // in the order of CostKind
    qint64 totalCents = 0;
    qint64 chargedCents = 0;
    int lines = 0;
};

} // namespace sd
