#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

#include <QObject>
#include <QTimeZone>

#include <optional>

namespace sd {

// A prepared answer agents insert into a reply, in one language, with
// placeholders filled from the ticket ({customer}, {ticket}, {due}, {agent}).
struct CannedReply
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString language; // "zh" or "en"
    QString body;
    bool active = true;
    int version = 1;
};

struct ReplyDraft
{
    QString title;
    QString language;
    QString body;
    bool active = true;
};

// What the placeholders of a reply stand for on one ticket.
struct ReplyContext
{
    QString customer;
    QString ticket;
    std::optional<qint64> due;
    QString agent;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// Canned replies (docs/SERVICE.md "Canned replies"): managed by supervisors,
// used by everyone; never deleted, only taken out of use, so a branch that
// edits one while head office retires it merges field by field.
class ReplyService : public QObject
{
    Q_OBJECT

public:
    ReplyService(Database database, Clock clock);

    static QStringList languages();
    static QStringList placeholders();
    // The body with its placeholders filled; unknown braces are left as typed.
    static QString render(const QString& body, const ReplyContext& context);

    // Titles containing `search` (empty: all), in use only unless asked, by title.
    Result<QList<CannedReply>> list(const QString& language, const QString& search = {}, bool withRetired = false) const;
    Result<CannedReply> add(const ReplyDraft& draft, qint64 actorId);
    Result<CannedReply> update(qint64 id, int expectedVersion, const ReplyDraft& draft, qint64 actorId);

signals:
    void repliesChanged();

private:
    Status check(const ReplyDraft& draft, qint64 exceptId) const;
    Result<CannedReply> get(qint64 id) const;

    Database m_database;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
