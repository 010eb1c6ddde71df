#include "dispatch/VisitPanel.h"

#include "common/LockWait.h"
#include "config/Configuration.h"
#include "dispatch/VisitDialogs.h"
#include "dispatch/VisitSheet.h"
#include "people/AccessControl.h"
#include "tickets/TicketDialogs.h"
#include "tickets/TicketText.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Number, Technician, Window, State, Address, ColumnCount };

QPushButton* button(QWidget* parent, const QString& text, const char* name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

// What a visit's state reads as in a list: its status, why it failed, and
// whether it clashes with another visit of the same technician.
QString visitStateText(const Visit& visit)
{
    QString text = toLabel(visit.status);
    if (visit.status == VisitStatus::CannotComplete && visit.failure)
        text = VisitPanel::tr("%1: %2").arg(text, toLabel(*visit.failure));
    if (visit.overlaps)
        text = VisitPanel::tr("%1 · overlaps another visit").arg(text);
    return text;
}

VisitPanel::VisitPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Technician visits"), parent)
    , m_context(context)
    , m_visits(new QTreeWidget(this))
    , m_attention(new QLabel(this))
    , m_error(new QLabel(this))
    , m_send(button(this, tr("&Send a technician…"), "sendTechnician"))
    , m_reschedule(button(this, tr("Resc&hedule…"), "rescheduleVisit"))
    , m_report(button(this, tr("Re&port…"), "reportVisit"))
    , m_cancel(button(this, tr("Cancel the visit…"), "cancelVisit"))
    , m_print(button(this, tr("Work-order s&heet…"), "printVisit"))
{
    setObjectName(QStringLiteral("visitPanel"));
    m_visits->setObjectName(QStringLiteral("visitList"));
    m_visits->setRootIsDecorated(false);
    m_visits->setColumnCount(ColumnCount);
    m_visits->setHeaderLabels({tr("Visit"), tr("Technician"), tr("Appointment"), tr("Status"), tr("Address")});
    for (int column : {Number, Technician, Window, State})
        m_visits->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_visits->header()->setSectionResizeMode(Address, QHeaderView::Stretch);
    m_visits->setMinimumHeight(90);
    m_attention->setObjectName(QStringLiteral("visitAttention"));
    m_attention->setWordWrap(true);
    m_attention->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_attention->hide();
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_send, m_reschedule, m_report, m_cancel, m_print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_attention);
    layout->addWidget(m_visits);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_send, &QPushButton::clicked, this, &VisitPanel::sendTechnician);
    connect(m_reschedule, &QPushButton::clicked, this, &VisitPanel::rescheduleSelected);
    connect(m_report, &QPushButton::clicked, this, &VisitPanel::reportSelected);
    connect(m_cancel, &QPushButton::clicked, this, &VisitPanel::cancelSelected);
    connect(m_print, &QPushButton::clicked, this, &VisitPanel::printSelected);
    connect(m_visits, &QTreeWidget::currentItemChanged, this, &VisitPanel::updateButtons);
    hide();
}

void VisitPanel::showTicket(qint64 ticketId, bool ticketOpen)
{
    m_ticketId = ticketId;
    m_ticketOpen = ticketOpen;
    m_error->hide();
    setVisible(ticketId != 0);
    if (ticketId != 0)
        refresh();
}

void VisitPanel::refresh()
{
    const qint64 selectedId = selected() ? selected()->id : 0;
    m_visits->clear();
    auto visits = m_context.workspace.visits().ofTicket(m_ticketId);
    if (!visits) {
        showError(visits.error().message);
        return;
    }
    m_list = *visits;
    for (const Visit& visit : m_list) {
        auto* item = new QTreeWidgetItem(m_visits);
        item->setText(Number, QString::number(visit.visitNo));
        item->setText(Technician, visit.technicianName);
        item->setText(Window, TicketText::window(visit.windowFrom, visit.windowTo, QTimeZone(visit.timeZone.toUtf8())));
        item->setText(State, visitStateText(visit));
        item->setText(Address, visit.address);
        item->setData(0, Qt::UserRole, visit.id);
        if (visit.overlaps || visit.status == VisitStatus::CannotComplete)
            item->setForeground(State, QColor(0xb3, 0x26, 0x1e));
        if (visit.id == selectedId || (selectedId == 0 && &visit == &m_list.constLast()))
            m_visits->setCurrentItem(item);
    }
    // The newest visit failed and none is planned since: the ticket waits for one.
    const bool waiting = !m_list.isEmpty() && m_list.constLast().status == VisitStatus::CannotComplete && m_ticketOpen;
    if (waiting) {
        const Visit& last = m_list.constLast();
        m_attention->setText(tr("Visit %1 could not be completed (%2): send a technician again.")
                                 .arg(last.visitNo)
                                 .arg(last.failure ? toLabel(*last.failure) : toLabel(last.status)));
    }
    m_attention->setVisible(waiting);
    setTitle(m_list.isEmpty() ? tr("Technician visits") : tr("Technician visits (%1)").arg(m_list.size()));
    updateButtons();
}

