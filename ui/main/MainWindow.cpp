#include "config/Configuration.h"
#include "main/MainWindow.h"

#include "common/LockWait.h"
#include "main/AboutDialog.h"
#include "main/DailyBackup.h"

#include "common/FileChooser.h"
#include "customers/CallerCard.h"
#include "customers/CustomerForm.h"
#include "exchange/ImportDialog.h"
#include "main/CarePage.h"
#include "main/ReturnVisitsPage.h"
#include "knowledge/KnowledgePage.h"
#include "quality/QualityPage.h"
#include "reports/ScheduledReportRunner.h"
#include "reports/ScheduledReportsDialog.h"
#include "main/ComplaintsPage.h"
#include "dispatch/VisitsPage.h"
#include "main/CustomersPage.h"
#include "main/DemoDataDialog.h"
#include "main/NotificationCentre.h"
#include "common/Permission.h"
#include "people/TeamsDialog.h"
#include "people/UserAdminDialog.h"
#include "tickets/CannedReplies.h"
#include "main/SettingsDialog.h"
#include "main/ShortcutsDialog.h"
#include "sync/ConflictsDialog.h"
#include "sync/DuplicatesDialog.h"
#include "sync/SyncController.h"
#include "main/TicketPreview.h"
#include "queue/QueueView.h"
#include "reports/AgentPerformancePage.h"
#include "people/AccessControl.h"
#include "risk/RiskPage.h"
#include "reports/ReportScreen.h"
#include "storage/ChangeWatcher.h"
#include "tickets/TicketForm.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QDateTime>
#include <QSettings>
#include <QDir>
#include <QThread>
#include <QTimeZone>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace sd {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    // A busy database shows a waiting window after a short wait, not a frozen one.
    LockWait::prepare(context.workspace.database());
    setWindowTitle(tr("Service Desk — %1").arg(displayName(context.workspace.configuration().officeName)));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildQueuePage(), tr("Queues"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the queue stays
    setCentralWidget(m_tabs);
    buildDocks();
    buildActions();
    m_statusUser = new QLabel(this);
    m_statusDatabase = new QLabel(this);
    m_statusCounts = new QLabel(this);
    buildAvailabilitySwitch();
    statusBar()->addWidget(m_statusUser);
    statusBar()->addWidget(m_statusDatabase, 1);
    m_bell = new NotificationCentre(m_context, this);
    connect(m_bell, &NotificationCentre::ticketRequested, this, [this](qint64 id) { openTicket(id); });
    connect(m_bell, &NotificationCentre::riskRequested, this, [this](qint64 id) {
        showPage(NavigationPanel::Page::Risks);
        m_riskPage->showRisk(id);
    });
    statusBar()->addPermanentWidget(m_bell);
    statusBar()->addPermanentWidget(m_statusCounts);
    if (!m_context.workspace.database().isServer()) {
        auto* backupStatus = new QLabel(this);
        statusBar()->addPermanentWidget(backupStatus);
        m_dailyBackup = new DailyBackup(m_context.workspace.database().path(), backupStatus, this);
    }
    auto me = m_context.workspace.users().byId(m_context.userId);
    m_statusUser->setText(me ? tr("Signed in as %1 (%2)").arg(m_context.userName, toLabel(me->role))
                             : tr("Signed in as %1").arg(m_context.userName));
    m_statusDatabase->setText(m_context.workspace.database().officePath());
    FileChooser::setOpenDatabase(m_context.workspace.database().path());

    m_watcher = new ChangeWatcher(context.workspace.database(), 2000, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::refreshAll);
    buildConnectionBanner();
    connect(&context.workspace.tickets(), &TicketService::ticketChanged, this, [this] { m_countsTimer.start(); });
    // Own changes arrive in bursts (several events per action): refresh once.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(150);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshAll);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_statusCounts)
            updateStatusBar();
    });
    // SLA warnings and breaches go on the timelines as time passes; any desk may
    // write them (each is written once), so a desk that is open does.
    // The same minute tells the team this desk is still open (people/Presence).
    connect(&m_slaSweep, &QTimer::timeout, this, [this] {
        (void)m_context.workspace.presence().heartbeat(m_context.userId);
        m_context.workspace.tickets().sweepSla();
        m_bell->refresh();
        scheduleReturnVisits();
        runScheduledReports();
        checkRiskAlerts();
        drawQualitySample();
        backUpDaily();
    });
    m_slaSweep.start(60 * 1000);
    QTimer::singleShot(0, this, &MainWindow::scheduleReturnVisits);
    QTimer::singleShot(0, this, &MainWindow::checkRiskAlerts);
    QTimer::singleShot(0, this, &MainWindow::drawQualitySample);
    QTimer::singleShot(0, this, &MainWindow::backUpDaily);

    m_navigation->setUser(context.userId);
    m_navigation->setCurrentRow(0);
    updateStatusBar();
    m_navigation->refreshCounts(context.workspace.clock().now());
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // Its own row, below the actions, and shown only while the server is away,
    // whatever the saved window state says.
    insertToolBarBreak(m_connectionBar);
    m_connectionBar->hide();
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) {
        resize(1560, 940);
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("navigationDock")), findChild<QDockWidget*>(QStringLiteral("callerDock"))},
                    {200, 340}, Qt::Horizontal);
    }
}

