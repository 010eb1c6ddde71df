#include "sync/SyncService.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"
#include "config/ConfigStore.h"
#include "sync/CustomerMerge.h"
#include "sync/SlaReplay.h"
#include "sync/SyncEntities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace sd {
namespace {

Error refusal(const QString& message)
{
    return Error::invalid(QStringLiteral("file"), message);
}

qint64 numberAt(const QJsonObject& object, const char* key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

} // namespace

// The statements that open and close "applying": capture triggers stay quiet
// for rows written on another office's behalf (they are logged explicitly).
Status SyncService::setApplying(bool on)
{
    auto done = on ? sql::run(m_database.connection(), QStringLiteral("INSERT INTO sync_applying (since) VALUES (?)"), {m_clock.now()})
                   : sql::run(m_database.connection(), QStringLiteral("DELETE FROM sync_applying"));
    if (!done)
        return fail(done.error());
    return {};
}

SyncService::SyncService(Database database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{
}

Result<std::optional<OfficeRecord>> SyncService::self() const
{
    return SyncOffices(m_database).self();
}

Result<OfficeRecord> SyncService::requireSelf(bool withSecrets) const
{
    auto self = SyncOffices(m_database).self();
    if (!self)
        return fail(self.error());
    if (!*self)
        return fail(Error::invalid(QStringLiteral("office"),
                                   QCoreApplication::translate("sd::SyncService", "this database does not synchronise yet: at head office run \"sdctl sync keys\"; "
                                      "a branch is created from head office's seed file")));
    OfficeRecord found = **self;
    if (withSecrets)
        if (auto loaded = SyncOffices(m_database).loadSecrets(found); !loaded)
            return fail(loaded.error());
    return found;
}

Status SyncService::enableCapture()
{
    for (const SyncEntity& entity : syncEntities())
        for (const QString& statement : m_database.dialect().syncCaptureStatements(entity.code, entity.table, entity.fieldNames()))
            if (auto done = sql::run(m_database.connection(), statement); !done)
                return fail(done.error());
    return {};
}

Result<OfficeKeys> SyncService::setUpHeadOffice()
{
    auto existing = self();
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        if (!(*existing)->isHead)
            return fail(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("sd::SyncService", "this database is branch office %1, not head office")
                                                                     .arg((*existing)->code())));
        return (*existing)->keys;
    }
    auto code = sql::scalar(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'office_code'"));
    if (!code)
        return fail(code.error());
    auto keys = OfficeKeys::generate(code->toString());
    if (!keys)
        return fail(keys.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    OfficeRecord head;
    head.keys = *keys;
    head.isSelf = true;
    head.isHead = true;
    if (auto inserted = SyncOffices(m_database).insert(head, m_clock.now()); !inserted)
        return fail(inserted.error());
    if (auto captured = enableCapture(); !captured)
        return fail(captured.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return *keys;
}

Result<OfficeRecord> SyncService::registerBranch(const QString& publicKey)
{
    auto self = requireSelf();
    if (!self)
        return fail(self.error());
    if (!self->isHead)
        return fail(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("sd::SyncService", "only head office registers branch offices")));
    auto keys = OfficeKeys::fromPublicText(publicKey);
    if (!keys)
        return fail(keys.error());
    if (keys->office == self->code())
        return fail(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("sd::SyncService", "%1 is this office's own code").arg(keys->office)));
    SyncOffices offices(m_database);
    auto known = offices.office(keys->office);
    if (!known)
        return fail(known.error());
    // A branch that made new keys (a lost laptop) is registered again with them.
    OfficeRecord branch;
    branch.keys = *keys;
    if (auto done = *known ? offices.setPublicKeys(*keys) : offices.insert(branch, m_clock.now()); !done)
        return fail(done.error());
    auto registered = offices.office(keys->office);
    if (!registered)
        return fail(registered.error());
    return **registered;
}

Result<OfficeRecord> SyncService::peerFor(const OfficeRecord& self, const QString& office) const
{
    auto all = SyncOffices(m_database).all();
    if (!all)
        return fail(all.error());
    for (const OfficeRecord& record : *all)
        if (!record.isSelf && (office.isEmpty() ? record.isHead : record.code() == office))
            return record;
    if (office.isEmpty())
        return fail(Error::invalid(QStringLiteral("office"), QCoreApplication::translate("sd::SyncService", "this is head office: name the branch office the file is for")));
    return fail(Error::notFound(QStringLiteral("office"),
                                self.isHead ? QCoreApplication::translate("sd::SyncService", "office %1 is not registered here: register its public key first "
                                                 "(sdctl sync register)").arg(office)
                                            : QCoreApplication::translate("sd::SyncService", "a branch exchanges files with head office only, not with %1").arg(office)));
}

Result<QByteArray> SyncService::seal(const OfficeRecord& self, const OfficeRecord& peer, const QString& kind,
                                     const QJsonObject& payload)
{
    const qint64 number = peer.sentNumber + 1;
    if (auto noted = SyncOffices(m_database).noteSent(peer.code(), number); !noted)
        return fail(noted.error());
    SyncOffices offices(m_database);
    auto chain = offices.sentChain(peer.code());
    if (!chain)
        return fail(chain.error());
    QJsonObject numbered = payload;
    numbered.insert(QStringLiteral("number"), number);
    numbered.insert(QStringLiteral("chain"), *chain);
    numbered.insert(QStringLiteral("received"), peer.receivedNumber);
    auto lastApplied = offices.receivedDigest(peer.code());
    if (!lastApplied)
        return fail(lastApplied.error());
    numbered.insert(QStringLiteral("received_digest"), *lastApplied);
    auto seed = kind == QLatin1String("seed") ? Result<qint64>(number) : offices.seedNumber(peer.code());
    if (!seed)
        return fail(seed.error());
    numbered.insert(QStringLiteral("seed"), *seed);
    const QByteArray packed = qCompress(QJsonDocument(numbered).toJson(QJsonDocument::Compact), 6);
    auto file = SyncFile::write({self.code(), peer.code(), kind, number, m_clock.now()}, packed, self.keys, peer.keys.boxPublic);
    if (!file)
        return fail(file.error());
    // A seed starts a new chain: files of the database it replaces no longer follow.
    const QString digest = (kind == QLatin1String("seed") ? QStringLiteral("seed:") : QString()) + SyncFile::digest(*file);
    if (auto noted = offices.noteSentFile(peer.code(), number, digest); !noted)
        return fail(noted.error());
    return file;
}

// An export reads with no writer half way through (see syncExportLockStatements).
Status SyncService::beginExport(WriteTransaction& transaction)
{
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const QString& statement : m_database.dialect().syncExportLockStatements())
        if (auto locked = sql::run(m_database.connection(), statement); !locked)
            return fail(locked.error());
    return {};
}

