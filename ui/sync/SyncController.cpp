#include "sync/SyncController.h"

#include "sync/SyncConflicts.h"
#include "sync/SyncService.h"

#include <QDateTime>
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
    m_running = true;
    emit statusChanged();
    QPointer<SyncController> self(this);
    QThread* worker = QThread::create([self, local = m_context.workspace.database().connectionUri(), head] {
        bool ok = false;
        QString message;
        {
            auto branch = Workspace::open(local, {}, {}, Database::OpenMode::ExistingOnly);
            auto office = branch ? Workspace::open(head, {}, {}, Database::OpenMode::ExistingOnly) : Result<std::unique_ptr<Workspace>>();
            if (!branch || !office) {
                message = (!branch ? branch.error() : office.error()).message;
            } else {
                SyncService theirs((*office)->database());
                auto round = SyncService((*branch)->database()).syncWith(theirs);
                ok = bool(round);
                message = round ? counts(round->sent, round->received) : round.error().message;
                (*office)->database().releaseThreadConnection();
                (*branch)->database().releaseThreadConnection();
            }
        }
        QMetaObject::invokeMethod(self, [self, ok, message] {
            if (self)
                self->done(ok, message);
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