// A scheduled report still computing is waited for; its period, never
// written, is given back for the next runner.
MainWindow::~MainWindow()
{
    if (m_reportThread)
        m_reportThread->wait();
    if (m_reportClaimed)
        (void)m_context.workspace.scheduledReports().release(*m_reportClaimed);
}

// Agents and technicians say whether they take new tickets: while Available,
// their team's rule may assign them tickets (tickets/AutoAssigner). Opening
// the desk starts a shift, so it signs on as Available.
void MainWindow::buildAvailabilitySwitch()
{
    (void)m_context.workspace.presence().signOn(m_context.userId);
    auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me || (me->role != Role::Agent && me->role != Role::Technician))
        return;
    m_availability = new QToolButton(this);
    m_availability->setObjectName(QStringLiteral("availabilitySwitch"));
    m_availability->setAutoRaise(true);
    connect(m_availability, &QToolButton::clicked, this, [this] {
        const bool available = m_context.workspace.presence().availability(m_context.userId).value_or(Availability::Away)
            == Availability::Available;
        setAvailability(available ? Availability::Away : Availability::Available);
    });
    statusBar()->addWidget(m_availability);
    showAvailability(Availability::Available);
    shareWaitingTickets();
}

// Tickets waiting in the team need not wait for the next minute's sweep.
void MainWindow::shareWaitingTickets()
{
    if (auto assigned = m_context.workspace.tickets().assignWaiting(); assigned && *assigned > 0)
        m_countsTimer.start();
}

void MainWindow::setAvailability(Availability availability)
{
    if (auto set = m_context.workspace.presence().setAvailability(m_context.userId, availability); !set) {
        statusBar()->showMessage(set.error().message, 10000);
        return;
    }
    showAvailability(availability);
    if (availability == Availability::Available)
        shareWaitingTickets();
}

void MainWindow::showAvailability(Availability availability)
{
    const bool available = availability == Availability::Available;
    m_availability->setText(QStringLiteral("● ") + toLabel(availability));
    m_availability->setStyleSheet(available ? QStringLiteral("QToolButton { color: #1b7f3b; font-weight: bold; }")
                                            : QStringLiteral("QToolButton { color: #b26a00; font-weight: bold; }"));
    m_availability->setToolTip(available ? tr("Available: your team's new tickets may be assigned to you automatically. "
                                              "Click to switch to Away.")
                                         : tr("Away: no tickets are assigned to you automatically. Click to switch to Available."));
}

// A band across the top while the database server cannot be reached: the
// desk keeps what the agent typed and tries again on its own.
void MainWindow::buildConnectionBanner()
{
    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_connectionBanner->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; padding: 6px 10px; font-weight: bold; }"));
    m_connectionBar = new QToolBar(tr("Connection"), this);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setMovable(false);
    m_connectionBar->setFloatable(false);
    m_connectionBar->toggleViewAction()->setVisible(false);
    m_connectionBar->addWidget(m_connectionBanner);
    addToolBar(Qt::TopToolBarArea, m_connectionBar);
    connect(m_watcher, &ChangeWatcher::connectionLost, this, [this] {
        m_connectionBanner->setText(tr("The database server cannot be reached. Service Desk tries again every few seconds. "
                                       "Nothing you have typed is lost; saving works again once the server is back."));
        m_connectionBar->show();
    });
    connect(m_watcher, &ChangeWatcher::connectionRestored, this, [this] {
        m_connectionBar->hide();
        statusBar()->showMessage(tr("Connected to the database server again; the lists are up to date."), 8000);
    });
}

