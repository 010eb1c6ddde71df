// Branch sync (docs/SYNC.md): a head office and branch offices that work
// apart and exchange files. Expected outcomes follow from the rules written
// there, not from the program: a field changed on one side takes that value,
// the same field changed on both sides is one conflict row, events are a union.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "exchange/TicketImporter.h"
#include "storage/Sql.h"
#include "sync/CustomerMerge.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

#include <random>

using namespace sd;

// A failed comparison of texts prints them.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

// One office: its own database (head office on the engine of the run, a
// branch always on a SQLite file, as branches are) and a clock of its own.
class Office
{
public:
    explicit Office(bool branch)
        : m_address(branch ? m_dir.filePath(QStringLiteral("branch.sqlite")) : test::newTestDatabase(m_dir))
        , m_now(std::make_shared<qint64>(test::at("2026-10-12T09:00:00+08:00")))
    {
        reopen();
    }
    ~Office()
    {
        m_workspace.reset();
        if (m_address.startsWith(QLatin1String("postgresql:")))
            test::dropTestDatabase(m_address);
    }
    void reopen()
    {
        m_workspace.reset();
        auto now = m_now;
        auto opened = Workspace::open(m_address, Clock([now] { return *now; }));
        if (!opened)
            throw std::runtime_error(opened.error().describe().toStdString());
        m_workspace = std::move(*opened);
    }
    Workspace& ws() { return *m_workspace; }
    SyncService sync() { return SyncService(m_workspace->database(), m_workspace->clock()); }
    qint64 user(const char* login)
    {
        auto found = m_workspace->users().byLogin(QString::fromLatin1(login));
        REQUIRE(found);
        return found->id;
    }
    void tick(qint64 seconds) { *m_now += seconds; }
    // The database file as it is now, kept aside (a backup), and put back later.
    QString copyAside()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        REQUIRE(sql::run(m_workspace->database().connection(), QStringLiteral("VACUUM INTO ?"), {copy}));
        return copy;
    }
    void restore(const QString& copy)
    {
        m_workspace.reset();
        REQUIRE(QFile::remove(m_address));
        QFile::remove(m_address + QStringLiteral("-wal"));
        QFile::remove(m_address + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(copy, m_address));
        reopen();
    }
    QString code;

private:
    QTemporaryDir m_dir;
    QString m_address;
    std::shared_ptr<qint64> m_now;
    std::unique_ptr<Workspace> m_workspace;
    int m_copies = 0;
};

std::unique_ptr<Office> headOffice()
{
    auto head = std::make_unique<Office>(false);
    auto keys = head->sync().setUpHeadOffice();
    REQUIRE(keys);
    head->code = keys->office;
    return head;
}

// A branch database made from a new seed, with the office's keys (new ones
// unless given: a database created again keeps the office's key file).
std::unique_ptr<Office> branchOf(Office& head, const QString& code, std::optional<OfficeKeys> keys = {})
{
    if (!keys) {
        auto made = OfficeKeys::generate(code);
        REQUIRE(made);
        keys = *made;
    }
    REQUIRE(head.sync().registerBranch(keys->publicText()));
    auto seed = head.sync().seedFor(code);
    REQUIRE(seed);
    auto branch = std::make_unique<Office>(true);
    auto created = branch->sync().createBranch(*seed, *keys, (*head.sync().self())->keys);
    REQUIRE(created);
    branch->reopen(); // its configuration now names office `code`
    branch->code = code;
    return branch;
}

OfficeKeys keysOf(Office& office)
{
    auto self = office.sync().self();
    REQUIRE(self);
    OfficeKeys keys = (**self).keys;
    auto secrets = sql::run(office.ws().database().connection(),
                            QStringLiteral("SELECT sign_secret, box_secret FROM sync_offices WHERE is_self = 1"));
    REQUIRE(secrets);
    REQUIRE(secrets->next());
    keys.signSecret = QByteArray::fromBase64(secrets->value(0).toString().toLatin1());
    keys.boxSecret = QByteArray::fromBase64(secrets->value(1).toString().toLatin1());
    return keys;
}

QString refusalOf(Office& receiver, const QByteArray& file)
{
    auto imported = receiver.sync().import(file);
    REQUIRE_FALSE(imported);
    return imported.error().message;
}

QString scalarText(Office& office, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(office.ws().database().connection(), statement, values);
    REQUIRE(value);
    return value->toString();
}

// Both directions, the way "sdctl sync now" does it.
void exchange(Office& branch, Office& head)
{
    auto toHead = branch.sync().changesFor();
    REQUIRE(toHead);
    REQUIRE(head.sync().import(*toHead));
    auto toBranch = head.sync().changesFor(branch.code);
    REQUIRE(toBranch);
    REQUIRE(branch.sync().import(*toBranch));
}

TicketDraft call(std::optional<qint64> customer, const QString& subject)
{
    TicketDraft draft;
    draft.customerId = customer;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("13800138000");
    draft.category = Category::Fault;
    draft.subject = subject;
    return draft;
}

void editSubject(Office& office, const QString& number, const QString& subject, const char* login = "li.na")
{
    auto ticket = office.ws().tickets().byNumber(number);
    REQUIRE(ticket);
    TicketDraft draft = ticket->details;
    draft.subject = subject;
    REQUIRE(office.ws().tickets().edit(ticket->id, ticket->version, draft, office.user(login)));
}

qint64 ticketIdOf(Office& office, const QString& number)
{
    auto ticket = office.ws().tickets().byNumber(number);
    REQUIRE(ticket);
    return ticket->id;
}

} // namespace

TEST_CASE("a branch created from head office's seed holds its configuration, customers and open tickets")
{
    auto head = headOffice();
    CustomerDraft customer;
    customer.name = QStringLiteral("上海冷链有限公司");
    customer.phone = QStringLiteral("021 6234 5678");
    REQUIRE(head->ws().customers().create(customer, head->user("admin")));
    auto branch = branchOf(*head, QStringLiteral("SH"));
    CHECK(branch->ws().configuration().officeCode == QLatin1String("SH"));
    CHECK(scalarText(*branch, QStringLiteral("SELECT phone FROM customers WHERE name = ?"), {QStringLiteral("上海冷链有限公司")})
          == QStringLiteral("021 6234 5678"));
    CHECK(scalarText(*branch, QStringLiteral("SELECT COUNT(*) FROM users")) == scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM users")));
    // A ticket taken at the branch is numbered by the branch and reaches head office with its timeline.
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("冷库温度报警")), branch->user("li.na"));
    REQUIRE(ticket);
    CHECK(ticket->number.startsWith(QLatin1String("SH-")));
    REQUIRE(branch->ws().tickets().addComment(ticket->id, QStringLiteral("客户已重启设备"), false, branch->user("li.na")));
    exchange(*branch, *head);
    auto atHead = head->ws().tickets().byNumber(ticket->number);
    REQUIRE(atHead);
    CHECK(atHead->details.subject == QStringLiteral("冷库温度报警"));
    auto timeline = head->ws().tickets().timeline(atHead->id);
    REQUIRE(timeline);
    QStringList kinds;
    for (const TicketEvent& event : *timeline)
        kinds.append(event.kind);
    CHECK(kinds.contains(QStringLiteral("created")));
    CHECK(kinds.contains(QStringLiteral("comment")));
    // A customer created at the branch gets a code no other office gives.
    CustomerDraft local;
    local.name = QStringLiteral("浦东分店客户");
    auto created = branch->ws().customers().create(local, branch->user("li.na"));
    REQUIRE(created);
    CHECK(created->details.code == QStringLiteral("SH-C000001"));
}

TEST_CASE("a seed signed with any key but head office's is refused before it is opened")
{
    auto head = headOffice();
    auto keys = OfficeKeys::generate(QStringLiteral("SH"));
    REQUIRE(keys);
    REQUIRE(head->sync().registerBranch(keys->publicText()));
    auto seed = head->sync().seedFor(QStringLiteral("SH"));
    REQUIRE(seed);
    // Someone who holds SH's public line makes a "head office" of their own.
    auto impostor = headOffice();
    REQUIRE(impostor->sync().registerBranch(keys->publicText()));
    auto forged = impostor->sync().seedFor(QStringLiteral("SH"));
    REQUIRE(forged);
    const OfficeKeys genuine = (*head->sync().self())->keys;
    Office branch(true);
    auto refused = branch.sync().createBranch(*forged, *keys, genuine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("signature does not match office HQ")));
    CHECK_FALSE(*branch.sync().self());
    REQUIRE(branch.sync().createBranch(*seed, *keys, genuine));
}

