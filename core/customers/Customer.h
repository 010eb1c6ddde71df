#pragma once

#include "common/Codes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

// A purchase that gives the customer warranty and counts toward its tier.
struct Purchase
{
    qint64 id = 0;
    QString product;
    QString serial;
    QDate purchasedOn;
    qint64 amountCents = 0;
    std::optional<QDate> warrantyUntil;

    bool inWarrantyOn(const QDate& day) const { return warrantyUntil && day <= *warrantyUntil; }
};

// What a form or an import provides to create or edit a customer.
struct CustomerDraft
{
    QString code; // empty: the next free "C" number
    QString name;
    CustomerKind kind = CustomerKind::Person;
    QString phone;
    QString email;
    QString address;
    QString region;
    QString industry;
    QString size;
    std::optional<QDate> birthday;
    QString notes;
    QString tierCode; // empty: the tier rule decides
    bool tierLocked = false;
};

struct Customer
{
    qint64 id = 0;
    QString uuid;
    CustomerDraft details;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace sd