Result<QByteArray> SyncService::changesFor(const QString& office)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = beginExport(transaction); !begun)
        return fail(begun.error());
    auto self = requireSelf(true);
    if (!self)
        return fail(self.error());
    auto peer = peerFor(*self, office);
    if (!peer)
        return fail(peer.error());
    auto payload = SyncExchange(m_database, m_clock).changesFor(*self, *peer);
    if (!payload)
        return fail(payload.error());
    auto file = seal(*self, *peer, QStringLiteral("changes"), *payload);
    if (!file)
        return fail(file.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return file;
}

Result<QJsonObject> SyncService::openPayload(const QByteArray& file, const SyncHeader& header, const OfficeRecord& self,
                                             const OfficeRecord& sender) const
{
    auto sealed = SyncFile::open(file, self.keys);
    if (!sealed)
        return fail(sealed.error());
    const QJsonObject payload = QJsonDocument::fromJson(qUncompress(*sealed)).object();
    if (payload.value(QStringLiteral("from")).toString() != sender.code()
        || payload.value(QStringLiteral("to")).toString() != self.code() || numberAt(payload, "number") != header.number)
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "the file's contents do not match its header")));
    return payload;
}

// A file numbered at or below the last one applied here was applied, or a
// newer file that carried all of it was.
Status SyncService::checkNotApplied(const SyncHeader& header, const OfficeRecord& sender) const
{
    if (header.number <= sender.receivedNumber)
        return fail(Error{Error::Code::Duplicate, QStringLiteral("file"),
                          QCoreApplication::translate("sd::SyncService", "file %1 from office %2 was already applied or replaced by a newer one (this office has "
                             "applied up to file %3): nothing changed")
                              .arg(header.number).arg(sender.code()).arg(sender.receivedNumber)});
    return {};
}

// Each file carries everything the receiver had not acknowledged when it was
// written, so a file that starts after what was applied here would leave a
// gap: it waits until the earlier file is imported. Asked after the file
// chain: a database restored from an older copy would otherwise be told to
// wait for a file that never comes.
Status SyncService::checkContinues(const SyncHeader& header, const QJsonObject& payload, const OfficeRecord& sender) const
{
    if (numberAt(payload, "changes_after") > sender.receivedChanges || numberAt(payload, "events_after") > sender.receivedEvents)
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "file %1 from office %2 continues a file that has not been imported here yet: "
                               "import the earlier file from %2 first (nothing changed)")
                                .arg(header.number).arg(sender.code())));
    return {};
}

