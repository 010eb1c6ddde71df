#include "Command.h"
#include "TerminalText.h"

#include "storage/DatabaseAddress.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QString timeText(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

sd::Status writeFile(const QString& path, const QByteArray& bytes, bool secret = false)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return sd::fail(sd::Error::io(path, QCoreApplication::translate("sdctl", "cannot write the file: %1").arg(file.errorString())));
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return sd::fail(sd::Error::io(path, QCoreApplication::translate("sdctl", "cannot write the file: %1").arg(file.errorString())));
    return {};
}

sd::Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sd::fail(sd::Error::io(path, tr("cannot read the file: %1").arg(file.errorString())));
    return file.readAll();
}

QString countsText(const sd::SyncCounts& counts)
{
    return tr("%1 new records, %2 fields changed, %3 timeline events added, %4 new conflicts")
        .arg(counts.rowsCreated).arg(counts.fieldsChanged).arg(counts.eventsAdded).arg(counts.conflicts);
}

// sdctl sync keys: head office's own keys (in its database), or a branch's
// key file made before its database exists (--office SH --to sh.keys).
int keys(Command& command)
{
    const QString office = command.parser().value(QStringLiteral("office"));
    if (!office.isEmpty()) {
        const QString path = command.parser().value(QStringLiteral("to"));
        if (path.isEmpty())
            return command.usageError(tr("--office needs --to FILE, where the branch keeps its secret keys"));
        if (QFileInfo::exists(path))
            return command.failWith(sd::Error::io(path, tr("the file exists; keys are never overwritten")));
        auto made = sd::OfficeKeys::generate(office);
        if (!made)
            return command.failWith(made.error());
        if (auto written = writeFile(path, made->secretFile(), true); !written)
            return command.failWith(written.error());
        if (auto written = writeFile(path + QStringLiteral(".pub"), made->publicText().toUtf8() + '\n'); !written)
            return command.failWith(written.error());
        command.out() << tr("Keys of office %1 written to %2 (keep it secret). Head office registers this line "
                            "(also in %3):").arg(office, path, path + QStringLiteral(".pub"))
                      << Qt::endl << made->publicText() << Qt::endl << tr("Fingerprint: %1").arg(made->fingerprint()) << Qt::endl;
        return Ok;
    }
    auto workspace = command.openWorkspace(Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (auto allowed = workspace->access().require(command.actorId(), sd::Action::ManageOffices); !allowed)
        return command.failWith(allowed.error());
    auto own = sd::SyncService(workspace->database()).setUpHeadOffice();
    if (!own)
        return command.failWith(own.error());
    if (const QString path = command.parser().value(QStringLiteral("to")); !path.isEmpty())
        if (auto written = writeFile(path, own->publicText().toUtf8() + '\n'); !written)
            return command.failWith(written.error());
    command.out() << tr("This database is head office %1. Its public key (branches receive it in their seed file):")
                         .arg(own->office)
                  << Qt::endl << own->publicText() << Qt::endl << tr("Fingerprint: %1").arg(own->fingerprint()) << Qt::endl;
    return Ok;
}

int registerOffice(Command& command, sd::Workspace& workspace)
{
    if (auto allowed = workspace.access().require(command.actorId(), sd::Action::ManageOffices); !allowed)
        return command.failWith(allowed.error());
    QString key = command.parser().positionalArguments().mid(1).join(QLatin1Char(' '));
    if (QFileInfo::exists(key)) {
        auto text = readFile(key);
        if (!text)
            return command.failWith(text.error());
        key = QString::fromUtf8(*text).trimmed();
    }
    auto office = sd::SyncService(workspace.database()).registerBranch(key);
    if (!office)
        return command.failWith(office.error());
    command.out() << tr("Office %1 is registered (fingerprint %2). Next: sdctl sync export --for %1 --to FILE")
                         .arg(office->code(), office->keys.fingerprint())
                  << Qt::endl;
    return Ok;
}

int exportFile(Command& command, sd::Workspace& workspace)
{
    const QString path = command.parser().value(QStringLiteral("to"));
    if (path.isEmpty())
        return command.usageError(tr("name the file to write with --to FILE"));
    const QString office = command.parser().value(QStringLiteral("for"));
    sd::SyncService sync(workspace.database());
    auto self = sync.self();
    if (!self)
        return command.failWith(self.error());
    bool seed = command.parser().isSet(QStringLiteral("seed"));
    bool replaces = false; // a new seed for an office that already exchanged files
    if (*self && (*self)->isHead && !office.isEmpty()) {
        auto peer = sd::SyncOffices(workspace.database()).office(office);
        if (!peer)
            return command.failWith(peer.error());
        replaces = seed && *peer && ((*peer)->receivedNumber > 0 || (*peer)->sentNumber > 1);
        seed = seed || (*peer && (*peer)->sentNumber == 0);
    }
    const sd::Action needed = seed ? sd::Action::ManageOffices : sd::Action::RunSync;
    if (auto allowed = workspace.access().require(command.actorId(), needed); !allowed)
        return command.failWith(allowed.error());
    auto file = seed ? sync.seedFor(office) : sync.changesFor(office);
    if (!file)
        return command.failWith(file.error());
    if (auto written = writeFile(path, *file); !written)
        return command.failWith(written.error());
    auto header = sd::SyncFile::readHeader(*file);
    const QString to = header ? header->to : office;
    if (seed) {
        command.out() << tr("Wrote %1: the seed that creates office %2's database (%3 bytes).").arg(path, to).arg(file->size());
        if (replaces)
            command.out() << Qt::endl
                          << tr("Office %1's earlier database is replaced: its files are refused from now on, and what it "
                                "had not sent here is not in this seed.").arg(to);
    } else {
        command.out() << tr("Wrote %1: changes for office %2, file number %3 (%4 bytes).")
                             .arg(path, to).arg(header ? header->number : 0).arg(file->size());
    }
    command.out() << Qt::endl;
    return Ok;
}

// A seed creates the branch's database, which must not hold anything yet.
int createBranch(Command& command, const QByteArray& seed)
{
    const QString keysPath = command.parser().value(QStringLiteral("keys"));
    if (keysPath.isEmpty())
        return command.usageError(tr("a seed file creates a branch: name the branch's key file with --keys FILE"));
    auto keyFile = readFile(keysPath);
    if (!keyFile)
        return command.failWith(keyFile.error());
    auto keys = sd::OfficeKeys::fromSecretFile(*keyFile);
    if (!keys)
        return command.failWith(keys.error());
    QString headKey = command.parser().value(QStringLiteral("head-key"));
    if (headKey.isEmpty())
        return command.usageError(tr("a seed file creates a branch: name head office's public key with --head-key FILE "
                                     "(what \"sdctl sync keys\" printed at head office)"));
    if (QFileInfo::exists(headKey)) {
        auto text = readFile(headKey);
        if (!text)
            return command.failWith(text.error());
        headKey = QString::fromUtf8(*text).trimmed();
    }
    auto head = sd::OfficeKeys::fromPublicText(headKey);
    if (!head)
        return command.failWith(head.error());
    const auto address = sd::DatabaseAddress::parse(command.databasePath());
    if (address && !address->isServer() && QFileInfo::exists(command.databasePath()))
        return command.failWith(sd::Error::invalid(command.databasePath(), tr("the file exists; a branch is created in a new database file")));
    auto workspace = sd::Workspace::open(command.databasePath());
    if (!workspace)
        return command.failWith(workspace.error());
    auto created = sd::SyncService((*workspace)->database()).createBranch(seed, *keys, *head);
    if (!created) {
        workspace->reset();
        QFile::remove(command.databasePath()); // nothing of it is usable
        return command.failWith(created.error());
    }
    command.out() << tr("Created branch office %1 from head office %2's seed: %3.")
                         .arg(keys->office, created->header.from, countsText(created->counts))
                  << Qt::endl;
    return Ok;
}

int importFile(Command& command)
{
    const QStringList arguments = command.parser().positionalArguments();
    if (arguments.size() != 2)
        return command.usageError(tr("use: sdctl sync import FILE"));
    auto bytes = readFile(arguments.at(1));
    if (!bytes)
        return command.failWith(bytes.error());
    auto header = sd::SyncFile::readHeader(*bytes);
    if (!header)
        return command.failWith(header.error());
    if (header->kind == QLatin1String("seed"))
        return createBranch(command, *bytes);
    auto workspace = command.openWorkspace(Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (auto allowed = workspace->access().require(command.actorId(), sd::Action::RunSync); !allowed)
        return command.failWith(allowed.error());
    auto imported = sd::SyncService(workspace->database()).import(*bytes);
    if (!imported)
        return command.failWith(imported.error());
    command.out() << tr("Applied file %1 from office %2: %3.").arg(header->number).arg(header->from, countsText(imported->counts))
                  << Qt::endl;
    return Ok;
}

int syncNow(Command& command, sd::Workspace& workspace)
{
    const QString with = command.parser().value(QStringLiteral("with"));
    if (with.isEmpty())
        return command.usageError(tr("name head office's database with --with (its file or postgresql:// address)"));
    if (auto allowed = workspace.access().require(command.actorId(), sd::Action::RunSync); !allowed)
        return command.failWith(allowed.error());
    auto other = sd::Workspace::open(with, {}, {}, sd::Database::OpenMode::ExistingOnly);
    if (!other)
        return command.failWith(other.error());
    sd::SyncService theirs((*other)->database());
    auto round = sd::SyncService(workspace.database()).syncWith(theirs);
    if (!round)
        return command.failWith(round.error());
    command.out() << tr("Sent to %1: %2.").arg(round->sent.header.to, countsText(round->sent.counts)) << Qt::endl
                  << tr("Received from %1: %2.").arg(round->received.header.from, countsText(round->received.counts)) << Qt::endl;
    return Ok;
}

int status(Command& command, sd::Workspace& workspace)
{
    sd::SyncService sync(workspace.database());
    auto self = sync.self();
    if (!self)
        return command.failWith(self.error());
    if (!*self) {
        command.out() << tr("This database does not synchronise with other offices.") << Qt::endl;
        return Ok;
    }
    command.out() << ((*self)->isHead ? tr("Head office %1, key fingerprint %2") : tr("Branch office %1, key fingerprint %2"))
                         .arg((*self)->code(), (*self)->keys.fingerprint())
                  << Qt::endl;
    auto peers = sync.status();
    auto open = sd::SyncConflicts(workspace.database(), workspace.clock()).openCount();
    if (!peers || !open)
        return command.failWith(!peers ? peers.error() : open.error());
    command.out() << cell(tr("OFFICE"), 8) << ' ' << cell(tr("LAST SYNC"), 18) << ' ' << tr("WAITING TO BE SENT") << Qt::endl;
    for (const sd::SyncPeerStatus& peer : *peers)
        command.out() << cell(peer.office, 8) << ' '
                      << cell(peer.lastSyncAt ? timeText(*peer.lastSyncAt) : tr("never"), 18) << ' '
                      << tr("%1 changes, %2 timeline events").arg(peer.waitingChanges).arg(peer.waitingEvents) << Qt::endl;
    command.out() << tr("Open conflicts: %1").arg(*open) << Qt::endl;
    return Ok;
}

int conflicts(Command& command, sd::Workspace& workspace)
{
    sd::SyncConflicts list(workspace.database(), workspace.clock());
    auto found = list.list(!command.parser().isSet(QStringLiteral("all")));
    if (!found)
        return command.failWith(found.error());
    QTextStream& out = command.out();
    for (const sd::SyncConflict& c : *found) {
        out << QStringLiteral("#%1  %2  %3 · %4").arg(c.id).arg(timeText(c.detectedAt), c.label, list.fieldLabel(c.field))
            << (c.open ? QString() : QStringLiteral("  ") + tr("(resolved by %1)").arg(c.resolvedBy)) << Qt::endl;
        out << QStringLiteral("    %1 %2: %3 (%4, %5)").arg(c.winner == QLatin1String("here") ? QStringLiteral("*") : QStringLiteral(" "),
                                                            c.hereOffice, list.displayValue(c, c.hereValue), c.hereBy, timeText(c.hereAt))
            << Qt::endl;
        out << QStringLiteral("    %1 %2: %3 (%4, %5)").arg(c.winner == QLatin1String("there") ? QStringLiteral("*") : QStringLiteral(" "),
                                                            c.thereOffice, list.displayValue(c, c.thereValue), c.thereBy, timeText(c.thereAt))
            << Qt::endl;
    }
    if (found->isEmpty())
        out << tr("No conflicts.") << Qt::endl;
    else
        out << tr("* the value in use until someone decides (sdctl sync resolve ID --keep here|there, or --value TEXT)") << Qt::endl;
    return Ok;
}

int resolve(Command& command, sd::Workspace& workspace)
{
    bool numeric = false;
    const qint64 id = command.parser().positionalArguments().value(1).remove(QLatin1Char('#')).toLongLong(&numeric);
    const QString keep = command.parser().value(QStringLiteral("keep"));
    const bool typed = command.parser().isSet(QStringLiteral("value"));
    if (!numeric || (keep.isEmpty() == !typed) || (!keep.isEmpty() && keep != QLatin1String("here") && keep != QLatin1String("there")))
        return command.usageError(tr("use: sdctl sync resolve ID --keep here|there, or --value TEXT"));
    using Keep = sd::SyncConflicts::Keep;
    const Keep choice = typed ? Keep::Typed : keep == QLatin1String("here") ? Keep::Here : Keep::There;
    auto resolved = sd::SyncConflicts(workspace.database(), workspace.clock())
                        .resolve(id, choice, command.parser().value(QStringLiteral("value")), command.actorId());
    if (!resolved)
        return command.failWith(resolved.error());
    command.out() << tr("Conflict #%1 resolved; the choice reaches the other offices with the next sync.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace

int runSync(const QStringList& arguments)
{
    Command command(QStringLiteral("sync"),
                    tr("Synchronises a branch office with head office (see docs/SYNC.md). Verbs: keys, register KEY, "
                       "export --to FILE [--for OFFICE], import FILE, now --with DB, status, conflicts, resolve ID."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("keys | register | export | import | now | status | conflicts | resolve"));
    parser.addOptions({{QStringLiteral("office"), tr("keys: make a branch's keys for office CODE (with --to)."), QStringLiteral("CODE")},
                       {QStringLiteral("to"), tr("The file to write."), QStringLiteral("FILE")},
                       {QStringLiteral("for"), tr("export at head office: the branch office the file is for."), QStringLiteral("OFFICE")},
                       {QStringLiteral("seed"), tr("export: the seed that creates the branch's database anew.")},
                       {QStringLiteral("keys"), tr("import of a seed: the branch's key file."), QStringLiteral("FILE")},
                       {QStringLiteral("head-key"), tr("import of a seed: head office's public key (its line, or a file holding it)."),
                        QStringLiteral("KEY")},
                       {QStringLiteral("with"), tr("now: head office's database (file or postgresql:// address)."), QStringLiteral("DB")},
                       {QStringLiteral("all"), tr("conflicts: resolved ones too.")},
                       {QStringLiteral("keep"), tr("resolve: keep \"here\" (the value head office held) or \"there\" (the value that arrived)."),
                        QStringLiteral("SIDE")},
                       {QStringLiteral("value"), tr("resolve: the right value, typed (text fields)."), QStringLiteral("TEXT")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QString verb = parser.positionalArguments().value(0);
    if (verb == QLatin1String("keys"))
        return keys(command);
    if (verb == QLatin1String("import"))
        return importFile(command);
    static const QStringList known{QStringLiteral("register"), QStringLiteral("export"), QStringLiteral("now"),
                                   QStringLiteral("status"), QStringLiteral("conflicts"), QStringLiteral("resolve")};
    if (!known.contains(verb))
        return command.usageError(tr("unknown verb \"%1\"; use keys, register, export, import, now, status, conflicts or resolve").arg(verb));
    const bool reads = verb == QLatin1String("status") || verb == QLatin1String("conflicts");
    auto workspace = command.openWorkspace(reads ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("register"))
        return registerOffice(command, *workspace);
    if (verb == QLatin1String("export"))
        return exportFile(command, *workspace);
    if (verb == QLatin1String("now"))
        return syncNow(command, *workspace);
    if (verb == QLatin1String("status"))
        return status(command, *workspace);
    if (verb == QLatin1String("conflicts"))
        return conflicts(command, *workspace);
    return resolve(command, *workspace);
}

} // namespace sdctl
