// Care dates (docs/CARE.md) on the default configuration (tiers in the order
// vip, key, regular, prospect) with two holidays added: 元旦 on 01-01 every
// year and 春节 on 2027-02-06 only; holidays greet vip and key customers.
#include "TestSupport.h"

#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Office
{
    test::TempWorkspace ws{"2026-12-28T09:00:00+08:00"}; // a Monday
    qint64 admin = ws.userId("admin");
    qint64 liNa = ws.userId("li.na");

    Office()
    {
        Configuration configuration = ws->configuration();
        configuration.service.careHolidays = {{QStringLiteral("01-01"), QStringLiteral("元旦")},
                                              {QStringLiteral("2027-02-06"), QStringLiteral("春节")}};
        REQUIRE(ws->importConfiguration(configuration, admin));
    }
    qint64 person(const QString& name, const char* birthday, const QString& tier = QStringLiteral("regular"))
    {
        CustomerDraft draft;
        draft.name = name;
        draft.kind = CustomerKind::Person;
        draft.birthday = QDate::fromString(QString::fromLatin1(birthday), Qt::ISODate);
        draft.tierCode = tier;
        draft.tierLocked = true;
        auto created = ws->customers().create(draft, admin);
        REQUIRE(created);
        return created->id;
    }
    qint64 company(const QString& name, QList<const char*> purchases)
    {
        CustomerDraft draft;
        draft.name = name;
        draft.kind = CustomerKind::Company;
        draft.tierCode = QStringLiteral("regular");
        draft.tierLocked = true;
        auto created = ws->customers().create(draft, admin);
        REQUIRE(created);
        for (const char* day : purchases) {
            Purchase bought;
            bought.product = QStringLiteral("冷柜 BD-300");
            bought.purchasedOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
            bought.amountCents = 100000;
            REQUIRE(ws->customers().addPurchase(created->id, bought, admin));
        }
        return created->id;
    }
    // "date occasion name detail" of each line of the week.
    QStringList week(const char* from)
    {
        auto dates = ws->care().week(QDate::fromString(QString::fromLatin1(from), Qt::ISODate));
        REQUIRE(dates);
        QStringList lines;
        for (const CareDate& d : *dates)
            lines.append(QStringList{d.on.toString(Qt::ISODate), toCode(d.occasion), d.customerName, d.detail}.join(QLatin1Char(' ')).trimmed());
        return lines;
    }
};

} // namespace

TEST_CASE("the week's care dates: birthdays across the new year, anniversaries with us, holidays for the top tiers", "[care]")
{
    Office office;
    office.person(QStringLiteral("周晓梅"), "1990-12-30");
    office.person(QStringLiteral("王建国"), "1985-01-02");
    office.person(QStringLiteral("赵六"), "1990-03-15"); // not this week
    office.person(QStringLiteral("钱贵宾"), "1970-06-01", QStringLiteral("vip"));
    office.person(QStringLiteral("孙重点"), "1975-06-01", QStringLiteral("key"));
    office.company(QStringLiteral("上海冷链有限公司"), {"2025-12-29", "2023-12-31"}); // with us since 2023-12-31
    office.company(QStringLiteral("新开业公司"), {"2026-12-29"});                       // not a full year yet
    const qint64 merged = office.person(QStringLiteral("重复的周晓梅"), "1990-12-30");
    REQUIRE(sql::run(office.ws->database().connection(), QStringLiteral("UPDATE customers SET merged_into = 'x' WHERE id = ?"), {merged}));

    CHECK(office.week("2026-12-28") == QStringList{
        QStringLiteral("2026-12-30 birthday 周晓梅"),
        QStringLiteral("2026-12-31 anniversary 上海冷链有限公司 3"),
        QStringLiteral("2027-01-01 holiday 钱贵宾 元旦"), // vip before key
        QStringLiteral("2027-01-01 holiday 孙重点 元旦"),
        QStringLiteral("2027-01-02 birthday 王建国"),
    });
    // 春节 is listed in 2027 only; a birthday on 29 February falls on the 28th in other years.
    office.person(QStringLiteral("李闰年"), "1992-02-29");
    CHECK(office.week("2027-02-22") == QStringList{QStringLiteral("2027-02-28 birthday 李闰年")});
    CHECK(office.week("2027-02-01") == QStringList{QStringLiteral("2027-02-06 holiday 钱贵宾 春节"),
                                                   QStringLiteral("2027-02-06 holiday 孙重点 春节")});
    CHECK(office.week("2028-02-01").isEmpty());
}

