#include "customers/CareService.h"

#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace sd {
namespace {

const char* const kLiveCustomer = "(c.merged_into IS NULL OR c.merged_into = '')";

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// "MM-DD" of each day; a birthday on 29 February is kept on 28 February in other years.
QHash<QString, QDate> monthDays(const QList<QDate>& days)
{
    QHash<QString, QDate> byMonthDay;
    for (const QDate& day : days) {
        byMonthDay.insert(day.toString(QStringLiteral("MM-dd")), day);
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            byMonthDay.insert(QStringLiteral("02-29"), day);
    }
    return byMonthDay;
}

QVariantList keysOf(const QHash<QString, QDate>& byMonthDay)
{
    QStringList keys = byMonthDay.keys();
    keys.sort();
    QVariantList values;
    for (const QString& key : keys)
        values.append(key);
    return values;
}

} // namespace

CareService::CareService(Database database, const Configuration& configuration, Clock clock)
    : m_database(std::move(database))
    , m_configuration(configuration)
    , m_clock(std::move(clock))
    , m_access(m_database, m_clock)
{
}

int CareService::tierRank(const QString& code) const
{
    for (qsizetype i = 0; i < m_configuration.tiers.size(); ++i)
        if (m_configuration.tiers.at(i).code == code)
            return int(i);
    return int(m_configuration.tiers.size());
}

Result<QList<CareDate>> CareService::week(const QDate& from) const
{
    if (!from.isValid())
        return fail(Error::invalid(QStringLiteral("from"), tr("give the first day of the week")));
    QList<QDate> days;
    for (int i = 0; i < 7; ++i)
        days.append(from.addDays(i));
    QList<CareDate> found;
    for (auto add : {&CareService::addBirthdays, &CareService::addAnniversaries, &CareService::addHolidays})
        if (auto added = (this->*add)(days, found); !added)
            return fail(added.error());
    std::sort(found.begin(), found.end(), [this](const CareDate& a, const CareDate& b) {
        return std::tuple(a.on, tierRank(a.tierCode), a.customerName, a.customerId, int(a.occasion))
             < std::tuple(b.on, tierRank(b.tierCode), b.customerName, b.customerId, int(b.occasion));
    });
    if (found.size() > kWeekLimit)
        found.resize(kWeekLimit);
    if (auto sent = addSent(days, found); !sent)
        return fail(sent.error());
    return found;
}

Status CareService::addBirthdays(const QList<QDate>& days, QList<CareDate>& found) const
{
    const QHash<QString, QDate> byMonthDay = monthDays(days);
    const QVariantList keys = keysOf(byMonthDay);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT c.id, c.code, c.name, c.tier_code, substr(c.birthday, 6, 5) FROM customers c "
                                         "WHERE c.kind = ? AND c.birthday IS NOT NULL AND %1 AND substr(c.birthday, 6, 5) IN (%2) "
                                         "ORDER BY c.id LIMIT ?")
                              .arg(QLatin1String(kLiveCustomer), placeholders(keys.size())),
                          QVariantList{toCode(CustomerKind::Person)} + keys + QVariantList{kWeekLimit + 1});
    if (!query)
        return fail(query.error());
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(), query->value(3).toString(),
                      CareOccasion::Birthday, byMonthDay.value(query->value(4).toString()), {}, std::nullopt, {}});
    return {};
}

// A company's anniversary with us is the day of its first purchase, from the first full year.
Status CareService::addAnniversaries(const QList<QDate>& days, QList<CareDate>& found) const
{
    const QHash<QString, QDate> byMonthDay = monthDays(days);
    const QVariantList keys = keysOf(byMonthDay);
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT c.id, c.code, c.name, c.tier_code, f.first FROM "
                                         "(SELECT customer_id, MIN(purchased_on) AS first FROM purchases GROUP BY customer_id) f "
                                         "JOIN customers c ON c.id = f.customer_id "
                                         "WHERE c.kind = ? AND %1 AND substr(f.first, 6, 5) IN (%2) ORDER BY c.id LIMIT ?")
                              .arg(QLatin1String(kLiveCustomer), placeholders(keys.size())),
                          QVariantList{toCode(CustomerKind::Company)} + keys + QVariantList{kWeekLimit + 1});
    if (!query)
        return fail(query.error());
    while (query->next()) {
        const QDate first = QDate::fromString(query->value(4).toString(), Qt::ISODate);
        const QDate on = byMonthDay.value(query->value(4).toString().mid(5, 5));
        const int years = on.year() - first.year();
        if (!first.isValid() || years < 1)
            continue;
        found.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(), query->value(3).toString(),
                      CareOccasion::Anniversary, on, QString::number(years), std::nullopt, {}});
    }
    return {};
}

