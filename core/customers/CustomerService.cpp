#include "customers/CustomerService.h"

#include "storage/InsertedId.h"

#include "customers/ContactDetails.h"

#include "customers/PhoneNumber.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, code, name, kind, phone, email, address, region, industry, size, birthday, notes, "
    "tier_code, tier_locked, created_at, updated_at, version");

QVariant dateOrNull(const std::optional<QDate>& date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

Customer customerFrom(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    CustomerDraft& d = c.details;
    d.code = q.value(2).toString();
    d.name = q.value(3).toString();
    d.kind = fromCode<CustomerKind>(q.value(4).toString()).value_or(CustomerKind::Person);
    d.phone = q.value(5).toString();
    d.email = q.value(6).toString();
    d.address = q.value(7).toString();
    d.region = q.value(8).toString();
    d.industry = q.value(9).toString();
    d.size = q.value(10).toString();
    if (!q.value(11).isNull())
        d.birthday = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    d.notes = q.value(12).toString();
    d.tierCode = q.value(13).toString();
    d.tierLocked = q.value(14).toBool();
    c.createdAt = q.value(15).toLongLong();
    c.updatedAt = q.value(16).toLongLong();
    c.version = q.value(17).toInt();
    return c;
}

QVariantList detailValues(const CustomerDraft& d, const QString& tier)
{
    return {d.name, toCode(d.kind), d.phone.trimmed(), PhoneNumber::lookupKey(d.phone), d.email.trimmed(),
            d.address, d.region, d.industry, d.size, dateOrNull(d.birthday), d.notes, tier, d.tierLocked};
}

} // namespace

