#pragma once

#include "common/Clock.h"
#include "common/Codes.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QList>

#include <optional>

namespace sd {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> userId; // none when the login named nobody
    QString login;                // as typed (failed sign-ins) or the user's
    AuditKind kind = AuditKind::Denied;
    std::optional<Action> action; // what was refused (Denied)
    QString detail;               // a role, the changed fields, a reason
};

// Who signed in, who was refused, who changed users: written in its own short
// statement so it is kept even when the refused work is not.
class AuditLog
{
public:
    AuditLog(Database database, Clock clock);

    Status record(AuditEntry entry) const;
    // Newest first; `beforeId` pages backwards (0: from the newest).
    Result<QList<AuditEntry>> page(int limit, qint64 beforeId = 0, const QString& login = {}) const;
    // The entry's details in the reader's language (they are stored as codes).
    static QString describe(const AuditEntry& entry);
    // The last `count` failed sign-ins of a login since its last sign-in, newest first.
    Result<QList<qint64>> recentFailures(const QString& login, int count) const;

private:
    Database m_database;
    Clock m_clock;
};

} // namespace sd
