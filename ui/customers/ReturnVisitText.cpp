#include "customers/ReturnVisitText.h"

#include <QDateTime>

namespace sd {

QString ReturnVisitText::reason(const ReturnVisit& visit)
{
    const QString base = toLabel(visit.reason);
    if (visit.promptedBy == QLatin1String("low_score"))
        return tr("%1 (low score)").arg(base);
    if (visit.promptedBy == QLatin1String("complaint"))
        return tr("%1 (complaint)").arg(base);
    return base;
}

QString ReturnVisitText::status(const ReturnVisit& visit, const QTimeZone& zone)
{
    if (visit.outcome) {
        const QString when = visit.madeAt ? QDateTime::fromSecsSinceEpoch(*visit.madeAt, zone).date().toString(Qt::ISODate) : QString();
        return tr("%1 · %2, %3").arg(toLabel(*visit.outcome), visit.madeByName, when);
    }
    if (visit.attempts == 0)
        return tr("Not yet made");
    if (visit.attempts == 1)
        return tr("Not reached once; again on %1").arg(visit.nextOn().toString(Qt::ISODate));
    return tr("Not reached %1 times; again on %2").arg(visit.attempts).arg(visit.nextOn().toString(Qt::ISODate));
}

QString ReturnVisitText::tickets(const ReturnVisit& visit)
{
    if (visit.resultTicketNumber.isEmpty() || visit.resultTicketNumber == visit.ticketNumber)
        return visit.ticketNumber;
    return visit.ticketNumber.isEmpty() ? tr("new: %1").arg(visit.resultTicketNumber)
                                        : tr("%1, new: %2").arg(visit.ticketNumber, visit.resultTicketNumber);
}

QString ReturnVisitText::day(const QDate& date)
{
    const QStringList weekdays{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + weekdays.at(date.dayOfWeek() - 1);
}

} // namespace sd
