#pragma once

#include "tickets/TicketService.h"
#include "people/UserDirectory.h"

#include <QTextBrowser>

namespace sd {

// A read-only summary of the selected ticket beside the queue: who, what,
// SLA, and the latest timeline entries.
class TicketPreview : public QTextBrowser
{
    Q_OBJECT

public:
    TicketPreview(TicketService& tickets, const Configuration& configuration, QWidget* parent = nullptr);
    void showTicket(qint64 ticketId);

private:
    QString eventLine(const TicketEvent& event) const;
    QString teamName(const QString& code) const;
    TicketService& m_tickets;
    const Configuration& m_configuration;
};

} // namespace sd