CustomerService::CustomerService(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(database, clock)
    , m_returnVisits(database, configuration, clock)
{
}

Status CustomerService::requireEdit(qint64 actorId, const CustomerDraft& draft, const Customer* before) const
{
    const bool lockChanges = before ? before->details.tierLocked != draft.tierLocked : draft.tierLocked;
    const bool lockedTierChanges = draft.tierLocked && (!before || before->details.tierCode != draft.tierCode);
    // A new customer starts in the rule's tier for no purchases; any other is a choice.
    const bool chosenTier = !before && !draft.tierCode.isEmpty() && draft.tierCode != m_configuration.suggestTier(0, 0);
    // The narrower permission is named first: "may not change a tier" says more than "may not edit".
    if (lockChanges || lockedTierChanges || chosenTier)
        if (auto allowed = m_access.require(actorId, Action::ChangeCustomerTier); !allowed)
            return allowed;
    return m_access.require(actorId, Action::EditCustomer);
}

Status CustomerService::validate(const CustomerDraft& draft) const
{
    std::vector<Error> problems;
    if (draft.name.trimmed().isEmpty())
        problems.push_back(Error::invalid(QStringLiteral("name"), QCoreApplication::translate("sd::CustomerService", "the customer needs a name")));
    if (auto phone = ContactDetails::checkPhone(draft.phone, QStringLiteral("phone")); !phone)
        problems.push_back(phone.error());
    if (auto email = ContactDetails::checkEmail(draft.email, QStringLiteral("email")); !email)
        problems.push_back(email.error());
    if (draft.birthday && !draft.birthday->isValid())
        problems.push_back(Error::invalid(QStringLiteral("birthday"), QCoreApplication::translate("sd::CustomerService", "the birthday is not a valid date")));
    if (!draft.tierCode.isEmpty() && !m_configuration.tier(draft.tierCode))
        problems.push_back(Error::invalid(QStringLiteral("tier"), QCoreApplication::translate("sd::CustomerService", "unknown tier \"%1\"").arg(draft.tierCode)));
    return allOf(std::move(problems));
}

// Generated codes are "C" and six digits, so the greatest such code (plain text
// order) is the last one given; codes typed by people are other shapes. A
// branch office puts its code in front ("SH-C000001"), so two offices working
// apart never give the same code to different customers.
Result<QString> CustomerService::nextCode() const
{
    auto branch = sql::scalar(m_database.connection(),
                              QStringLiteral("SELECT code FROM sync_offices WHERE is_self = 1 AND is_head = 0"));
    if (!branch)
        return fail(branch.error());
    const QString prefix = branch->isValid() ? branch->toString() + QStringLiteral("-C") : QStringLiteral("C");
    auto last = sql::scalar(m_database.connection(),
                            QStringLiteral("SELECT MAX(code) FROM customers WHERE code >= ? AND code <= ? AND LENGTH(code) = ?"),
                            {QString(prefix + QStringLiteral("000000")), QString(prefix + QStringLiteral("999999")), qint64(prefix.size() + 6)});
    if (!last)
        return fail(last.error());
    bool numeric = false;
    const qint64 number = last->toString().mid(prefix.size()).toLongLong(&numeric);
    return QStringLiteral("%1%2").arg(prefix).arg((numeric ? number : 0) + 1, 6, 10, QLatin1Char('0'));
}

Result<Customer> CustomerService::create(const CustomerDraft& draft, qint64 actorId)
{
    if (auto allowed = requireEdit(actorId, draft, nullptr); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QString code = draft.code.trimmed();
    if (code.isEmpty()) {
        auto generated = nextCode();
        if (!generated)
            return fail(generated.error());
        code = *generated;
    } else if (byCode(code)) {
        return fail(Error{Error::Code::Duplicate, QStringLiteral("code"), QCoreApplication::translate("sd::CustomerService", "customer code %1 is already taken").arg(code)});
    }
    const QString tier = draft.tierCode.isEmpty() ? m_configuration.suggestTier(0, 0) : draft.tierCode;
    const qint64 now = m_clock.now();
    QVariantList values{QUuid::createUuid().toString(QUuid::WithoutBraces), code};
    values += detailValues(draft, tier);
    values += QVariantList{now, now, actorId > 0 ? QVariant(actorId) : QVariant()};
    auto inserted = sql::run(m_database.connection(), QStringLiteral(R"(INSERT INTO customers
        (uuid, code, name, kind, phone, phone_key, email, address, region, industry, size, birthday, notes,
         tier_code, tier_locked, created_at, updated_at, updated_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"), values);
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = insertedId(*inserted, QStringLiteral("customers"));
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return get(id);
}

Status CustomerService::checkVersion(qint64 id, int expectedVersion) const
{
    auto row = sql::run(m_database.connection(),
                        QStringLiteral("SELECT c.version, COALESCE(u.display_name, ''), c.updated_at FROM customers c "
                                       "LEFT JOIN users u ON u.id = c.updated_by WHERE c.id = ?"),
                        {id});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(Error::notFound(QStringLiteral("customer"), QCoreApplication::translate("sd::CustomerService", "customer %1 does not exist").arg(id)));
    if (row->value(0).toInt() == expectedVersion)
        return {};
    const QString when = QDateTime::fromSecsSinceEpoch(row->value(2).toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString who = row->value(1).toString().isEmpty() ? QCoreApplication::translate("sd::CustomerService", "someone") : row->value(1).toString();
    return fail(Error{Error::Code::Conflict, QStringLiteral("version"),
                      QCoreApplication::translate("sd::CustomerService", "%1 changed this customer at %2 after you opened it; reload to see their changes").arg(who, when)});
}

Result<Customer> CustomerService::update(qint64 id, int expectedVersion, const CustomerDraft& draft, qint64 actorId)
{
    auto current = get(id);
    if (!current)
        return fail(current.error());
    if (auto allowed = requireEdit(actorId, draft, &*current); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(draft); !valid)
        return fail(valid.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (auto current = checkVersion(id, expectedVersion); !current)
        return fail(current.error());
    auto tier = tierFor(id, draft);
    if (!tier)
        return fail(tier.error());
    auto before = get(id);
    if (!before)
        return fail(before.error());
    QVariantList values = detailValues(draft, *tier);
    values += QVariantList{m_clock.now(), actorId > 0 ? QVariant(actorId) : QVariant(), id, expectedVersion};
    auto updated = sql::run(m_database.connection(), QStringLiteral(R"(UPDATE customers SET
        name = ?, kind = ?, phone = ?, phone_key = ?, email = ?, address = ?, region = ?, industry = ?, size = ?,
        birthday = ?, notes = ?, tier_code = ?, tier_locked = ?, updated_at = ?, updated_by = ?, version = version + 1
        WHERE id = ? AND version = ?)"), values);
    if (!updated)
        return fail(updated.error());
    if (m_tierChanged && before->details.tierCode != *tier)
        if (auto notified = m_tierChanged(id, *tier, actorId); !notified)
            return fail(notified.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return get(id);
}

// A locked tier is what the user chose; an unlocked one follows the rule.
Result<QString> CustomerService::tierFor(qint64 customerId, const CustomerDraft& draft) const
{
    if (draft.tierLocked && !draft.tierCode.isEmpty())
        return draft.tierCode;
    return suggestedTier(customerId);
}

Result<Customer> CustomerService::get(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("customer"), QCoreApplication::translate("sd::CustomerService", "customer %1 does not exist").arg(id)));
    return found->first();
}

Result<Customer> CustomerService::byCode(const QString& code) const
{
    auto found = select(QStringLiteral("code = ?"), {code});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::notFound(QStringLiteral("customer"), QCoreApplication::translate("sd::CustomerService", "no customer with code %1").arg(code)));
    return found->first();
}

Result<QList<Customer>> CustomerService::select(const QString& where, const QVariantList& values) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1 FROM customers WHERE %2").arg(kColumns, where), values);
    if (!query)
        return fail(query.error());
    QList<Customer> customers;
    while (query->next())
        customers.append(customerFrom(*query));
    return customers;
}

Result<QList<Customer>> CustomerService::findByPhone(const QString& phone) const
{
    const QString key = PhoneNumber::lookupKey(phone);
    if (key.isEmpty())
        return QList<Customer>();
    return select(QStringLiteral("phone_key = ? AND merged_into IS NULL ORDER BY updated_at DESC, id LIMIT 20"), {key});
}

Result<QList<Customer>> CustomerService::find(const QString& text, int limit) const
{
    if (PhoneNumber::looksLikePhone(text)) {
        auto byPhone = findByPhone(text);
        if (!byPhone || !byPhone->isEmpty())
            return byPhone;
    }
    if (auto exact = byCode(text.trimmed()))
        return QList<Customer>{*exact};
    // Agents read out part of a number ("the last digits are 4416"): digits
    // alone find customers whose number contains them.
    const QString digits = PhoneNumber::lookupKey(text);
    if (PhoneNumber::isDigitsOnly(text) && digits.size() >= 3) {
        return select(QStringLiteral("phone_key LIKE ? ESCAPE '\\' AND merged_into IS NULL ORDER BY updated_at DESC, id LIMIT ?"),
                      {QString(QStringLiteral("%") + digits + QStringLiteral("%")), limit});
    }
    // One character is a whole name in Chinese (王): it is searched like any other text.
    const QString pattern = sql::containsPattern(text);
    return select(QStringLiteral("name %1 ? ESCAPE '\\' AND merged_into IS NULL ORDER BY (name = ?) DESC, length(name), id LIMIT ?")
                      .arg(m_database.dialect().likeOperator()),
                  {pattern, text.trimmed(), limit});
}

// % and _ typed by a user are searched for, not used as wildcards.
QString CustomerService::likeEscaped(const QString& text)
{
    return sql::likeEscaped(text);
}

Result<Purchase> CustomerService::addPurchase(qint64 customerId, const Purchase& purchase, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::EditCustomer); !allowed)
        return fail(allowed.error());
    if (purchase.product.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("product"), QCoreApplication::translate("sd::CustomerService", "the purchase needs a product")));
    if (!purchase.purchasedOn.isValid())
        return fail(Error::invalid(QStringLiteral("purchased_on"), QCoreApplication::translate("sd::CustomerService", "the purchase needs a valid date")));
    if (purchase.amountCents < 0)
        return fail(Error::invalid(QStringLiteral("amount"), QCoreApplication::translate("sd::CustomerService", "the amount cannot be negative")));
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto customer = get(customerId);
    if (!customer)
        return fail(customer.error());
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = sql::run(m_database.connection(), QStringLiteral(R"(INSERT INTO purchases
        (uuid, customer_id, product, serial, purchased_on, amount_cents, warranty_until, updated_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))"),
        {uuid, customerId, purchase.product.trimmed(),
         purchase.serial.trimmed(), purchase.purchasedOn.toString(Qt::ISODate), purchase.amountCents,
         dateOrNull(purchase.warrantyUntil), actorId > 0 ? QVariant(actorId) : QVariant()});
    if (!inserted)
        return fail(inserted.error());
    Purchase stored = purchase;
    stored.id = insertedId(*inserted, QStringLiteral("purchases"));
    if (!customer->details.tierLocked) {
        auto tier = suggestedTier(customerId);
        if (!tier)
            return fail(tier.error());
        if (*tier != customer->details.tierCode)
            if (auto applied = applyTier(customerId, *tier, actorId); !applied)
                return fail(applied.error());
    }
    // After the tier is settled: a first purchase can make a prospect a customer whose tier calls back.
    if (auto planned = m_returnVisits.afterPurchase(customerId, uuid, stored.product.trimmed(), stored.purchasedOn, actorId); !planned)
        return fail(planned.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return stored;
}

Result<QList<Purchase>> CustomerService::purchases(qint64 customerId) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT id, product, serial, purchased_on, amount_cents, warranty_until "
                                         "FROM purchases WHERE customer_id = ? ORDER BY purchased_on DESC, id DESC"),
                          {customerId});
    if (!query)
        return fail(query.error());
    QList<Purchase> result;
    while (query->next()) {
        Purchase p{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                   QDate::fromString(query->value(3).toString(), Qt::ISODate), query->value(4).toLongLong(), std::nullopt};
        if (!query->value(5).isNull())
            p.warrantyUntil = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        result.append(p);
    }
    return result;
}

