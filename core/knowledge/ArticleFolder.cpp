#include "knowledge/ArticleFolder.h"

#include "knowledge/KnowledgeBase.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace sd {
namespace {

const QString kFence = QStringLiteral("---");
const QUuid kFileNamespace = QUuid::fromString(QStringLiteral("{8c1d4e2b-7f3a-4b61-a0d9-3e5f2c7b9a14}"));
const QStringList kKeys{QStringLiteral("uuid"),    QStringLiteral("title"),   QStringLiteral("language"),
                        QStringLiteral("status"),  QStringLiteral("category"), QStringLiteral("product"),
                        QStringLiteral("tags"),    QStringLiteral("source_ticket")};

enum class Section { None, Problem, Answer };

Section sectionOf(const QString& line)
{
    const QString heading = line.trimmed();
    if (heading == QLatin1String("## Problem") || heading == QStringLiteral("## 问题"))
        return Section::Problem;
    if (heading == QLatin1String("## Answer") || heading == QStringLiteral("## 解答") || heading == QStringLiteral("## 答案"))
        return Section::Answer;
    return Section::None;
}

Error badLine(const QString& name, int line, const QString& what)
{
    return Error::invalid(QStringLiteral("file"), ArticleFolder::tr("%1, line %2: %3").arg(name).arg(line).arg(what));
}

Status applyKey(ArticleFile& file, const QString& key, const QString& value, const QString& name, int line)
{
    if (key == QLatin1String("uuid")) {
        if (QUuid::fromString(value).isNull())
            return fail(badLine(name, line, ArticleFolder::tr("\"%1\" is not a uuid").arg(value)));
        file.uuid = QUuid::fromString(value).toString(QUuid::WithoutBraces);
    } else if (key == QLatin1String("title")) {
        file.draft.title = value;
    } else if (key == QLatin1String("language")) {
        if (value != QLatin1String("zh") && value != QLatin1String("en"))
            return fail(badLine(name, line, ArticleFolder::tr("the language is zh or en, not \"%1\"").arg(value)));
        file.draft.language = value;
    } else if (key == QLatin1String("status")) {
        auto status = fromCodeOrLabel<ArticleStatus>(value);
        if (!status)
            return fail(badLine(name, line, ArticleFolder::tr("the status is draft, published or archived, not \"%1\"").arg(value)));
        file.status = *status;
    } else if (key == QLatin1String("category")) {
        auto category = fromCodeOrLabel<Category>(value);
        if (!value.isEmpty() && !category)
            return fail(badLine(name, line, ArticleFolder::tr("there is no ticket category \"%1\"").arg(value)));
        file.draft.category = category;
    } else if (key == QLatin1String("product")) {
        file.draft.product = value;
    } else if (key == QLatin1String("tags")) {
        file.draft.tags = value;
    } else if (key == QLatin1String("source_ticket")) {
        file.draft.sourceTicket = value;
    }
    return {};
}

// The front matter's lines; returns the index of the line after the closing fence.
Result<qsizetype> readFrontMatter(const QStringList& lines, ArticleFile& file, const QString& name)
{
    if (lines.isEmpty() || lines.first().trimmed() != kFence)
        return fail(badLine(name, 1, ArticleFolder::tr("an article file starts with a line \"---\" and its title, language and status")));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == kFence)
            return i + 1;
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(badLine(name, int(i + 1), ArticleFolder::tr("\"%1\" is not \"key: value\"; the front matter ends with a line \"---\"").arg(line)));
        const QString key = line.left(colon).trimmed().toLower();
        if (!kKeys.contains(key))
            return fail(badLine(name, int(i + 1), ArticleFolder::tr("\"%1\" is not one of %2").arg(line, kKeys.join(QStringLiteral(", ")))));
        if (auto applied = applyKey(file, key, line.mid(colon + 1).trimmed(), name, int(i + 1)); !applied)
            return fail(applied.error());
    }
    return fail(badLine(name, int(lines.size()), ArticleFolder::tr("the front matter has no closing line \"---\"")));
}

void readSections(const QStringList& lines, qsizetype from, ArticleFile& file)
{
    QStringList problem;
    QStringList answer;
    QStringList loose;
    Section current = Section::None;
    for (qsizetype i = from; i < lines.size(); ++i) {
        const Section next = sectionOf(lines.at(i));
        if (next != Section::None) {
            current = next;
            continue;
        }
        (current == Section::Problem ? problem : current == Section::Answer ? answer : loose).append(lines.at(i));
    }
    file.draft.problem = problem.join(QLatin1Char('\n')).trimmed();
    // A file without the two headings is all answer.
    file.draft.answer = (current == Section::None ? loose : answer).join(QLatin1Char('\n')).trimmed();
}

