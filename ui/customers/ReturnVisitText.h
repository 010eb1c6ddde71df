#pragma once

#include "process/ReturnVisit.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sd {

// How a return visit reads on screens: why it is made and where it stands.
class ReturnVisitText
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReturnVisitText)

public:
    // "After a ticket (low score)".
    static QString reason(const ReturnVisit& visit);
    // "Due", "Tried twice, again on 2026-12-04", "Satisfied · 李娜, 2026-12-03".
    static QString status(const ReturnVisit& visit, const QTimeZone& zone);
    // The ticket a visit follows and the one it opened: "HQ-…, new: HQ-…".
    static QString tickets(const ReturnVisit& visit);
    // "2026-12-03 Thu".
    static QString day(const QDate& date);
};

} // namespace sd