QWidget* MainWindow::buildQueuePage()
{
    m_queue = new QueueView(m_context.workspace.database(), m_context.workspace.clock(), this);
    m_queue->setOfficeTimeZone(QTimeZone(m_context.workspace.configuration().officeTimeZone.toUtf8()));
    m_preview = new TicketPreview(m_context.workspace.tickets(), m_context.workspace.configuration(), this);
    auto* queueSplit = new QSplitter(Qt::Horizontal, this);
    queueSplit->addWidget(m_queue);
    queueSplit->addWidget(m_preview);
    queueSplit->setStretchFactor(0, 3);
    queueSplit->setStretchFactor(1, 1);
    queueSplit->setSizes({900, 300});
    m_customers = new CustomersPage(m_context, this);
    auto* reports = new ReportScreen(m_context, this);
    reports->setObjectName(QStringLiteral("reportsPage"));
    connect(reports, &ReportScreen::ticketsRequested, this, &MainWindow::showReportTickets);
    // Beside the docks the page can be narrower than the report: scroll, never clip.
    auto* reportsScroll = new QScrollArea(this);
    reportsScroll->setWidget(reports);
    reportsScroll->setWidgetResizable(true);
    reportsScroll->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(queueSplit);
    m_pages->addWidget(m_customers);
    auto* complaints = new ComplaintsPage(m_context, this);
    connect(complaints, &ComplaintsPage::ticketOpenRequested, this, &MainWindow::openTicket);
    m_pages->addWidget(complaints);
    auto* visits = new VisitsPage(m_context, this);
    connect(visits, &VisitsPage::ticketOpenRequested, this, &MainWindow::openTicket);
    m_pages->addWidget(visits);
    auto* returnVisits = new ReturnVisitsPage(m_context, this);
    connect(returnVisits, &ReturnVisitsPage::customerOpenRequested, this, &MainWindow::openCustomer);
    connect(returnVisits, &ReturnVisitsPage::ticketOpenRequested, this, &MainWindow::openTicket);
    m_pages->addWidget(returnVisits);
    auto* care = new CarePage(m_context, this);
    connect(care, &CarePage::customerOpenRequested, this, &MainWindow::openCustomer);
    m_pages->addWidget(care);
    m_pages->addWidget(new KnowledgePage(m_context, this));
    auto* quality = new QualityPage(m_context, this);
    connect(quality, &QualityPage::ticketOpenRequested, this, &MainWindow::openTicket);
    m_pages->addWidget(quality);
    m_pages->addWidget(new AgentPerformancePage(m_context, this));
    m_riskPage = new RiskPage(m_context, this);
    m_pages->addWidget(m_riskPage);
    m_pages->addWidget(reportsScroll);
    connect(m_queue, &QueueView::currentTicketChanged, m_preview, &TicketPreview::showTicket);
    connect(m_queue, &QueueView::ticketActivated, this, &MainWindow::openTicket);
    connect(m_queue->model(), &QueueModel::countChanged, this, [this] {
        if (m_statusCounts)
            updateStatusBar();
    });
    connect(m_customers, &CustomersPage::customerOpenRequested, this, &MainWindow::openCustomer);
    connect(m_customers, &CustomersPage::newCustomerRequested, this, [this] {
        auto* form = new CustomerForm(m_context, this); // starts as a new customer
        addFormTab(form, form->title());
    });
    return m_pages;
}

