#include "knowledge/KnowledgeBase.h"

#include "knowledge/KnowledgeTerms.h"
#include "people/UserDirectory.h"
#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {

constexpr int kTitleLength = 200;
constexpr int kTextLength = 20000;
// Usage rows are named by article, office and day, so every desk of an office
// adds to one row a day (an upsert) and offices never share one.
const QUuid kUsageNamespace = QUuid::fromString(QStringLiteral("{5b0f6a3e-2d41-4d8e-9a57-1c3f0e7b6a20}"));

const QString kUsage = QStringLiteral(
    "(SELECT COALESCE(SUM(k.suggested), 0) FROM kb_usage k WHERE k.article_id = a.id) AS suggested, "
    "(SELECT COALESCE(SUM(k.used), 0) FROM kb_usage k WHERE k.article_id = a.id) AS used");
const QString kHitColumns = QStringLiteral("a.id, a.title, a.product, a.language, a.status, a.updated_at, ") + kUsage;

QVariant actorOrNull(qint64 actorId)
{
    return actorId > 0 ? QVariant(actorId) : QVariant();
}

QString normalisedTags(const QString& tags)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList parts;
    for (const QString& part : tags.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

ArticleDraft normalised(ArticleDraft draft)
{
    draft.title = draft.title.trimmed();
    draft.product = draft.product.trimmed();
    draft.tags = normalisedTags(draft.tags);
    draft.problem = draft.problem.trimmed();
    draft.answer = draft.answer.trimmed();
    return draft;
}

Article articleFrom(const QSqlQuery& q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.draft.title = q.value(2).toString();
    a.draft.problem = q.value(3).toString();
    a.draft.answer = q.value(4).toString();
    a.draft.category = fromCode<Category>(q.value(5).toString());
    a.draft.product = q.value(6).toString();
    a.draft.tags = q.value(7).toString();
    a.draft.language = q.value(8).toString();
    a.status = fromCode<ArticleStatus>(q.value(9).toString()).value_or(ArticleStatus::Draft);
    a.authorId = sql::optionalInt(q.value(10));
    a.authorName = q.value(11).toString();
    a.reviewerId = sql::optionalInt(q.value(12));
    a.reviewerName = q.value(13).toString();
    a.reviewedAt = sql::optionalInt(q.value(14));
    a.draft.sourceTicket = q.value(15).toString();
    a.createdAt = q.value(16).toLongLong();
    a.updatedAt = q.value(17).toLongLong();
    a.version = q.value(18).toInt();
    a.suggested = q.value(19).toLongLong();
    a.used = q.value(20).toLongLong();
    return a;
}

Error staleArticle()
{
    return Error{Error::Code::Conflict, QStringLiteral("version"),
                 KnowledgeBase::tr("someone else changed this article meanwhile; open it again to see their changes")};
}

} // namespace

KnowledgeBase::KnowledgeBase(Database database, const Configuration& configuration, Clock clock, TicketService& tickets)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(m_database, clock)
    , m_tickets(tickets)
{
}

bool KnowledgeBase::allowedMove(ArticleStatus from, ArticleStatus to)
{
    switch (from) {
    case ArticleStatus::Draft:
        return to == ArticleStatus::Published || to == ArticleStatus::Archived;
    case ArticleStatus::Published:
        return to == ArticleStatus::Draft || to == ArticleStatus::Archived;
    case ArticleStatus::Archived:
        return to == ArticleStatus::Draft;
    }
    return false;
}

Status KnowledgeBase::validate(const ArticleDraft& draft)
{
    std::vector<Error> problems;
    if (draft.title.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("title"), tr("give the article a title")));
    else if (draft.title.trimmed().size() > kTitleLength)
        problems.push_back(Error::invalid(QStringLiteral("title"), tr("the title is longer than %1 characters").arg(kTitleLength)));
    if (draft.language != QLatin1String("zh") && draft.language != QLatin1String("en"))
        problems.push_back(Error::invalid(QStringLiteral("language"), tr("the language must be Chinese (zh) or English (en)")));
    if (draft.problem.size() > kTextLength || draft.answer.size() > kTextLength)
        problems.push_back(Error::invalid(QStringLiteral("answer"), tr("the problem and the answer are each limited to %1 characters").arg(kTextLength)));
    if (problems.empty())
        return {};
    Error first = problems.front();
    first.others.assign(problems.begin() + 1, problems.end());
    return fail(first);
}

