// sdctl attachments list|add|get|remove: photos and files on a ticket and its
// visits, through the same core service, size limit and permissions as the desk.
#include "Command.h"

#include "common/Thumbnail.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

int listAttachments(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    auto attachments = workspace.attachments().list(ticketId);
    if (!attachments)
        return command.failWith(attachments.error());
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::Attachment& a : *attachments)
            list.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fileName},
                                    {QStringLiteral("type"), a.mimeType}, {QStringLiteral("size"), a.sizeBytes},
                                    {QStringLiteral("sha256"), a.sha256},
                                    {QStringLiteral("visit"), a.visitNo ? QJsonValue(*a.visitNo) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("thumbnail"), !a.thumbnail.isEmpty()},
                                    {QStringLiteral("attached_at"), QDateTime::fromSecsSinceEpoch(a.createdAt, QTimeZone::utc()).toString(Qt::ISODate)},
                                    {QStringLiteral("attached_by"), a.createdByName}});
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::Attachment& a : *attachments)
        command.out() << QStringLiteral("%1  %2  %3  %4%5").arg(a.id).arg(a.fileName, sd::AttachmentService::sizeText(a.sizeBytes), a.mimeType,
                                                                 a.visitNo ? tr("  visit %1").arg(*a.visitNo) : QString())
                      << Qt::endl;
    if (attachments->isEmpty())
        command.out() << tr("No attachments.") << Qt::endl;
    return Ok;
}

std::optional<qint64> visitOf(Command& command, sd::Workspace& workspace, qint64 ticketId)
{
    if (!command.parser().isSet(QStringLiteral("visit")))
        return 0;
    bool ok = false;
    const int number = command.parser().value(QStringLiteral("visit")).toInt(&ok);
    auto visit = ok ? workspace.visits().byNumber(ticketId, number) : sd::Result<std::optional<sd::Visit>>(std::nullopt);
    if (!visit) {
        command.failWith(visit.error());
        return std::nullopt;
    }
    if (!*visit) {
        command.usageError(tr("--visit: the ticket has no visit %1").arg(command.parser().value(QStringLiteral("visit"))));
        return std::nullopt;
    }
    return (*visit)->id;
}

int addAttachments(Command& command, sd::Workspace& workspace, qint64 ticketId, const QStringList& paths)
{
    const auto visit = visitOf(command, workspace, ticketId);
    if (!visit)
        return command.exitCode();
    const qint64 limit = workspace.configuration().service.attachmentMaxBytes();
    QList<sd::AttachmentFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        // A file over the limit is refused before it is read.
        if (info.size() > limit)
            return command.failWith(sd::Error::invalid(QStringLiteral("file"), tr("%1 is %2: files up to %3 are attached")
                                                                                   .arg(info.fileName(), sd::AttachmentService::sizeText(info.size()),
                                                                                        sd::AttachmentService::sizeText(limit))));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return command.failWith(sd::Error::invalid(QStringLiteral("file"), tr("%1 cannot be read: %2").arg(path, file.errorString())));
        sd::AttachmentFile attached{info.fileName(), file.readAll(), {}, std::nullopt, {}};
        attached.thumbnail = sd::Thumbnail::pngOf(attached.content);
        if (*visit != 0)
            attached.workOrderId = *visit;
        files.append(attached);
    }
    // All or none: a script that names three files gets three or is told why not.
    auto added = workspace.attachments().addAll(ticketId, files, command.actorId());
    if (!added)
        return command.failWith(added.error());
    return listAttachments(command, workspace, ticketId);
}

sd::Result<qint64> attachmentOf(sd::Workspace& workspace, qint64 ticketId, const QString& wanted)
{
    auto attachments = workspace.attachments().list(ticketId);
    if (!attachments)
        return sd::fail(attachments.error());
    for (const sd::Attachment& a : *attachments)
        if (QString::number(a.id) == wanted || a.fileName == wanted)
            return a.id;
    return sd::fail(sd::Error::notFound(QStringLiteral("attachment"), tr("the ticket has no attachment \"%1\"").arg(wanted)));
}

int getAttachment(Command& command, sd::Workspace& workspace, qint64 attachmentId)
{
    auto attachment = workspace.attachments().get(attachmentId);
    auto content = workspace.attachments().content(attachmentId);
    if (!attachment || !content)
        return command.failWith(!attachment ? attachment.error() : content.error());
    QString path = command.parser().value(QStringLiteral("to"));
    if (path.isEmpty() || QFileInfo(path).isDir())
        path = QDir(path.isEmpty() ? QDir::currentPath() : path).filePath(sd::AttachmentService::safeFileName(attachment->fileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return command.failWith(sd::Error::invalid(QStringLiteral("to"), tr("%1 cannot be written: %2").arg(path, file.errorString())));
    command.out() << tr("Wrote %1 (%2)").arg(QDir::toNativeSeparators(path), sd::AttachmentService::sizeText(content->size())) << Qt::endl;
    return Ok;
}

} // namespace

int runAttachments(const QStringList& arguments)
{
    Command command(QStringLiteral("attachments"),
                    tr("attachments list NUMBER: a ticket's photos and files (its visits' too).\n"
                       "attachments add NUMBER FILE... [--visit N]: attach files, each up to the configured size.\n"
                       "attachments get NUMBER ID|NAME [--to PATH]: write one out.\n"
                       "attachments remove NUMBER ID|NAME: hide one (it stays in the database)."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("list NUMBER | add NUMBER FILE... | get NUMBER ID | remove NUMBER ID"));
    parser.addOptions({{QStringLiteral("visit"), tr("add: attach to this visit of the ticket."), QStringLiteral("N")},
                       {QStringLiteral("to"), tr("get: the file or folder to write to (default: the current folder)."), QStringLiteral("PATH")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool known = (verb == QLatin1String("list") && positional.size() == 2) || (verb == QLatin1String("add") && positional.size() >= 3)
                    || ((verb == QLatin1String("get") || verb == QLatin1String("remove")) && positional.size() == 3);
    if (!known)
        return command.usageError(tr("use: sdctl attachments list NUMBER | add NUMBER FILE... [--visit N] | get NUMBER ID [--to PATH] | remove NUMBER ID"));
    const bool reads = verb == QLatin1String("list") || verb == QLatin1String("get");
    auto workspace = command.openWorkspace(reads ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    const auto ticketId = ticketIdOf(command, *workspace, positional.at(1));
    if (!ticketId)
        return command.exitCode();
    if (verb == QLatin1String("list"))
        return listAttachments(command, *workspace, *ticketId);
    if (verb == QLatin1String("add"))
        return addAttachments(command, *workspace, *ticketId, positional.mid(2));
    auto attachmentId = attachmentOf(*workspace, *ticketId, positional.at(2));
    if (!attachmentId)
        return command.failWith(attachmentId.error());
    if (verb == QLatin1String("get"))
        return getAttachment(command, *workspace, *attachmentId);
    if (auto removed = workspace->attachments().remove(*attachmentId, command.actorId()); !removed)
        return command.failWith(removed.error());
    return listAttachments(command, *workspace, *ticketId);
}

} // namespace sdctl
