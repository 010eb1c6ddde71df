// The branch desk's sync: the Sync action and its status line, and the
// supervisors' conflicts screen, driven as people use them, with screenshots
// in English and Chinese (sync-*.png in the test's folder).
#include "TestSupport.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "storage/Sql.h"
#include "sync/ConflictsDialog.h"
#include "sync/DuplicatesDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// Head office and branch SH on SQLite files, with one conflict on a ticket's
// subject: head office changed it first, the branch after it (by the clock
// the changes are logged with; at the same second the greater stamp, SH's, wins).
struct TwoOffices
{
    QTemporaryDir dir;
    std::shared_ptr<qint64> now = std::make_shared<qint64>(test::at("2026-11-20T10:00:00+08:00"));
    std::unique_ptr<Workspace> head;
    std::unique_ptr<Workspace> branch;
    QString number;

    QString headPath() const { return dir.filePath(QStringLiteral("head.sqlite")); }
    QString branchPath() const { return dir.filePath(QStringLiteral("branch.sqlite")); }
    Clock clock() const
    {
        auto shared = now;
        return Clock([shared] { return *shared; });
    }
    static qint64 user(Workspace& ws, const char* login) { return ws.users().byLogin(QString::fromLatin1(login))->id; }

    TwoOffices()
    {
        head = *Workspace::open(headPath(), clock());
        REQUIRE(SyncService(head->database()).setUpHeadOffice());
        auto keys = OfficeKeys::generate(QStringLiteral("SH"));
        REQUIRE(SyncService(head->database()).registerBranch(keys->publicText()));
        auto seed = SyncService(head->database()).seedFor(QStringLiteral("SH"));
        REQUIRE(seed);
        {
            auto fresh = Workspace::open(branchPath(), clock());
            REQUIRE(fresh);
            REQUIRE(SyncService((*fresh)->database()).createBranch(*seed, *keys, (*SyncService(head->database()).self())->keys));
        }
        branch = *Workspace::open(branchPath(), clock());
        TicketDraft draft;
        draft.contactName = QStringLiteral("王芳");
        draft.category = Category::Fault;
        draft.subject = QStringLiteral("冷库温度报警");
        auto ticket = branch->tickets().create(draft, user(*branch, "li.na"));
        REQUIRE(ticket);
        number = ticket->number;
        exchange();
        editSubject(*head, QStringLiteral("冷库温度报警（总部核实：传感器故障）"), "sun.hui");
        editSubject(*branch, QStringLiteral("冷库温度报警，压缩机不启动"), "li.na");
        exchange();
        exchange();
    }
    void editSubject(Workspace& ws, const QString& subject, const char* login)
    {
        auto ticket = ws.tickets().byNumber(number);
        REQUIRE(ticket);
        TicketDraft draft = ticket->details;
        draft.subject = subject;
        REQUIRE(ws.tickets().edit(ticket->id, ticket->version, draft, user(ws, login)));
    }
    void exchange()
    {
        SyncService theirs(head->database());
        REQUIRE(SyncService(branch->database()).syncWith(theirs));
    }
    QString subjectAt(Workspace& ws) { return ws.tickets().byNumber(number)->details.subject; }
};

void installLanguage(QTranslator& translator, const QString& language)
{
    if (language != QLatin1String("en"))
        REQUIRE(translator.load(QStringLiteral(":/servicedesk/i18n/servicedesk_zh_CN.qm")));
    QApplication::installTranslator(&translator);
}

// Answers the next dialog of kind `Dialog` the desk opens (it may take a
// moment to appear): a file dialog with a path, a choice with an item.
template <typename Dialog>
void answerNext(const QString& answer)
{
    // Tried again until the dialog closes: a file dialog may take the answer
    // only once it has read the folder.
    auto* poll = new QTimer;
    auto answered = std::make_shared<std::optional<QPointer<QDialog>>>();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, answered] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        // Done once the dialog it answered has closed; it never touches a later one.
        if (answered->has_value() && (!dialog || dialog != (*answered)->data())) {
            poll->deleteLater();
            return;
        }
        if (!dialog)
            return;
        if constexpr (std::is_same_v<Dialog, QFileDialog>) {
            auto* name = dialog->template findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(answer);
        } else {
            dialog->setTextValue(answer);
        }
        *answered = QPointer<QDialog>(dialog);
        static_cast<QDialog*>(dialog)->accept();
    });
    poll->start(50);
}

void answerNextDialog(const QString& path)
{
    answerNext<QFileDialog>(path);
}

} // namespace