TEST_CASE("a branch's closed ticket is in its seed, so a reopening at head office reaches it")
{
    auto head = headOffice();
    const QString history = QDir(QDir::tempPath()).filePath(QStringLiteral("sd-sync-history-%1.csv").arg(QCoreApplication::applicationPid()));
    test::writeHistory(history, QStringLiteral("SH-2025"), 1, 3, [](int i) {
        return QStringLiteral("客户%1,regular,phone,fault,P3,冰箱不制冷 %1,li.na,tech,2025-09-01T10:00:00+08:00,"
                              "2025-09-01T11:00:00+08:00,2025-09-02T11:00:00+08:00,2025-09-03T11:00:00+08:00,0,1,5").arg(i);
    });
    ImportOptions options;
    options.actorId = head->user("admin");
    auto imported = TicketImporter(head->ws()).importFile(history, options);
    QFile::remove(history);
    REQUIRE(imported);
    REQUIRE(imported->committed);
    auto branch = branchOf(*head, QStringLiteral("SH"));
    CHECK(scalarText(*branch, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'closed'")) == QStringLiteral("3"));
    auto closed = head->ws().tickets().byNumber(QStringLiteral("SH-2025-000002"));
    REQUIRE(closed);
    REQUIRE(head->ws().tickets().changeStatus(closed->id, closed->version, TicketStatus::InProgress, head->user("sun.hui"),
                                              QStringLiteral("客户来电：又不制冷了")));
    REQUIRE(head->ws().tickets().addComment(closed->id, QStringLiteral("已安排复修"), false, head->user("sun.hui")));
    exchange(*branch, *head);
    auto reopened = branch->ws().tickets().byNumber(QStringLiteral("SH-2025-000002"));
    REQUIRE(reopened);
    CHECK(reopened->status == TicketStatus::InProgress);
    CHECK(reopened->reopenCount == 1);
    auto timeline = branch->ws().tickets().timeline(reopened->id);
    REQUIRE(timeline);
    CHECK(timeline->last().body == QStringLiteral("已安排复修"));
}

TEST_CASE("head office keeps taking calls once it logs changes for its branches: new rows get their own ids")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    // The capture trigger draws numbers of its own; the new rows must not take them for theirs.
    CustomerDraft customer;
    customer.name = QStringLiteral("上海冷链有限公司");
    auto created = head->ws().customers().create(customer, head->user("li.na"));
    REQUIRE(created);
    CHECK(created->details.name == QStringLiteral("上海冷链有限公司"));
    for (int i = 0; i < 3; ++i) {
        auto ticket = head->ws().tickets().create(call(created->id, QStringLiteral("冷库 %1 号温度报警").arg(i)), head->user("li.na"));
        REQUIRE(ticket);
        CHECK(ticket->details.subject == QStringLiteral("冷库 %1 号温度报警").arg(i));
        auto timeline = head->ws().tickets().timeline(ticket->id);
        REQUIRE(timeline);
        REQUIRE_FALSE(timeline->isEmpty());
        CHECK(timeline->first().kind == QStringLiteral("created"));
        CHECK(timeline->first().newValue == ticket->number);
    }
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE customer_id = ?"), {created->id}) == QStringLiteral("3"));
}

TEST_CASE("a field changed on one side takes that value, the same field changed on both sides is one conflict")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("original")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);

    // Different fields on each side: both kept, no conflict.
    editSubject(*branch, ticket->number, QStringLiteral("branch subject"));
    {
        auto atHead = head->ws().tickets().byNumber(ticket->number);
        REQUIRE(atHead);
        TicketDraft draft = atHead->details;
        draft.priority = Priority::P1;
        REQUIRE(head->ws().tickets().edit(atHead->id, atHead->version, draft, head->user("sun.hui")));
    }
    exchange(*branch, *head);
    for (Office* office : {head.get(), branch.get()}) {
        auto merged = office->ws().tickets().byNumber(ticket->number);
        REQUIRE(merged);
        CHECK(merged->details.subject == QStringLiteral("branch subject"));
        CHECK(merged->details.priority == Priority::P1);
    }
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // The same field on both sides: the later change stays for now, one conflict everywhere.
    editSubject(*head, ticket->number, QStringLiteral("head says"), "sun.hui");
    branch->tick(120); // the branch's change is two minutes later
    editSubject(*branch, ticket->number, QStringLiteral("branch says"));
    exchange(*branch, *head);
    exchange(*branch, *head);
    for (Office* office : {head.get(), branch.get()}) {
        auto merged = office->ws().tickets().byNumber(ticket->number);
        REQUIRE(merged);
        CHECK(merged->details.subject == QStringLiteral("branch says"));
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("1"));
        CHECK(scalarText(*office, QStringLiteral("SELECT here_value || ' / ' || there_value || ' / ' || winner FROM sync_conflicts"))
              == QStringLiteral("[\"head says\"] / [\"branch says\"] / there"));
        CHECK(scalarText(*office, QStringLiteral("SELECT here_by || ' ' || there_by || ' ' || there_office FROM sync_conflicts"))
              == QStringLiteral("sun.hui li.na SH"));
    }
}

TEST_CASE("tickets loaded in bulk at a branch (demo data, a large import) reach head office with their timelines")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    DemoOptions options;
    options.tickets = 300;
    REQUIRE(DemoGenerator(branch->ws(), options).run());
    exchange(*branch, *head);
    const QString tickets = QStringLiteral("SELECT COUNT(*) FROM tickets WHERE substr(number, 1, 3) = 'SH-'");
    const QString events = QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                          "WHERE substr(t.number, 1, 3) = 'SH-'");
    CHECK(scalarText(*head, tickets) == QStringLiteral("300"));
    CHECK(scalarText(*head, events) == scalarText(*branch, events));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM customers")) == scalarText(*branch, QStringLiteral("SELECT COUNT(*) FROM customers")));
}

TEST_CASE("the same customer created at two offices is listed as a duplicate, a supervisor merges them and every office follows")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    CustomerDraft atHead;
    atHead.name = QStringLiteral("王芳");
    atHead.phone = QStringLiteral("138 0013 8000");
    auto kept = head->ws().customers().create(atHead, head->user("li.na"));
    REQUIRE(kept);
    CustomerDraft atBranch;
    atBranch.name = QStringLiteral("王芳（浦东）");
    atBranch.phone = QStringLiteral("13800138000");
    auto other = branch->ws().customers().create(atBranch, branch->user("li.na"));
    REQUIRE(other);
    auto ticket = branch->ws().tickets().create(call(other->id, QStringLiteral("空调不制冷")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);
    // Listed, not merged on its own.
    CustomerMerge merging(head->ws().database(), head->ws().clock());
    auto candidates = merging.candidates();
    REQUIRE(candidates);
    REQUIRE(candidates->size() == 1);
    REQUIRE(candidates->first().customers.size() == 2);
    CHECK(candidates->first().customers.at(0).code == kept->details.code);
    CHECK(candidates->first().customers.at(1).code == QStringLiteral("SH-C000001"));
    CHECK(candidates->first().customers.at(1).tickets == 1);
    const qint64 otherAtHead = head->ws().customers().byCode(QStringLiteral("SH-C000001"))->id;
    auto refused = merging.merge(kept->id, otherAtHead, head->user("li.na"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    REQUIRE(merging.merge(kept->id, otherAtHead, head->user("sun.hui")));
    CHECK(merging.candidates()->isEmpty());
    exchange(*branch, *head);
    // At the branch too: the ticket is the kept customer's, the other points at it and is no longer found.
    auto moved = branch->ws().tickets().byNumber(ticket->number);
    REQUIRE(moved);
    CHECK(moved->customerName == QStringLiteral("王芳"));
    CHECK(scalarText(*branch, QStringLiteral("SELECT merged_into FROM customers WHERE code = 'SH-C000001'")) == kept->uuid);
    auto found = branch->ws().customers().findByPhone(QStringLiteral("13800138000"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().details.name == QStringLiteral("王芳"));
    auto timeline = branch->ws().tickets().timeline(moved->id);
    REQUIRE(timeline);
    CHECK(timeline->last().body == QStringLiteral("Customer SH-C000001 王芳（浦东） merged into %1 王芳").arg(kept->details.code));
}

TEST_CASE("a status the workflow cannot reach from head office's status stays out and becomes a conflict")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("冷柜结霜")), branch->user("li.na"));
    REQUIRE(ticket);
    REQUIRE(branch->ws().tickets().changeStatus(ticket->id, ticket->version, TicketStatus::InProgress, branch->user("li.na")));
    exchange(*branch, *head);
    // An older program at the branch writes a status no move leads to ("new" again).
    REQUIRE(sql::run(branch->ws().database().connection(), QStringLiteral("UPDATE tickets SET status = 'new' WHERE id = ?"), {ticket->id}));
    exchange(*branch, *head);
    exchange(*branch, *head);
    for (Office* office : {head.get(), branch.get()}) {
        CHECK(office->ws().tickets().byNumber(ticket->number)->status == TicketStatus::InProgress);
        CHECK(scalarText(*office, QStringLiteral("SELECT field || ' ' || here_value || ' ' || there_value || ' ' || winner FROM sync_conflicts"))
              == QStringLiteral("status [\"in_progress\"] [\"new\"] here"));
    }
}

