#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "knowledge/Article.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

#include <QObject>

namespace sd {

class TicketService;

// A list of articles: all, or those matching a search, ranked.
struct ArticleQuery
{
    QString text;                        // empty: newest first, unranked
    std::optional<ArticleStatus> status; // none: any
    QString language;                    // empty: any
    int limit = 200;
};

// What a ticket form knows while the agent types: the articles to suggest.
struct SuggestionRequest
{
    QString subject;
    QString description;
    QString product;
    std::optional<Category> category;
    int limit = 5;
    QStringList bonusTerms; // filled in by suggest(): the description's own terms
};

// The knowledge base (docs/KNOWLEDGE.md): articles written as drafts,
// published by a reviewer, archived when they no longer apply; searched in
// Chinese and English, suggested beside the ticket form, and counted each time
// they are suggested and used.
class KnowledgeBase : public QObject
{
    Q_OBJECT

public:
    KnowledgeBase(Database database, const Configuration& configuration, Clock clock, TicketService& tickets);

    Result<Article> get(qint64 id) const;
    Result<std::optional<Article>> byUuid(const QString& uuid) const;
    Result<QList<ArticleHit>> find(const ArticleQuery& query) const;
    // Published articles that match the ticket, best first.
    Result<QList<ArticleHit>> suggest(const SuggestionRequest& request) const;

    Result<Article> create(const ArticleDraft& draft, qint64 actorId);
    Result<Article> update(qint64 id, int expectedVersion, const ArticleDraft& draft, qint64 actorId);
    // Publishing makes the actor the reviewer, who may not be the author.
    Result<Article> setStatus(qint64 id, int expectedVersion, ArticleStatus to, qint64 actorId);
    // A problem and its solution from a resolved or closed ticket, to edit and save.
    Result<ArticleDraft> draftFromTicket(qint64 ticketId) const;

    // Shown to an agent beside a ticket; inserted into a reply.
    Status countSuggested(const QList<qint64>& articleIds);
    Status countUsed(qint64 articleId);

    // An imported article (knowledge/ArticleFolder): created with its uuid, or
    // the article with that uuid overwritten. Published only where the actor
    // may publish; otherwise kept a draft. Call inside a write transaction.
    Result<Article> importArticle(const QString& uuid, const ArticleDraft& draft, ArticleStatus status, qint64 actorId);

    static Status validate(const ArticleDraft& draft);
    static bool allowedMove(ArticleStatus from, ArticleStatus to);

signals:
    void articlesChanged();

private:
    Status noteWrittenFrom(const Article& article, qint64 actorId) const;
    Result<QList<ArticleHit>> ranked(const QStringList& terms, const QString& where, const QVariantList& values,
                                     const SuggestionRequest* boost, int limit) const;
    Result<QList<ArticleHit>> hits(const QString& statement, const QVariantList& values) const;
    Status requireEdit(const Article& article, qint64 actorId) const;
    Status checkDuplicateTitle(const ArticleDraft& draft, qint64 exceptId) const;
    Status count(const QString& column, const QList<qint64>& articleIds);
    Result<Article> insert(const QString& uuid, const ArticleDraft& draft, ArticleStatus status, qint64 actorId, const QVariant& author);
    Result<Article> write(const Article& article, int expectedVersion, const ArticleDraft& draft, ArticleStatus status, qint64 actorId);

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
    TicketService& m_tickets;
};

} // namespace sd
