#pragma once

#include "common/Codes.h"

#include <QString>

#include <optional>

namespace sd {

// What an author writes (docs/KNOWLEDGE.md): the problem as customers describe
// it and the answer an agent gives, in simple Markdown, for one language.
struct ArticleDraft
{
    QString title;
    QString problem;
    QString answer;
    std::optional<Category> category; // the kind of ticket it answers; none: any
    QString product;
    QString tags; // comma-separated
    QString language = QStringLiteral("zh"); // "zh" or "en", as canned replies
    QString sourceTicket; // the number of the ticket it was written from
};

struct Article
{
    qint64 id = 0;
    QString uuid;
    ArticleDraft draft;
    ArticleStatus status = ArticleStatus::Draft;
    std::optional<qint64> authorId;
    QString authorName;
    std::optional<qint64> reviewerId;
    QString reviewerName;
    std::optional<qint64> reviewedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 1;
    // Counted over all offices and days.
    qint64 suggested = 0;
    qint64 used = 0;
};

// One line of a result list: enough to choose, without the long texts.
struct ArticleHit
{
    qint64 id = 0;
    QString title;
    QString product;
    QString language;
    ArticleStatus status = ArticleStatus::Draft;
    qint64 updatedAt = 0;
    qint64 suggested = 0;
    qint64 used = 0;
    int score = 0; // how well it matches the search (0 in plain lists)
};

} // namespace sd