TEST_CASE("head office refuses a branch's file that carries changes the branch cannot have made, and writes nothing")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto self = SyncOffices(branch->ws().database()).self();
    REQUIRE(self);
    OfficeRecord sh = **self;
    REQUIRE(SyncOffices(branch->ws().database()).loadSecrets(sh));
    auto headKeys = SyncOffices(head->ws().database()).self();
    REQUIRE(headKeys);
    // Signed by SH, sealed to head office, but claiming a change stamped by GZ.
    const QJsonObject payload{{QStringLiteral("from"), QStringLiteral("SH")}, {QStringLiteral("to"), QStringLiteral("HQ")},
                              {QStringLiteral("number"), 1}, {QStringLiteral("changes_after"), 0}, {QStringLiteral("events_after"), 0},
                              {QStringLiteral("changes_upto"), 9}, {QStringLiteral("events_upto"), 0},
                              {QStringLiteral("items"), QJsonArray{QJsonObject{
                                  {QStringLiteral("e"), QStringLiteral("customer")}, {QStringLiteral("u"), QStringLiteral("x-1")},
                                  {QStringLiteral("cs"), QJsonObject{{QStringLiteral("s"), QStringLiteral("GZ:5")}}},
                                  {QStringLiteral("c"), QJsonObject{{QStringLiteral("code"), QStringLiteral("X1")}, {QStringLiteral("name"), QStringLiteral("伪造")}}},
                                  {QStringLiteral("f"), QJsonObject()}}}},
                              {QStringLiteral("events"), QJsonArray()},
                              // Following the seed, as the branch's own first file would.
                              {QStringLiteral("seed"), *SyncOffices(branch->ws().database()).seedNumber(QStringLiteral("HQ"))},
                              {QStringLiteral("chain"), *SyncOffices(branch->ws().database()).sentChain(QStringLiteral("HQ"))}};
    auto file = SyncFile::write({QStringLiteral("SH"), QStringLiteral("HQ"), QStringLiteral("changes"), 1, 0},
                                qCompress(QJsonDocument(payload).toJson()), sh.keys, (*headKeys)->keys.boxPublic);
    REQUIRE(file);
    const QString before = scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM customers"));
    auto imported = head->sync().import(*file);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().message.contains(QStringLiteral("a change stamped GZ:5, which that office cannot have made")));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM customers")) == before);
    CHECK(scalarText(*head, QStringLiteral("SELECT received_number FROM sync_offices WHERE code = 'SH'")) == QStringLiteral("0"));
}

TEST_CASE("the SLA clock of a branch's ticket runs at the branch: head office's sweep leaves it alone")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("冷库温度报警")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);
    const QString events = QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                          "WHERE t.number = ? AND e.kind IN ('sla_warning', 'sla_breach')");
    head->tick(30 * 24 * 3600); // a month later every target of it is long past
    auto swept = head->ws().tickets().recordSlaEvents();
    REQUIRE(swept);
    CHECK(scalarText(*head, events, {ticket->number}) == QStringLiteral("0"));
    branch->tick(30 * 24 * 3600);
    REQUIRE(branch->ws().tickets().recordSlaEvents());
    CHECK(scalarText(*branch, events, {ticket->number}).toInt() > 0);
    exchange(*branch, *head);
    CHECK(scalarText(*head, events, {ticket->number}) == scalarText(*branch, events, {ticket->number}));
}

TEST_CASE("after a merge the SLA figures are worked out again from the merged timeline")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("洗衣机漏水")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);
    // Head office answers the customer; the branch, which has not seen the answer, resolves the ticket.
    head->tick(3600);
    REQUIRE(head->ws().tickets().addComment(ticketIdOf(*head, ticket->number), QStringLiteral("已安排上门"), true, head->user("sun.hui")));
    branch->tick(7200);
    auto current = branch->ws().tickets().get(ticket->id);
    REQUIRE(current);
    REQUIRE(branch->ws().tickets().changeStatus(ticket->id, current->version, TicketStatus::InProgress, branch->user("li.na")));
    current = branch->ws().tickets().get(ticket->id);
    REQUIRE(branch->ws().tickets().changeStatus(ticket->id, current->version, TicketStatus::Resolved, branch->user("li.na"),
                                                QStringLiteral("更换进水阀")));
    exchange(*branch, *head);
    exchange(*branch, *head);
    // Both offices: answered at head office's reply (an hour in), resolved at the branch's move (two hours in).
    for (Office* office : {head.get(), branch.get()}) {
        auto merged = office->ws().tickets().byNumber(ticket->number);
        REQUIRE(merged);
        CHECK(merged->status == TicketStatus::Resolved);
        REQUIRE(merged->sla.firstResponseAt);
        CHECK(*merged->sla.firstResponseAt == ticket->sla.createdAt + 3600);
        REQUIRE(merged->sla.resolvedAt);
        CHECK(*merged->sla.resolvedAt == ticket->sla.createdAt + 7200);
        CHECK(merged->agentPublicReplies == 1);
        CHECK_FALSE(merged->sla.nextDue);
    }
}

TEST_CASE("a sync file that was tampered with, truncated, signed by another key, replayed or meant for another office is refused with nothing written")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto other = branchOf(*head, QStringLiteral("GZ"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("漏水")), branch->user("li.na"));
    REQUIRE(ticket);
    auto file = branch->sync().changesFor();
    REQUIRE(file);
    const QString before = scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    auto refusedWith = [&](const QByteArray& bytes) {
        auto imported = head->sync().import(bytes);
        REQUIRE_FALSE(imported);
        INFO(imported.error().message.toStdString());
        CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM tickets")) == before);
        return imported.error().message;
    };
    QByteArray tampered = *file;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x20);
    CHECK(refusedWith(tampered).contains(QStringLiteral("signature does not match office SH")));
    CHECK(refusedWith(file->left(file->size() - 10)).contains(QStringLiteral("truncated")));
    CHECK(refusedWith(file->left(file->size() - 64)).contains(QStringLiteral("not signed")));
    CHECK(refusedWith(QByteArrayLiteral("hello")).contains(QStringLiteral("not a Service Desk sync file")));
    // Signed by another office's key while claiming to be SH.
    auto gzKeys = sql::scalar(other->ws().database().connection(), QStringLiteral("SELECT sign_secret FROM sync_offices WHERE is_self = 1"));
    REQUIRE(gzKeys);
    auto forged = other->sync().changesFor();
    REQUIRE(forged);
    QByteArray resigned = *forged;
    resigned.replace(QByteArrayLiteral("\"from\":\"GZ\""), QByteArrayLiteral("\"from\":\"SH\""));
    CHECK(refusedWith(resigned).contains(QStringLiteral("signature does not match office SH")));
    // Meant for another office.
    CHECK(other->sync().import(*file).error().message.contains(QStringLiteral("addressed to office HQ")));
    // The genuine file applies once; again it is a replay and changes nothing.
    REQUIRE(head->sync().import(*file));
    const QString after = scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    CHECK(after.toInt() == before.toInt() + 1);
    auto again = head->sync().import(*file);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Duplicate);
    CHECK(again.error().message.contains(QStringLiteral("already applied")));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM ticket_events")) == scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM ticket_events")));
}

TEST_CASE("a branch database created again from a new seed numbers on after the old one, whose files are then refused by name")
{
    auto head = headOffice();
    auto old = branchOf(*head, QStringLiteral("SH"));
    const OfficeKeys keys = keysOf(*old);
    auto first = old->ws().tickets().create(call(std::nullopt, QStringLiteral("first")), old->user("li.na"));
    auto second = old->ws().tickets().create(call(std::nullopt, QStringLiteral("second")), old->user("li.na"));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(old->ws().tickets().addComment(first->id, QStringLiteral("made at the old database"), false, old->user("li.na")));
    exchange(*old, *head);

    // The branch's computer is replaced: a new database from a new seed, same office, same keys.
    auto renewed = branchOf(*head, QStringLiteral("SH"), keys);
    auto timeline = renewed->ws().tickets().timeline(ticketIdOf(*renewed, first->number));
    REQUIRE(timeline);
    CHECK(timeline->last().body == QStringLiteral("made at the old database"));
    auto third = renewed->ws().tickets().create(call(std::nullopt, QStringLiteral("third")), renewed->user("li.na"));
    REQUIRE(third);
    CHECK(third->number == QStringLiteral("SH-2026-000003"));
    REQUIRE(renewed->ws().tickets().addComment(third->id, QStringLiteral("made at the new database"), false, renewed->user("li.na")));
    editSubject(*renewed, first->number, QStringLiteral("first, edited anew"));
    exchange(*renewed, *head);
    // Head office holds every event once: the old database's comment, the new one's, and nothing doubled.
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE body = 'made at the old database'")) == QStringLiteral("1"));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE body = 'made at the new database'")) == QStringLiteral("1"));
    CHECK(scalarText(*head, QStringLiteral("SELECT subject FROM tickets WHERE number = ?"), {first->number})
          == QStringLiteral("first, edited anew"));
    CHECK(scalarText(*head, QStringLiteral("SELECT subject FROM tickets WHERE number = 'SH-2026-000003'")) == QStringLiteral("third"));

    // The old database, still running somewhere, can no longer send or take anything.
    editSubject(*old, second->number, QStringLiteral("from the old database"));
    auto stale = old->sync().changesFor();
    REQUIRE(stale);
    CHECK(refusalOf(*head, *stale).contains(QStringLiteral("comes from a database of office SH that was replaced")));
    CHECK(scalarText(*head, QStringLiteral("SELECT subject FROM tickets WHERE number = ?"), {second->number}) == QStringLiteral("second"));
    auto fromHead = head->sync().changesFor(QStringLiteral("SH"));
    REQUIRE(fromHead);
    CHECK(refusalOf(*old, *fromHead).contains(QStringLiteral("was replaced by one created from head office's seed")));
}