Result<Article> KnowledgeBase::get(qint64 id) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT a.id, a.uuid, a.title, a.problem, a.answer, a.category, a.product, a.tags, a.language, "
                                         "a.status, a.author_id, COALESCE(au.display_name, ''), a.reviewer_id, "
                                         "COALESCE(rv.display_name, ''), a.reviewed_at, a.source_ticket, a.created_at, a.updated_at, "
                                         "a.version, ") + kUsage + QStringLiteral(" FROM kb_articles a "
                                         "LEFT JOIN users au ON au.id = a.author_id LEFT JOIN users rv ON rv.id = a.reviewer_id "
                                         "WHERE a.id = ?"),
                          {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(QStringLiteral("article"), tr("there is no knowledge-base article %1").arg(id)));
    return articleFrom(*query);
}

Result<std::optional<Article>> KnowledgeBase::byUuid(const QString& uuid) const
{
    auto id = sql::scalar(m_database.connection(), QStringLiteral("SELECT id FROM kb_articles WHERE uuid = ?"), {uuid});
    if (!id)
        return fail(id.error());
    if (!id->isValid())
        return std::optional<Article>();
    auto article = get(id->toLongLong());
    if (!article)
        return fail(article.error());
    return std::optional<Article>(*article);
}

Result<QList<ArticleHit>> KnowledgeBase::hits(const QString& statement, const QVariantList& values) const
{
    auto query = sql::run(m_database.connection(), statement, values);
    if (!query)
        return fail(query.error());
    QList<ArticleHit> list;
    while (query->next()) {
        ArticleHit hit;
        hit.id = query->value(0).toLongLong();
        hit.title = query->value(1).toString();
        hit.product = query->value(2).toString();
        hit.language = query->value(3).toString();
        hit.status = fromCode<ArticleStatus>(query->value(4).toString()).value_or(ArticleStatus::Draft);
        hit.updatedAt = query->value(5).toLongLong();
        hit.suggested = query->value(6).toLongLong();
        hit.used = query->value(7).toLongLong();
        hit.score = query->value(8).toInt();
        list.append(hit);
    }
    return list;
}

// Each term found anywhere counts most, so an article with more of the terms
// comes first; where it stands (title, tags, problem, answer) orders the rest.
// A suggestion also leans to the ticket's product and kind.
Result<QList<ArticleHit>> KnowledgeBase::ranked(const QStringList& terms, const QString& where, const QVariantList& values,
                                                const SuggestionRequest* boost, int limit) const
{
    const SqlDialect& dialect = m_database.dialect();
    const QString like = dialect.likeOperator() + QStringLiteral(" ? ESCAPE '\\'");
    QStringList matches;
    QVariantList matchValues;
    QStringList scores;
    QVariantList scoreValues;
    QStringList described;
    QVariantList describedValues;
    for (const QString& term : terms) {
        const SqlFragment condition = dialect.articleTermCondition(term);
        matches.append(condition.sql);
        matchValues += condition.values;
        described.append(QStringLiteral("CASE WHEN a.title %1 OR a.tags %1 OR a.problem %1 THEN 1 ELSE 0 END").arg(like));
        for (int i = 0; i < 3; ++i)
            describedValues.append(sql::containsPattern(term));
        scores.append(QStringLiteral("CASE WHEN a.title %1 OR a.tags %1 OR a.problem %1 OR a.answer %1 THEN 10 ELSE 0 END "
                                     "+ CASE WHEN a.title %1 THEN 6 ELSE 0 END + CASE WHEN a.tags %1 THEN 4 ELSE 0 END "
                                     "+ CASE WHEN a.problem %1 THEN 2 ELSE 0 END + CASE WHEN a.answer %1 THEN 1 ELSE 0 END").arg(like));
        const QString pattern = sql::containsPattern(term);
        for (int i = 0; i < 8; ++i)
            scoreValues.append(pattern);
    }
    for (const QString& term : boost ? boost->bonusTerms : QStringList()) {
        scores.append(QStringLiteral("CASE WHEN a.title %1 OR a.tags %1 OR a.problem %1 OR a.answer %1 THEN 3 ELSE 0 END").arg(like));
        for (int i = 0; i < 4; ++i)
            scoreValues.append(sql::containsPattern(term));
    }
    if (boost) {
        scores.append(QStringLiteral("CASE WHEN a.product <> '' AND ? <> '' AND (lower(?) LIKE '%' || lower(a.product) || '%' "
                                     "OR lower(a.product) LIKE ? ESCAPE '\\') THEN 5 ELSE 0 END + CASE WHEN a.category = ? THEN 3 ELSE 0 END"));
        const QString product = boost->product.trimmed();
        scoreValues += QVariantList{product, product, sql::containsPattern(product.toLower()),
                                    boost->category ? toCode(*boost->category) : QStringLiteral("-")};
    }
    // A suggestion must name the problem: a common word found only in an
    // answer's steps ("添加", "open") is no reason to offer the article.
    const QString statement = QStringLiteral("SELECT * FROM (SELECT %1, %2 AS score, %3 AS described FROM kb_articles a WHERE %4 AND (%5)) ranked "
                                             "WHERE described >= ? ORDER BY score DESC, used DESC, updated_at DESC, id DESC LIMIT ?")
                                  .arg(kHitColumns, scores.join(QStringLiteral(" + ")), described.join(QStringLiteral(" + ")), where,
                                       matches.join(QStringLiteral(" OR ")));
    return hits(statement, scoreValues + describedValues + values + matchValues + QVariantList{boost ? 1 : 0, limit});
}

