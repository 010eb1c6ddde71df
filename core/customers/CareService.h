#pragma once

#include "common/Clock.h"
#include "common/Codes.h"
#include "common/Error.h"
#include "config/Configuration.h"
#include "customers/Customer.h"
#include "people/AccessControl.h"
#include "storage/Database.h"

#include <QDate>
#include <QObject>

#include <optional>

namespace sd {

// One customer to greet on one day of the week asked about.
struct CareDate
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString tierCode;
    CareOccasion occasion = CareOccasion::Birthday;
    QDate on;
    // A holiday's name; an anniversary's years with us; empty for a birthday.
    QString detail;
    std::optional<qint64> sentAt;
    QString sentByName;
};

// Care dates (docs/CARE.md): people's birthdays, companies' anniversaries
// with us (the first purchase's date), and the configuration's holidays for
// the tiers greeted on them, gathered for a week, with the greetings sent.
class CareService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWeekLimit = 2000;

    CareService(Database database, const Configuration& configuration, Clock clock);

    // The occasions of the seven days from `from`, by day, then tier (in the
    // configuration's order), then name; at most kWeekLimit.
    Result<QList<CareDate>> week(const QDate& from) const;
    Status markSent(qint64 customerId, CareOccasion occasion, const QDate& on, qint64 actorId);
    // A customer's next care date on or after `today`, as the week's list
    // would show it: a person's birthday, or a company's anniversary with us
    // (its first purchase, from the first full year). None for a customer
    // with neither.
    static std::optional<CareDate> nextOccasion(const Customer& customer, const QList<Purchase>& purchases, const QDate& today);

signals:
    void greetingsChanged();

private:
    Status addBirthdays(const QList<QDate>& days, QList<CareDate>& found) const;
    Status addAnniversaries(const QList<QDate>& days, QList<CareDate>& found) const;
    Status addHolidays(const QList<QDate>& days, QList<CareDate>& found) const;
    Status addSent(const QList<QDate>& days, QList<CareDate>& found) const;
    int tierRank(const QString& code) const;

    Database m_database;
    const Configuration& m_configuration;
    Clock m_clock;
    AccessControl m_access;
};

} // namespace sd