TEST_CASE("a branch restored from an older copy is told so, and head office refuses what it writes, with nothing written")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("before the backup")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);
    const QString backup = branch->copyAside();
    editSubject(*branch, ticket->number, QStringLiteral("after the backup"));
    exchange(*branch, *head);

    branch->restore(backup);
    CHECK(scalarText(*branch, QStringLiteral("SELECT sent_number FROM sync_offices WHERE is_head = 1")) == QStringLiteral("1"));
    // Head office's next file: this database did not write the file head office applied last.
    auto fromHead = head->sync().changesFor(QStringLiteral("SH"));
    REQUIRE(fromHead);
    editSubject(*branch, ticket->number, QStringLiteral("on the restored copy"));
    auto reused = branch->sync().changesFor(); // the same file number as the lost database's last file
    REQUIRE(reused);
    CHECK(head->sync().import(*reused).error().code == Error::Code::Duplicate);
    CHECK(refusalOf(*branch, *fromHead).contains(QStringLiteral("this database is an older copy")));
    auto next = branch->sync().changesFor();
    REQUIRE(next);
    CHECK(refusalOf(*head, *next).contains(QStringLiteral("does not follow file 2")));
    CHECK(scalarText(*head, QStringLiteral("SELECT subject FROM tickets WHERE number = ?"), {ticket->number})
          == QStringLiteral("after the backup"));
}

TEST_CASE("the same ticket number at head office and a branch: head office's ticket gives way at both, in either order")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto one = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("branch one")), branch->user("li.na"));
    auto two = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("branch two")), branch->user("li.na"));
    REQUIRE(one);
    REQUIRE(two);
    // History imported at head office with the branch's numbers.
    auto imported = head->ws().tickets().create(call(std::nullopt, QStringLiteral("imported at head office")), head->user("li.na"));
    REQUIRE(imported);
    REQUIRE(sql::run(head->ws().database().connection(), QStringLiteral("UPDATE tickets SET number = ? WHERE id = ?"),
                     {two->number, imported->id}));
    // Head office's file reaches the branch first, then the branch's reaches head office.
    auto toBranch = head->sync().changesFor(QStringLiteral("SH"));
    REQUIRE(toBranch);
    REQUIRE(branch->sync().import(*toBranch));
    auto toHead = branch->sync().changesFor();
    REQUIRE(toHead);
    REQUIRE(head->sync().import(*toHead));
    for (Office* office : {head.get(), branch.get()}) {
        CHECK(scalarText(*office, QStringLiteral("SELECT subject FROM tickets WHERE number = 'SH-2026-000002'")) == QStringLiteral("branch two"));
        CHECK(scalarText(*office, QStringLiteral("SELECT subject FROM tickets WHERE number = 'SH-2026-000002-HQ'"))
              == QStringLiteral("imported at head office"));
    }
    auto three = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("branch three")), branch->user("li.na"));
    REQUIRE(three);
    CHECK(three->number == QStringLiteral("SH-2026-000003"));

    // A customer code typed at the branch that head office gave another customer.
    CustomerDraft atHead;
    atHead.name = QStringLiteral("张伟");
    auto taken = head->ws().customers().create(atHead, head->user("li.na"));
    CustomerDraft atBranch;
    atBranch.name = QStringLiteral("李雷");
    auto typed = branch->ws().customers().create(atBranch, branch->user("li.na"));
    REQUIRE(taken);
    REQUIRE(typed);
    REQUIRE(sql::run(branch->ws().database().connection(), QStringLiteral("UPDATE customers SET code = ? WHERE id = ?"),
                     {taken->details.code, typed->id}));
    exchange(*branch, *head);
    exchange(*branch, *head);
    for (Office* office : {head.get(), branch.get()})
        CHECK(scalarText(*office, QStringLiteral("SELECT code FROM customers WHERE uuid = ?"), {typed->uuid})
              == taken->details.code + QStringLiteral("-SH"));
}

TEST_CASE("purchases travel, and a merge at a branch moves what every office holds of the merged customer, once")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    CustomerDraft keepDraft;
    keepDraft.name = QStringLiteral("王芳");
    keepDraft.phone = QStringLiteral("13800138000");
    auto keep = head->ws().customers().create(keepDraft, head->user("li.na"));
    REQUIRE(keep);
    CustomerDraft otherDraft;
    otherDraft.name = QStringLiteral("王芳（上海）");
    otherDraft.phone = QStringLiteral("138 0013 8000");
    auto other = sh->ws().customers().create(otherDraft, sh->user("li.na"));
    REQUIRE(other);
    Purchase bought;
    bought.product = QStringLiteral("空调 KFR-35");
    bought.serial = QStringLiteral("SN-1");
    bought.purchasedOn = QDate(2026, 5, 1);
    bought.amountCents = 329900;
    REQUIRE(sh->ws().customers().addPurchase(other->id, bought, sh->user("li.na")));
    auto shTicket = sh->ws().tickets().create(call(other->id, QStringLiteral("上海的工单")), sh->user("li.na"));
    REQUIRE(shTicket);
    exchange(*sh, *head);
    exchange(*gz, *head);
    // Guangzhou serves the same customer and sells a second unit.
    const qint64 otherAtGz = gz->ws().customers().byCode(other->details.code)->id;
    CHECK(gz->ws().customers().purchases(otherAtGz)->size() == 1);
    bought.serial = QStringLiteral("SN-2");
    REQUIRE(gz->ws().customers().addPurchase(otherAtGz, bought, gz->user("li.na")));
    auto gzTicket = gz->ws().tickets().create(call(otherAtGz, QStringLiteral("广州的工单")), gz->user("li.na"));
    REQUIRE(gzTicket);
    exchange(*gz, *head);
    exchange(*sh, *head);
    CHECK(sh->ws().customers().purchases(other->id)->size() == 2);

    const qint64 keepAtSh = sh->ws().customers().byCode(keep->details.code)->id;
    REQUIRE(CustomerMerge(sh->ws().database(), sh->ws().clock()).merge(keepAtSh, other->id, sh->user("sun.hui")));
    exchange(*sh, *head);
    exchange(*gz, *head);
    exchange(*sh, *head);
    const QString note = QStringLiteral("Customer %1 王芳（上海） merged into %2 王芳").arg(other->details.code, keep->details.code);
    for (Office* office : {head.get(), sh.get(), gz.get()}) {
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM purchases p JOIN customers c ON c.id = p.customer_id "
                                                 "WHERE c.uuid = ?"), {keep->uuid}) == QStringLiteral("2"));
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM purchases p JOIN customers c ON c.id = p.customer_id "
                                                 "WHERE c.uuid = ?"), {other->uuid}) == QStringLiteral("0"));
    }
    for (Office* office : {head.get(), gz.get()}) {
        CHECK(scalarText(*office, QStringLiteral("SELECT c.uuid FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.number = ?"),
                         {gzTicket->number}) == keep->uuid);
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                                 "WHERE t.number = ? AND e.body = ?"), {gzTicket->number, note}) == QStringLiteral("1"));
    }
    for (Office* office : {head.get(), sh.get()})
        CHECK(scalarText(*office, QStringLiteral("SELECT c.uuid FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.number = ?"),
                         {shTicket->number}) == keep->uuid);
}

TEST_CASE("customer codes moved around at head office reach a branch without a false give-way or conflict")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    CustomerDraft draft;
    draft.name = QStringLiteral("甲");
    auto first = head->ws().customers().create(draft, head->user("li.na"));
    draft.name = QStringLiteral("乙");
    auto second = head->ws().customers().create(draft, head->user("li.na"));
    REQUIRE(first);
    REQUIRE(second);
    exchange(*branch, *head);
    // At head office: the first customer's name changes, then the second's code
    // moves on, then the first takes the code the second had.
    auto renamed = head->ws().customers().get(first->id);
    REQUIRE(renamed);
    CustomerDraft edited = renamed->details;
    edited.name = QStringLiteral("甲（改）");
    REQUIRE(head->ws().customers().update(first->id, renamed->version, edited, head->user("li.na")));
    auto move = [&](qint64 id, const QString& code) {
        REQUIRE(sql::run(head->ws().database().connection(), QStringLiteral("UPDATE customers SET code = ? WHERE id = ?"), {code, id}));
    };
    move(second->id, QStringLiteral("C-NEW"));
    move(first->id, second->details.code);
    exchange(*branch, *head);
    exchange(*branch, *head);
    for (Office* office : {head.get(), branch.get()}) {
        CHECK(scalarText(*office, QStringLiteral("SELECT code FROM customers WHERE uuid = ?"), {first->uuid}) == second->details.code);
        CHECK(scalarText(*office, QStringLiteral("SELECT code FROM customers WHERE uuid = ?"), {second->uuid}) == QStringLiteral("C-NEW"));
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));
    }
}

