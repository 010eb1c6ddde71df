#pragma once

#include "common/AppContext.h"
#include "reports/ScheduledReportRunner.h"
#include "reports/ScheduledReports.h"
#include "main/NavigationPanel.h"
#include "reports/ReportRequest.h"

#include <QLabel>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTabWidget>
#include <QDate>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace sd {

class CallerCard;
class DailyBackup;
class NotificationCentre;
class RiskPage;
class SyncController;
class ChangeWatcher;
class CustomerForm;
class CustomersPage;
class QueueView;
class TicketForm;
class TicketPreview;

// The agent's desk: queues on the left, the selected queue (with a preview)
// and open tickets and customers as tabs in the centre, the incoming-call
// card on the right. Changes made elsewhere appear within a few seconds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    QueueView* queueView() const { return m_queue; }
    CallerCard* callerCard() const { return m_caller; }
    // A call handed over by the phone system: the desk comes to the front with the caller card.
    void showIncomingCall(const QString& number);
    QTabWidget* tabs() const { return m_tabs; }
    NavigationPanel* navigation() const { return m_navigation; }
    TicketForm* openTicket(qint64 ticketId);
    TicketForm* newTicket(const TicketDraft& prefill);
    CustomerForm* openCustomer(qint64 customerId);
    // Re-reads queue, counts and status bar (after changes here or elsewhere).
    void refreshAll();
    void scheduleReturnVisits();
    void checkRiskAlerts();
    void drawQualitySample();
    void backUpDaily();
    void runScheduledReports();
    void finishScheduledReport(const SavedReport& report, ScheduledReportRunner& runner,
                               const Result<ScheduledReportRunner::Computed>& figures);
    SyncController* syncController() const;

signals:
    // The user asked for another database or language: the application restarts.
    void restartRequested();
    // The user signs out (to let someone else sign in): the application restarts at the sign-in.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildConnectionBanner();
    void buildAvailabilitySwitch();
    void setAvailability(Availability availability);
    void showAvailability(Availability availability);
    void shareWaitingTickets();
    QWidget* buildQueuePage();
    void buildDocks();
    void buildActions();
    void showPage(NavigationPanel::Page page);
    void stepThroughQueue(int step);
    void nameFirstTab(NavigationPanel::Page page);
    void showQueue(Queue queue, const QString& title);
    void focusIncomingCall();
    void showReportTickets(const ReportFilter& filter, qint64 from, qint64 to);
    void closeTab(int index);
    bool confirmClose(QWidget* page);
    void showShortcuts();
    void showSettings();
    void generateDemoData();
    void changeOwnPassword();
    void buildSync(QMenu* file);
    void syncWithHeadOffice();
    void writeSyncFile();
    void readSyncFile();
    void updateStatusBar();
    template <typename Form>
    Form* findTab(qint64 id) const;
    void addFormTab(QWidget* form, const QString& title);

    AppContext& m_context;
    NavigationPanel* m_navigation = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    QueueView* m_queue = nullptr;
    TicketPreview* m_preview = nullptr;
    CustomersPage* m_customers = nullptr;
    CallerCard* m_caller = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    QToolButton* m_availability = nullptr;
    NotificationCentre* m_bell = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusDatabase = nullptr;
    QLabel* m_statusCounts = nullptr;
    QLabel* m_statusSync = nullptr;
    SyncController* m_sync = nullptr;
    QToolBar* m_connectionBar = nullptr;
    QLabel* m_connectionBanner = nullptr;
    QTimer m_countsTimer;
    QTimer m_slaSweep;
    qint64 m_lastRiskCheck = 0;
    qint64 m_lastSampleCheck = 0;
    RiskPage* m_riskPage = nullptr;
    QDate m_returnVisitsDay;
    // The scheduled report being computed off the window's thread, and its claim.
    QPointer<QThread> m_reportThread;
    DailyBackup* m_dailyBackup = nullptr;
    std::optional<SavedReport> m_reportClaimed;
    QList<QAction*> m_actions;
    bool m_closing = false; // the window is going: docks hiding now are not the user's choice
};

} // namespace sd
