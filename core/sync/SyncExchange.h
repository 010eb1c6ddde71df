#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "sync/SyncOffices.h"
#include "sync/SyncRows.h"
#include "tickets/Ticket.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace sd {

struct SyncEntity;

// What one applied file changed here.
struct SyncCounts
{
    int rowsCreated = 0;
    int fieldsChanged = 0;
    int eventsAdded = 0;
    int conflicts = 0;
    // Tickets held before this file whose status or timeline it changed: their
    // SLA figures are worked out again from the merged timeline (SlaReplay).
    QStringList ticketsToReplay;
    QSet<QString> ticketsCreated;
    QStringList numbersCreated; // their numbers, as stored here
    // Customers this file merged into another (uuid → login of who merged):
    // what this office holds of them follows the merge (CustomerMerge::followMerge).
    QHash<QString, QString> customersMerged;
};

// The changes one office sends another, and applying them (docs/SYNC.md).
// Head office decides: it applies a branch's field when the branch changed
// the value head office still holds, and records a conflict otherwise. A
// branch takes head office's values, except for fields it has changed itself
// and head office has not yet confirmed (they are on their way to be judged).
class SyncExchange
{
public:
    SyncExchange(Database database, Clock clock);

    // Everything `peer` has not acknowledged, as the payload of a file.
    Result<QJsonObject> changesFor(const OfficeRecord& self, const OfficeRecord& peer);
    // Run inside the caller's transaction, with capture switched off.
    Status applyConfiguration(const OfficeRecord& self, const QJsonObject& payload);
    // What comes down from head office only: its configuration and the users' password hashes.
    Result<QJsonObject> headConfiguration();
    Result<SyncCounts> apply(const OfficeRecord& self, const OfficeRecord& sender, const QJsonObject& payload);

    // Every event of the tickets that `select` picks, for a new branch.
    Result<QJsonArray> eventsOf(const QString& ticketCondition, const QVariantList& values, const QString& selfCode);
    Result<QJsonArray> fullRows(const SyncEntity& entity, const QString& condition, const QVariantList& values);
    Status insertEvents(const QJsonArray& events, const QString& selfCode, SyncCounts& counts,
                        std::optional<qint64> idsAfter = {});
    Status insertRows(const SyncEntity& entity, const QJsonArray& rows, SyncCounts& counts);

private:
    Result<QJsonObject> passwordHashes();
    Status checkProvenance(const QJsonObject& payload, const OfficeRecord& sender);
    Result<bool> giveWayOnCode(QString& code, const QString& uuid, const OfficeRecord& self, const OfficeRecord& sender);
    Status renameGivingWay(const QString& uuid, const QString& code, const OfficeRecord& self);
    Status settleParkedCodes(const OfficeRecord& self);
    Status giveWayOnNumber(QJsonObject& row, const QString& uuid, const OfficeRecord& self, const OfficeRecord& sender);
    Result<bool> insertIncoming(const SyncEntity& entity, const QString& uuid, QJsonObject& row, const OfficeRecord& self,
                                const OfficeRecord& sender);
    Result<bool> setIncoming(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, QJsonValue& value,
                             const OfficeRecord& self, const OfficeRecord& sender);
    Status recordLocal(const QString& entity, const QString& uuid, const QString& field, std::optional<qint64> at = {},
                       const QString& by = {}, std::optional<qint64> sameAs = {});
    struct Stamp
    {
        QString id; // "OFFICE:seq", empty before anything was logged
        qint64 at = 0;
        QString by;
        qint64 seq = 0; // the row here
    };
    Result<QStringList> originsOf(const Stamp& current, const QString& selfCode);
    Result<QJsonArray> itemsFor(const OfficeRecord& self, const OfficeRecord& peer, qint64 upto);
    Result<QJsonArray> eventsFor(const OfficeRecord& self, const OfficeRecord& peer, qint64 upto);
    Result<bool> concerns(const SyncEntity& entity, const QJsonObject& row, const OfficeRecord& self,
                          const OfficeRecord& peer);
    Result<QVariant> ticketNumberOf(const SyncEntity& entity, const QJsonObject& item);
    Status applyItem(const SyncEntity& entity, const QJsonObject& item, const OfficeRecord& self,
                     const OfficeRecord& sender, SyncCounts& counts);
    Status applyField(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, const QJsonObject& change,
                      const OfficeRecord& self, const OfficeRecord& sender, SyncCounts& counts);
    struct Offices
    {
        const OfficeRecord& self;
        const OfficeRecord& sender;
    };
    Status judge(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, const QJsonObject& change,
                 const Stamp& current, const Offices& offices, SyncCounts& counts, bool oursStays = false);
    Result<bool> followsWorkflow(const SyncEntity& entity, const QString& uuid, const SyncColumn& column, const QJsonValue& value);
    Result<Stamp> currentStamp(const QString& entity, const QString& uuid, const QString& field, const QString& selfCode);
    Result<bool> changedHereUnconfirmed(const QString& entity, const QString& uuid, const QString& field, qint64 acked);
    Status record(const QString& entity, const QString& uuid, const QString& field, const QString& stamp, qint64 at,
                  const QString& by);
    Result<QString> labelOf(const SyncEntity& entity, const QString& uuid);
    static void noteFollowUps(const SyncEntity& entity, const QString& uuid, const QString& field, const QJsonValue& value,
                              const QString& by, SyncCounts& counts);

    static TicketEvent eventOf(const QJsonObject& event, std::optional<qint64> actorId);
    Status notifyArrived(const QList<std::pair<qint64, TicketEvent>>& arrived);

    Database m_database;
    Clock m_clock;
    SyncRows m_rows;
    QHash<QString, QString> m_parkedCodes; // customer uuid → the code it stepped aside from
};

QString stampOf(const QVariant& stamp, qint64 seq, const QString& selfCode);

} // namespace sd