TEST_CASE("offices upgrade one at a time: a file from a program without the file chain applies, and the chain starts with the next")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    // Both databases as schema step 7 left them: no chain, no seed number.
    for (Office* office : {head.get(), branch.get()}) {
        REQUIRE(sql::run(office->ws().database().connection(), QStringLiteral("UPDATE sync_offices SET received_digest = NULL, seed_number = NULL")));
        REQUIRE(sql::run(office->ws().database().connection(), QStringLiteral("DELETE FROM sync_sent_files")));
    }
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("written before the upgrade")), branch->user("li.na"));
    REQUIRE(ticket);
    // The branch still runs the program before step 8: its file names no chain.
    SyncOffices atBranch(branch->ws().database());
    auto self = atBranch.self();
    auto headRecord = atBranch.office(QStringLiteral("HQ"));
    REQUIRE(self);
    REQUIRE(headRecord);
    OfficeRecord sh = **self;
    REQUIRE(atBranch.loadSecrets(sh));
    auto payload = SyncExchange(branch->ws().database(), branch->ws().clock()).changesFor(sh, **headRecord);
    REQUIRE(payload);
    const qint64 number = (*headRecord)->sentNumber + 1;
    payload->insert(QStringLiteral("number"), number);
    REQUIRE(atBranch.noteSent(QStringLiteral("HQ"), number));
    auto old = SyncFile::write({QStringLiteral("SH"), QStringLiteral("HQ"), QStringLiteral("changes"), number, 0},
                               qCompress(QJsonDocument(*payload).toJson()), sh.keys, (*headRecord)->keys.boxPublic);
    REQUIRE(old);
    REQUIRE(head->sync().import(*old));
    // Now upgraded: the next files go both ways and are chained from here on.
    editSubject(*branch, ticket->number, QStringLiteral("written after the upgrade"));
    exchange(*branch, *head);
    exchange(*branch, *head);
    CHECK(scalarText(*head, QStringLiteral("SELECT subject FROM tickets WHERE number = ?"), {ticket->number})
          == QStringLiteral("written after the upgrade"));
    CHECK_FALSE(scalarText(*head, QStringLiteral("SELECT received_digest FROM sync_offices WHERE code = 'SH'")).isEmpty());
}

TEST_CASE("purchases a synchronising database held before schema step 8 travel once it is upgraded", "[sqlite]")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    CustomerDraft draft;
    draft.name = QStringLiteral("王芳");
    auto customer = head->ws().customers().create(draft, head->user("li.na"));
    REQUIRE(customer);
    exchange(*branch, *head);
    Purchase bought;
    bought.product = QStringLiteral("冷柜 BD-300");
    bought.purchasedOn = QDate(2025, 6, 1);
    bought.amountCents = 459900;
    REQUIRE(head->ws().customers().addPurchase(customer->id, bought, head->user("li.na")));
    // Head office as schema step 7 left it: the purchase unlogged, no step-8 (or later) objects.
    auto connection = head->ws().database().connection();
    for (const char* step9 : {"DROP TABLE notifications", "DROP TABLE risks", "DROP TABLE risk_events", "DROP TABLE qa_sample_runs",
                              "DELETE FROM sync_changes WHERE entity IN ('risk', 'risk_event')",
                              "DELETE FROM schema_migrations WHERE version = 18", "DROP TABLE qa_reviews", "DROP TABLE qa_scorecards", "DELETE FROM schema_migrations WHERE version = 17",
                              "DROP TABLE kb_usage", "DROP TABLE kb_articles", "DROP TABLE kb_article_text",
                              "DELETE FROM schema_migrations WHERE version = 16",
                              "DROP TABLE saved_reports", "DELETE FROM schema_migrations WHERE version = 15",
                              "DROP TABLE return_visits", "DELETE FROM sync_changes WHERE entity = 'return_visit'",
                              "DELETE FROM schema_migrations WHERE version = 14",
                              "DROP TABLE care_greetings", "DELETE FROM schema_migrations WHERE version = 13",
                              "DROP TABLE ticket_links", "DROP TABLE attachment_parts", "DROP TABLE attachments",
                              "DELETE FROM schema_migrations WHERE version = 12",
                              "DROP TABLE desk_presence", "ALTER TABLE teams DROP COLUMN assignment",
                              "DELETE FROM schema_migrations WHERE version = 11",
                              "DROP TABLE work_orders", "DROP TABLE solution_plans", "DROP TABLE canned_replies",
                              "DELETE FROM schema_migrations WHERE version = 10",
                              "DROP TABLE complaints", "DROP TABLE cost_lines", "DROP TABLE satisfaction_details", "DROP INDEX ix_tickets_category_open",
                              "DELETE FROM schema_migrations WHERE version = 9"})
        REQUIRE(sql::run(connection, QString::fromLatin1(step9)));
    for (const char* step8 : {"DELETE FROM sync_changes WHERE entity = 'purchase'",
                              "DROP TRIGGER sync_capture_purchases_insert", "DROP TRIGGER sync_capture_purchases_update",
                              "ALTER TABLE purchases DROP COLUMN updated_by", "DROP TABLE sync_sent_files",
                              "ALTER TABLE sync_offices DROP COLUMN received_digest", "ALTER TABLE sync_offices DROP COLUMN seed_number",
                              "ALTER TABLE sync_changes DROP COLUMN same_as", "DELETE FROM schema_migrations WHERE version = 8"})
        REQUIRE(sql::run(connection, QString::fromLatin1(step8)));
    head->reopen(); // upgrades to step 8 and on
    // The branch got head office's files from the step-7 program: no chain to follow yet.
    REQUIRE(sql::run(branch->ws().database().connection(), QStringLiteral("UPDATE sync_offices SET received_digest = NULL")));
    exchange(*branch, *head);
    auto atBranch = branch->ws().customers().byCode(customer->details.code);
    REQUIRE(atBranch);
    auto purchases = branch->ws().customers().purchases(atBranch->id);
    REQUIRE(purchases);
    REQUIRE(purchases->size() == 1);
    CHECK(purchases->first().product == QStringLiteral("冷柜 BD-300"));
    CHECK(purchases->first().amountCents == 459900);
}

TEST_CASE("a complaint's path and a ticket's cost lines travel with the ticket, and only to its office")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    TicketDraft draft = call(std::nullopt, QStringLiteral("安装延误投诉"));
    draft.category = Category::Complaint;
    auto ticket = sh->ws().tickets().create(draft, sh->user("li.na"));
    REQUIRE(ticket);
    ComplaintStep verify;
    verify.to = ComplaintStage::Verified;
    verify.note = QStringLiteral("通话录音");
    REQUIRE(sh->ws().complaints().advance(ticket->id, 1, verify, sh->user("li.na")));
    CostEntry travel;
    travel.kind = CostKind::Transport;
    travel.quantity = 10;
    auto line = sh->ws().costs().add(ticket->id, travel, sh->user("zhang.min"));
    REQUIRE(line);
    exchange(*sh, *head);
    exchange(*gz, *head);

    const qint64 atHead = ticketIdOf(*head, ticket->number);
    auto complaint = head->ws().complaints().ofTicket(atHead);
    REQUIRE(complaint);
    CHECK(complaint->stage == ComplaintStage::Verified);
    CHECK(complaint->evidence == QStringLiteral("通话录音"));
    CHECK(complaint->closingDue == sh->ws().complaints().ofTicket(ticket->id)->closingDue);
    auto lines = head->ws().costs().lines(atHead);
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    CHECK(lines->first().uuid == line->uuid);
    CHECK(lines->first().amountCents == 4500);
    CHECK(lines->first().createdByName == QStringLiteral("张敏"));
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM complaints")) == QStringLiteral("0"));
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM cost_lines")) == QStringLiteral("0"));

    // A supervisor at head office takes it a step further and voids the line; the branch follows.
    ComplaintStep handle;
    handle.to = ComplaintStage::Handled;
    handle.remedy = Remedy::Refund;
    handle.remedyCents = 15000;
    REQUIRE(head->ws().complaints().advance(atHead, complaint->version, handle, head->user("sun.hui")));
    REQUIRE(head->ws().costs().voidLine(lines->first().id, head->user("sun.hui")));
    exchange(*sh, *head);
    auto atBranch = sh->ws().complaints().ofTicket(ticket->id);
    REQUIRE(atBranch);
    CHECK(atBranch->stage == ComplaintStage::Handled);
    CHECK(atBranch->remedy == Remedy::Refund);
    CHECK(atBranch->remedyCents == 15000);
    CHECK(sh->ws().costs().summary(ticket->id)->totalCents == 0);
    // The steps' timeline events are at both offices, once.
    for (Office* office : {head.get(), sh.get()})
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                                 "WHERE t.number = ? AND e.kind IN ('complaint', 'cost', 'cost_voided')"),
                         {ticket->number}) == QStringLiteral("4"));

    // A branch created again from a new seed holds them too.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(again->ws().complaints().ofTicket(ticketIdOf(*again, ticket->number))->stage == ComplaintStage::Handled);
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE voided = 1")) == QStringLiteral("1"));
}

TEST_CASE("satisfaction by dimension recorded at a branch reaches head office")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto ticket = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("洗衣机不排水")), sh->user("li.na"));
    REQUIRE(ticket);
    REQUIRE(sh->ws().tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, sh->user("li.na"), QStringLiteral("清理排水泵")));
    REQUIRE(sh->ws().tickets().recordSatisfaction(ticket->id, 4, {}, sh->user("li.na"), SatisfactionDetail{5, 4, 3}));
    exchange(*sh, *head);
    auto atHead = head->ws().tickets().satisfactionDetail(ticketIdOf(*head, ticket->number));
    REQUIRE(atHead);
    REQUIRE(atHead->has_value());
    CHECK((*atHead)->timeliness == 5);
    CHECK((*atHead)->professionalism == 4);
    CHECK((*atHead)->attitude == 3);
    CHECK(head->ws().tickets().byNumber(ticket->number)->csatScore == 4);
}

