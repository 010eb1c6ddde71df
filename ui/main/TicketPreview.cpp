#include "main/TicketPreview.h"

#include <QLocale>

#include "tickets/TicketText.h"

#include <QTimeZone>

namespace sd {
namespace {

QString localTime(std::optional<qint64> instant)
{
    return instant ? TicketText::instant(*instant, QTimeZone::systemTimeZone()) : QStringLiteral("—");
}

} // namespace

TicketPreview::TicketPreview(TicketService& tickets, const Configuration& configuration, QWidget* parent)
    : QTextBrowser(parent)
    , m_tickets(tickets)
    , m_configuration(configuration)
{
    setObjectName(QStringLiteral("ticketPreview"));
    setOpenLinks(false);
    setMinimumWidth(280);
}

QString TicketPreview::eventLine(const TicketEvent& event) const
{
    QString what;
    if (event.kind == QLatin1String("comment"))
        what = (event.isPublic ? tr("Reply: ") : tr("Internal note: ")) + event.body.left(160).toHtmlEscaped();
    else if (event.kind == QLatin1String("status"))
        what = tr("Status: %1 → %2").arg(toLabel(fromCode<TicketStatus>(event.oldValue).value_or(TicketStatus::New)),
                                         toLabel(fromCode<TicketStatus>(event.newValue).value_or(TicketStatus::New)));
    else if (event.kind == QLatin1String("created"))
        what = tr("Created");
    else if (event.kind == QLatin1String("sla_breach"))
        what = QStringLiteral("<span style='color:#c62828'>%1</span>").arg(tr("SLA breached"));
    else if (event.kind == QLatin1String("sla_warning"))
        what = QStringLiteral("<span style='color:#e68a00'>%1</span>").arg(tr("SLA at risk"));
    else if (event.kind == QLatin1String("assignment"))
        what = tr("Assignment changed");
    else if (event.kind == QLatin1String("customer_reply"))
        what = tr("Customer said: ") + event.body.left(160).toHtmlEscaped();
    else if (event.kind == QLatin1String("escalation"))
        what = tr("Escalated to %1").arg(event.newValue);
    else if (event.kind == QLatin1String("priority"))
        what = tr("Priority: %1 → %2").arg(event.oldValue, event.newValue);
    else if (event.kind == QLatin1String("survey"))
        what = tr("Satisfaction: %1 / 5").arg(event.newValue);
    else if (event.kind == QLatin1String("team"))
        what = tr("Moved to team %1").arg(teamName(event.newValue).toHtmlEscaped());
    else if (event.kind == QLatin1String("escalation_rule"))
        what = tr("Escalation rule applied");
    else if (event.kind == QLatin1String("complaint"))
        what = tr("Complaint: %1").arg(toLabel(fromCode<ComplaintStage>(event.newValue).value_or(ComplaintStage::Received)));
    else if (event.kind == QLatin1String("cost") || event.kind == QLatin1String("cost_voided"))
        what = (event.kind == QLatin1String("cost") ? tr("Cost recorded: %1 %2") : tr("Cost voided: %1 %2"))
                   .arg(toLabel(fromCode<CostKind>(event.field).value_or(CostKind::Other)),
                        QLocale().toString(event.newValue.toDouble(), 'f', 2));
    else if (event.kind == QLatin1String("attachment"))
        what = (event.field == QLatin1String("removed") ? tr("Attachment removed: %1") : tr("Attached: %1")).arg(event.newValue.toHtmlEscaped());
    else if (event.kind == QLatin1String("link"))
        what = tr("Linked to %1").arg(event.newValue);
    else if (event.kind == QLatin1String("unlink"))
        what = tr("Link to %1 removed").arg(event.oldValue);
    else if (event.kind == QLatin1String("merge"))
        what = (event.field == QLatin1String("into") ? tr("Merged into %1") : tr("Duplicate %1 merged in")).arg(event.newValue);
    else if (event.kind == QLatin1String("return_visit"))
        what = tr("Return visit: %1").arg(toLabel(fromCode<ReturnOutcome>(event.newValue).value_or(ReturnOutcome::Satisfied)));
    else if (event.kind == QLatin1String("quality"))
        what = tr("Quality review: %1").arg(toLabel(fromCode<QaStep>(event.field).value_or(QaStep::Reviewed)));
    else if (event.kind == QLatin1String("knowledge"))
        what = (event.field == QLatin1String("written") ? tr("Article written from it: %1") : tr("Article used: %1"))
                   .arg(event.body.toHtmlEscaped());
    else if (event.kind == QLatin1String("split"))
        what = (event.field == QLatin1String("to") ? tr("Split into %1") : tr("Split off from %1")).arg(event.newValue);
    else
        what = tr("Changed: %1").arg(TicketText::fieldLabel(event.field));
    const QString where = event.fromNumber.isEmpty() ? QString() : tr(" · on %1").arg(event.fromNumber);
    return QStringLiteral("<p style='margin:4px 0'><span style='color:#667'>%1 · %2%3</span><br>%4</p>")
        .arg(localTime(event.at), event.actorName.toHtmlEscaped(), where, what);
}

QString TicketPreview::teamName(const QString& code) const
{
    for (const Team& team : m_configuration.teams)
        if (team.code == code)
            return displayName(team.name);
    return code;
}

void TicketPreview::showTicket(qint64 ticketId)
{
    if (ticketId <= 0) {
        setHtml(QStringLiteral("<p style='color:#667'>%1</p>").arg(tr("Select a ticket to see it here.")));
        return;
    }
    auto ticket = m_tickets.get(ticketId);
    if (!ticket) {
        setHtml(ticket.error().message.toHtmlEscaped());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>").arg(ticket->number, ticket->details.subject.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=3>");
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#667'>%1</td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    row(tr("Customer"), ticket->customerName.isEmpty() ? ticket->details.contactName : ticket->customerName);
    row(tr("Phone"), ticket->details.contactPhone);
    row(tr("Status"), toLabel(ticket->status));
    row(tr("Priority"), toLabel(ticket->details.priority));
    row(tr("Category"), toLabel(ticket->details.category));
    row(tr("Assignee"), ticket->assigneeName.isEmpty() ? tr("nobody") : ticket->assigneeName);
    row(tr("First response due"), localTime(ticket->sla.firstResponseDue));
    row(tr("Resolution due"), ticket->sla.pausedSince ? tr("paused") : localTime(ticket->sla.resolutionDue));
    html += QStringLiteral("</table><p>%1</p><hr>").arg(ticket->details.description.toHtmlEscaped());
    auto events = m_tickets.timeline(ticketId);
    if (events) {
        const auto& list = *events;
        for (qsizetype i = list.size() - 1; i >= 0 && i >= list.size() - 8; --i)
            html += eventLine(list.at(i));
    }
    setHtml(html);
}

} // namespace sd
