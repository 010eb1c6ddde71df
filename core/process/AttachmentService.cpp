#include "process/AttachmentService.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

namespace sd {
namespace {

const char* const kColumns = R"(SELECT a.id, a.uuid, a.ticket_id, a.work_order_id, w.visit_no, a.file_name, a.mime_type,
        a.size_bytes, a.sha256, a.part_count, a.thumbnail, a.created_at, COALESCE(u.display_name, '')
    FROM attachments a LEFT JOIN work_orders w ON w.id = a.work_order_id LEFT JOIN users u ON u.id = a.created_by
    WHERE a.removed_at IS NULL AND )";

Attachment attachmentOf(const QSqlQuery& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.ticketId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        a.workOrderId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        a.visitNo = q.value(4).toInt();
    a.fileName = q.value(5).toString();
    a.mimeType = q.value(6).toString();
    a.sizeBytes = q.value(7).toLongLong();
    a.sha256 = q.value(8).toString();
    a.partCount = q.value(9).toInt();
    a.thumbnail = q.value(10).toByteArray();
    a.createdAt = q.value(11).toLongLong();
    a.createdByName = q.value(12).toString();
    return a;
}

QVariant actorValue(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

} // namespace

AttachmentService::AttachmentService(Database database, const Configuration& configuration, Clock clock)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(std::move(clock))
    , m_access(m_database, m_clock)
{
}

QString AttachmentService::safeFileName(const QString& name)
{
    // A name may have come from another office: no folders, nothing a file system refuses.
    static const QRegularExpression reserved(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString safe = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    safe.replace(reserved, QStringLiteral("_"));
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        return QStringLiteral("attachment");
    return safe;
}

// Units of 1024, as file managers show them; words through tr() (the
// desk's locale stays English-formatted for numbers).
QString AttachmentService::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

Status AttachmentService::check(qint64 ticketId, const AttachmentFile& file) const
{
    const QString name = QFileInfo(file.fileName).fileName().trimmed();
    if (name.isEmpty())
        return fail(Error::invalid(QStringLiteral("file"), tr("the file has no name")));
    if (file.content.isEmpty())
        return fail(Error::invalid(QStringLiteral("file"), tr("%1 is empty: there is nothing to attach").arg(name)));
    const qint64 limit = m_configuration.service.attachmentMaxBytes();
    if (file.content.size() > limit)
        return fail(Error::invalid(QStringLiteral("file"), tr("%1 is %2: files up to %3 are attached (the configuration's service.attachments.max_mb)")
                                                               .arg(name, sizeText(file.content.size()), sizeText(limit))));
    auto exists = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {ticketId});
    if (!exists)
        return fail(exists.error());
    if (!exists->isValid())
        return fail(Error{Error::Code::NotFound, QStringLiteral("ticket"), tr("ticket %1 does not exist").arg(ticketId)});
    if (!file.workOrderId)
        return {};
    auto visit = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1 FROM work_orders WHERE id = ? AND ticket_id = ?"),
                             {*file.workOrderId, ticketId});
    if (!visit)
        return fail(visit.error());
    if (!visit->isValid())
        return fail(Error{Error::Code::NotFound, QStringLiteral("visit"), tr("the visit is not one of this ticket's")});
    return {};
}

Result<Attachment> AttachmentService::add(qint64 ticketId, const AttachmentFile& file, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return fail(allowed.error());
    if (auto valid = check(ticketId, file); !valid)
        return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto added = write(ticketId, file, actorId, m_clock.now());
    if (!added)
        return fail(added.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit attachmentsChanged(ticketId);
    return added;
}

Result<QList<Attachment>> AttachmentService::addAll(qint64 ticketId, const QList<AttachmentFile>& files, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return fail(allowed.error());
    for (const AttachmentFile& file : files)
        if (auto valid = check(ticketId, file); !valid)
            return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QList<Attachment> added;
    for (const AttachmentFile& file : files) {
        auto attachment = write(ticketId, file, actorId, m_clock.now());
        if (!attachment)
            return fail(attachment.error());
        added.append(*attachment);
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit attachmentsChanged(ticketId);
    return added;
}

Result<Attachment> AttachmentService::write(qint64 ticketId, const AttachmentFile& file, qint64 actorId, qint64 at) const
{
    const QString uuid = file.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : file.uuid;
    const QString name = QFileInfo(file.fileName).fileName().trimmed();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, file.content).name();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    const int parts = int((file.content.size() + kPartBytes - 1) / kPartBytes);
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO attachments (uuid, ticket_id, work_order_id, file_name, mime_type, size_bytes, "
                                            "sha256, part_count, thumbnail, created_at, created_by, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {uuid, ticketId,
                              file.workOrderId ? QVariant(*file.workOrderId) : QVariant(), name, mime, qint64(file.content.size()),
                              digest, parts, file.thumbnail.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(file.thumbnail),
                              at, actorValue(actorId), actorValue(actorId)});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = insertedId(*inserted, QStringLiteral("attachments"));
    if (auto stored = storeParts(id, uuid, ticketId, file.content, actorId); !stored)
        return fail(stored.error());
    auto added = get(id);
    if (!added)
        return fail(added.error());
    if (auto logged = logEvent(*added, actorId, false, at); !logged)
        return fail(logged.error());
    return added;
}

