#pragma once

#include "common/Codes.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sd {

// A technician's visit to a customer (a work order), numbered 1, 2, ... on
// its ticket. The appointment window is two instants, shown in the visit's
// time zone (the customer's), whatever zone the screen showing it is set to.
struct Visit
{
    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    QString ticketNumber;
    int visitNo = 0;
    std::optional<qint64> technicianId;
    QString technicianName;
    QString address;
    QString timeZone;
    qint64 windowFrom = 0;
    qint64 windowTo = 0;
    QString parts; // one per line: what to bring
    QString tools;
    std::optional<qint64> travelKm;
    std::optional<qint64> travelMinutes;
    VisitStatus status = VisitStatus::Scheduled;
    std::optional<VisitFailure> failure;
    QString report; // the technician's notes
    std::optional<qint64> departedAt;
    std::optional<qint64> arrivedAt;
    std::optional<qint64> finishedAt;
    qint64 createdAt = 0;
    int version = 1;
    // Read with the visit for lists and the work-order sheet.
    QString customerName;
    QString customerPhone;
    QString subject;
    QString description;
    QString product;
    QString serial;
    // Another live visit of the same technician shares part of the window.
    bool overlaps = false;

    // Scheduled, en route or on site: the technician is still expected.
    bool isLive() const
    {
        return status == VisitStatus::Scheduled || status == VisitStatus::EnRoute || status == VisitStatus::OnSite;
    }
};

// What a dispatcher decides when sending a technician.
struct VisitPlan
{
    qint64 technicianId = 0;
    QString address;
    QString timeZone; // empty: the office's
    qint64 windowFrom = 0;
    qint64 windowTo = 0;
    QString parts;
    QString tools;
    std::optional<qint64> travelKm;
    std::optional<qint64> travelMinutes;
};

// How a visit went, as the technician reports it.
struct VisitReport
{
    VisitStatus to = VisitStatus::EnRoute;
    std::optional<VisitFailure> failure; // cannot complete: required
    QString note;                        // done and cannot complete: required
};

// Which visits a list shows.
struct VisitFilter
{
    std::optional<qint64> technicianId;
    std::optional<QDate> day; // in the office's time zone
    std::optional<VisitStatus> status;
    int limit = 500;
};

} // namespace sd