TEST_CASE("a technician's visit travels with its ticket, a reschedule at head office and a report at the branch merge")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    auto ticket = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("冰箱不制冷")), sh->user("li.na"));
    REQUIRE(ticket);
    VisitPlan plan;
    plan.technicianId = sh->user("zhang.min");
    plan.address = QStringLiteral("上海市徐汇区 1 号");
    plan.windowFrom = sd::test::at("2026-11-20T09:00:00+08:00");
    plan.windowTo = sd::test::at("2026-11-20T11:00:00+08:00");
    plan.parts = QStringLiteral("温控器 ×1");
    auto visit = sh->ws().visits().schedule(ticket->id, plan, sh->user("li.na"));
    REQUIRE(visit);
    exchange(*sh, *head);
    exchange(*gz, *head);

    const qint64 atHead = ticketIdOf(*head, ticket->number);
    auto there = head->ws().visits().byNumber(atHead, 1);
    REQUIRE(there);
    REQUIRE(there->has_value());
    CHECK((*there)->uuid == visit->uuid);
    CHECK((*there)->technicianName == QStringLiteral("张敏"));
    CHECK((*there)->parts == QStringLiteral("温控器 ×1"));
    CHECK((*there)->windowFrom == plan.windowFrom);
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM work_orders")) == QStringLiteral("0"));

    // Head office hands the visit to another technician; the branch meanwhile notes the tools.
    VisitPlan handedOver = plan;
    handedOver.technicianId = head->user("chen.jie");
    REQUIRE(head->ws().visits().reschedule((*there)->id, (*there)->version, handedOver, head->user("sun.hui")));
    VisitPlan withTools = plan;
    withTools.tools = QStringLiteral("检漏仪");
    REQUIRE(sh->ws().visits().reschedule(visit->id, visit->version, withTools, sh->user("li.na")));
    exchange(*sh, *head);
    exchange(*sh, *head);
    for (Office* office : {head.get(), sh.get()}) {
        auto merged = office->ws().visits().byNumber(ticketIdOf(*office, ticket->number), 1);
        REQUIRE(merged);
        REQUIRE(merged->has_value());
        CHECK((*merged)->technicianName == QStringLiteral("陈杰"));
        CHECK((*merged)->tools == QStringLiteral("检漏仪"));
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));
        // Scheduled at the branch, rescheduled at both: three events, each once.
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                                 "WHERE t.number = ? AND e.kind = 'visit'"),
                         {ticket->number}) == QStringLiteral("3"));
    }

    // A branch created again from a new seed holds the visit.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT CASE WHEN technician_id IS NOT NULL AND tools = '检漏仪' THEN 1 ELSE 0 END FROM work_orders"))
          == QStringLiteral("1"));
}

TEST_CASE("a solution plan proposed at a branch travels, and the consent recorded at head office comes back")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto ticket = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("洗碗机不加热")), sh->user("li.na"));
    REQUIRE(ticket);
    PlanDraft draft;
    draft.cause = QStringLiteral("加热管断路");
    draft.steps = QStringLiteral("更换加热管");
    draft.parts = {{QStringLiteral("BRD-THERM"), {}, 1, 0}};
    draft.labourMinutes = 60;
    draft.deadline = sh->ws().clock().now() + 3 * 24 * 3600;
    auto plan = sh->ws().plans().propose(ticket->id, draft, sh->user("zhang.min"));
    REQUIRE(plan);
    exchange(*sh, *head);
    const qint64 atHead = ticketIdOf(*head, ticket->number);
    auto there = head->ws().plans().current(atHead);
    REQUIRE(there);
    REQUIRE(there->has_value());
    CHECK((*there)->uuid == plan->uuid);
    CHECK((*there)->parts.first().name == QStringLiteral("温控板"));
    CHECK((*there)->totalCents == 16800 + 12000);
    CHECK((*there)->createdByName == QStringLiteral("张敏"));
    REQUIRE(head->ws().plans().recordConsent(atHead, 1, {QStringLiteral("钱先生"), ConsentMethod::Phone, std::nullopt}, head->user("sun.hui")));
    exchange(*sh, *head);
    auto back = sh->ws().plans().current(ticket->id);
    REQUIRE(back);
    REQUIRE(back->has_value());
    CHECK((*back)->consentBy == QStringLiteral("钱先生"));
    CHECK((*back)->consentHow == ConsentMethod::Phone);
    CHECK((*back)->consentRecordedByName == QStringLiteral("孙慧"));
    for (Office* office : {head.get(), sh.get()})
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                                 "WHERE t.number = ? AND e.kind = 'plan'"),
                         {ticket->number}) == QStringLiteral("2"));
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT consent_by FROM solution_plans")) == QStringLiteral("钱先生"));
}

TEST_CASE("canned replies written at head office reach every branch, a branch's retiring comes back")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto reply = head->ws().replies().add({QStringLiteral("受理确认"), QStringLiteral("zh"), QStringLiteral("{customer}您好"), true}, head->user("sun.hui"));
    REQUIRE(reply);
    exchange(*sh, *head);
    auto atBranch = sh->ws().replies().list(QStringLiteral("zh"));
    REQUIRE(atBranch);
    REQUIRE(atBranch->size() == 1);
    CHECK(atBranch->first().uuid == reply->uuid);
    REQUIRE(sh->ws().replies().update(atBranch->first().id, atBranch->first().version,
                                      {QStringLiteral("受理确认"), QStringLiteral("zh"), QStringLiteral("{customer}您好"), false}, sh->user("sun.hui")));
    exchange(*sh, *head);
    CHECK(head->ws().replies().list(QStringLiteral("zh"))->isEmpty());
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    CHECK(gz->ws().replies().list(QStringLiteral("zh"), {}, true)->size() == 1);
}

TEST_CASE("what head office does to a branch's ticket rings the bell at the branch, where the ticket is worked")
{
    auto head = headOffice();
    auto branch = branchOf(*head, QStringLiteral("SH"));
    auto ticket = branch->ws().tickets().create(call(std::nullopt, QStringLiteral("冷柜不制冷")), branch->user("li.na"));
    REQUIRE(ticket);
    exchange(*branch, *head);
    // Head office's supervisor hands the ticket to Wang Lei and asks Li Na about it.
    const qint64 atHead = ticketIdOf(*head, ticket->number);
    auto current = head->ws().tickets().get(atHead);
    REQUIRE(current);
    REQUIRE(head->ws().tickets().assign(atHead, current->version, head->user("wang.lei"), QStringLiteral("hotline"), head->user("sun.hui")));
    REQUIRE(head->ws().tickets().addComment(atHead, QStringLiteral("@li.na 客户是老客户，请协助"), false, head->user("sun.hui")));
    exchange(*branch, *head);
    const auto kinds = [](Office& office, const char* login) {
        auto list = office.ws().tickets().notifications().latest(office.user(login));
        REQUIRE(list);
        QStringList found;
        for (const Notification& n : *list)
            found.append(Notification::codeOf(n.kind) + QLatin1Char('|') + n.ticketNumber);
        return found;
    };
    CHECK(kinds(*branch, "wang.lei") == QStringList{QStringLiteral("assigned|") + ticket->number});
    CHECK(kinds(*branch, "li.na") == QStringList{QStringLiteral("mentioned|") + ticket->number});
    // The branch's own work on its ticket, arriving at head office, rings nothing there.
    REQUIRE(branch->ws().tickets().addComment(ticket->id, QStringLiteral("@sun.hui 已联系客户"), false, branch->user("wang.lei")));
    exchange(*branch, *head);
    CHECK(kinds(*head, "sun.hui").isEmpty());
    // A second exchange brings nothing twice.
    exchange(*branch, *head);
    CHECK(kinds(*branch, "wang.lei").size() == 1);
}

