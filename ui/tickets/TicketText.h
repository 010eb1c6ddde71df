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
    // "yyyy-MM-dd HH:mm" in the zone the agent reads times in.
    static QString instant(qint64 secsSinceEpoch, const QTimeZone& zone);
};

} // namespace sd