// A branch database is made from one seed; once head office writes a new
// seed for the office, the database made from the earlier one is replaced.
// Checked first: the replaced database numbers its files like the new one.
Status SyncService::checkSeed(const SyncHeader& header, const QJsonObject& payload, const OfficeRecord& self,
                              const OfficeRecord& sender) const
{
    auto current = SyncOffices(m_database).seedNumber(sender.code());
    if (!current)
        return fail(current.error());
    const qint64 named = numberAt(payload, "seed");
    if (self.isHead && *current > 0 && named != *current)
        return fail(refusal(QCoreApplication::translate("sd::SyncService",
            "file %1 comes from a database of office %2 that was replaced: head office created the office again from seed "
            "file %3. Nothing changed; office %2 works on in the database made from that seed")
            .arg(header.number).arg(sender.code()).arg(*current)));
    // A later seed than this database's own: a file written before it is
    // only stale, and the order check says so.
    if (!self.isHead && named > *current)
        return fail(refusal(QCoreApplication::translate("sd::SyncService",
            "this database of office %1 was replaced by one created from head office's seed file %2: nothing changed. "
            "Work on in the new database").arg(self.code()).arg(named)));
    return {};
}

// A file names the files its sender wrote here that it has not seen
// confirmed; the last one applied here must be among them, unchanged.
// Otherwise one of the two databases is not the one the other last
// exchanged files with (docs/SYNC.md, "A file follows the last one").
Status SyncService::checkChain(const QJsonObject& payload, const OfficeRecord& self, const OfficeRecord& sender) const
{
    const qint64 theirsReceived = numberAt(payload, "received");
    const QString older = QCoreApplication::translate("sd::SyncService",
        "office %1 has applied a file from office %2 that this database did not write: this database is an older copy "
        "(restored from a backup, or replaced by a database created again). Nothing changed; a branch in this state is "
        "created again from a new seed of head office");
    if (theirsReceived > sender.sentNumber)
        return fail(refusal(older.arg(sender.code(), self.code())));
    QMap<qint64, QString> chain;
    for (const QJsonValue& link : payload.value(QStringLiteral("chain")).toArray())
        chain.insert(qint64(link.toArray().at(0).toDouble()), link.toArray().at(1).toString());
    // The file the other office applied last must be the one this database wrote.
    SyncOffices offices(m_database);
    auto sent = offices.sentChain(sender.code());
    if (!sent)
        return fail(sent.error());
    const QString theirsApplied = payload.value(QStringLiteral("received_digest")).toString();
    for (const QJsonValue& link : *sent)
        if (qint64(link.toArray().at(0).toDouble()) == theirsReceived && !theirsApplied.isEmpty()
            && link.toArray().at(1).toString() != theirsApplied)
            return fail(refusal(older.arg(sender.code(), self.code())));
    auto lastApplied = offices.receivedDigest(sender.code());
    if (!lastApplied)
        return fail(lastApplied.error());
    if (lastApplied->isEmpty())
        return {}; // nothing applied yet, or only before the chain existed (schema step 8)
    if (!chain.isEmpty() && chain.firstKey() > sender.receivedNumber)
        return fail(refusal(older.arg(sender.code(), self.code())));
    if (chain.value(sender.receivedNumber) != *lastApplied)
        return fail(refusal(QCoreApplication::translate("sd::SyncService",
            "file %1 from office %2 does not follow file %3, the last one applied here from it: office %2's database was "
            "created again or restored from an older copy. Nothing changed; a branch in this state is created again from "
            "a new seed of head office").arg(numberAt(payload, "number")).arg(sender.code()).arg(sender.receivedNumber)));
    return {};
}

// The file becomes the one the next file from its sender must follow, and
// the files it confirms no longer need naming.
Status SyncService::noteApplied(const QByteArray& file, const QJsonObject& payload, const OfficeRecord& sender)
{
    SyncOffices offices(m_database);
    // A file from a program before schema step 8 is in no chain of its sender's.
    const QString digest = payload.contains(QStringLiteral("chain")) ? SyncFile::digest(file) : QString();
    if (auto noted = offices.setReceivedDigest(sender.code(), digest); !noted)
        return noted;
    return offices.forgetSentFilesBefore(sender.code(), numberAt(payload, "received"));
}

