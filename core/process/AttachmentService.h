#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace sd {

// A file attached to a ticket or to one of its visits, without its content.
struct Attachment
{
    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    std::optional<qint64> workOrderId;
    std::optional<int> visitNo;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    int partCount = 0;
    QByteArray thumbnail; // a small PNG for images, made by the screen that attached it; empty otherwise
    qint64 createdAt = 0;
    QString createdByName;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
};

// What is attached: the file's name and content, and where it belongs.
struct AttachmentFile
{
    QString fileName;
    QByteArray content;
    QByteArray thumbnail;
    std::optional<qint64> workOrderId; // a visit of the same ticket; none: the ticket itself
    QString uuid;                      // empty: a new one (data loads give their own, to be repeatable)
};

// Photos and files on tickets and visits (docs/SERVICE.md "Attachments"):
// kept in the database in parts, so they are backed up and travel with it;
// at most the configured size each; removed ones are hidden, never deleted.
class AttachmentService : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kPartBytes = 512 * 1024;

    AttachmentService(Database database, const Configuration& configuration, Clock clock);

    Result<Attachment> add(qint64 ticketId, const AttachmentFile& file, qint64 actorId);
    // Several files at once, all or none (a script's command).
    Result<QList<Attachment>> addAll(qint64 ticketId, const QList<AttachmentFile>& files, qint64 actorId);
    // The rows and the timeline event of one attachment made at `at`, in the
    // caller's transaction: add() after its checks, and data loads (demo data).
    Result<Attachment> write(qint64 ticketId, const AttachmentFile& file, qint64 actorId, qint64 at) const;
    // The ticket's attachments (its visits' too), oldest first; no content is read.
    Result<QList<Attachment>> list(qint64 ticketId) const;
    Result<Attachment> get(qint64 attachmentId) const;
    // The whole content, checked against the checksum taken when it was attached.
    Result<QByteArray> content(qint64 attachmentId) const;
    Status remove(qint64 attachmentId, qint64 actorId);

    static QString sizeText(qint64 bytes);
    // The name to write a file under: its last part only, without characters
    // a file system refuses (names may come from other offices).
    static QString safeFileName(const QString& name);

signals:
    void attachmentsChanged(qint64 ticketId);

private:
    Status check(qint64 ticketId, const AttachmentFile& file) const;
    Status storeParts(qint64 attachmentId, const QString& uuid, qint64 ticketId, const QByteArray& content, qint64 actorId) const;
    Status logEvent(const Attachment& attachment, qint64 actorId, bool removing, qint64 at) const;
    Result<QList<Attachment>> select(const QString& where, const QVariant& value) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
