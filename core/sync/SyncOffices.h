#pragma once

#include "common/Error.h"
#include "storage/Database.h"
#include "sync/OfficeKeys.h"

#include <QJsonArray>

#include <optional>

namespace sd {

// One office as this database knows it: its keys and, for the others, how far
// the two have exchanged. Changes are numbered by each office (seq) and
// events by their id; "acked" is how far the other office has confirmed ours,
// "received" how far we have applied theirs.
struct OfficeRecord
{
    OfficeKeys keys;
    bool isSelf = false;
    bool isHead = false;
    qint64 sentNumber = 0;     // the last file number written for this office
    qint64 receivedNumber = 0; // the last file number applied from it
    qint64 ackedChanges = 0;
    qint64 ackedEvents = 0;
    qint64 receivedChanges = 0;
    qint64 receivedEvents = 0;
    std::optional<qint64> lastSyncAt;

    QString code() const { return keys.office; }
};

class SyncOffices
{
public:
    explicit SyncOffices(Database database);

    Result<std::optional<OfficeRecord>> self() const;
    Result<std::optional<OfficeRecord>> office(const QString& code) const;
    // The secret halves of this office's keys (administrators only, on a server).
    Status loadSecrets(OfficeRecord& self) const;
    Result<QList<OfficeRecord>> all() const;
    Status insert(const OfficeRecord& office, qint64 now);
    Status setPublicKeys(const OfficeKeys& keys);
    // Each step only ever moves forward (a late file cannot move it back).
    Status noteSent(const QString& code, qint64 number);
    Status noteAcknowledged(const QString& code, qint64 changes, qint64 events);
    Status noteReceived(const QString& code, qint64 number, qint64 changes, qint64 events, qint64 now);

    // The file chain (docs/SYNC.md, "A file follows the last one"): the
    // digest of the last file applied from an office (administrators only,
    // on a server), and the digests of the files sent to it that it has not
    // yet confirmed, as [[number, digest], ...].
    Result<QString> receivedDigest(const QString& code) const;
    Status setReceivedDigest(const QString& code, const QString& digest);
    // The seed file number of the branch's current database (0: not known).
    Result<qint64> seedNumber(const QString& code) const;
    Status setSeedNumber(const QString& code, qint64 number);
    Result<QJsonArray> sentChain(const QString& code) const;
    Status noteSentFile(const QString& code, qint64 number, const QString& digest);
    Status forgetSentFilesBefore(const QString& code, qint64 number);

private:
    Result<QList<OfficeRecord>> select(const QString& where, const QVariantList& values) const;
    Database m_database;
};

} // namespace sd