Result<SyncImport> SyncService::import(const QByteArray& file)
{
    auto header = SyncFile::readHeader(file);
    if (!header)
        return fail(header.error());
    auto self = requireSelf(true);
    if (!self)
        return fail(self.error());
    if (header->to != self->code())
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "the file is addressed to office %1, and this database is office %2").arg(header->to, self->code())));
    if (header->kind == QLatin1String("seed"))
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "this file creates a new branch database: import it into a new file")));
    auto sender = SyncOffices(m_database).office(header->from);
    if (!sender)
        return fail(sender.error());
    if (!*sender || (*sender)->isSelf)
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "the file comes from office %1, which is not registered here").arg(header->from)));
    if (!self->isHead && !(*sender)->isHead)
        return fail(refusal(QCoreApplication::translate("sd::SyncService", "a branch exchanges files with head office only, not with %1").arg(header->from)));
    if (auto signedBy = SyncFile::verify(file, (*sender)->keys.signPublic, header->from); !signedBy)
        return fail(signedBy.error());
    auto payload = openPayload(file, *header, *self, **sender);
    if (!payload)
        return fail(payload.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // Read again inside the transaction: another desk may have imported it meanwhile.
    auto current = SyncOffices(m_database).office(header->from);
    if (!current)
        return fail(current.error());
    if (auto seeded = checkSeed(*header, *payload, *self, **current); !seeded)
        return fail(seeded.error());
    if (auto fresh = checkNotApplied(*header, **current); !fresh)
        return fail(fresh.error());
    if (auto chained = checkChain(*payload, *self, **current); !chained)
        return fail(chained.error());
    if (auto continues = checkContinues(*header, *payload, **current); !continues)
        return fail(continues.error());
    if (auto on = setApplying(true); !on)
        return fail(on.error());
    auto counts = SyncExchange(m_database, m_clock).apply(*self, **current, *payload);
    if (!counts)
        return fail(counts.error());
    auto configuration = ConfigStore(m_database).load(); // as the file may have changed it
    if (!configuration)
        return fail(configuration.error());
    if (auto replayed = SlaReplay(m_database, *configuration).recompute(counts->ticketsToReplay); !replayed)
        return fail(replayed.error());
    if (auto counted = raiseTicketCounters(counts->numbersCreated); !counted)
        return fail(counted.error());
    if (auto noted = SyncOffices(m_database).noteReceived(header->from, header->number, numberAt(*payload, "changes_upto"),
                                                          numberAt(*payload, "events_upto"), m_clock.now());
        !noted)
        return fail(noted.error());
    if (auto chained = noteApplied(file, *payload, **current); !chained)
        return fail(chained.error());
    if (auto off = setApplying(false); !off)
        return fail(off.error());
    // With capture on again: the moves are this office's own changes, which travel.
    for (auto it = counts->customersMerged.cbegin(); it != counts->customersMerged.cend(); ++it)
        if (auto followed = CustomerMerge(m_database, m_clock).followMerge(it.key(), it.value()); !followed)
            return fail(followed.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return SyncImport{*header, *counts};
}

Result<SyncService::Round> SyncService::syncWith(SyncService& other)
{
    auto self = requireSelf();
    auto theirs = other.requireSelf();
    if (!self || !theirs)
        return fail(!self ? self.error() : theirs.error());
    auto outgoing = changesFor(theirs->code());
    if (!outgoing)
        return fail(outgoing.error());
    auto sent = other.import(*outgoing);
    if (!sent)
        return fail(sent.error());
    auto incoming = other.changesFor(self->code());
    if (!incoming)
        return fail(incoming.error());
    auto received = import(*incoming);
    if (!received)
        return fail(received.error());
    return Round{*sent, *received};
}

Result<QList<SyncPeerStatus>> SyncService::status() const
{
    auto self = requireSelf();
    if (!self)
        return fail(self.error());
    auto offices = SyncOffices(m_database).all();
    if (!offices)
        return fail(offices.error());
    QList<SyncPeerStatus> peers;
    for (const OfficeRecord& office : *offices) {
        if (office.isSelf)
            continue;
        const QString own = self->isHead ? QString() : QStringLiteral(" AND stamp IS NULL");
        auto changes = sql::scalar(m_database.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM sync_changes WHERE seq > ?%1").arg(own), {office.ackedChanges});
        auto events = sql::scalar(m_database.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE id > ?%1")
                                      .arg(self->isHead ? QString() : QStringLiteral(" AND gid IS NULL")),
                                  {office.ackedEvents});
        if (!changes || !events)
            return fail(!changes ? changes.error() : events.error());
        peers.append({office.code(), office.isHead, office.lastSyncAt, changes->toLongLong(), events->toLongLong()});
    }
    return peers;
}

} // namespace sd