void MainWindow::buildDocks()
{
    m_navigation = new NavigationPanel(m_context.workspace.queues(), this);
    auto* left = new QDockWidget(tr("Queues"), this);
    left->setObjectName(QStringLiteral("navigationDock"));
    left->setWidget(m_navigation);
    left->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    connect(m_navigation, &NavigationPanel::queueChosen, this, &MainWindow::showQueue);
    connect(m_navigation, &NavigationPanel::pageChosen, this, &MainWindow::showPage);

    m_caller = new CallerCard(m_context, this);
    auto* right = new QDockWidget(tr("Incoming call"), this);
    right->setObjectName(QStringLiteral("callerDock"));
    right->setWidget(m_caller);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, right);
    // Remembered at once, not only at a tidy exit: an agent who closed the panel
    // must not find it back after the desk was switched off.
    connect(right, &QDockWidget::visibilityChanged, this, [this] {
        if (isVisible() && !m_closing)
            QSettings().setValue(QStringLiteral("mainWindow/state"), saveState());
    });
    connect(m_caller, &CallerCard::newTicketRequested, this, &MainWindow::newTicket);
    connect(m_caller, &CallerCard::customerOpenRequested, this, &MainWindow::openCustomer);
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](QMenu* menu, bool onToolbar, const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        if (onToolbar)
            toolbar->addAction(action);
        m_actions.append(action);
        return action;
    };
    add(file, true, tr("&New ticket"), QKeySequence(tr("Ctrl+N")), [this] { newTicket({}); })
        ->setEnabled(mayDo(m_context, Action::CreateTicket));
    add(file, true, tr("&Incoming call"), QKeySequence(tr("F2")), &MainWindow::focusIncomingCall);
    add(go, true, tr("&Search the queue"), QKeySequence(tr("Ctrl+F")), [this] {
        m_tabs->setCurrentIndex(0);
        m_pages->setCurrentIndex(0);
        m_queue->searchField()->setFocus();
        m_queue->searchField()->selectAll();
    });
    add(go, false, tr("Ne&xt ticket"), QKeySequence(tr("F8")), [this] { stepThroughQueue(1); });
    add(go, false, tr("&Previous ticket"), QKeySequence(tr("Shift+F8")), [this] { stepThroughQueue(-1); });
    add(go, false, tr("&Open selected ticket"), QKeySequence(tr("Ctrl+O")), [this] {
        if (const qint64 id = m_queue->currentTicketId())
            openTicket(id);
    });
    add(go, true, tr("&Refresh"), QKeySequence(QKeySequence::Refresh), &MainWindow::refreshAll);
    add(file, false, tr("&Close tab"), QKeySequence(tr("Ctrl+W")), [this] { closeTab(m_tabs->currentIndex()); });
    add(file, false, tr("Se&ttings…"), QKeySequence(tr("Ctrl+,")), &MainWindow::showSettings);
    // What the role may not do is not offered (core would refuse it anyway).
    const auto offer = [this](QAction* action, Action needed) {
        action->setObjectName(QStringLiteral("action_") + toCode(needed));
        action->setVisible(mayDo(m_context, needed));
    };
    offer(add(file, false, tr("I&mport ticket history…"), QKeySequence(), [this] {
              ImportDialog dialog(m_context.workspace.database().connectionUri(), m_context.userId, this);
              connect(&dialog, &ImportDialog::imported, this, &MainWindow::refreshAll);
              dialog.exec();
          }), Action::ImportData);
    offer(add(file, false, tr("&Generate demo data…"), QKeySequence(), &MainWindow::generateDemoData), Action::GenerateDemoData);
    file->addSeparator();
    offer(add(file, false, tr("&Users…"), QKeySequence(), [this] {
              UserAdminDialog dialog(m_context, this);
              dialog.exec();
          }), Action::ManageUsers);
    offer(add(file, false, tr("&Teams and assignment…"), QKeySequence(), [this] {
              TeamsDialog dialog(m_context, this);
              dialog.exec();
              refreshAll();
          }), Action::ManageRouting);
    offer(add(file, false, tr("&Canned replies…"), QKeySequence(), [this] {
              RepliesDialog dialog(m_context, this);
              dialog.exec();
          }), Action::ManageReplies);
    offer(add(file, false, tr("&Audit log…"), QKeySequence(), [this] {
              AuditLogDialog dialog(m_context, this);
              dialog.exec();
          }), Action::ViewAuditLog);
    buildSync(file);
    add(file, false, tr("Change my &password…"), QKeySequence(), &MainWindow::changeOwnPassword);
    add(file, false, tr("Sign &out / switch user"), QKeySequence(), [this] { emit signOutRequested(); });
    file->addSeparator();
    add(file, false, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), &QWidget::close);
    add(help, true, tr("&Keyboard shortcuts"), QKeySequence(QKeySequence::HelpContents), &MainWindow::showShortcuts);
    add(help, false, tr("&About Service Desk"), QKeySequence(), [this] {
        AboutDialog dialog(m_context, this);
        dialog.exec();
    })->setObjectName(QStringLiteral("action_about"));
}

// Top-tier customers' next periodic return visits, once a day while a desk is
// open: any desk may schedule them, since each visit is scheduled only once.
void MainWindow::scheduleReturnVisits()
{
    const QDate today = m_context.workspace.returnVisits().today();
    if (today == m_returnVisitsDay || m_context.workspace.database().isReadOnly())
        return;
    if (m_context.workspace.returnVisits().schedulePeriodic())
        m_returnVisitsDay = today;
}

// The signed-in supervisor's scheduled reports that are due, one a minute:
// claimed here, computed off the window's thread, drawn into a PDF here.
void MainWindow::runScheduledReports()
{
    if (m_reportClaimed || !mayDo(m_context, Action::ScheduleReports) || m_context.workspace.database().isReadOnly())
        return;
    ScheduledReports& scheduled = m_context.workspace.scheduledReports();
    auto due = scheduled.due(m_context.userId);
    if (!due || due->isEmpty())
        return;
    const SavedReport report = due->first();
    const QDate first = scheduled.latestPeriod(report);
    auto runner = std::make_shared<ScheduledReportRunner>(m_context.workspace, ScheduledReportsDialog::folder());
    if (!runner->requireOwnerMayRead(report))
        return;
    auto claimed = scheduled.claim(report, first);
    if (!claimed || !*claimed)
        return;
    m_reportClaimed = report;
    Database database = m_context.workspace.database();
    const ReportRequest request = scheduled.requestFor(report, first);
    m_reportThread = QThread::create([this, database, request, report, runner] {
        auto figures = ScheduledReportRunner::compute(database, request);
        database.releaseThreadConnection();
        // Posted to the window: dropped with it if it is gone by then (its destructor waits for this thread).
        QMetaObject::invokeMethod(this, [this, figures, report, runner] { finishScheduledReport(report, *runner, figures); },
                                  Qt::QueuedConnection);
    });
    connect(m_reportThread, &QThread::finished, m_reportThread, &QObject::deleteLater);
    m_reportThread->start();
}

