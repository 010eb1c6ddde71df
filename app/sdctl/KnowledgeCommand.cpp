// sdctl kb: the knowledge base (docs/KNOWLEDGE.md): search and read articles,
// review them, draft one from a resolved ticket, and move them in and out as
// folders of Markdown files.
#include "Command.h"

#include "knowledge/ArticleFolder.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

QJsonObject hitJson(const sd::ArticleHit& hit)
{
    return {{QStringLiteral("id"), hit.id},          {QStringLiteral("title"), hit.title},
            {QStringLiteral("status"), sd::toCode(hit.status)}, {QStringLiteral("language"), hit.language},
            {QStringLiteral("product"), hit.product}, {QStringLiteral("suggested"), hit.suggested},
            {QStringLiteral("used"), hit.used},      {QStringLiteral("score"), hit.score}};
}

int printHits(Command& command, const QList<sd::ArticleHit>& hits)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::ArticleHit& hit : hits)
            list.append(hitJson(hit));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::ArticleHit& hit : hits)
        command.out() << QStringLiteral("#%1  %2  %3  %4").arg(hit.id).arg(sd::toLabel(hit.status), hit.language, hit.title)
                      << (hit.product.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(hit.product))
                      << QStringLiteral("  ") << tr("suggested %1, used %2").arg(hit.suggested).arg(hit.used) << Qt::endl;
    if (hits.isEmpty())
        command.out() << tr("No articles.") << Qt::endl;
    return Ok;
}

int find(Command& command, sd::Workspace& workspace, const QString& text)
{
    const QCommandLineParser& parser = command.parser();
    sd::ArticleQuery query;
    query.text = text;
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = sd::fromCodeOrLabel<sd::ArticleStatus>(parser.value(QStringLiteral("status")));
        if (!query.status)
            return command.usageError(tr("--status: draft, published or archived"));
    } else if (!text.isEmpty()) {
        query.status = sd::ArticleStatus::Published;
    }
    query.language = parser.value(QStringLiteral("language"));
    auto hits = workspace.knowledge().find(query);
    return hits ? printHits(command, *hits) : command.failWith(hits.error());
}

std::optional<qint64> articleId(Command& command, const QString& text)
{
    bool isNumber = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&isNumber);
    if (!isNumber) {
        command.usageError(tr("give the article's number, e.g. 12"));
        return std::nullopt;
    }
    return id;
}

int show(Command& command, sd::Workspace& workspace, qint64 id)
{
    auto article = workspace.knowledge().get(id);
    if (!article)
        return command.failWith(article.error());
    command.out() << sd::ArticleFolder::format(*article);
    return Ok;
}

int move(Command& command, sd::Workspace& workspace, qint64 id, sd::ArticleStatus to)
{
    auto article = workspace.knowledge().get(id);
    if (!article)
        return command.failWith(article.error());
    auto moved = workspace.knowledge().setStatus(id, article->version, to, command.actorId());
    if (!moved)
        return command.failWith(moved.error());
    command.out() << tr("#%1 %2: %3").arg(id).arg(moved->draft.title, sd::toLabel(moved->status)) << Qt::endl;
    return Ok;
}

int fromTicket(Command& command, sd::Workspace& workspace, const QString& number)
{
    auto ticketId = ticketIdOf(command, workspace, number);
    if (!ticketId)
        return Failed;
    auto draft = workspace.knowledge().draftFromTicket(*ticketId);
    if (!draft)
        return command.failWith(draft.error());
    auto created = workspace.knowledge().create(*draft, command.actorId());
    if (!created)
        return command.failWith(created.error());
    command.out() << tr("Draft #%1 written from %2: %3").arg(created->id).arg(number, created->draft.title) << Qt::endl;
    return Ok;
}

int folder(Command& command, sd::Workspace& workspace, const QString& verb, const QString& path)
{
    if (verb == QLatin1String("export")) {
        auto written = sd::ArticleFolder::exportTo(path, workspace.knowledge());
        if (!written)
            return command.failWith(written.error());
        command.out() << tr("%1 articles written to %2").arg(*written).arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Ok;
    }
    auto imported = sd::ArticleFolder::importFrom(path, workspace.knowledge(), workspace.database(), command.actorId());
    if (!imported)
        return command.failWith(imported.error());
    command.out() << tr("Imported: %1 new articles, %2 updated.").arg(imported->created).arg(imported->updated) << Qt::endl;
    return Ok;
}

} // namespace

int runKnowledge(const QStringList& arguments)
{
    Command command(QStringLiteral("kb"),
                    tr("kb search TEXT: published articles that match, best first (Chinese and English).\n"
                       "kb list [--status draft|published|archived]: articles, newest first.\n"
                       "kb show ID: one article, as a Markdown file.\n"
                       "kb publish|archive|draft ID: review an article (publish), retire it, or take it back for revision.\n"
                       "kb from-ticket NUMBER: a draft from a resolved ticket's problem and solution.\n"
                       "kb import FOLDER | kb export FOLDER: articles as Markdown files, all or none."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("search | list | show | publish | archive | draft | from-ticket | import | export"));
    parser.addOptions({{QStringLiteral("status"), tr("search, list: only articles in this status."), QStringLiteral("STATUS")},
                       {QStringLiteral("language"), tr("search, list: only articles in zh or en."), QStringLiteral("LANG")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    static const QMap<QString, sd::ArticleStatus> moves{{QStringLiteral("publish"), sd::ArticleStatus::Published},
                                                        {QStringLiteral("archive"), sd::ArticleStatus::Archived},
                                                        {QStringLiteral("draft"), sd::ArticleStatus::Draft}};
    const QStringList withArgument{QStringLiteral("search"), QStringLiteral("show"), QStringLiteral("from-ticket"),
                                   QStringLiteral("import"), QStringLiteral("export")};
    const bool known = (verb == QLatin1String("list") && positional.size() == 1)
                       || ((withArgument.contains(verb) || moves.contains(verb)) && positional.size() == 2);
    if (!known)
        return command.usageError(tr("use: sdctl kb search TEXT | list | show ID | publish|archive|draft ID | from-ticket NUMBER | "
                                     "import FOLDER | export FOLDER"));
    const bool writes = moves.contains(verb) || verb == QLatin1String("from-ticket") || verb == QLatin1String("import");
    auto workspace = command.openWorkspace(writes ? Command::Access::Write : Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    const QString argument = positional.value(1);
    if (verb == QLatin1String("search") || verb == QLatin1String("list"))
        return find(command, *workspace, argument);
    if (verb == QLatin1String("from-ticket"))
        return fromTicket(command, *workspace, argument);
    if (verb == QLatin1String("import") || verb == QLatin1String("export"))
        return folder(command, *workspace, verb, argument);
    const auto id = articleId(command, argument);
    if (!id)
        return Usage;
    return verb == QLatin1String("show") ? show(command, *workspace, *id) : move(command, *workspace, *id, moves.value(verb));
}

} // namespace sdctl