bool VisitPanel::mayReport(const Visit& visit) const
{
    const auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me || !AccessControl::allows(*me, Action::ReportVisits))
        return false;
    return me->role != Role::Technician || visit.technicianId == me->id;
}

void VisitPanel::updateButtons()
{
    const auto me = m_context.workspace.users().byId(m_context.userId);
    const bool plans = me && AccessControl::allows(*me, Action::PlanVisits);
    const auto visit = selected();
    m_send->setEnabled(plans && m_ticketOpen);
    m_send->setToolTip(!plans ? tr("Quality inspectors do not send technicians.")
                       : !m_ticketOpen ? tr("Reopen the ticket to send a technician.") : QString());
    m_reschedule->setEnabled(plans && visit && visit->status == VisitStatus::Scheduled);
    m_cancel->setEnabled(plans && visit && (visit->status == VisitStatus::Scheduled || visit->status == VisitStatus::EnRoute));
    m_report->setEnabled(visit && visit->isLive() && mayReport(*visit));
    m_print->setEnabled(visit.has_value());
}

std::optional<Visit> VisitPanel::selected() const
{
    const QTreeWidgetItem* item = m_visits->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Visit& visit : m_list)
        if (visit.id == id)
            return visit;
    return std::nullopt;
}

void VisitPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

bool VisitPanel::take(const Result<Visit>& result)
{
    if (!result) {
        showError(result.error().message);
        return false;
    }
    m_error->hide();
    refresh();
    if (result->overlaps)
        showError(tr("Saved. %1 has another visit in this window: check the day's visits.").arg(result->technicianName));
    return true;
}

bool VisitPanel::sendTechnician()
{
    const QString address = m_context.workspace.visits().customerAddress(m_ticketId).value_or(QString());
    VisitDialog dialog(m_context, address, nullptr, this);
    return dialog.exec() == QDialog::Accepted && schedule(dialog.plan());
}

bool VisitPanel::rescheduleSelected()
{
    const auto visit = selected();
    if (!visit)
        return false;
    VisitDialog dialog(m_context, visit->address, &*visit, this);
    return dialog.exec() == QDialog::Accepted && reschedule(*visit, dialog.plan());
}

bool VisitPanel::reportSelected()
{
    const auto visit = selected();
    if (!visit)
        return false;
    VisitReportDialog dialog(*visit, this);
    return dialog.exec() == QDialog::Accepted && report(*visit, dialog.report());
}

bool VisitPanel::cancelSelected()
{
    const auto visit = selected();
    if (!visit)
        return false;
    const auto reason = TicketDialogs::askText(this, tr("Cancel visit %1").arg(visit->visitNo),
                                               tr("Why is the visit cancelled? (required)"), true);
    return reason && cancel(*visit, *reason);
}

bool VisitPanel::printSelected()
{
    const auto visit = selected();
    if (!visit)
        return false;
    const QString suggested = QDir::home().filePath(tr("work-order-%1-visit-%2.pdf").arg(visit->ticketNumber).arg(visit->visitNo));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the work-order sheet"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty() || !writeSheet(*visit, path))
        return false;
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

bool VisitPanel::schedule(const VisitPlan& plan)
{
    return take(LockWait::retry<Visit>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.visits().schedule(m_ticketId, plan, m_context.userId);
    }));
}

bool VisitPanel::reschedule(const Visit& visit, const VisitPlan& plan)
{
    return take(LockWait::retry<Visit>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.visits().reschedule(visit.id, visit.version, plan, m_context.userId);
    }));
}

bool VisitPanel::report(const Visit& visit, const VisitReport& report)
{
    return take(LockWait::retry<Visit>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.visits().report(visit.id, visit.version, report, m_context.userId);
    }));
}

bool VisitPanel::cancel(const Visit& visit, const QString& reason)
{
    return take(LockWait::retry<Visit>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.visits().cancel(visit.id, visit.version, reason, m_context.userId);
    }));
}

bool VisitPanel::writeSheet(const Visit& visit, const QString& path)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now());
    auto written = VisitSheet::writePdf(visit, displayName(m_context.workspace.configuration().officeName), now, path);
    if (!written) {
        showError(written.error().message);
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace sd