Result<QList<ArticleHit>> KnowledgeBase::find(const ArticleQuery& query) const
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (query.status) {
        where += QStringLiteral(" AND a.status = ?");
        values.append(toCode(*query.status));
    }
    if (!query.language.isEmpty()) {
        where += QStringLiteral(" AND a.language = ?");
        values.append(query.language);
    }
    if (query.text.trimmed().isEmpty())
        return hits(QStringLiteral("SELECT %1, 0 FROM kb_articles a WHERE %2 ORDER BY a.updated_at DESC, a.id DESC LIMIT ?")
                        .arg(kHitColumns, where),
                    values + QVariantList{query.limit});
    const QStringList terms = KnowledgeTerms::of(query.text);
    if (terms.isEmpty())
        return QList<ArticleHit>{};
    return ranked(terms, where, values, nullptr, query.limit);
}

// The subject says what the problem is: its terms choose the articles. The
// description, longer and chattier, only orders them (3 for each of its
// other terms an article holds), unless there is no subject yet.
Result<QList<ArticleHit>> KnowledgeBase::suggest(const SuggestionRequest& request) const
{
    QStringList terms = KnowledgeTerms::of(request.subject);
    QStringList more;
    for (const QString& term : KnowledgeTerms::of(request.description))
        if (!terms.contains(term))
            more.append(term);
    if (terms.isEmpty())
        std::swap(terms, more);
    if (terms.isEmpty())
        return QList<ArticleHit>{};
    SuggestionRequest boost = request;
    boost.bonusTerms = more;
    return ranked(terms, QStringLiteral("a.status = ?"), {toCode(ArticleStatus::Published)}, &boost, request.limit);
}

Status KnowledgeBase::checkDuplicateTitle(const ArticleDraft& draft, qint64 exceptId) const
{
    auto other = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT id FROM kb_articles WHERE lower(title) = lower(?) AND language = ? "
                                            "AND status <> ? AND id <> ? ORDER BY id LIMIT 1"),
                             {draft.title, draft.language, toCode(ArticleStatus::Archived), exceptId});
    if (!other)
        return fail(other.error());
    if (other->isValid())
        return fail(Error{Error::Code::Duplicate, QStringLiteral("title"),
                          tr("article %1 already has the title \"%2\"; edit that one, or choose another title")
                              .arg(other->toLongLong()).arg(draft.title)});
    return {};
}

Result<Article> KnowledgeBase::insert(const QString& uuid, const ArticleDraft& draft, ArticleStatus status, qint64 actorId,
                                      const QVariant& author)
{
    const qint64 now = m_clock.now();
    const bool published = status == ArticleStatus::Published;
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO kb_articles (uuid, title, problem, answer, category, product, tags, language, "
                                            "status, author_id, reviewer_id, reviewed_at, source_ticket, created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {uuid, draft.title, draft.problem, draft.answer, draft.category ? toCode(*draft.category) : QString(),
                              draft.product, draft.tags, draft.language, toCode(status), author,
                              published ? actorOrNull(actorId) : QVariant(), published ? QVariant(now) : QVariant(),
                              draft.sourceTicket, now, now, actorOrNull(actorId)});
    if (!inserted)
        return fail(inserted.error());
    return get(insertedId(*inserted, QStringLiteral("kb_articles")));
}

Result<Article> KnowledgeBase::create(const ArticleDraft& input, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::WriteArticles); !allowed)
        return fail(allowed.error());
    const ArticleDraft draft = normalised(input);
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto unique = checkDuplicateTitle(draft, 0); !unique)
        return fail(unique.error());
    auto article = insert(QUuid::createUuid().toString(QUuid::WithoutBraces), draft, ArticleStatus::Draft, actorId, actorOrNull(actorId));
    if (!article)
        return fail(article.error());
    if (auto noted = noteWrittenFrom(*article, actorId); !noted)
        return fail(noted.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit articlesChanged();
    return article;
}

