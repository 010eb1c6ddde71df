// Customers, phone lookup and the tier rule. Default tier rule (best first):
// vip: >= 200,000 yuan in 12 months; key: >= 30,000 yuan and >= 2 purchases;
// regular: >= 1 purchase; prospect: everyone else.
#include "TestSupport.h"

#include "customers/PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("phone numbers typed different ways give one lookup key", "[customers][phone]")
{
    const QString mobile = QStringLiteral("13800138000");
    for (const char* spelling : {"13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
                                 "+86-138-0013-8000", "0086 13800138000", "8613800138000", "(+86) 138 0013 8000",
                                 "１３８００１３８０００"})
        CHECK(PhoneNumber::lookupKey(QString::fromUtf8(spelling)) == mobile);
    const QString landline = QStringLiteral("2162345678");
    for (const char* spelling : {"021-62345678", "(021) 6234 5678", "+86 21 6234 5678", "0086-21-62345678",
                                 "021 6234 5678 ext. 12", "021-62345678转805"})
        CHECK(PhoneNumber::lookupKey(QString::fromUtf8(spelling)) == landline);
    CHECK(PhoneNumber::lookupKey(QStringLiteral("+1 (212) 555-0100")) == QStringLiteral("+12125550100"));
    CHECK(PhoneNumber::lookupKey(QStringLiteral("001 212 555 0100")) == QStringLiteral("+12125550100"));
    CHECK(PhoneNumber::lookupKey(QStringLiteral("no number")).isEmpty());
    CHECK(PhoneNumber::looksLikePhone(QStringLiteral("+86 138 0013 8000")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("王芳")));
    CHECK_FALSE(PhoneNumber::looksLikePhone(QStringLiteral("HQ-2026-000123")));
}

TEST_CASE("a customer is found by any spelling of its phone number", "[customers][phone]")
{
    test::TempWorkspace ws;
    CustomerDraft draft;
    draft.name = QStringLiteral("上海恒达科技有限公司");
    draft.kind = CustomerKind::Company;
    draft.phone = QStringLiteral("(021) 6234 5678");
    auto created = ws->customers().create(draft, 0);
    REQUIRE(created);
    CHECK(created->details.code == QStringLiteral("C000001"));
    auto found = ws->customers().findByPhone(QStringLiteral("+86 21 62345678"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == created->id);
    auto byName = ws->customers().find(QStringLiteral("恒达"), 10);
    REQUIRE(byName);
    REQUIRE(byName->size() == 1);
}

TEST_CASE("bad customer input is refused with the field it concerns", "[customers]")
{
    test::TempWorkspace ws;
    CustomerDraft draft;
    auto noName = ws->customers().create(draft, 0);
    REQUIRE_FALSE(noName);
    CHECK(noName.error().field == QStringLiteral("name"));
    draft.name = QStringLiteral("李雷");
    draft.email = QStringLiteral("li.lei@");
    auto badMail = ws->customers().create(draft, 0);
    REQUIRE_FALSE(badMail);
    CHECK(badMail.error().field == QStringLiteral("email"));
    draft.email.clear();
    draft.code = QStringLiteral("VIP-7");
    REQUIRE(ws->customers().create(draft, 0));
    auto duplicate = ws->customers().create(draft, 0);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == Error::Code::Duplicate);
    CHECK(duplicate.error().message.contains(QStringLiteral("VIP-7")));
}

TEST_CASE("the tier rule follows the last twelve months of purchases", "[customers][tiers]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    CustomerDraft draft;
    draft.name = QStringLiteral("张伟");
    auto customer = ws->customers().create(draft, 0);
    REQUIRE(customer);
    CHECK(customer->details.tierCode == QStringLiteral("prospect"));
    const auto buy = [&](QDate day, qint64 yuan) {
        REQUIRE(ws->customers().addPurchase(customer->id, {0, QStringLiteral("Pump"), QString(), day, yuan * 100, std::nullopt}, 0));
        auto reloaded = ws->customers().get(customer->id);
        REQUIRE(reloaded);
        return reloaded->details.tierCode;
    };
    // Older than 12 months: does not count.
    CHECK(buy(QDate(2025, 9, 30), 500000) == QStringLiteral("prospect"));
    CHECK(buy(QDate(2026, 3, 1), 20000) == QStringLiteral("regular"));
    // 20,000 + 15,000 = 35,000 over 2 purchases: key.
    CHECK(buy(QDate(2026, 6, 1), 15000) == QStringLiteral("key"));
    // 35,000 + 170,000 = 205,000: vip.
    CHECK(buy(QDate(2026, 10, 1), 170000) == QStringLiteral("vip"));
}

TEST_CASE("a locked tier stays and recompute applies the rule to the others", "[customers][tiers]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    CustomerDraft locked;
    locked.name = QStringLiteral("赵敏");
    locked.tierCode = QStringLiteral("vip");
    locked.tierLocked = true;
    auto vip = ws->customers().create(locked, 0);
    REQUIRE(vip);
    auto updated = ws->customers().update(vip->id, vip->version, locked, 0);
    REQUIRE(updated);
    CHECK(updated->details.tierCode == QStringLiteral("vip"));
    CustomerDraft plain;
    plain.name = QStringLiteral("钱进");
    plain.tierCode = QStringLiteral("key"); // not locked: the rule wins on recompute
    auto other = ws->customers().create(plain, 0);
    REQUIRE(other);
    CHECK(other->details.tierCode == QStringLiteral("key"));
    auto changed = ws->customers().recomputeTiers(0);
    REQUIRE(changed);
    CHECK(*changed == 1);
    CHECK(ws->customers().get(other->id)->details.tierCode == QStringLiteral("prospect"));
    CHECK(ws->customers().get(vip->id)->details.tierCode == QStringLiteral("vip"));
}

TEST_CASE("a stale customer edit is refused", "[customers][concurrency]")
{
    test::TempWorkspace ws;
    CustomerDraft draft;
    draft.name = QStringLiteral("孙丽");
    auto customer = ws->customers().create(draft, 0);
    REQUIRE(customer);
    draft.notes = QStringLiteral("喜欢下午联系");
    REQUIRE(ws->customers().update(customer->id, customer->version, draft, ws.userId("li.na")));
    draft.notes = QStringLiteral("other");
    auto stale = ws->customers().update(customer->id, customer->version, draft, ws.userId("wang.lei"));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("李娜")));
}