Status CareService::addHolidays(const QList<QDate>& days, QList<CareDate>& found) const
{
    const QStringList& tiers = m_configuration.service.careHolidayTiers;
    if (tiers.isEmpty())
        return {};
    for (const CareHoliday& holiday : m_configuration.service.careHolidays) {
        const auto day = std::find_if(days.begin(), days.end(), [&](const QDate& each) {
            return holiday.date.size() == 5 ? each.toString(QStringLiteral("MM-dd")) == holiday.date
                                            : each.toString(Qt::ISODate) == holiday.date;
        });
        if (day == days.end())
            continue;
        QVariantList values;
        for (const QString& tier : tiers)
            values.append(tier);
        auto query = sql::run(m_database.connection(),
                              QStringLiteral("SELECT c.id, c.code, c.name, c.tier_code FROM customers c "
                                             "WHERE c.tier_code IN (%1) AND %2 ORDER BY c.id LIMIT ?")
                                  .arg(placeholders(values.size()), QLatin1String(kLiveCustomer)),
                              values + QVariantList{kWeekLimit + 1});
        if (!query)
            return fail(query.error());
        while (query->next())
            found.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                          query->value(3).toString(), CareOccasion::Holiday, *day, holiday.name, std::nullopt, {}});
    }
    return {};
}

Status CareService::addSent(const QList<QDate>& days, QList<CareDate>& found) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT g.customer_id, g.occasion, g.occasion_on, g.sent_at, COALESCE(u.display_name, '') "
                                         "FROM care_greetings g LEFT JOIN users u ON u.id = g.sent_by "
                                         "WHERE g.occasion_on >= ? AND g.occasion_on <= ?"),
                          {days.first().toString(Qt::ISODate), days.last().toString(Qt::ISODate)});
    if (!query)
        return fail(query.error());
    QHash<QString, std::pair<qint64, QString>> sent;
    while (query->next())
        sent.insert(QStringLiteral("%1/%2/%3").arg(query->value(0).toLongLong()).arg(query->value(1).toString(), query->value(2).toString()),
                    {query->value(3).toLongLong(), query->value(4).toString()});
    for (CareDate& date : found) {
        const auto it = sent.constFind(QStringLiteral("%1/%2/%3").arg(date.customerId).arg(toCode(date.occasion), date.on.toString(Qt::ISODate)));
        if (it == sent.constEnd())
            continue;
        date.sentAt = it->first;
        date.sentByName = it->second;
    }
    return {};
}

Status CareService::markSent(qint64 customerId, CareOccasion occasion, const QDate& on, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditCustomer); !allowed)
        return allowed;
    // Only an occasion the week's list shows can be marked.
    auto week = this->week(on);
    if (!week)
        return fail(week.error());
    const auto date = std::find_if(week->begin(), week->end(), [&](const CareDate& each) {
        return each.customerId == customerId && each.occasion == occasion && each.on == on;
    });
    if (date == week->end())
        return fail(Error::notFound(QStringLiteral("occasion"), tr("customer %1 has no %2 on %3")
                                                                    .arg(customerId).arg(toLabel(occasion), on.toString(Qt::ISODate))));
    if (date->sentAt)
        return fail(Error{Error::Code::Duplicate, QStringLiteral("occasion"),
                          tr("the greeting to %1 for the %2 on %3 was already marked sent by %4")
                              .arg(date->customerName, toLabel(occasion), on.toString(Qt::ISODate), date->sentByName)});
    auto customerUuid = sql::scalar(m_database.connection(), QStringLiteral("SELECT uuid FROM customers WHERE id = ?"), {customerId});
    if (!customerUuid)
        return fail(customerUuid.error());
    const QString uuid = QUuid::createUuidV5(QUuid::fromString(customerUuid->toString()),
                                             (toCode(occasion) + QLatin1Char('/') + on.toString(Qt::ISODate)).toUtf8())
                             .toString(QUuid::WithoutBraces);
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO care_greetings (uuid, customer_id, occasion, occasion_on, sent_at, sent_by, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {uuid, customerId, toCode(occasion), on.toString(Qt::ISODate), m_clock.now(), actor, actor});
    if (!inserted)
        return fail(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit greetingsChanged();
    return {};
}

namespace {

// The day of `month`/`day` in `year`; 29 February falls on the 28th in other years.
QDate inYear(int year, int month, int day)
{
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, month, day);
}

QDate nextYearly(const QDate& origin, const QDate& today)
{
    QDate next = inYear(today.year(), origin.month(), origin.day());
    if (next < today)
        next = inYear(today.year() + 1, origin.month(), origin.day());
    return next;
}

} // namespace

std::optional<CareDate> CareService::nextOccasion(const Customer& customer, const QList<Purchase>& purchases, const QDate& today)
{
    const CustomerDraft& d = customer.details;
    CareDate date{customer.id, d.code, d.name, d.tierCode, CareOccasion::Birthday, {}, {}, std::nullopt, {}};
    if (d.kind == CustomerKind::Person) {
        if (!d.birthday || !d.birthday->isValid())
            return std::nullopt;
        date.on = nextYearly(*d.birthday, today);
        return date;
    }
    QDate first;
    for (const Purchase& purchase : purchases)
        if (purchase.purchasedOn.isValid() && (!first.isValid() || purchase.purchasedOn < first))
            first = purchase.purchasedOn;
    if (!first.isValid())
        return std::nullopt;
    date.occasion = CareOccasion::Anniversary;
    date.on = nextYearly(first, std::max(today, first.addYears(1)));
    date.detail = QString::number(date.on.year() - first.year());
    return date;
}

} // namespace sd
