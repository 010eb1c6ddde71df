#include "main/NotificationCentre.h"

#include "tickets/TicketText.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

// A bell drawn here, so the status bar needs no icon theme.
QIcon bellIcon(bool unread)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(unread ? 0xb26a00 : 0x55606e));
    QPainterPath bell;
    bell.moveTo(6, 24);
    bell.cubicTo(9, 20, 8, 14, 10, 10);
    bell.cubicTo(12, 5, 20, 5, 22, 10);
    bell.cubicTo(24, 14, 23, 20, 26, 24);
    bell.closeSubpath();
    painter.drawPath(bell);
    painter.drawEllipse(QPointF(16, 26.5), 3, 3);
    painter.drawEllipse(QPointF(16, 5), 2, 2);
    return QIcon(pixmap);
}

} // namespace

NotificationCentre::NotificationCentre(AppContext& context, QWidget* parent)
    : QToolButton(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("notificationBell"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Notifications: assignments to you, mentions, SLA warnings and breaches, customers' replies"));
    connect(this, &QToolButton::clicked, this, &NotificationCentre::showList);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(bellIcon(false), this);
        m_tray->setToolTip(tr("Service Desk"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { window()->activateWindow(); });
    }
    refresh();
}

void NotificationCentre::refresh()
{
    auto count = m_context.workspace.tickets().notifications().unreadCount(m_context.userId);
    if (!count)
        return;
    const bool grew = m_unread >= 0 && *count > m_unread;
    m_unread = *count;
    setIcon(bellIcon(m_unread > 0));
    setText(m_unread > 0 ? tr("Notifications: %1").arg(m_unread) : tr("Notifications"));
    setStyleSheet(m_unread > 0 ? QStringLiteral("QToolButton { font-weight: bold; }") : QString());
    if (grew)
        tellDesktop();
}

// Only while the desk is in the background: in front, the bell is enough.
void NotificationCentre::tellDesktop()
{
    if (!m_tray || window()->isActiveWindow())
        return;
    auto latest = m_context.workspace.tickets().notifications().latest(m_context.userId);
    if (latest && !latest->isEmpty())
        m_tray->showMessage(tr("Service Desk"), describe(latest->first()), QSystemTrayIcon::Information, 8000);
}

void NotificationCentre::showList()
{
    NotificationList list(m_context, window());
    connect(&list, &NotificationList::ticketRequested, this, &NotificationCentre::ticketRequested);
    connect(&list, &NotificationList::riskRequested, this, &NotificationCentre::riskRequested);
    list.exec();
    refresh();
}

QString NotificationCentre::describe(const Notification& n)
{
    const QString who = n.actorName.isEmpty() ? tr("Someone") : n.actorName;
    switch (n.kind) {
    case Notification::Kind::Assigned:
        if (const auto rule = fromCode<AssignmentMode>(n.detail); rule && !n.actorId)
            return tr("%1 was assigned to you automatically (the team's rule: %2).").arg(n.ticketNumber, toLabel(*rule));
        return n.actorId ? tr("%1 assigned %2 to you.").arg(who, n.ticketNumber) : tr("%1 was assigned to you.").arg(n.ticketNumber);
    case Notification::Kind::Mentioned:
        return tr("%1 mentioned you on %2: %3").arg(who, n.ticketNumber, n.detail);
    case Notification::Kind::CustomerReply:
        return tr("The customer replied on %1: %2").arg(n.ticketNumber, n.detail);
    case Notification::Kind::SlaWarning:
    case Notification::Kind::SlaBreach:
        return tr("%1: %2.").arg(n.ticketNumber, TicketText::checkpoint(n.detail));
    case Notification::Kind::Escalated:
        return tr("Escalation rule on %1: %2.").arg(n.ticketNumber, TicketText::checkpoint(n.detail));
    case Notification::Kind::Merged:
        return tr("%1 merged the duplicate %2 into %3.").arg(who, n.detail, n.ticketNumber);
    case Notification::Kind::RiskRaised:
        return tr("Risk alert: %1. It is in the risk register.").arg(n.riskTitle);
    }
    return n.ticketNumber;
}

NotificationList::NotificationList(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Notifications"));
    m_list->setObjectName(QStringLiteral("notifications"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 2px; }"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { open(m_list->row(item)); });
    auto* hint = new QLabel(tr("Double-click or press Enter to open the ticket or the risk. Unread entries are in bold."), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* allRead = buttons->addButton(tr("Mark &all as read"), QDialogButtonBox::ActionRole);
    allRead->setObjectName(QStringLiteral("markAllRead"));
    connect(allRead, &QPushButton::clicked, this, [this] {
        (void)m_context.workspace.tickets().notifications().markAllRead(m_context.userId);
        fill();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(640, 480);
    fill();
}

void NotificationList::fill()
{
    auto entries = m_context.workspace.tickets().notifications().latest(m_context.userId);
    m_entries = entries ? *entries : QList<Notification>();
    m_list->clear();
    // Times as on the ticket: in the office's zone.
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    if (m_entries.isEmpty())
        m_list->addItem(tr("No notifications yet."));
    for (const Notification& n : m_entries) {
        const QString when = TicketText::instant(n.at, zone);
        // A risk has no subject line: its title is in the sentence.
        const QString subject = n.ticketSubject.isEmpty() ? QString() : QStringLiteral(" · ") + n.ticketSubject;
        auto* item = new QListWidgetItem(NotificationCentre::describe(n) + QLatin1Char('\n') + when + subject, m_list);
        QFont font = item->font();
        font.setBold(!n.read);
        item->setFont(font);
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
}

void NotificationList::open(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Notification& n = m_entries.at(row);
    (void)m_context.workspace.tickets().notifications().markRead(m_context.userId, n.id);
    if (n.riskId)
        emit riskRequested(*n.riskId);
    else
        emit ticketRequested(n.ticketId);
    accept();
}

} // namespace sd