void MainWindow::finishScheduledReport(const SavedReport& report, ScheduledReportRunner& runner,
                                       const Result<ScheduledReportRunner::Computed>& figures)
{
    m_reportClaimed.reset();
    auto written = figures ? runner.writePdf(report, *figures) : Result<QString>(fail(figures.error()));
    if (!written) {
        (void)m_context.workspace.scheduledReports().release(report);
        statusBar()->showMessage(tr("Scheduled report \"%1\" not written: %2").arg(report.draft.name, written.error().message), 15000);
        return;
    }
    statusBar()->showMessage(tr("Scheduled report written: %1").arg(QDir::toNativeSeparators(*written)), 15000);
}

// The SQLite file's copy of the day, on a worker thread (docs/BACKUP.md).
void MainWindow::backUpDaily()
{
    if (m_dailyBackup)
        m_dailyBackup->check(m_context.workspace.returnVisits().today());
}

// The alert rules of the risk register run on the desks of those who manage
// risks, every quarter of an hour; a new risk rings their bell.
void MainWindow::checkRiskAlerts()
{
    const qint64 now = m_context.workspace.clock().now();
    if (m_lastRiskCheck > 0 && now - m_lastRiskCheck < 15 * 60)
        return;
    auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me || !AccessControl::allows(*me, Action::ManageRisks))
        return;
    m_lastRiskCheck = now;
    if (auto checked = m_context.workspace.riskAlerts().check(m_context.userId); checked && checked->raised > 0)
        m_bell->refresh();
}

// The quality sample of the period just over is drawn by the first desk of
// someone who manages quality to see it over (once: the draw claims the period).
void MainWindow::drawQualitySample()
{
    const qint64 now = m_context.workspace.clock().now();
    if (m_lastSampleCheck > 0 && now - m_lastSampleCheck < 60 * 60)
        return;
    auto me = m_context.workspace.users().byId(m_context.userId);
    if (!me || !AccessControl::allows(*me, Action::ManageQuality))
        return;
    m_lastSampleCheck = now;
    (void)m_context.workspace.quality().drawScheduled(m_context.userId);
}

void MainWindow::showPage(NavigationPanel::Page page)
{
    m_tabs->setCurrentIndex(0);
    m_pages->setCurrentIndex(int(page));
    nameFirstTab(page);
    updateStatusBar();
    if (page == NavigationPanel::Page::Customers)
        m_customers->searchField()->setFocus();
}

// The first tab is named after what it shows, not always "Queues".
void MainWindow::nameFirstTab(NavigationPanel::Page page)
{
    m_tabs->setTabText(0, page == NavigationPanel::Page::Reports ? tr("Reports")
                          : page == NavigationPanel::Page::Customers ? tr("Customers")
                          : page == NavigationPanel::Page::Complaints ? tr("Complaints")
                          : page == NavigationPanel::Page::Visits     ? tr("Visits")
                          : page == NavigationPanel::Page::ReturnVisits ? tr("Return visits")
                          : page == NavigationPanel::Page::Care       ? tr("Care this week")
                          : page == NavigationPanel::Page::Knowledge  ? tr("Knowledge base")
                          : page == NavigationPanel::Page::Quality    ? tr("Quality inspection")
                          : page == NavigationPanel::Page::Performance ? tr("Agent performance")
                          : page == NavigationPanel::Page::Risks      ? tr("Risk register")
                                                                      : tr("Queues"));
}

void MainWindow::showQueue(Queue queue, const QString& title)
{
    nameFirstTab(NavigationPanel::Page::Queue);
    m_queue->showQueue(queue, m_context.userId, title);
}

