#pragma once

#include "common/Error.h"
#include "knowledge/Article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sd {

class KnowledgeBase;
class Database;

// One article as a Markdown file (docs/KNOWLEDGE.md "Markdown files"): a
// front matter of "key: value" lines between two "---" lines, then the
// sections "## Problem" and "## Answer" ("## 问题", "## 解答" also read).
struct ArticleFile
{
    QString uuid;
    ArticleDraft draft;
    ArticleStatus status = ArticleStatus::Draft;
};

struct ArticleImportSummary
{
    int created = 0;
    int updated = 0;
};

class ArticleFolder
{
    Q_DECLARE_TR_FUNCTIONS(sd::ArticleFolder)

public:
    static QString format(const Article& article);
    // `name` says which file a problem is in.
    static Result<ArticleFile> parse(const QString& text, const QString& name);
    // Every *.md file of the folder, all or none: any bad file stops the import
    // before anything is written, and a refusal while writing undoes it all.
    static Result<ArticleImportSummary> importFrom(const QString& folder, KnowledgeBase& knowledge, Database& database, qint64 actorId);
    // Every article, each in its own file "<id>-<title>.md"; returns how many.
    static Result<int> exportTo(const QString& folder, const KnowledgeBase& knowledge);
    static QString fileNameOf(const Article& article);
};

} // namespace sd
