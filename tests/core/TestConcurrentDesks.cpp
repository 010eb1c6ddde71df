// Twenty desks working the same tickets at once, on either engine: every
// operation commits or is refused as a conflict, nothing committed is lost,
// ticket numbers stay unique, and every committed change is on the timeline.
#include "TestSupport.h"

#include "storage/Sql.h"
#include "tickets/Workflow.h"

#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

#include <mutex>

using namespace sd;

namespace {

TicketDraft callAbout(const QString& subject)
{
    TicketDraft draft;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("138 0013 8000");
    draft.channel = Channel::Phone;
    draft.category = Category::Fault;
    draft.priority = Priority::P3;
    draft.subject = subject;
    return draft;
}

// What one desk committed, for checking against the database afterwards.
struct Committed
{
    enum Kind { Create, Comment, Status, Assign };
    Kind kind;
    qint64 ticketId;
    int version;  // the ticket's version after the change
    QString text; // comment body, status note, or the new ticket's number
    int expected = 0; // the version the desk read before the change (0: none)
};

struct DeskLog
{
    QList<Committed> committed;
    int conflicts = 0;
    QStringList failures; // anything that is neither a commit nor a conflict
};

class Desk
{
public:
    Desk(Workspace& workspace, qint64 actorId, int index, const QList<qint64>& shared)
        : m_workspace(workspace), m_actor(actorId), m_index(index), m_shared(shared), m_random(quint32(1000 + index))
    {
    }

    void work(int operations)
    {
        for (int op = 0; op < operations; ++op)
            step(op);
        m_workspace.database().releaseThreadConnection();
    }
    const DeskLog& log() const { return m_log; }

private:
    void step(int op)
    {
        const QString tag = QStringLiteral("desk %1 op %2").arg(m_index).arg(op);
        const qint64 id = m_shared.at(int(m_random.bounded(m_shared.size())));
        switch (m_random.bounded(4)) {
        case 0: record(Committed::Create, m_workspace.tickets().create(callAbout(tag), m_actor), QString()); break;
        case 1: record(Committed::Comment, m_workspace.tickets().addComment(id, tag, false, m_actor), tag); break;
        case 2: changeStatus(id, tag); break;
        default: assignToSelf(id); break;
        }
    }

    void changeStatus(qint64 id, const QString& tag)
    {
        auto current = m_workspace.tickets().get(id);
        if (!current)
            return m_log.failures.append(current.error().describe());
        const QList<TicketStatus> next = Workflow::nextStatuses(current->status);
        if (next.isEmpty())
            return;
        const TicketStatus to = next.at(int(m_random.bounded(next.size())));
        record(Committed::Status, m_workspace.tickets().changeStatus(id, current->version, to, m_actor, tag), tag,
               current->version);
    }

    void assignToSelf(qint64 id)
    {
        auto current = m_workspace.tickets().get(id);
        if (!current)
            return m_log.failures.append(current.error().describe());
        record(Committed::Assign, m_workspace.tickets().assign(id, current->version, m_actor, current->details.teamCode, m_actor),
               QString(), current->version);
    }

    void record(Committed::Kind kind, const Result<Ticket>& result, const QString& text, int expected = 0)
    {
        if (result) {
            m_log.committed.append({kind, result->id, result->version, kind == Committed::Create ? result->number : text, expected});
            return;
        }
        // A stale version (another desk changed the ticket first) is the one
        // refusal a desk expects; a status that is no longer reachable from
        // what the other desk made of it is the same race seen by the workflow.
        if (result.error().code == Error::Code::Conflict || result.error().code == Error::Code::IllegalTransition)
            ++m_log.conflicts;
        else
            m_log.failures.append(result.error().describe());
    }

    Workspace& m_workspace;
    qint64 m_actor;
    int m_index;
    QList<qint64> m_shared;
    QRandomGenerator m_random;
    DeskLog m_log;
};

qint64 count(test::TempWorkspace& ws, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(ws->database().connection(), statement, values);
    REQUIRE(value);
    return value->toLongLong();
}

} // namespace

