#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "sync/SyncExchange.h"
#include "sync/SyncFile.h"
#include "sync/SyncOffices.h"

namespace sd {

class WriteTransaction;

// What importing one file did.
struct SyncImport
{
    SyncHeader header;
    SyncCounts counts;
};

// Where this office stands with each other office.
struct SyncPeerStatus
{
    QString office;
    bool isHead = false;
    std::optional<qint64> lastSyncAt;
    qint64 waitingChanges = 0; // our changes the office has not confirmed
    qint64 waitingEvents = 0;
};

// Branch offices and head office exchanging their changes (docs/SYNC.md):
// the keys, registering a branch, writing and reading sync files, and both
// directions at once when head office is reachable.
class SyncService
{
public:
    SyncService(Database database, Clock clock = {});

    // This database becomes head office (or says it is): its keys are made
    // once, and every change from now on is logged for the branches.
    Result<OfficeKeys> setUpHeadOffice();
    Result<std::optional<OfficeRecord>> self() const;
    // Head office: a branch's public key line ("sdkey1 SH …").
    Result<OfficeRecord> registerBranch(const QString& publicKey);
    // Head office: the file that creates branch `office`'s database (its
    // configuration, users, every customer, every ticket of the office with
    // its timeline, and the conflicts).
    Result<QByteArray> seedFor(const QString& office);
    // A new database becomes branch `keys.office` from head office's seed
    // file, which must be signed with `head`'s key (its public line, brought
    // from head office by a person: the seed cannot vouch for itself).
    Result<SyncImport> createBranch(const QByteArray& seed, const OfficeKeys& keys, const OfficeKeys& head);
    // Everything `office` has not acknowledged; a branch's only peer is head office (empty code).
    Result<QByteArray> changesFor(const QString& office = {});
    // Applies a file in one transaction, or refuses it with nothing written.
    Result<SyncImport> import(const QByteArray& file);
    Result<QList<SyncPeerStatus>> status() const;
    // Both directions with a reachable office's database.
    struct Round
    {
        SyncImport sent;     // what the other office applied
        SyncImport received; // what this office applied
    };
    Result<Round> syncWith(SyncService& other);

    // The rows whose changes are logged for the other offices.
    Status enableCapture();

private:
    Result<OfficeRecord> requireSelf(bool withSecrets = false) const;
    Status beginExport(WriteTransaction& transaction);
    Status setApplying(bool on);
    Result<OfficeRecord> peerFor(const OfficeRecord& self, const QString& office) const;
    Result<QByteArray> seal(const OfficeRecord& self, const OfficeRecord& peer, const QString& kind, const QJsonObject& payload);
    Result<QJsonObject> openPayload(const QByteArray& file, const SyncHeader& header, const OfficeRecord& self,
                                    const OfficeRecord& sender) const;
    Status checkNotApplied(const SyncHeader& header, const OfficeRecord& sender) const;
    Status checkContinues(const SyncHeader& header, const QJsonObject& payload, const OfficeRecord& sender) const;
    Status checkSeed(const SyncHeader& header, const QJsonObject& payload, const OfficeRecord& self,
                     const OfficeRecord& sender) const;
    Status checkChain(const QJsonObject& payload, const OfficeRecord& self, const OfficeRecord& sender) const;
    Status noteApplied(const QByteArray& file, const QJsonObject& payload, const OfficeRecord& sender);
    Result<SyncImport> applySeed(const SyncHeader& header, const QJsonObject& payload, const OfficeKeys& keys,
                                 const QString& seedDigest);
    Status raiseTicketCounters(const QStringList& numbers);
    Status continueNumbering(const OfficeRecord& head, const QString& seedDigest);

    Database m_database;
    Clock m_clock;
};

} // namespace sd
