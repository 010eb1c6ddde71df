// Attachments (docs/SERVICE.md "Attachments") on the default configuration:
// files up to 20 MiB, kept in parts of 512 KiB; agents and technicians attach,
// quality inspectors only read.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// A 1 × 1 PNG, byte for byte (signature, IHDR, IDAT, IEND).
const QByteArray kPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc00000030101005a4d7c5e0000000049454e44ae426082");

// Bytes no compressor or sniffer makes sense of, the same on every run.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

struct Desk
{
    test::TempWorkspace ws{"2026-11-16T09:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");
    Ticket ticket;

    Desk()
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("洗衣机漏水");
        draft.category = Category::Fault;
        auto created = ws->tickets().create(draft, liNa);
        REQUIRE(created);
        ticket = *created;
    }
    qint64 count(const char* table)
    {
        auto rows = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(rows);
        return rows->toLongLong();
    }
};

} // namespace

TEST_CASE("a file is kept in parts and comes back byte for byte, a list reads no content", "[attachments]")
{
    Desk desk;
    // 1 300 000 bytes: two whole parts of 524 288 and one of 251 424.
    const QByteArray bytes = noise(1300000);
    auto added = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("/home/li/records/log.bin"), bytes, {}, std::nullopt, {}}, desk.liNa);
    REQUIRE(added);
    CHECK(added->fileName == QStringLiteral("log.bin")); // the name, not the folder it came from
    CHECK(added->sizeBytes == 1300000);
    CHECK(added->partCount == 3);
    CHECK(added->mimeType == QStringLiteral("application/octet-stream"));
    CHECK(added->sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(added->createdByName == QStringLiteral("李娜"));
    CHECK(desk.count("attachment_parts") == 3);
    auto partSizes = sql::run(desk.ws->database().connection(),
                              QStringLiteral("SELECT LENGTH(data) FROM attachment_parts ORDER BY part_no"));
    REQUIRE(partSizes);
    QList<qint64> sizes;
    while (partSizes->next())
        sizes.append(partSizes->value(0).toLongLong());
    CHECK(sizes == QList<qint64>{524288, 524288, 251424});

    auto photo = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("照片.png"), kPng, QByteArray("thumb"), std::nullopt, {}}, desk.liNa);
    REQUIRE(photo);
    CHECK(photo->mimeType == QStringLiteral("image/png"));
    CHECK(photo->isImage());
    CHECK(photo->partCount == 1);

    auto listed = desk.ws->attachments().list(desk.ticket.id);
    REQUIRE(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).fileName == QStringLiteral("log.bin"));
    CHECK(listed->at(1).fileName == QStringLiteral("照片.png"));
    CHECK(listed->at(1).thumbnail == QByteArray("thumb"));

    auto back = desk.ws->attachments().content(added->id);
    REQUIRE(back);
    CHECK(*back == bytes);
    auto timeline = desk.ws->tickets().timeline(desk.ticket.id);
    REQUIRE(timeline);
    CHECK(timeline->last().kind == QStringLiteral("attachment"));
    CHECK(timeline->last().field == QStringLiteral("added"));
    CHECK(timeline->last().newValue == QStringLiteral("照片.png"));
    CHECK(timeline->last().body == QString::number(kPng.size()));
}

TEST_CASE("a file over the limit, an empty file, another ticket's visit and an inspector are refused with nothing written", "[attachments]")
{
    Desk desk;
    const qint64 limit = 20 * 1024 * 1024;
    auto tooLarge = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("video.mp4"), QByteArray(limit + 1, 'x'), {}, std::nullopt, {}}, desk.liNa);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().message.contains(QStringLiteral("video.mp4")));
    CHECK(tooLarge.error().message.contains(QStringLiteral("service.attachments.max_mb")));
    // Exactly the limit is allowed.
    REQUIRE(desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("video.mp4"), QByteArray(limit, 'x'), {}, std::nullopt, {}}, desk.liNa));
    CHECK(desk.count("attachment_parts") == 40);

    auto empty = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("empty.txt"), {}, {}, std::nullopt, {}}, desk.liNa);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("empty.txt is empty")));

    VisitPlan plan;
    plan.technicianId = desk.ws.userId("zhang.min");
    plan.address = QStringLiteral("上海市徐汇区 1 号");
    plan.windowFrom = test::at("2026-11-17T09:00:00+08:00");
    plan.windowTo = test::at("2026-11-17T11:00:00+08:00");
    TicketDraft other;
    other.contactName = QStringLiteral("王先生");
    other.subject = QStringLiteral("冰箱不制冷");
    auto otherTicket = desk.ws->tickets().create(other, desk.liNa);
    REQUIRE(otherTicket);
    auto visit = desk.ws->visits().schedule(otherTicket->id, plan, desk.liNa);
    REQUIRE(visit);
    auto wrongVisit = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("sheet.pdf"), QByteArray("%PDF-1.4"), {}, visit->id, {}}, desk.liNa);
    REQUIRE_FALSE(wrongVisit);
    CHECK(wrongVisit.error().field == QStringLiteral("visit"));
    auto onVisit = desk.ws->attachments().add(otherTicket->id, {QStringLiteral("sheet.pdf"), QByteArray("%PDF-1.4"), {}, visit->id, {}}, desk.liNa);
    REQUIRE(onVisit);
    CHECK(onVisit->visitNo == 1);

    auto inspector = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("a.txt"), QByteArray("a"), {}, std::nullopt, {}},
                                                desk.ws.userId("zhao.qing"));
    REQUIRE_FALSE(inspector);
    CHECK(inspector.error().code == Error::Code::Forbidden);
    CHECK(desk.count("attachments") == 2);
    CHECK(desk.count("attachment_parts") == 41);
}

