#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

#include <optional>

namespace sd {

// Two offices changed the same field of the same row since they last agreed
// (docs/SYNC.md). Values are kept as they travel (JSON); describe() gives the
// words a person reads.
struct SyncConflict
{
    qint64 id = 0;
    QString uuid;
    QString entity; // "ticket", "customer"
    QString rowUuid;
    QString label;  // the ticket number, or the customer's code and name
    QString field;
    QString hereOffice;
    QString hereValue;
    QString hereBy;
    qint64 hereAt = 0;
    QString thereOffice;
    QString thereValue;
    QString thereBy;
    qint64 thereAt = 0;
    QString winner; // "here" or "there": the value applied until someone decides
    qint64 detectedAt = 0;
    bool open = true;
    QString resolvedValue;
    QString resolvedBy;
    std::optional<qint64> resolvedAt;
};

class SyncConflicts
{
public:
    SyncConflicts(Database database, Clock clock);

    Result<QList<SyncConflict>> list(bool openOnly, int limit = 200) const;
    Result<int> openCount() const;
    Result<SyncConflict> get(qint64 id) const;

    enum class Keep { Here, There, Typed };
    // The chosen value is written to the row as a change of this office
    // (so it syncs), the ticket's timeline says so, and the conflict closes.
    Status resolve(qint64 id, Keep keep, const QString& typed, qint64 actorId);

    // What people read: the field's name and a value in words (labels for
    // codes, names for people and customers), in the current language.
    QString fieldLabel(const QString& field) const;
    QString displayValue(const SyncConflict& conflict, const QString& storedValue) const;
    // Only free text can be typed; codes and references are chosen.
    static bool acceptsTypedValue(const QString& field);

private:
    Database m_database;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
