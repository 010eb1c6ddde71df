#include "process/ReplyService.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace sd {
namespace {

constexpr int kMaxTitle = 100;
constexpr int kMaxBody = 4000;
constexpr int kListed = 200;

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{(\\w+)\\}"));
    return pattern;
}

CannedReply replyFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toInt() != 0, query.value(6).toInt()};
}

const QString kColumns = QStringLiteral("SELECT id, uuid, title, language, body, active, version FROM canned_replies ");

} // namespace

ReplyService::ReplyService(Database database, Clock clock)
    : m_database(database)
    , m_clock(clock)
    , m_access(database, clock)
{
}

QStringList ReplyService::languages()
{
    return {QStringLiteral("zh"), QStringLiteral("en")};
}

QStringList ReplyService::placeholders()
{
    return {QStringLiteral("customer"), QStringLiteral("ticket"), QStringLiteral("due"), QStringLiteral("agent")};
}

QString ReplyService::render(const QString& body, const ReplyContext& context)
{
    const QString due = context.due ? QDateTime::fromSecsSinceEpoch(*context.due, context.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QString();
    const QMap<QString, QString> values{{QStringLiteral("customer"), context.customer}, {QStringLiteral("ticket"), context.ticket},
                                        {QStringLiteral("due"), due}, {QStringLiteral("agent"), context.agent}};
    QString rendered;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        rendered += body.mid(last, match.capturedStart() - last);
        rendered += values.contains(match.captured(1)) ? values.value(match.captured(1)) : match.captured(0);
        last = match.capturedEnd();
    }
    return rendered + body.mid(last);
}

Status ReplyService::check(const ReplyDraft& draft, qint64 exceptId) const
{
    std::vector<Error> problems;
    const QString title = draft.title.trimmed();
    if (title.isEmpty() || title.size() > kMaxTitle)
        problems.push_back(Error::invalid(QStringLiteral("title"), tr("give a title of 1 to %1 characters").arg(kMaxTitle)));
    if (!languages().contains(draft.language))
        problems.push_back(Error::invalid(QStringLiteral("language"), tr("choose Chinese or English")));
    if (draft.body.trimmed().isEmpty() || draft.body.size() > kMaxBody)
        problems.push_back(Error::invalid(QStringLiteral("body"), tr("write the reply, up to %1 characters").arg(kMaxBody)));
    for (auto it = placeholderPattern().globalMatch(draft.body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!placeholders().contains(name)) {
            problems.push_back(Error::invalid(QStringLiteral("body"), tr("{%1} is not a placeholder; use {customer}, {ticket}, {due} or {agent}").arg(name)));
            break;
        }
    }
    if (problems.empty()) {
        auto taken = sql::scalar(m_database.connection(),
                                 QStringLiteral("SELECT 1 FROM canned_replies WHERE title = ? AND language = ? AND id <> ? AND active = 1"),
                                 {title, draft.language, exceptId});
        if (!taken)
            return fail(taken.error());
        if (taken->isValid())
            problems.push_back(Error{Error::Code::Duplicate, QStringLiteral("title"),
                                     tr("a reply titled \"%1\" is already in use in this language").arg(title)});
    }
    return allOf(std::move(problems));
}

Result<QList<CannedReply>> ReplyService::list(const QString& language, const QString& search, bool withRetired) const
{
    // Case-insensitive on both engines (ILIKE on PostgreSQL).
    auto query = sql::run(m_database.connection(),
                          kColumns + QStringLiteral("WHERE language = ? AND (active = 1 OR ? = 1) AND title %1 ? ESCAPE '\\' "
                                                    "ORDER BY title, id LIMIT ?").arg(m_database.dialect().likeOperator()),
                          {language, withRetired ? 1 : 0, sql::containsPattern(search), kListed});
    if (!query)
        return fail(query.error());
    QList<CannedReply> replies;
    while (query->next())
        replies.append(replyFrom(*query));
    return replies;
}

Result<CannedReply> ReplyService::get(qint64 id) const
{
    auto query = sql::run(m_database.connection(), kColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(QStringLiteral("reply"), tr("canned reply %1 does not exist").arg(id)));
    return replyFrom(*query);
}

Result<CannedReply> ReplyService::add(const ReplyDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageReplies); !allowed)
        return fail(allowed.error());
    // The title check and the write in one transaction: two supervisors cannot both pass it.
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto valid = check(draft, 0); !valid)
        return fail(valid.error());
    const qint64 now = m_clock.now();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO canned_replies (uuid, title, language, body, active, created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), draft.title.trimmed(), draft.language, draft.body.trimmed(),
                              draft.active ? 1 : 0, now, now, actorId > 0 ? QVariant(actorId) : QVariant()});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = insertedId(*inserted, QStringLiteral("canned_replies"));
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit repliesChanged();
    return get(id);
}

Result<CannedReply> ReplyService::update(qint64 id, int expectedVersion, const ReplyDraft& draft, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ManageReplies); !allowed)
        return fail(allowed.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto valid = check(draft, id); !valid)
        return fail(valid.error());
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE canned_replies SET title = ?, language = ?, body = ?, active = ?, updated_at = ?, updated_by = ?, "
                                           "version = version + 1 WHERE id = ? AND version = ?"),
                            {draft.title.trimmed(), draft.language, draft.body.trimmed(), draft.active ? 1 : 0, m_clock.now(),
                             actorId > 0 ? QVariant(actorId) : QVariant(), id, expectedVersion});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(Error{Error::Code::Conflict, QStringLiteral("version"),
                          tr("the canned reply was changed by someone else meanwhile; look at it again and repeat the change")});
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit repliesChanged();
    return get(id);
}

} // namespace sd