TEST_CASE("a merge and a link made at a branch travel with their tickets, an unlink at head office comes back")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    auto kept = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("冰箱不制冷")), sh->user("li.na"));
    auto other = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("冰箱门关不严")), sh->user("li.na"));
    auto duplicate = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("冰箱不冷了")), sh->user("li.na"));
    REQUIRE(kept);
    REQUIRE(other);
    REQUIRE(duplicate);
    REQUIRE(sh->ws().tickets().addComment(duplicate->id, QStringLiteral("第二次来电"), false, sh->user("li.na")));
    REQUIRE(sh->ws().tickets().merge(duplicate->id, sh->ws().tickets().get(duplicate->id)->version, kept->number, {}, sh->user("li.na")));
    REQUIRE(sh->ws().tickets().link(kept->id, other->number, sh->user("li.na")));
    exchange(*sh, *head);
    exchange(*gz, *head);

    const qint64 keptAtHead = ticketIdOf(*head, kept->number);
    auto links = head->ws().tickets().links(keptAtHead);
    REQUIRE(links);
    REQUIRE(links->size() == 2);
    CHECK(links->at(0).kind == LinkKind::Merged);
    CHECK_FALSE(links->at(0).outgoing);
    CHECK(links->at(0).otherNumber == duplicate->number);
    CHECK(links->at(1).kind == LinkKind::Related);
    CHECK(links->at(1).otherNumber == other->number);
    CHECK(links->at(1).createdByName == QStringLiteral("李娜"));
    // The duplicate's note shows in the kept ticket's timeline at head office too.
    auto timeline = head->ws().tickets().timeline(keptAtHead);
    REQUIRE(timeline);
    const auto note = std::find_if(timeline->cbegin(), timeline->cend(), [](const TicketEvent& e) { return e.kind == QLatin1String("comment"); });
    REQUIRE(note != timeline->cend());
    CHECK(note->fromNumber == duplicate->number);
    CHECK(note->body == QStringLiteral("第二次来电"));
    CHECK(scalarText(*head, QStringLiteral("SELECT status FROM tickets WHERE number = ?"), {duplicate->number}) == QStringLiteral("closed"));
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM ticket_links")) == QStringLiteral("0"));

    // Untied at head office, untied at the branch.
    REQUIRE(head->ws().tickets().unlink(keptAtHead, links->at(1).id, head->user("sun.hui")));
    exchange(*sh, *head);
    auto atBranch = sh->ws().tickets().links(kept->id);
    REQUIRE(atBranch);
    REQUIRE(atBranch->size() == 1);
    CHECK(atBranch->first().kind == LinkKind::Merged);
    CHECK(scalarText(*sh, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = 'unlink'")) == QStringLiteral("2"));
    CHECK(scalarText(*sh, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // A branch created again from a new seed holds both ties, one removed.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM ticket_links WHERE removed_at IS NULL")) == QStringLiteral("1"));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM ticket_links")) == QStringLiteral("2"));
}

TEST_CASE("an attachment made at a branch reaches head office whole, part by part, and its removal comes back")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    auto ticket = sh->ws().tickets().create(call(std::nullopt, QStringLiteral("洗衣机漏水")), sh->user("li.na"));
    REQUIRE(ticket);
    // 700 000 bytes that do not repeat: two parts (524 288 + 175 712).
    QByteArray bytes(700000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    auto added = sh->ws().attachments().add(ticket->id, {QStringLiteral("漏水照片.jpg"), bytes, QByteArray("small"), std::nullopt, {}}, sh->user("li.na"));
    REQUIRE(added);
    exchange(*sh, *head);
    exchange(*gz, *head);

    const qint64 atHead = ticketIdOf(*head, ticket->number);
    auto there = head->ws().attachments().list(atHead);
    REQUIRE(there);
    REQUIRE(there->size() == 1);
    CHECK(there->first().uuid == added->uuid);
    CHECK(there->first().fileName == QStringLiteral("漏水照片.jpg"));
    CHECK(there->first().thumbnail == QByteArray("small"));
    CHECK(there->first().createdByName == QStringLiteral("李娜"));
    auto content = head->ws().attachments().content(there->first().id);
    REQUIRE(content);
    CHECK(*content == bytes);
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM attachment_parts")) == QStringLiteral("0"));

    REQUIRE(head->ws().attachments().remove(there->first().id, head->user("sun.hui")));
    exchange(*sh, *head);
    auto atBranch = sh->ws().attachments().list(ticket->id);
    REQUIRE(atBranch);
    CHECK(atBranch->isEmpty());
    CHECK(scalarText(*sh, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // A branch created again from a new seed holds the file, removed, with its parts.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM attachment_parts")) == QStringLiteral("2"));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE removed_at IS NOT NULL")) == QStringLiteral("1"));
}

TEST_CASE("a greeting marked sent travels to every office, and the same greeting marked at two offices is one")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    CustomerDraft draft;
    draft.name = QStringLiteral("周晓梅");
    draft.birthday = QDate(1990, 11, 30);
    auto customer = head->ws().customers().create(draft, head->user("li.na"));
    REQUIRE(customer);
    exchange(*sh, *head);
    exchange(*gz, *head);
    const QDate birthday(2026, 11, 30);
    const auto idAt = [&](Office& office) {
        return scalarText(office, QStringLiteral("SELECT id FROM customers WHERE uuid = ?"), {customer->uuid}).toLongLong();
    };
    REQUIRE(sh->ws().care().markSent(idAt(*sh), CareOccasion::Birthday, birthday, sh->user("li.na")));
    REQUIRE(head->ws().care().markSent(customer->id, CareOccasion::Birthday, birthday, head->user("wang.lei")));
    exchange(*sh, *head);
    exchange(*gz, *head);
    exchange(*sh, *head);
    for (Office* office : {head.get(), sh.get(), gz.get()}) {
        CHECK(scalarText(*office, QStringLiteral("SELECT COUNT(*) FROM care_greetings")) == QStringLiteral("1"));
        auto week = office->ws().care().week(birthday);
        REQUIRE(week);
        REQUIRE(week->size() == 1);
        CHECK(week->first().sentAt.has_value());
    }
}

// Office clock: 2026-10-12 (Monday) in Asia/Shanghai; a vip customer's first
// use is called 3 days after the purchase, a resolved ticket 2 days after.
TEST_CASE("return visits travel: a first-use visit to every office, a follow-up with its ticket, the same periodic visit once")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    CustomerDraft draft;
    draft.name = QStringLiteral("钱贵宾");
    draft.tierCode = QStringLiteral("vip");
    draft.tierLocked = true;
    auto customer = head->ws().customers().create(draft, head->user("admin"));
    REQUIRE(customer);
    Purchase bought;
    bought.product = QStringLiteral("冷柜 BD-300");
    bought.purchasedOn = QDate(2026, 10, 12);
    REQUIRE(head->ws().customers().addPurchase(customer->id, bought, head->user("li.na")));
    exchange(*sh, *head);
    exchange(*gz, *head);
    const auto idAt = [&](Office& office) {
        return scalarText(office, QStringLiteral("SELECT id FROM customers WHERE uuid = ?"), {customer->uuid}).toLongLong();
    };
    for (Office* office : {sh.get(), gz.get()})
        CHECK(scalarText(*office, QStringLiteral("SELECT due_on FROM return_visits WHERE reason = 'first_use'")) == QStringLiteral("2026-10-15"));

    // Recorded at Shanghai, known everywhere.
    auto visits = sh->ws().returnVisits().ofCustomer(idAt(*sh));
    REQUIRE(visits);
    REQUIRE(visits->size() == 1);
    ReturnVisitRecord happy;
    happy.notes = QStringLiteral("用得很好");
    happy.satisfaction = 5;
    REQUIRE(sh->ws().returnVisits().record(visits->first().id, visits->first().version, happy, sh->user("li.na")));
    // A ticket of Shanghai's, resolved there: its follow-up goes where the ticket goes.
    auto ticket = sh->ws().tickets().create(call(idAt(*sh), QStringLiteral("冷柜不制冷")), sh->user("li.na"));
    REQUIRE(ticket);
    REQUIRE(sh->ws().tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, sh->user("li.na"), QStringLiteral("加了冷媒")));
    // The daily pass at two offices before they exchange: one periodic visit.
    REQUIRE(sh->ws().returnVisits().schedulePeriodic());
    REQUIRE(head->ws().returnVisits().schedulePeriodic());
    exchange(*sh, *head);
    exchange(*gz, *head);
    exchange(*sh, *head);

    auto atHead = head->ws().returnVisits().ofCustomer(customer->id);
    REQUIRE(atHead);
    QStringList seen;
    for (const ReturnVisit& v : *atHead)
        seen.append(QString(toCode(v.reason) + QLatin1Char(' ') + (v.outcome ? toCode(*v.outcome) : QStringLiteral("open")) + QLatin1Char(' ')
                    + v.ticketNumber).trimmed());
    seen.sort();
    CHECK(seen == QStringList{QStringLiteral("first_use satisfied"), QStringLiteral("follow_up open ") + ticket->number,
                              QStringLiteral("periodic open")});
    const auto firstUse = std::find_if(atHead->begin(), atHead->end(), [](const ReturnVisit& v) { return v.reason == ReturnReason::FirstUse; });
    CHECK(firstUse->madeByName == QStringLiteral("李娜"));
    CHECK(firstUse->satisfaction == 5);
    CHECK(scalarText(*gz, QStringLiteral("SELECT COUNT(*) FROM return_visits")) == QStringLiteral("2")); // not Shanghai's follow-up
    CHECK(scalarText(*gz, QStringLiteral("SELECT outcome FROM return_visits WHERE reason = 'first_use'")) == QStringLiteral("satisfied"));
    CHECK(scalarText(*sh, QStringLiteral("SELECT COUNT(*) FROM return_visits WHERE reason = 'periodic'")) == QStringLiteral("1"));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // A branch created again from a new seed holds them all.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM return_visits")) == QStringLiteral("3"));
}

TEST_CASE("a scheduled report saved at head office reaches a branch, which does not run it")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    SavedReportDraft draft;
    draft.name = QStringLiteral("Monthly quality");
    draft.period = ReportPeriod::LastMonth;
    REQUIRE(head->ws().scheduledReports().save(draft, head->user("sun.hui")));
    exchange(*sh, *head);
    CHECK(scalarText(*sh, QStringLiteral("SELECT name || ' ' || office_code FROM saved_reports")) == QStringLiteral("Monthly quality HQ"));
    CHECK(sh->ws().scheduledReports().list()->isEmpty());
    CHECK(sh->ws().scheduledReports().due()->isEmpty());
    CHECK(head->ws().scheduledReports().due()->size() == 1);
    // A branch created again from a new seed holds it too.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM saved_reports")) == QStringLiteral("1"));
}

TEST_CASE("knowledge-base articles travel to every office, edits merge field by field, and usage counts add up")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    auto gz = branchOf(*head, QStringLiteral("GZ"));
    ArticleDraft draft;
    draft.title = QStringLiteral("冷柜不制冷");
    draft.problem = QStringLiteral("压缩机运转但柜内温度不降");
    draft.answer = QStringLiteral("清理冷凝器灰尘");
    draft.tags = QStringLiteral("冷柜, 不制冷");
    auto written = sh->ws().knowledge().create(draft, sh->user("li.na"));
    REQUIRE(written);
    exchange(*sh, *head);
    auto atHead = head->ws().knowledge().byUuid(written->uuid);
    REQUIRE(atHead);
    REQUIRE(*atHead);
    CHECK((*atHead)->authorName == QStringLiteral("李娜"));
    auto published = head->ws().knowledge().setStatus((*atHead)->id, (*atHead)->version, ArticleStatus::Published, head->user("sun.hui"));
    REQUIRE(published);
    exchange(*gz, *head);
    // Published at Guangzhou, reviewer and all, and found by its own search index.
    ArticleQuery query;
    query.text = QStringLiteral("不制冷");
    query.status = ArticleStatus::Published;
    auto found = gz->ws().knowledge().find(query);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    auto atGz = gz->ws().knowledge().get(found->first().id);
    REQUIRE(atGz);
    CHECK(atGz->reviewerName == QStringLiteral("孙慧"));

    // Shanghai corrects the title while head office extends the answer: both stay.
    exchange(*sh, *head);
    auto atSh = sh->ws().knowledge().get(written->id);
    REQUIRE(atSh);
    ArticleDraft retitled = atSh->draft;
    retitled.title = QStringLiteral("冷柜不制冷、温度降不下来");
    REQUIRE(sh->ws().knowledge().update(atSh->id, atSh->version, retitled, sh->user("sun.hui")));
    ArticleDraft extended = published->draft;
    extended.answer = QStringLiteral("清理冷凝器灰尘；仍不降温则检查门封条");
    REQUIRE(head->ws().knowledge().update(published->id, published->version, extended, head->user("sun.hui")));

    // Suggested and used at every office, counted where it happened.
    REQUIRE(sh->ws().knowledge().countUsed(written->id));
    REQUIRE(sh->ws().knowledge().countUsed(written->id));
    REQUIRE(gz->ws().knowledge().countUsed(atGz->id));
    REQUIRE(head->ws().knowledge().countSuggested({published->id}));
    exchange(*sh, *head);
    exchange(*gz, *head);
    exchange(*sh, *head);
    for (Office* office : {head.get(), sh.get(), gz.get()}) {
        auto article = office->ws().knowledge().byUuid(written->uuid);
        REQUIRE(article);
        REQUIRE(*article);
        CHECK((*article)->draft.title == QStringLiteral("冷柜不制冷、温度降不下来"));
        CHECK((*article)->draft.answer == QStringLiteral("清理冷凝器灰尘；仍不降温则检查门封条"));
    }
    auto counted = head->ws().knowledge().byUuid(written->uuid);
    CHECK((*counted)->used == 3);
    CHECK((*counted)->suggested == 1);
    CHECK(sh->ws().knowledge().get(written->id)->used == 3);
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // A branch created again from a new seed holds the article and its counts.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    auto seeded = again->ws().knowledge().byUuid(written->uuid);
    REQUIRE(seeded);
    REQUIRE(*seeded);
    CHECK((*seeded)->used == 3);
    CHECK((*seeded)->status == ArticleStatus::Published);
}

