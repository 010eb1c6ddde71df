#pragma once

#include "common/AppContext.h"
#include "tickets/Ticket.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QFrame;
class QScrollArea;
class QVBoxLayout;

namespace sd {

// The history of one ticket as readable sentences: who did what and when.
// Internal notes and replies to the customer look clearly different, because
// an agent reading a note aloud to a customer is the mistake to prevent.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(AppContext& context, QWidget* parent = nullptr);

    void setEvents(const QList<TicketEvent>& events);
    void setTimeZone(const QTimeZone& zone);
    bool newestFirst() const;
    void setNewestFirst(bool newestFirst);
    // The sentence shown for an event (without actor and time).
    QString describe(const TicketEvent& event) const;

private:
    void rebuild();
    void clearEntries();
    QFrame* entryFor(const TicketEvent& event);
    QString tagFor(const TicketEvent& event) const;
    QString userName(const QString& idText) const;
    QString teamName(const QString& code) const;
    QString tierName(const QString& code) const;
    QString fieldValue(const QString& field, const QString& value) const;
    QString describeStatus(const TicketEvent& event) const;
    QString describeLink(const TicketEvent& event) const;
    QString describeReturnVisit(const TicketEvent& event) const;
    QString describeAttachment(const TicketEvent& event) const;
    QString describeQuality(const TicketEvent& event) const;
    QString describeKnowledge(const TicketEvent& event) const;
    QString describeAssignment(const TicketEvent& event) const;
    QString describeSla(const TicketEvent& event) const;
    QString describeEscalationRule(const TicketEvent& event) const;
    QString describeSurvey(const TicketEvent& event) const;
    QString describeComplaint(const TicketEvent& event) const;
    QString describeCost(const TicketEvent& event) const;
    QString describeVisit(const TicketEvent& event) const;
    QString describePlan(const TicketEvent& event) const;
    QString withBody(const QString& sentence, const QString& bodyLabel, const QString& body) const;

    AppContext& m_context;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<TicketEvent> m_events;
    QCheckBox* m_newestFirst = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_entries = nullptr;
};

} // namespace sd