TEST_CASE("a supervisor keeps one of two conflicting values, the choice syncs to head office", "[ui][sync]")
{
    TwoOffices offices;
    AppContext context{*offices.branch, TwoOffices::user(*offices.branch, "sun.hui"), QStringLiteral("孙慧")};
    ConflictsDialog dialog(context);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == offices.number);
    CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("冷库温度报警（总部核实：传感器故障）\nsun.hui at office HQ")));
    // The branch's change came later: it is the one in use meanwhile.
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("(in use until someone decides)")));
    CHECK_FALSE(table->item(0, 3)->text().contains(QStringLiteral("in use")));
    CHECK(offices.subjectAt(*offices.branch) == QStringLiteral("冷库温度报警，压缩机不启动"));
    auto* keepHere = dialog.findChild<QPushButton*>(QStringLiteral("keepHere"));
    CHECK_FALSE(keepHere->isEnabled()); // nothing chosen yet
    table->selectRow(0);
    REQUIRE(keepHere->isEnabled());
    QTest::mouseClick(keepHere, Qt::LeftButton);
    CHECK(table->rowCount() == 0);
    CHECK(offices.subjectAt(*offices.branch) == QStringLiteral("冷库温度报警（总部核实：传感器故障）"));
    dialog.findChild<QCheckBox*>()->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("resolved by sun.hui: 冷库温度报警（总部核实：传感器故障）")));
    // The resolution is a change of the branch: head office gets it with the next sync.
    offices.exchange();
    CHECK(offices.subjectAt(*offices.head) == QStringLiteral("冷库温度报警（总部核实：传感器故障）"));
    CHECK(SyncConflicts(offices.head->database(), offices.head->clock()).openCount() == 0);
}

TEST_CASE("an agent sees the conflicts but cannot decide them", "[ui][sync]")
{
    TwoOffices offices;
    AppContext context{*offices.branch, TwoOffices::user(*offices.branch, "li.na"), QStringLiteral("李娜")};
    ConflictsDialog dialog(context);
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"))->rowCount() == 1);
    for (const char* name : {"keepHere", "keepThere", "typeValue"})
        CHECK_FALSE(dialog.findChild<QPushButton*>(QString::fromLatin1(name))->isVisibleTo(&dialog));
}

TEST_CASE("the branch desk synchronises with head office from its Sync action and shows it in the status bar", "[ui][sync]")
{
    TwoOffices offices;
    AppContext context{*offices.branch, TwoOffices::user(*offices.branch, "li.na"), QStringLiteral("李娜")};
    MainWindow window(context);
    window.syncController()->setHeadAddress(offices.headPath());
    auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("open sync conflicts: 1")));
    // A ticket taken at the branch waits to be sent, then reaches head office.
    TicketDraft draft;
    draft.contactName = QStringLiteral("李强");
    draft.category = Category::Inquiry;
    draft.subject = QStringLiteral("预约上门保养");
    auto ticket = offices.branch->tickets().create(draft, context.userId);
    REQUIRE(ticket);
    window.refreshAll();
    // The new ticket and its timeline events (created, assigned).
    CHECK_FALSE(status->text().contains(QStringLiteral("changes waiting to be sent: 0")));
    window.findChild<QAction*>(QStringLiteral("action_sync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.syncController()->running(), 20000);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Synchronised with head office")));
    CHECK(status->text().contains(QStringLiteral("changes waiting to be sent: 0")));
    CHECK(status->text().contains(QStringLiteral("Synced with head office HQ at")));
    CHECK(offices.head->tickets().byNumber(ticket->number));
    QSettings().remove(QStringLiteral("sync"));
}

TEST_CASE("screenshots of the conflicts screen and the sync status in English and Chinese", "[ui][sync][screenshots]")
{
    TwoOffices offices;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        installLanguage(translator, language);
        AppContext context{*offices.branch, TwoOffices::user(*offices.branch, "sun.hui"), QStringLiteral("孙慧")};
        ConflictsDialog dialog(context);
        dialog.show();
        dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"))->selectRow(0);
        QApplication::processEvents();
        CHECK(dialog.grab().save(QStringLiteral("sync-conflicts-%1.png").arg(language)));
        MainWindow window(context);
        window.resize(1560, 940);
        window.show();
        QApplication::processEvents();
        CHECK(window.statusBar()->grab().save(QStringLiteral("sync-status-%1.png").arg(language)));
        QApplication::removeTranslator(&translator);
    }
}

