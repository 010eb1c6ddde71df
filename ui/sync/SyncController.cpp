#include "sync/SyncController.h"

#include "sync/SyncConflicts.h"
#include "sync/SyncService.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QThread>

namespace sd {
namespace {

QString settingsKey(Workspace& workspace)
{
    return QStringLiteral("sync/head/") + QString::fromLatin1(workspace.database().path().toUtf8().toBase64());
}

QString counts(const SyncImport& sent, const SyncImport& received)
{
    return SyncController::tr("sent %1 records, %2 field changes and %3 timeline events; received %4, %5 and %6")
        .arg(sent.counts.rowsCreated).arg(sent.counts.fieldsChanged).arg(sent.counts.eventsAdded)
        .arg(received.counts.rowsCreated).arg(received.counts.fieldsChanged).arg(received.counts.eventsAdded);
}

} // namespace

SyncController::SyncController(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    auto self = SyncService(context.workspace.database()).self();
    if (self && *self) {
        m_office = (*self)->code();
        m_isHead = (*self)->isHead;
    }
    connect(&m_auto, &QTimer::timeout, this, &SyncController::syncNow);
    if (isBranch())
        m_auto.start(kAutoSyncMinutes * 60 * 1000);
    refreshStatus();
}

QString SyncController::headAddress() const
{
    return QSettings().value(settingsKey(m_context.workspace)).toString();
}

void SyncController::setHeadAddress(const QString& address)
{
    QSettings().setValue(settingsKey(m_context.workspace), address.trimmed());
}

void SyncController::syncNow()
{
    const QString head = headAddress();
    if (m_running || !isBranch() || head.isEmpty())
        return;
    runInBackground([head](SyncService& local) -> Result<QString> {
        auto office = Workspace::open(head, {}, {}, Database::OpenMode::ExistingOnly);
        if (!office)
            return fail(office.error());
        SyncService theirs((*office)->database());
        auto round = local.syncWith(theirs);
        (*office)->database().releaseThreadConnection();
        if (!round)
            return fail(round.error());
        return counts(round->sent, round->received);
    }, &SyncController::done);
}

void SyncController::writeFile(const QString& path, const QString& office)
{
    if (m_running || !m_office)
        return;
    runInBackground([path, office](SyncService& local) -> Result<QString> {
        auto written = local.changesFor(office);
        if (!written)
            return fail(written.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*written) != written->size() || !file.commit())
            return fail(Error::io(path, tr("cannot write %1: %2").arg(path, file.errorString())));
        return tr("%1 written (%2 KB)").arg(QFileInfo(path).fileName()).arg((written->size() + 1023) / 1024);
    }, &SyncController::fileFinished);
}

void SyncController::readFile(const QString& path)
{
    if (m_running || !m_office)
        return;
    runInBackground([path](SyncService& local) -> Result<QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::io(path, tr("cannot read %1: %2").arg(path, file.errorString())));
        auto applied = local.import(file.readAll());
        if (!applied)
            return fail(applied.error());
        return tr("%1 from office %2 applied: %3 new records, %4 field changes, %5 timeline events, %6 conflicts")
            .arg(QFileInfo(path).fileName(), applied->header.from)
            .arg(applied->counts.rowsCreated).arg(applied->counts.fieldsChanged).arg(applied->counts.eventsAdded)
            .arg(applied->counts.conflicts);
    }, &SyncController::fileFinished);
}

QStringList SyncController::branchOffices() const
{
    QStringList codes;
    if (auto peers = SyncService(m_context.workspace.database()).status())
        for (const SyncPeerStatus& peer : *peers)
            if (!peer.isHead)
                codes.append(peer.office);
    return codes;
}

void SyncController::runInBackground(Job job, void (SyncController::*report)(bool, const QString&))
{
    m_running = true;
    emit statusChanged();
    QPointer<SyncController> self(this);
    QThread* worker = QThread::create([self, local = m_context.workspace.database().connectionUri(), job, report] {
        bool ok = false;
        QString message;
        {
            auto opened = Workspace::open(local, {}, {}, Database::OpenMode::ExistingOnly);
            if (!opened) {
                message = opened.error().message;
            } else {
                SyncService service((*opened)->database());
                auto outcome = job(service);
                ok = bool(outcome);
                message = outcome ? *outcome : outcome.error().message;
                (*opened)->database().releaseThreadConnection();
            }
        }
        QMetaObject::invokeMethod(self, [self, ok, message, report] {
            if (self)
                (self.data()->*report)(ok, message);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SyncController::done(bool ok, const QString& message)
{
    m_running = false;
    m_lastProblem = ok ? QString() : message;
    refreshStatus();
    emit finished(ok, message);
}

void SyncController::fileFinished(bool ok, const QString& message)
{
    m_running = false;
    refreshStatus();
    emit fileDone(ok, message);
}

void SyncController::refreshStatus()
{
    if (!m_office) {
        m_status.clear();
        return;
    }
    QStringList parts;
    auto peers = SyncService(m_context.workspace.database()).status();
    if (peers && isBranch()) {
        for (const SyncPeerStatus& peer : *peers) {
            if (!peer.isHead)
                continue;
            parts.append(peer.lastSyncAt ? tr("Synced with head office %1 at %2")
                                               .arg(peer.office, QDateTime::fromSecsSinceEpoch(*peer.lastSyncAt).toString(QStringLiteral("HH:mm")))
                                         : tr("Not yet synced with head office %1").arg(peer.office));
            parts.append(tr("changes waiting to be sent: %1").arg(peer.waitingChanges + peer.waitingEvents));
        }
    } else if (peers) {
        parts.append(tr("Head office %1, branch offices: %2").arg(*m_office).arg(peers->size()));
    }
    if (m_running)
        parts.append(tr("synchronising…"));
    else if (!m_lastProblem.isEmpty())
        parts.append(tr("last attempt failed: %1").arg(m_lastProblem));
    if (auto open = SyncConflicts(m_context.workspace.database(), m_context.workspace.clock()).openCount(); open && *open > 0)
        parts.append(tr("open sync conflicts: %1").arg(*open));
    m_status = parts.join(QStringLiteral(" · "));
    emit statusChanged();
}

QString SyncController::statusText() const
{
    return m_status;
}

} // namespace sd