// A part's uuid follows from its attachment's, so a repeated data load repeats it too.
Status AttachmentService::storeParts(qint64 attachmentId, const QString& uuid, qint64 ticketId, const QByteArray& content,
                                     qint64 actorId) const
{
    const QUuid space = QUuid::fromString(uuid);
    QSqlQuery insert(m_database.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO attachment_parts (uuid, attachment_id, ticket_id, part_no, data, updated_by) "
                                       "VALUES (?, ?, ?, ?, ?, ?)")))
        return fail(sql::errorOf(insert));
    for (qint64 at = 0, part = 0; at < content.size(); at += kPartBytes, ++part) {
        const QUuid partUuid = QUuid::createUuidV5(space, QByteArray::number(part));
        sql::bindAll(insert, {partUuid.toString(QUuid::WithoutBraces), attachmentId, ticketId, part,
                              content.mid(at, kPartBytes), actorValue(actorId)});
        if (auto ran = sql::exec(insert); !ran)
            return ran;
    }
    return {};
}

// The timeline says what was attached or removed, and to which visit.
Status AttachmentService::logEvent(const Attachment& attachment, qint64 actorId, bool removing, qint64 at) const
{
    TicketEvent event;
    event.at = at;
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("attachment");
    event.field = removing ? QStringLiteral("removed") : QStringLiteral("added");
    event.newValue = attachment.fileName;
    event.oldValue = attachment.visitNo ? QString::number(*attachment.visitNo) : QString();
    event.body = QString::number(attachment.sizeBytes);
    return TicketStore(m_database).appendEvent(attachment.ticketId, event);
}

Result<QList<Attachment>> AttachmentService::select(const QString& where, const QVariant& value) const
{
    auto query = sql::run(m_database.connection(), QString::fromLatin1(kColumns) + where, {value});
    if (!query)
        return fail(query.error());
    QList<Attachment> found;
    while (query->next())
        found.append(attachmentOf(*query));
    return found;
}

Result<QList<Attachment>> AttachmentService::list(qint64 ticketId) const
{
    return select(QStringLiteral("a.ticket_id = ? ORDER BY a.id"), ticketId);
}

Result<Attachment> AttachmentService::get(qint64 attachmentId) const
{
    auto found = select(QStringLiteral("a.id = ?"), attachmentId);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error{Error::Code::NotFound, QStringLiteral("attachment"), tr("the attachment does not exist or was removed")});
    return found->first();
}

Result<QByteArray> AttachmentService::content(qint64 attachmentId) const
{
    auto attachment = get(attachmentId);
    if (!attachment)
        return fail(attachment.error());
    auto parts = sql::run(m_database.connection(),
                          QStringLiteral("SELECT data FROM attachment_parts WHERE attachment_id = ? ORDER BY part_no"), {attachmentId});
    if (!parts)
        return fail(parts.error());
    QByteArray content;
    // The size came with the row (perhaps from another office): never trusted beyond the limit.
    content.reserve(std::min(attachment->sizeBytes, m_configuration.service.attachmentMaxBytes()));
    int count = 0;
    while (parts->next()) {
        content.append(parts->value(0).toByteArray());
        ++count;
    }
    // Parts still on their way from another office, or damaged: never hand out half a file.
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (count != attachment->partCount)
        return fail(Error{Error::Code::Invalid, QStringLiteral("attachment"),
                          tr("%1 is incomplete here (%2 of %3 parts): it has not fully arrived or is damaged")
                              .arg(attachment->fileName).arg(count).arg(attachment->partCount)});
    if (digest != attachment->sha256)
        return fail(Error{Error::Code::Invalid, QStringLiteral("attachment"),
                          tr("%1 is damaged here: its content does not match the checksum taken when it was attached")
                              .arg(attachment->fileName)});
    return content;
}

Status AttachmentService::remove(qint64 attachmentId, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditTicket); !allowed)
        return allowed;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto attachment = get(attachmentId);
    if (!attachment)
        return fail(attachment.error());
    auto removed = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE attachments SET removed_at = ?, removed_by = ?, updated_by = ? WHERE id = ? AND removed_at IS NULL"),
                            {m_clock.now(), actorValue(actorId), actorValue(actorId), attachmentId});
    if (!removed)
        return fail(removed.error());
    if (auto logged = logEvent(*attachment, actorId, true, m_clock.now()); !logged)
        return logged;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit attachmentsChanged(attachment->ticketId);
    return {};
}

} // namespace sd
