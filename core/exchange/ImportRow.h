#pragma once

#include "common/Codes.h"

#include <QString>

#include <optional>

namespace sd {

// One ticket row of an import file, checked and converted, not yet resolved
// against the database (customer, assignee and SLA policy come later).
struct ImportRow
{
    qint64 line = 0;
    QString number;
    QString customer;
    QString tierCode;   // empty: the customer's tier
    Channel channel = Channel::Phone;
    Category category = Category::Inquiry;
    Priority priority = Priority::P3;
    QString subject;
    QString assignee;   // a login
    QString teamCode;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    int reopenCount = 0;
    int agentReplies = 0;
    std::optional<int> csat;
};

} // namespace sd