TEST_CASE("twenty desks create, comment, assign and move the same tickets at once without losing a change", "[tickets][concurrency]")
{
    constexpr int kDesks = 20;
    constexpr int kOperations = 25;
    test::TempWorkspace ws;
    QList<qint64> shared;
    for (int i = 0; i < 8; ++i) {
        auto ticket = ws->tickets().create(callAbout(QStringLiteral("共享工单 %1").arg(i)), ws.userId("li.na"));
        REQUIRE(ticket);
        shared.append(ticket->id);
    }
    const QStringList logins{QStringLiteral("li.na"), QStringLiteral("wang.lei"), QStringLiteral("sarah.wu"),
                             QStringLiteral("sun.hui"), QStringLiteral("liu.yang")};
    // The desks take each other's tickets, which the matrix leaves to
    // supervisors: here everyone dispatches, so only concurrency can refuse.
    for (const QString& login : logins) {
        auto user = ws->users().byLogin(login);
        REQUIRE(user);
        REQUIRE(ws->userAdmin().update(user->id, {login, user->displayName, Role::Supervisor, user->teamCode, {}}, ws.userId("admin")));
    }
    std::vector<std::unique_ptr<Workspace>> workspaces;
    std::vector<std::unique_ptr<Desk>> desks;
    for (int i = 0; i < kDesks; ++i) {
        auto workspace = Workspace::open(ws.path(), Clock([&ws] { return ws.now(); }));
        REQUIRE(workspace);
        workspaces.push_back(std::move(*workspace));
        desks.push_back(std::make_unique<Desk>(*workspaces.back(), ws.userId(logins.at(i % logins.size()).toLatin1().constData()),
                                               i, shared));
    }
    std::vector<QThread*> threads;
    for (auto& desk : desks)
        threads.push_back(QThread::create([d = desk.get()] { d->work(kOperations); }));
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }

    QList<Committed> all;
    int conflicts = 0;
    for (auto& desk : desks) {
        INFO(desk->log().failures.join(QLatin1Char('\n')).toStdString());
        CHECK(desk->log().failures.isEmpty());
        all += desk->log().committed;
        conflicts += desk->log().conflicts;
    }
    INFO("committed " << all.size() << ", conflicts " << conflicts);
    // (A status step from a status with no way on does nothing and is not counted.)
    CHECK(all.size() + conflicts <= kDesks * kOperations);
    CHECK(all.size() > kDesks * kOperations / 2);

    // Ticket numbers: one per ticket, each new ticket's number its own.
    CHECK(count(ws, QStringLiteral("SELECT COUNT(DISTINCT number) FROM tickets")) == count(ws, QStringLiteral("SELECT COUNT(*) FROM tickets")));
    QSet<QString> numbers;
    QHash<qint64, QSet<int>> versionsOf;
    for (const Committed& change : all) {
        if (change.kind == Committed::Create) {
            CHECK_FALSE(numbers.contains(change.text));
            numbers.insert(change.text);
            continue;
        }
        // No lost update: two commits never produce the same version of a ticket ...
        INFO("ticket " << change.ticketId << " kind " << int(change.kind) << " version " << change.version);
        CHECK_FALSE(versionsOf[change.ticketId].contains(change.version));
        // ... and a change made on what the desk read lands right on top of it.
        if (change.expected > 0)
            CHECK(change.version == change.expected + 1);
        versionsOf[change.ticketId].insert(change.version);
        // ... and every committed change is on the timeline, once.
        if (change.kind == Committed::Comment)
            CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'comment' AND body = ?"),
                        {change.ticketId, change.text}) == 1);
        if (change.kind == Committed::Status)
            CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'status' AND body = ?"),
                        {change.ticketId, change.text}) == 1);
    }
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM tickets")) == 8 + numbers.size());
    // ... and the last of them is what the ticket holds now.
    for (auto it = versionsOf.constBegin(); it != versionsOf.constEnd(); ++it) {
        auto now = ws->tickets().get(it.key());
        REQUIRE(now);
        CHECK(now->version == *std::max_element(it.value().begin(), it.value().end()));
    }
}
