#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "customers/Customer.h"
#include "people/AccessControl.h"
#include "process/ReturnVisitPlanner.h"
#include "storage/Database.h"

#include <functional>

namespace sd {

// Creates, edits and finds customers and their purchases, and keeps each
// customer's tier in line with the tier rule unless the tier is locked.
class CustomerService
{
public:
    // Called inside the same transaction when a customer's tier changes, so open
    // tickets can take the new tier's SLA.
    using TierChanged = std::function<Status(qint64 customerId, const QString& tierCode, qint64 actorId)>;

    CustomerService(Database database, const Configuration& configuration, Clock clock);
    void setTierChangedHandler(TierChanged handler) { m_tierChanged = std::move(handler); }

    Result<Customer> create(const CustomerDraft& draft, qint64 actorId);
    Result<Customer> update(qint64 id, int expectedVersion, const CustomerDraft& draft, qint64 actorId);
    Result<Customer> get(qint64 id) const;
    Result<Customer> byCode(const QString& code) const;
    Result<QList<Customer>> findByPhone(const QString& phone) const;
    // Name, code or phone; at most `limit` customers, best matches first.
    Result<QList<Customer>> find(const QString& text, int limit) const;

    Result<Purchase> addPurchase(qint64 customerId, const Purchase& purchase, qint64 actorId);
    Result<QList<Purchase>> purchases(qint64 customerId) const;
    // What the tier rule says for this customer's last 12 months.
    Result<QString> suggestedTier(qint64 customerId) const;
    // Applies the rule to every unlocked customer; returns how many changed.
    Result<int> recomputeTiers(qint64 actorId);

private:
    Status validate(const CustomerDraft& draft) const;
    Result<QString> nextCode() const;
    Result<QString> tierFor(qint64 customerId, const CustomerDraft& draft) const;
    Status applyTier(qint64 customerId, const QString& tierCode, qint64 actorId);
    Status checkVersion(qint64 id, int expectedVersion) const;
    // Editing a customer, and also setting a tier by hand (locking it) when the draft does.
    Status requireEdit(qint64 actorId, const CustomerDraft& draft, const Customer* before) const;
    Result<QList<Customer>> select(const QString& where, const QVariantList& values) const;
    static QString likeEscaped(const QString& text);
    QString windowStart() const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    TierChanged m_tierChanged;
    AccessControl m_access;
    ReturnVisitPlanner m_returnVisits;
};

} // namespace sd