QString safeFileName(const QString& title)
{
    QString name;
    for (QChar c : title.left(60))
        name.append(QStringLiteral("\\/:*?\"<>|").contains(c) || c.isSpace() || c.unicode() < 32 ? QLatin1Char('-') : c);
    return name;
}

} // namespace

QString ArticleFolder::format(const Article& article)
{
    const ArticleDraft& d = article.draft;
    QStringList lines{kFence,
                      QStringLiteral("uuid: ") + article.uuid,
                      QStringLiteral("title: ") + d.title.simplified(),
                      QStringLiteral("language: ") + d.language,
                      QStringLiteral("status: ") + toCode(article.status),
                      QStringLiteral("category: ") + (d.category ? toCode(*d.category) : QString()),
                      QStringLiteral("product: ") + d.product.simplified(),
                      QStringLiteral("tags: ") + d.tags.simplified(),
                      QStringLiteral("source_ticket: ") + d.sourceTicket,
                      kFence,
                      QString(),
                      QStringLiteral("## Problem"),
                      QString(),
                      d.problem,
                      QString(),
                      QStringLiteral("## Answer"),
                      QString(),
                      d.answer};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<ArticleFile> ArticleFolder::parse(const QString& text, const QString& name)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (unified.startsWith(QChar(0xFEFF)))
        unified.remove(0, 1);
    const QStringList lines = unified.split(QLatin1Char('\n'));
    ArticleFile file;
    file.draft.language.clear();
    auto body = readFrontMatter(lines, file, name);
    if (!body)
        return fail(body.error());
    if (file.draft.title.isEmpty())
        return fail(badLine(name, 1, tr("the front matter has no title")));
    if (file.draft.language.isEmpty())
        return fail(badLine(name, 1, tr("the front matter has no language (zh or en)")));
    readSections(lines, *body, file);
    // A file written by hand has no uuid: named by title and language, so
    // importing it again updates the same article.
    if (file.uuid.isEmpty())
        file.uuid = QUuid::createUuidV5(kFileNamespace, file.draft.language + QLatin1Char('/') + file.draft.title)
                        .toString(QUuid::WithoutBraces);
    if (auto valid = KnowledgeBase::validate(file.draft); !valid)
        return fail(Error::invalid(QStringLiteral("file"), QStringLiteral("%1: %2").arg(name, valid.error().message)));
    return file;
}

QString ArticleFolder::fileNameOf(const Article& article)
{
    return QStringLiteral("%1-%2.md").arg(article.id).arg(safeFileName(article.draft.title));
}

Result<ArticleImportSummary> ArticleFolder::importFrom(const QString& folder, KnowledgeBase& knowledge, Database& database,
                                                       qint64 actorId)
{
    const QDir dir(folder);
    if (!dir.exists())
        return fail(Error::io(QStringLiteral("folder"), tr("there is no folder %1").arg(QDir::toNativeSeparators(folder))));
    QList<ArticleFile> files;
    QStringList names;
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::io(QStringLiteral("file"), tr("%1 cannot be read: %2").arg(name, file.errorString())));
        auto parsed = parse(QString::fromUtf8(file.readAll()), name);
        if (!parsed)
            return fail(parsed.error());
        files.append(*parsed);
        names.append(name);
    }
    WriteTransaction transaction(database.connection(), database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    ArticleImportSummary summary;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto existing = knowledge.byUuid(files.at(i).uuid);
        if (!existing)
            return fail(existing.error());
        auto written = knowledge.importArticle(files.at(i).uuid, files.at(i).draft, files.at(i).status, actorId);
        if (!written)
            return fail(Error{written.error().code, written.error().field, QStringLiteral("%1: %2").arg(names.at(i), written.error().message)});
        ++(*existing ? summary.updated : summary.created);
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit knowledge.articlesChanged();
    return summary;
}

Result<int> ArticleFolder::exportTo(const QString& folder, const KnowledgeBase& knowledge)
{
    if (!QDir().mkpath(folder))
        return fail(Error::io(QStringLiteral("folder"), tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(folder))));
    ArticleQuery all;
    all.limit = 1000000;
    auto hits = knowledge.find(all);
    if (!hits)
        return fail(hits.error());
    for (const ArticleHit& hit : *hits) {
        auto article = knowledge.get(hit.id);
        if (!article)
            return fail(article.error());
        QSaveFile file(QDir(folder).filePath(fileNameOf(*article)));
        if (!file.open(QIODevice::WriteOnly) || file.write(format(*article).toUtf8()) < 0 || !file.commit())
            return fail(Error::io(QStringLiteral("file"), tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString())));
    }
    return int(hits->size());
}

} // namespace sd