// The rule looks at purchases dated within the 12 months before today.
QString CustomerService::windowStart() const
{
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock.now(), QTimeZone::systemTimeZone()).date();
    return today.addMonths(-12).toString(Qt::ISODate);
}

Result<QString> CustomerService::suggestedTier(qint64 customerId) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM purchases "
                                         "WHERE customer_id = ? AND purchased_on > ?"),
                          {customerId, windowStart()});
    if (!query)
        return fail(query.error());
    query->next();
    return m_configuration.suggestTier(query->value(0).toLongLong(), query->value(1).toInt());
}

Status CustomerService::applyTier(qint64 customerId, const QString& tierCode, qint64 actorId)
{
    auto updated = sql::run(m_database.connection(),
                            QStringLiteral("UPDATE customers SET tier_code = ?, version = version + 1, updated_at = ?, "
                                           "updated_by = ? WHERE id = ?"),
                            {tierCode, m_clock.now(), actorId > 0 ? QVariant(actorId) : QVariant(), customerId});
    if (!updated)
        return fail(updated.error());
    return m_tierChanged ? m_tierChanged(customerId, tierCode, actorId) : Status{};
}

Result<int> CustomerService::recomputeTiers(qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::ChangeCustomerTier); !allowed)
        return fail(allowed.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto query = sql::run(m_database.connection(), QStringLiteral(R"(SELECT c.id, c.tier_code,
            COALESCE(SUM(p.amount_cents), 0), COUNT(p.id)
        FROM customers c LEFT JOIN purchases p ON p.customer_id = c.id AND p.purchased_on > ?
        WHERE c.tier_locked = 0 GROUP BY c.id, c.tier_code)"), {windowStart()});
    if (!query)
        return fail(query.error());
    QList<QPair<qint64, QString>> changes;
    while (query->next()) {
        const QString tier = m_configuration.suggestTier(query->value(2).toLongLong(), query->value(3).toInt());
        if (tier != query->value(1).toString())
            changes.append({query->value(0).toLongLong(), tier});
    }
    for (const auto& [id, tier] : changes)
        if (auto applied = applyTier(id, tier, actorId); !applied)
            return fail(applied.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return static_cast<int>(changes.size());
}

} // namespace sd
