#pragma once

#include "common/AppContext.h"
#include "tickets/Notifications.h"

#include <QDialog>
#include <QToolButton>

class QListWidget;
class QSystemTrayIcon;

namespace sd {

// The bell in the status bar: how many notifications are unread; a click
// lists the newest, and each opens its ticket. With a system tray, a new one
// also shows as a desktop notification while the desk is in the background.
class NotificationCentre : public QToolButton
{
    Q_OBJECT

public:
    NotificationCentre(AppContext& context, QWidget* parent = nullptr);

    // Reads the count again (after any change, here or at another desk).
    void refresh();
    int unread() const { return m_unread; }
    // A sentence for one entry, in the desk's language.
    static QString describe(const Notification& notification);

signals:
    void ticketRequested(qint64 ticketId);
    void riskRequested(qint64 riskId);

private:
    void showList();
    void tellDesktop();

    AppContext& m_context;
    int m_unread = -1;
    QSystemTrayIcon* m_tray = nullptr;
};

// The list behind the bell: unread entries in bold, newest first.
class NotificationList : public QDialog
{
    Q_OBJECT

public:
    NotificationList(AppContext& context, QWidget* parent = nullptr);

signals:
    void ticketRequested(qint64 ticketId);
    void riskRequested(qint64 riskId);

private:
    void fill();
    void open(int row);

    AppContext& m_context;
    QList<Notification> m_entries;
    QListWidget* m_list;
};

} // namespace sd