TEST_CASE("scorecards reach every office; a branch's quality reviews go with its tickets, and the agent's dispute comes back")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    Scorecard card;
    card.name = QStringLiteral("热线通话");
    card.criteria = {{QStringLiteral("solution"), QStringLiteral("解决方案正确"), 1, 4, true}};
    REQUIRE(head->ws().quality().saveScorecard(card, head->user("sun.hui")));
    exchange(*sh, *head);
    CHECK(scalarText(*sh, QStringLiteral("SELECT name FROM qa_scorecards")) == QStringLiteral("热线通话"));

    // A ticket resolved at Shanghai, sampled and scored there.
    TicketDraft call;
    call.contactName = QStringLiteral("钱女士");
    call.contactPhone = QStringLiteral("13800138000");
    call.subject = QStringLiteral("冷柜不制冷");
    call.teamCode = QStringLiteral("hotline");
    auto ticket = sh->ws().tickets().create(call, sh->user("li.na"));
    REQUIRE(ticket);
    REQUIRE(sh->ws().tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, sh->user("li.na"), QStringLiteral("除霜")));
    const QDate today = QDate(2026, 10, 12);
    REQUIRE(sh->ws().quality().sample({today.addDays(-1), today.addDays(2), 5, 0.0}, sh->user("sun.hui")));
    auto queue = sh->ws().quality().queueOf(sh->user("zhao.qing"));
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    auto scored = sh->ws().quality().submit(queue->first().id, queue->first().version, {{QStringLiteral("solution"), 3}},
                                            QStringLiteral("可以"), sh->user("zhao.qing"));
    REQUIRE(scored);
    exchange(*sh, *head);
    const QString where = QStringLiteral("SELECT status || ' ' || score FROM qa_reviews WHERE uuid = ?");
    CHECK(scalarText(*head, where, {scored->uuid}).startsWith(QStringLiteral("done 66.6")));

    // At head office li.na disputes it; Shanghai's inspector sees the dispute after the next exchange.
    auto atHead = head->ws().quality().ofAgent(head->user("li.na"));
    REQUIRE(atHead);
    REQUIRE(atHead->size() == 1);
    REQUIRE(head->ws().quality().dispute(atHead->first().id, atHead->first().version, QStringLiteral("客户说已经好了"), false,
                                         head->user("li.na")));
    exchange(*sh, *head);
    auto back = sh->ws().quality().queueOf(sh->user("zhao.qing"));
    REQUIRE(back);
    REQUIRE(back->size() == 1);
    CHECK(back->first().status == QaStatus::Disputed);
    CHECK(back->first().dispute == QStringLiteral("客户说已经好了"));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));

    // A branch created again from a new seed holds the scorecard and its ticket's review.
    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM qa_reviews")) == QStringLiteral("1"));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM qa_scorecards")) == QStringLiteral("1"));
}

TEST_CASE("risks reach every office with their owner; a plan written at a branch comes back, and a new seed holds them")
{
    auto head = headOffice();
    auto sh = branchOf(*head, QStringLiteral("SH"));
    RiskDraft draft;
    draft.title = QStringLiteral("春节前配件物流停运");
    draft.kind = RiskKind::Logistics;
    draft.probability = 5;
    draft.impact = 3;
    draft.ownerId = head->user("sun.hui");
    draft.reviewOn = QDate(2026, 12, 20);
    auto risk = head->ws().risks().create(draft, head->user("sun.hui"));
    REQUIRE(risk);
    exchange(*sh, *head);
    const QString row = QStringLiteral("SELECT r.title || ' ' || (r.probability * r.impact) || ' ' || u.login || ' ' || r.review_on || ' ' "
                                       "|| r.office_code FROM risks r JOIN users u ON u.id = r.owner_id WHERE r.uuid = ?");
    CHECK(scalarText(*sh, row, {risk->uuid}) == QStringLiteral("春节前配件物流停运 15 sun.hui 2026-12-20 HQ"));

    // Shanghai's supervisor writes the mitigation plan; head office gets it, field by field.
    auto there = sh->ws().risks().ranked({});
    REQUIRE(there);
    REQUIRE(there->size() == 1);
    RiskDraft planned = there->first().draft;
    planned.mitigation = QStringLiteral("提前两周备货");
    REQUIRE(sh->ws().risks().update(there->first().id, there->first().version, planned, sh->user("sun.hui")));
    exchange(*sh, *head);
    CHECK(scalarText(*head, QStringLiteral("SELECT mitigation FROM risks WHERE uuid = ?"), {risk->uuid}) == QStringLiteral("提前两周备货"));
    CHECK(scalarText(*head, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")) == QStringLiteral("0"));
    // The history came with it: recorded at head office, the plan written at Shanghai, each once.
    const QString history = QStringLiteral("SELECT GROUP_CONCAT(e.kind || ':' || e.field || ':' || u.login, ' ') FROM "
                                           "(SELECT * FROM risk_events WHERE risk_uuid = ? ORDER BY at, id) e JOIN users u ON u.id = e.updated_by");
    CHECK(scalarText(*head, history, {risk->uuid}) == QStringLiteral("created::sun.hui changed:mitigation:sun.hui"));
    CHECK(scalarText(*sh, history, {risk->uuid}) == QStringLiteral("created::sun.hui changed:mitigation:sun.hui"));

    auto again = branchOf(*head, QStringLiteral("SH"), keysOf(*sh));
    CHECK(scalarText(*again, QStringLiteral("SELECT mitigation FROM risks")) == QStringLiteral("提前两周备货"));
    CHECK(scalarText(*again, QStringLiteral("SELECT COUNT(*) FROM risk_events")) == QStringLiteral("2"));
}
