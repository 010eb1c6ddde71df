#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace sd {

// Wording shared by the ticket form and its timeline, so a value reads the same
// in the field and in the history.
class TicketText
{
public:
    // Codes core accepts for a complaint's cause, in the order the form offers them.
    static QStringList complaintCauseCodes();
    static QString complaintCauseLabel(const QString& code);
    // The translated name of a ticket field as core names it in "field" events.
    static QString fieldLabel(const QString& field);
    // An SLA checkpoint ("resolution_breach") as a clause: "the resolution deadline was missed".
    static QString checkpoint(const QString& code);
    // "yyyy-MM-dd HH:mm" in the zone the agent reads times in.
    static QString instant(qint64 secsSinceEpoch, const QTimeZone& zone);
    // An appointment window in the visit's zone, with the zone's offset:
    // "2026-11-17 09:00–11:00 (UTC+08:00)"; the end's date only when it differs.
    static QString window(qint64 from, qint64 to, const QTimeZone& zone);
};

} // namespace sd