// The tickets behind a line of a report, as a queue the supervisor can open.
void MainWindow::showReportTickets(const ReportFilter& filter, qint64 from, qint64 to)
{
    QueueRequest request;
    request.queue = Queue::All;
    request.reportFilter = filter;
    request.createdFrom = from;
    request.createdTo = to;
    {
        // No entry stays current, so clicking any of them (Reports too) chooses it again.
        const QSignalBlocker quiet(m_navigation);
        m_navigation->setCurrentItem(nullptr);
    }
    m_tabs->setCurrentIndex(0);
    m_pages->setCurrentIndex(int(NavigationPanel::Page::Queue));
    nameFirstTab(NavigationPanel::Page::Queue);
    // The title says which tickets these are: the period, and a filter when there is one.
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    const QString period = tr("%1 – %2").arg(QDateTime::fromSecsSinceEpoch(from, zone).date().toString(Qt::ISODate),
                                            QDateTime::fromSecsSinceEpoch(to - 1, zone).date().toString(Qt::ISODate));
    m_queue->showRequest(request, filter.isEmpty() ? tr("Tickets created %1").arg(period)
                                                   : tr("Tickets created %1, filtered as in the report").arg(period));
}

void MainWindow::focusIncomingCall()
{
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("callerDock"))) {
        dock->show();
        dock->raise();
    }
    m_caller->lookupField()->setFocus();
    m_caller->lookupField()->selectAll();
}

void MainWindow::showIncomingCall(const QString& number)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    focusIncomingCall();
    m_caller->lookupField()->setText(number);
    m_caller->lookup(number);
}

template <typename Form>
Form* MainWindow::findTab(qint64 id) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* form = qobject_cast<Form*>(m_tabs->widget(i));
        if constexpr (std::is_same_v<Form, TicketForm>) {
            if (form && form->ticketId() == id)
                return form;
        } else {
            if (form && form->customerId() == id)
                return form;
        }
    }
    return nullptr;
}

void MainWindow::addFormTab(QWidget* form, const QString& title)
{
    const int index = m_tabs->addTab(form, title);
    m_tabs->setCurrentIndex(index);
    const auto retitle = [this, form](const QString& text) {
        const int at = m_tabs->indexOf(form);
        if (at >= 0)
            m_tabs->setTabText(at, text);
    };
    if (auto* ticket = qobject_cast<TicketForm*>(form)) {
        connect(ticket, &TicketForm::titleChanged, this, retitle);
        connect(ticket, &TicketForm::ticketOpenRequested, this, &MainWindow::openTicket);
    }
    if (auto* customer = qobject_cast<CustomerForm*>(form)) {
        connect(customer, &CustomerForm::titleChanged, this, retitle);
        connect(customer, &CustomerForm::ticketOpenRequested, this, &MainWindow::openTicket);
    }
    form->setFocus();
}

// In the queue, F8 moves the selection. In an open ticket it moves the tab on
// to the queue's next ticket, as a reader turns a page; unsaved edits are
// asked about first, as when the tab is closed.
void MainWindow::stepThroughQueue(int step)
{
    auto* form = qobject_cast<TicketForm*>(m_tabs->currentWidget());
    if (!form || form->ticketId() == 0) {
        m_queue->selectRelative(step);
        return;
    }
    // The queue's selection is the ticket opened from it, so stepping from it follows the list.
    m_queue->selectRelative(step);
    const qint64 next = m_queue->currentTicketId();
    if (next <= 0 || next == form->ticketId() || findTab<TicketForm>(next) || !confirmClose(form))
        return;
    form->openTicket(next);
}