// An article written from a ticket is noted on the ticket's timeline.
Status KnowledgeBase::noteWrittenFrom(const Article& article, qint64 actorId) const
{
    if (article.draft.sourceTicket.isEmpty())
        return {};
    auto ticket = m_tickets.byNumber(article.draft.sourceTicket);
    if (!ticket)
        return ticket.error().code == Error::Code::NotFound ? Status() : fail(ticket.error());
    TicketEvent event;
    event.at = m_clock.now();
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = QStringLiteral("knowledge");
    event.field = QStringLiteral("written");
    event.newValue = article.uuid;
    event.body = article.draft.title;
    return TicketStore(m_database).appendEvent(ticket->id, event);
}

// A draft is anyone's to improve; what the whole desk is offered is the reviewers'.
Status KnowledgeBase::requireEdit(const Article& article, qint64 actorId) const
{
    return m_access.require(actorId, article.status == ArticleStatus::Draft ? Action::WriteArticles : Action::PublishArticles);
}

Result<Article> KnowledgeBase::write(const Article& article, int expectedVersion, const ArticleDraft& draft, ArticleStatus status,
                                     qint64 actorId)
{
    const qint64 now = m_clock.now();
    const bool reviewed = status == ArticleStatus::Published;
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE kb_articles SET title = ?, problem = ?, answer = ?, category = ?, product = ?, tags = ?, "
                                           "language = ?, status = ?, reviewer_id = ?, reviewed_at = ?, updated_at = ?, "
                                           "version = version + 1, updated_by = ? WHERE id = ? AND version = ?"),
                            {draft.title, draft.problem, draft.answer, draft.category ? toCode(*draft.category) : QString(),
                             draft.product, draft.tags, draft.language, toCode(status),
                             reviewed ? actorOrNull(actorId) : sql::nullable(article.reviewerId),
                             reviewed ? QVariant(now) : sql::nullable(article.reviewedAt), now, actorOrNull(actorId), article.id,
                             expectedVersion});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(staleArticle());
    return get(article.id);
}

Result<Article> KnowledgeBase::update(qint64 id, int expectedVersion, const ArticleDraft& input, qint64 actorId)
{
    auto article = get(id);
    if (!article)
        return fail(article.error());
    if (auto allowed = requireEdit(*article, actorId); !allowed)
        return fail(allowed.error());
    if (article->version != expectedVersion)
        return fail(staleArticle());
    ArticleDraft draft = normalised(input);
    draft.sourceTicket = article->draft.sourceTicket;
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    if (article->status == ArticleStatus::Published && draft.answer.isEmpty())
        return fail(Error::invalid(QStringLiteral("answer"), tr("a published article needs its answer")));
    // An edit of a published article is reviewed by whoever makes it: never its author.
    if (article->status == ArticleStatus::Published && article->authorId == actorId)
        return fail(Error{Error::Code::Forbidden, QStringLiteral("reviewer"),
                          tr("you wrote this article: take it back to draft for another reviewer, or ask one to edit it")});
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto unique = checkDuplicateTitle(draft, id); !unique)
        return fail(unique.error());
    auto written = write(*article, expectedVersion, draft, article->status, actorId);
    if (!written)
        return fail(written.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit articlesChanged();
    return written;
}

Result<Article> KnowledgeBase::setStatus(qint64 id, int expectedVersion, ArticleStatus to, qint64 actorId)
{
    auto article = get(id);
    if (!article)
        return fail(article.error());
    // An author may withdraw their own draft; every other move is a reviewer's.
    const bool ownDraft = article->status == ArticleStatus::Draft && to == ArticleStatus::Archived && article->authorId == actorId;
    if (auto allowed = m_access.require(actorId, ownDraft ? Action::WriteArticles : Action::PublishArticles); !allowed)
        return fail(allowed.error());
    if (article->version != expectedVersion)
        return fail(staleArticle());
    if (!allowedMove(article->status, to))
        return fail(Error{Error::Code::IllegalTransition, QStringLiteral("status"),
                          tr("an article that is \"%1\" cannot become \"%2\"").arg(toLabel(article->status), toLabel(to))});
    if (to == ArticleStatus::Published) {
        if (article->draft.answer.isEmpty())
            return fail(Error::invalid(QStringLiteral("answer"), tr("write the answer before the article is published")));
        if (article->authorId && *article->authorId == actorId)
            return fail(Error{Error::Code::Forbidden, QStringLiteral("reviewer"),
                              tr("an article is published by a reviewer other than its author")});
    }
    auto written = write(*article, expectedVersion, article->draft, to, actorId);
    if (!written)
        return fail(written.error());
    emit articlesChanged();
    return written;
}