TEST_CASE("without a link to head office, the desks carry sync files: written from the File menu, read at the other office", "[ui][sync]")
{
    TwoOffices offices;
    AppContext atBranch{*offices.branch, TwoOffices::user(*offices.branch, "li.na"), QStringLiteral("李娜")};
    MainWindow branchWindow(atBranch);
    TicketDraft draft;
    draft.contactName = QStringLiteral("李强");
    draft.category = Category::Inquiry;
    draft.subject = QStringLiteral("断网时受理的工单");
    auto ticket = offices.branch->tickets().create(draft, atBranch.userId);
    REQUIRE(ticket);
    const QString toHead = offices.dir.filePath(QStringLiteral("to-head.sdsync"));
    answerNextDialog(toHead);
    branchWindow.findChild<QAction*>(QStringLiteral("action_sync_write"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(toHead) && !branchWindow.syncController()->running(), 20000);
    CHECK(branchWindow.statusBar()->currentMessage().startsWith(QStringLiteral("to-head.sdsync written")));

    AppContext atHead{*offices.head, TwoOffices::user(*offices.head, "sun.hui"), QStringLiteral("孙慧")};
    MainWindow headWindow(atHead);
    answerNextDialog(toHead);
    headWindow.findChild<QAction*>(QStringLiteral("action_sync_read"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!headWindow.syncController()->running(), 20000);
    CHECK(headWindow.statusBar()->currentMessage().startsWith(QStringLiteral("to-head.sdsync from office SH applied: 1 new records")));
    CHECK(offices.head->tickets().byNumber(ticket->number));

    // Head office chooses the branch, then the file; the branch reads it.
    const QString toBranch = offices.dir.filePath(QStringLiteral("to-sh.sdsync"));
    answerNext<QInputDialog>(QStringLiteral("SH"));
    answerNextDialog(toBranch);
    headWindow.findChild<QAction*>(QStringLiteral("action_sync_write"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(toBranch) && !headWindow.syncController()->running(), 20000);
    answerNextDialog(toBranch);
    branchWindow.findChild<QAction*>(QStringLiteral("action_sync_read"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!branchWindow.syncController()->running(), 20000);
    CHECK(branchWindow.statusBar()->currentMessage().startsWith(QStringLiteral("to-sh.sdsync from office HQ applied")));

    // The same file again changes nothing and says why, in a message box.
    answerNextDialog(toBranch);
    QString warning;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&warning] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    closer.start(50);
    branchWindow.findChild<QAction*>(QStringLiteral("action_sync_read"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 20000);
    CHECK(warning.contains(QStringLiteral("already applied")));
}

TEST_CASE("a supervisor merges duplicate customers from the duplicates screen, an agent only sees them, screenshots", "[ui][sync][screenshots]")
{
    TwoOffices offices;
    CustomerDraft atHead;
    atHead.name = QStringLiteral("王芳");
    atHead.phone = QStringLiteral("138 0013 8000");
    auto kept = offices.head->customers().create(atHead, TwoOffices::user(*offices.head, "li.na"));
    CustomerDraft atBranch;
    atBranch.name = QStringLiteral("王芳（浦东）");
    atBranch.phone = QStringLiteral("13800138000");
    auto other = offices.branch->customers().create(atBranch, TwoOffices::user(*offices.branch, "li.na"));
    REQUIRE(kept);
    REQUIRE(other);
    TicketDraft draft;
    draft.customerId = other->id;
    draft.contactName = QStringLiteral("王芳");
    draft.category = Category::Fault;
    draft.subject = QStringLiteral("热水器不出热水");
    auto ticket = offices.branch->tickets().create(draft, TwoOffices::user(*offices.branch, "li.na"));
    REQUIRE(ticket);
    offices.exchange();

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        installLanguage(translator, language);
        AppContext agent{*offices.head, TwoOffices::user(*offices.head, "li.na"), QStringLiteral("李娜")};
        DuplicatesDialog seen(agent);
        CHECK_FALSE(seen.findChild<QPushButton*>(QStringLiteral("keepCustomer"))->isVisible());
        AppContext supervisor{*offices.head, TwoOffices::user(*offices.head, "sun.hui"), QStringLiteral("孙慧")};
        DuplicatesDialog dialog(supervisor);
        dialog.show();
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("duplicateTree"));
        REQUIRE(tree->topLevelItemCount() == 1);
        REQUIRE(tree->topLevelItem(0)->childCount() == 2);
        CHECK(tree->topLevelItem(0)->child(0)->text(0) == kept->details.code);
        CHECK(tree->topLevelItem(0)->child(1)->text(0) == QStringLiteral("SH-C000001"));
        CHECK(tree->topLevelItem(0)->child(1)->text(3) == QStringLiteral("1"));
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QApplication::processEvents();
        CHECK(dialog.grab().save(QStringLiteral("sync-duplicates-%1.png").arg(language)));
        QApplication::removeTranslator(&translator);
    }

    AppContext supervisor{*offices.head, TwoOffices::user(*offices.head, "sun.hui"), QStringLiteral("孙慧")};
    DuplicatesDialog dialog(supervisor);
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("duplicateTree"));
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QString question;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&question] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(50);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepCustomer")), Qt::LeftButton);
    CHECK(question.contains(QStringLiteral("SH-C000001 王芳（浦东）")));
    CHECK(tree->topLevelItemCount() == 0);
    CHECK(offices.head->tickets().byNumber(ticket->number)->customerName == QStringLiteral("王芳"));
    // The merge reaches the branch with the next sync.
    offices.exchange();
    CHECK(offices.branch->tickets().byNumber(ticket->number)->customerName == QStringLiteral("王芳"));
}