TEST_CASE("a removed attachment is hidden but kept, and a damaged one is never handed out in part", "[attachments]")
{
    Desk desk;
    auto first = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("invoice.pdf"), QByteArray("%PDF-1.4 invoice"), {}, std::nullopt, {}}, desk.liNa);
    auto second = desk.ws->attachments().add(desk.ticket.id, {QStringLiteral("log.bin"), noise(600000), {}, std::nullopt, {}}, desk.liNa);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(desk.ws->attachments().remove(first->id, desk.ws.userId("wang.lei")));
    auto listed = desk.ws->attachments().list(desk.ticket.id);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fileName == QStringLiteral("log.bin"));
    CHECK(desk.count("attachments") == 2);
    auto timeline = desk.ws->tickets().timeline(desk.ticket.id);
    REQUIRE(timeline);
    CHECK(timeline->last().field == QStringLiteral("removed"));
    CHECK(timeline->last().newValue == QStringLiteral("invoice.pdf"));
    CHECK(timeline->last().actorName == QStringLiteral("王磊"));
    auto again = desk.ws->attachments().remove(first->id, desk.liNa);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::NotFound);

    // A part changed: every part is there, the content is not what was attached.
    REQUIRE(sql::run(desk.ws->database().connection(),
                     QStringLiteral("UPDATE attachment_parts SET data = ? WHERE attachment_id = ? AND part_no = 0"),
                     {noise(524288).replace(0, 1, "!"), second->id}));
    auto damaged = desk.ws->attachments().content(second->id);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().message.contains(QStringLiteral("log.bin is damaged here")));
    // The second of its two parts lost (not yet arrived, or damaged).
    REQUIRE(sql::run(desk.ws->database().connection(),
                     QStringLiteral("DELETE FROM attachment_parts WHERE attachment_id = ? AND part_no = 1"), {second->id}));
    auto partial = desk.ws->attachments().content(second->id);
    REQUIRE_FALSE(partial);
    CHECK(partial.error().message.contains(QStringLiteral("log.bin is incomplete here (1 of 2 parts)")));
}

TEST_CASE("several files are attached all or none, and names from elsewhere are written out safely", "[attachments]")
{
    Desk desk;
    const QList<AttachmentFile> files{{QStringLiteral("a.txt"), QByteArray("a"), {}, std::nullopt, {}},
                                      {QStringLiteral("empty.txt"), {}, {}, std::nullopt, {}}};
    auto refused = desk.ws->attachments().addAll(desk.ticket.id, files, desk.liNa);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("empty.txt")));
    CHECK(desk.count("attachments") == 0);
    auto both = desk.ws->attachments().addAll(desk.ticket.id, {files.first(), {QStringLiteral("b.txt"), QByteArray("b"), {}, std::nullopt, {}}},
                                              desk.liNa);
    REQUIRE(both);
    CHECK(both->size() == 2);
    CHECK(AttachmentService::safeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(AttachmentService::safeFileName(QStringLiteral("C:\\temp\\发票:1?.pdf")) == QStringLiteral("发票_1_.pdf"));
    CHECK(AttachmentService::safeFileName(QStringLiteral("..")) == QStringLiteral("attachment"));
}

TEST_CASE("demo data photographs a share of fault tickets, and their visits on arrival", "[attachments][demo]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    DemoOptions options;
    options.tickets = 2000;
    options.actorId = ws.userId("admin");
    REQUIRE(DemoGenerator(*ws, options).run());
    const auto count = [&](const char* statement) {
        auto value = sql::scalar(ws->database().connection(), QString::fromLatin1(statement));
        REQUIRE(value);
        return value->toLongLong();
    };
    // One fault photo for each of the first 2000 / 40 = 50 assigned fault tickets, plus the visits' photos.
    CHECK(count("SELECT COUNT(*) FROM attachments WHERE work_order_id IS NULL") == 50);
    CHECK(count("SELECT COUNT(*) FROM attachments WHERE work_order_id IS NOT NULL") > 0);
    CHECK(count("SELECT COUNT(*) FROM attachments a JOIN tickets t ON t.id = a.ticket_id WHERE t.category <> 'fault'") == 0);
    // A visit's photo is taken after the technician arrived, by that technician.
    CHECK(count("SELECT COUNT(*) FROM attachments a JOIN work_orders w ON w.id = a.work_order_id "
                "WHERE w.ticket_id <> a.ticket_id OR w.arrived_at IS NULL OR a.created_at < w.arrived_at "
                "OR a.created_by <> w.technician_id") == 0);
    CHECK(count("SELECT COUNT(*) FROM attachments WHERE mime_type <> 'image/png' OR thumbnail IS NULL") == 0);
    CHECK(count("SELECT COUNT(*) FROM ticket_events WHERE kind = 'attachment'") == count("SELECT COUNT(*) FROM attachments"));
    // Every file comes back whole: a PNG whose checksum matches.
    auto ids = sql::run(ws->database().connection(), QStringLiteral("SELECT id FROM attachments ORDER BY id LIMIT 5"));
    REQUIRE(ids);
    while (ids->next()) {
        auto content = ws->attachments().content(ids->value(0).toLongLong());
        REQUIRE(content);
        CHECK(content->startsWith(QByteArray::fromHex("89504e470d0a1a0a")));
    }
}