TEST_CASE("a greeting is marked sent once, by someone who may edit customers, for an occasion that exists", "[care]")
{
    Office office;
    const qint64 zhou = office.person(QStringLiteral("周晓梅"), "1990-12-30");
    const QDate birthday(2026, 12, 30);
    auto wrongDay = office.ws->care().markSent(zhou, CareOccasion::Birthday, QDate(2026, 12, 29), office.liNa);
    REQUIRE_FALSE(wrongDay);
    CHECK(wrongDay.error().code == Error::Code::NotFound);
    auto inspector = office.ws->care().markSent(zhou, CareOccasion::Birthday, birthday, office.ws.userId("zhao.qing"));
    REQUIRE_FALSE(inspector);
    CHECK(inspector.error().code == Error::Code::Forbidden);

    REQUIRE(office.ws->care().markSent(zhou, CareOccasion::Birthday, birthday, office.liNa));
    auto dates = office.ws->care().week(QDate(2026, 12, 28));
    REQUIRE(dates);
    REQUIRE(dates->size() == 1);
    CHECK(dates->first().sentAt == test::at("2026-12-28T09:00:00+08:00"));
    CHECK(dates->first().sentByName == QStringLiteral("李娜"));
    auto twice = office.ws->care().markSent(zhou, CareOccasion::Birthday, birthday, office.ws.userId("wang.lei"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Error::Code::Duplicate);
    CHECK(twice.error().message.contains(QStringLiteral("already marked sent by 李娜")));
    // Next year's birthday is a new occasion.
    office.ws.setNow("2027-12-27T09:00:00+08:00");
    REQUIRE(office.ws->care().markSent(zhou, CareOccasion::Birthday, QDate(2027, 12, 30), office.liNa));
}

TEST_CASE("a customer's next care date: the birthday ahead, or the anniversary with us from the first full year", "[care]")
{
    const auto person = [](const char* birthday) {
        Customer customer;
        customer.details.kind = CustomerKind::Person;
        if (birthday)
            customer.details.birthday = QDate::fromString(QString::fromLatin1(birthday), Qt::ISODate);
        return customer;
    };
    const auto bought = [](std::initializer_list<const char*> days) {
        QList<Purchase> purchases;
        for (const char* day : days) {
            Purchase purchase;
            purchase.purchasedOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
            purchases.append(purchase);
        }
        return purchases;
    };
    CHECK(CareService::nextOccasion(person("1990-12-30"), {}, QDate(2026, 12, 28))->on == QDate(2026, 12, 30));
    CHECK(CareService::nextOccasion(person("1990-12-27"), {}, QDate(2026, 12, 28))->on == QDate(2027, 12, 27));
    // 29 February: the 28th in other years, the 29th in a leap year.
    CHECK(CareService::nextOccasion(person("1992-02-29"), {}, QDate(2027, 1, 1))->on == QDate(2027, 2, 28));
    CHECK(CareService::nextOccasion(person("1992-02-29"), {}, QDate(2027, 3, 1))->on == QDate(2028, 2, 29));
    CHECK_FALSE(CareService::nextOccasion(person(nullptr), {}, QDate(2026, 12, 28)));

    Customer company;
    company.details.kind = CustomerKind::Company;
    // With us since 2023-12-31 (the first purchase): three years on 2026-12-31.
    auto anniversary = CareService::nextOccasion(company, bought({"2025-01-05", "2023-12-31"}), QDate(2026, 12, 28));
    REQUIRE(anniversary);
    CHECK(anniversary->occasion == CareOccasion::Anniversary);
    CHECK(anniversary->on == QDate(2026, 12, 31));
    CHECK(anniversary->detail == QStringLiteral("3"));
    // A first purchase on 2026-11-01: the first anniversary is a year later.
    anniversary = CareService::nextOccasion(company, bought({"2026-11-01"}), QDate(2026, 12, 28));
    REQUIRE(anniversary);
    CHECK(anniversary->on == QDate(2027, 11, 1));
    CHECK(anniversary->detail == QStringLiteral("1"));
    CHECK_FALSE(CareService::nextOccasion(company, {}, QDate(2026, 12, 28)));
}