Result<ArticleDraft> KnowledgeBase::draftFromTicket(qint64 ticketId) const
{
    auto ticket = m_tickets.get(ticketId);
    if (!ticket)
        return fail(ticket.error());
    if (ticket->status != TicketStatus::Resolved && ticket->status != TicketStatus::Closed)
        return fail(Error::invalid(QStringLiteral("ticket"), tr("ticket %1 is not resolved yet: an article is written from a solution")
                                                                 .arg(ticket->number)));
    ArticleDraft draft;
    draft.title = ticket->details.subject;
    draft.problem = ticket->details.description;
    draft.answer = ticket->solution;
    draft.category = ticket->details.category;
    draft.product = ticket->details.product;
    draft.sourceTicket = ticket->number;
    static const QRegularExpression han(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    draft.language = QString(draft.title + draft.problem).contains(han) ? QStringLiteral("zh") : QStringLiteral("en");
    return draft;
}

Status KnowledgeBase::count(const QString& column, const QList<qint64>& articleIds)
{
    const QTimeZone zone(m_configuration.officeTimeZone.toUtf8());
    const QString day = QDateTime::fromSecsSinceEpoch(m_clock.now(), zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : articleIds) {
        auto article = sql::scalar(m_database.connection(), QStringLiteral("SELECT uuid FROM kb_articles WHERE id = ?"), {id});
        if (!article)
            return fail(article.error());
        if (!article->isValid())
            return fail(Error::notFound(QStringLiteral("article"), tr("there is no knowledge-base article %1").arg(id)));
        const QString uuid = QUuid::createUuidV5(kUsageNamespace, article->toString() + QLatin1Char('/') + m_configuration.officeCode
                                                                      + QLatin1Char('/') + day)
                                 .toString(QUuid::WithoutBraces);
        // Column names are the two constants below, never input.
        auto counted = sql::run(m_database.connection(),
                                QStringLiteral("INSERT INTO kb_usage (uuid, article_id, office_code, day, %1) VALUES (?, ?, ?, ?, 1) "
                                               "ON CONFLICT (uuid) DO UPDATE SET %1 = kb_usage.%1 + 1").arg(column),
                                {uuid, id, m_configuration.officeCode, day});
        if (!counted)
            return fail(counted.error());
    }
    return transaction.commit();
}

Status KnowledgeBase::countSuggested(const QList<qint64>& articleIds)
{
    return count(QStringLiteral("suggested"), articleIds);
}

Status KnowledgeBase::countUsed(qint64 articleId)
{
    return count(QStringLiteral("used"), {articleId});
}

Result<Article> KnowledgeBase::importArticle(const QString& uuid, const ArticleDraft& input, ArticleStatus status, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::WriteArticles); !allowed)
        return fail(allowed.error());
    const ArticleDraft draft = normalised(input);
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    auto actor = UserDirectory(m_database).byId(actorId);
    const bool mayPublish = actor && AccessControl::allows(*actor, Action::PublishArticles);
    if (status == ArticleStatus::Published && (!mayPublish || draft.answer.isEmpty()))
        status = ArticleStatus::Draft;
    auto existing = byUuid(uuid);
    if (!existing)
        return fail(existing.error());
    // An import is no review of one's own article, and follows the lifecycle.
    // A new article published from a file was written elsewhere: its author is
    // unknown and the importer its reviewer. One kept a draft is the importer's.
    if (*existing && status == ArticleStatus::Published && (*existing)->authorId == actorId
        && (*existing)->status != ArticleStatus::Published)
        status = ArticleStatus::Draft;
    if (*existing && status != (*existing)->status && !allowedMove((*existing)->status, status))
        status = (*existing)->status;
    if (auto unique = checkDuplicateTitle(draft, *existing ? (*existing)->id : 0); !unique)
        return fail(unique.error());
    if (!*existing)
        return insert(uuid, draft, status, actorId, status == ArticleStatus::Published ? QVariant() : actorOrNull(actorId));
    if (auto allowed = requireEdit(**existing, actorId); !allowed)
        return fail(allowed.error());
    return write(**existing, (*existing)->version, draft, status, actorId);
}

} // namespace sd