TicketForm* MainWindow::openTicket(qint64 ticketId)
{
    if (auto* open = findTab<TicketForm>(ticketId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto* form = new TicketForm(m_context, this);
    if (!form->openTicket(ticketId)) {
        delete form;
        return nullptr;
    }
    addFormTab(form, form->title());
    return form;
}

TicketForm* MainWindow::newTicket(const TicketDraft& prefill)
{
    auto* form = new TicketForm(m_context, this);
    form->newTicket(prefill);
    addFormTab(form, form->title());
    // A caller already known goes straight to what the problem is; otherwise who calls.
    const QString first = prefill.customerId ? QStringLiteral("subjectEdit") : QStringLiteral("contactNameEdit");
    if (auto* field = form->findChild<QWidget*>(first))
        field->setFocus();
    return form;
}

CustomerForm* MainWindow::openCustomer(qint64 customerId)
{
    if (auto* open = findTab<CustomerForm>(customerId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto* form = new CustomerForm(m_context, this);
    if (!form->openCustomer(customerId)) {
        delete form;
        return nullptr;
    }
    addFormTab(form, form->title());
    return form;
}

bool MainWindow::confirmClose(QWidget* page)
{
    bool unsaved = false;
    if (auto* ticket = qobject_cast<TicketForm*>(page))
        unsaved = ticket->hasUnsavedChanges();
    if (auto* customer = qobject_cast<CustomerForm*>(page))
        unsaved = customer->hasUnsavedChanges();
    if (!unsaved)
        return true;
    m_tabs->setCurrentWidget(page);
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("%1 has changes that are not saved. Close it and lose them?")
                                                  .arg(m_tabs->tabText(m_tabs->indexOf(page))),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget* page = m_tabs->widget(index);
    if (!confirmClose(page))
        return;
    m_tabs->removeTab(index);
    page->deleteLater();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (int i = m_tabs->count() - 1; i >= 1; --i)
        if (!confirmClose(m_tabs->widget(i))) {
            event->ignore();
            return;
        }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_closing = true;
    // Nobody gets tickets automatically through a desk that is closed.
    (void)m_context.workspace.presence().signOff(m_context.userId);
    event->accept();
}

void MainWindow::showShortcuts()
{
    QList<QAction*> actions = m_actions;
    // The form's own shortcuts work inside an open ticket; list those of a ticket form too.
    TicketForm sample(m_context);
    actions += sample.findChildren<QAction*>();
    ShortcutsDialog(actions, this).exec();
}

void MainWindow::showSettings()
{
    QSettings settings;
    const QString running = qApp->property("sdLanguage").toString();
    const QString language = running.isEmpty() ? settings.value(QStringLiteral("language"), QStringLiteral("en")).toString() : running;
    SettingsDialog dialog(m_context.workspace.database().officePath(), language,
                          m_context.workspace.configuration().officeCode, this);
    dialog.setOfficeEditable(mayDo(m_context, Action::EditConfiguration));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.officeCode() != m_context.workspace.configuration().officeCode && !dialog.officeCode().isEmpty()) {
        // The stored configuration, not this desk's copy: users may have changed elsewhere since it was read.
        auto stored = m_context.workspace.configStore().load();
        Configuration changed = stored ? *stored : m_context.workspace.configuration();
        changed.officeCode = dialog.officeCode();
        if (auto saved = m_context.workspace.importConfiguration(changed, m_context.userId); !saved)
            QMessageBox::warning(this, tr("Settings"), saved.error().describe());
    }
    const bool restart = dialog.databasePath() != m_context.workspace.database().officePath() || dialog.language() != language;
    settings.setValue(QStringLiteral("language"), dialog.language());
    settings.setValue(QStringLiteral("lastDatabase"), dialog.databasePath());
    if (restart && QMessageBox::question(this, tr("Settings"), tr("Restart Service Desk now to use the new settings?"))
                       == QMessageBox::Yes)
        emit restartRequested();
}

void MainWindow::changeOwnPassword()
{
    auto user = m_context.workspace.users().byId(m_context.userId);
    if (!user)
        return;
    bool ok = false;
    const QString current = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"), QLineEdit::Password,
                                                  QString(), &ok);
    if (!ok)
        return;
    const QString next = QInputDialog::getText(this, tr("Change my password"), tr("New password:"), QLineEdit::Password,
                                               QString(), &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("Change my password"), tr("New password again:"), QLineEdit::Password,
                                                QString(), &ok);
    if (!ok)
        return;
    if (next != again) {
        QMessageBox::warning(this, tr("Change my password"), tr("The two new passwords differ; nothing was changed."));
        return;
    }
    if (auto changed = m_context.workspace.signIn().changeOwnPassword(*user, current, next); !changed)
        QMessageBox::warning(this, tr("Change my password"), changed.error().message);
    else
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::generateDemoData()
{
    DemoDataDialog dialog(m_context.workspace.database().connectionUri(), m_context.userId, this);
    dialog.exec();
    refreshAll();
}

void MainWindow::updateStatusBar()
{
    if (!m_statusCounts)
        return;
    // The queue's count only while a queue is on screen.
    const bool queueShown = m_tabs->currentIndex() == 0 && m_pages->currentIndex() == int(NavigationPanel::Page::Queue);
    m_statusCounts->setText(queueShown ? tr("%L1 in this queue").arg(m_queue->model()->totalCount()) : QString());
}

void MainWindow::refreshAll()
{
    m_caller->refresh(); // its open tickets and last contacts
    m_queue->refresh();
    m_navigation->refreshCounts(m_context.workspace.clock().now());
    updateStatusBar();
    m_preview->showTicket(m_queue->currentTicketId());
    m_bell->refresh();
    if (m_sync && m_sync->synchronises())
        m_sync->refreshStatus();
}

// Offices that synchronise get the Sync action (branches), the conflicts
// (supervisors) and a line in the status bar; other databases get nothing.
void MainWindow::buildSync(QMenu* file)
{
    m_sync = new SyncController(m_context, this);
    if (!m_sync->synchronises())
        return;
    file->addSeparator();
    if (m_sync->isBranch()) {
        auto* sync = new QAction(tr("S&ynchronise with head office"), this);
        sync->setObjectName(QStringLiteral("action_sync"));
        sync->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
        sync->setEnabled(mayDo(m_context, Action::RunSync));
        connect(sync, &QAction::triggered, this, &MainWindow::syncWithHeadOffice);
        file->addAction(sync);
        m_actions.append(sync);
    }
    auto* writeFile = new QAction(tr("&Write sync file…"), this);
    writeFile->setObjectName(QStringLiteral("action_sync_write"));
    writeFile->setEnabled(mayDo(m_context, Action::RunSync));
    connect(writeFile, &QAction::triggered, this, &MainWindow::writeSyncFile);
    file->addAction(writeFile);
    m_actions.append(writeFile);
    auto* readFile = new QAction(tr("&Read sync file…"), this);
    readFile->setObjectName(QStringLiteral("action_sync_read"));
    readFile->setEnabled(mayDo(m_context, Action::RunSync));
    connect(readFile, &QAction::triggered, this, &MainWindow::readSyncFile);
    file->addAction(readFile);
    m_actions.append(readFile);
    auto* conflicts = new QAction(tr("Sync &conflicts…"), this);
    conflicts->setObjectName(QStringLiteral("action_sync_conflicts"));
    connect(conflicts, &QAction::triggered, this, [this] {
        ConflictsDialog dialog(m_context, this);
        connect(&dialog, &ConflictsDialog::resolved, this, &MainWindow::refreshAll);
        dialog.exec();
        m_sync->refreshStatus();
    });
    file->addAction(conflicts);
    m_actions.append(conflicts);
    auto* duplicates = new QAction(tr("&Duplicate customers…"), this);
    duplicates->setObjectName(QStringLiteral("action_duplicates"));
    connect(duplicates, &QAction::triggered, this, [this] {
        DuplicatesDialog dialog(m_context, this);
        connect(&dialog, &DuplicatesDialog::merged, this, &MainWindow::refreshAll);
        dialog.exec();
        m_sync->refreshStatus();
    });
    file->addAction(duplicates);
    m_actions.append(duplicates);
    m_statusSync = new QLabel(this);
    m_statusSync->setObjectName(QStringLiteral("syncStatus"));
    m_statusSync->setContentsMargins(0, 0, 16, 0);
    statusBar()->addPermanentWidget(m_statusSync);
    connect(m_sync, &SyncController::statusChanged, this, [this] { m_statusSync->setText(m_sync->statusText()); });
    connect(m_sync, &SyncController::finished, this, [this](bool ok, const QString& message) {
        statusBar()->showMessage(ok ? tr("Synchronised with head office: %1.").arg(message)
                                    : tr("Could not synchronise with head office: %1").arg(message), 10000);
        if (ok)
            refreshAll();
    });
    connect(m_sync, &SyncController::fileDone, this, [this](bool ok, const QString& message) {
        if (ok) {
            statusBar()->showMessage(message, 10000);
            refreshAll();
        } else {
            QMessageBox::warning(this, tr("Sync file"), message);
        }
    });
    m_statusSync->setText(m_sync->statusText());
}

// For a branch that cannot reach head office: the file goes by hand. Head
// office chooses the branch the file is for.
void MainWindow::writeSyncFile()
{
    QString office;
    if (!m_sync->isBranch()) {
        const QStringList branches = m_sync->branchOffices();
        if (branches.isEmpty()) {
            QMessageBox::information(this, tr("Sync file"), tr("No branch office is registered yet."));
            return;
        }
        bool accepted = false;
        office = QInputDialog::getItem(this, tr("Write sync file"), tr("Branch office the file is for:"), branches, 0, false, &accepted);
        if (!accepted)
            return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Write sync file"), QString(), tr("Sync files (*.sdsync)"));
    if (!path.isEmpty())
        m_sync->writeFile(path.endsWith(QLatin1String(".sdsync")) ? path : path + QStringLiteral(".sdsync"), office);
}

void MainWindow::readSyncFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read sync file"), QString(), tr("Sync files (*.sdsync);;All files (*)"));
    if (!path.isEmpty())
        m_sync->readFile(path);
}

// The first time, the desk asks where head office's database is.
void MainWindow::syncWithHeadOffice()
{
    if (m_sync->headAddress().isEmpty()) {
        bool accepted = false;
        const QString address = QInputDialog::getText(this, tr("Head office"),
                                                      tr("Head office's database (its file, or postgresql://host/database):"),
                                                      QLineEdit::Normal, QString(), &accepted);
        if (!accepted || address.trimmed().isEmpty())
            return;
        m_sync->setHeadAddress(address);
    }
    m_sync->syncNow();
}

SyncController* MainWindow::syncController() const
{
    return m_sync;
}

} // namespace sd
