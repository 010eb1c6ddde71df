// The sign-in dialogs, user administration and what each role is offered,
// driven as a person would with QTest.
#include "TestSupport.h"

#include "common/AppContext.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "main/SignInDialog.h"
#include "people/UserAdminDialog.h"
#include "storage/Sql.h"
#include "tickets/TicketForm.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

const QString kAdminPassword = QStringLiteral("harbour-lights-7");

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* field = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(field);
    field->clear();
    // QTest types Latin-1 only; Chinese arrives as an input method would commit it.
    const bool latin = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (latin)
        QTest::keyClicks(field, text);
    else
        field->insert(text);
}

void pressOk(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString problemOf(QDialog& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("signInProblem"));
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

struct Office
{
    test::TempWorkspace ws;
    qint64 admin = 0;

    Office()
    {
        auto created = ws->signIn().createAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator"), kAdminPassword);
        REQUIRE(created);
        admin = created->id;
        REQUIRE(ws->userAdmin().resetPassword(ws.userId("li.na"), QStringLiteral("li-na-secret"), admin));
    }
};

} // namespace

TEST_CASE("the sign-in dialog explains a wrong password and a locked login, and lets the right one in", "[ui][signin]")
{
    Office office;
    SignInDialog dialog(*office.ws, QStringLiteral("li.na"));
    dialog.show();
    type(&dialog, "password", QStringLiteral("li-na-wrong"));
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(problemOf(dialog) == QStringLiteral("wrong login or password"));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    for (int attempt = 2; attempt <= 5; ++attempt) {
        type(&dialog, "password", QStringLiteral("guess %1").arg(attempt));
        pressOk(dialog);
    }
    // Five failures: now even the right password is refused, with the reason.
    type(&dialog, "password", QStringLiteral("li-na-secret"));
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(problemOf(dialog).contains(QStringLiteral("locked")));
    office.ws.setNow(office.ws.now() + 15 * 60);
    type(&dialog, "password", QStringLiteral("li-na-secret"));
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.signedIn());
    CHECK(dialog.signedIn()->login == QStringLiteral("li.na"));
}

TEST_CASE("the first start of a new database creates its administrator", "[ui][signin]")
{
    test::TempWorkspace ws;
    FirstAdministratorDialog dialog(*ws);
    dialog.show();
    type(&dialog, "name", QStringLiteral("王经理"));
    type(&dialog, "password", kAdminPassword);
    type(&dialog, "repeat", QStringLiteral("harbour-lights-8"));
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(problemOf(dialog).contains(QStringLiteral("differ")));
    CHECK(ws->signIn().needsAdministrator().value());
    type(&dialog, "repeat", kAdminPassword);
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.administrator());
    CHECK(dialog.administrator()->role == Role::Admin);
    CHECK(dialog.administrator()->displayName == QStringLiteral("王经理"));
    CHECK_FALSE(ws->signIn().needsAdministrator().value());
    CHECK(ws->signIn().signIn(QStringLiteral("admin"), kAdminPassword));
}

TEST_CASE("an administrator adds a user on the users screen, who can then sign in", "[ui][signin]")
{
    Office office;
    AppContext context{*office.ws, office.admin, QStringLiteral("Administrator")};
    UserAdminDialog dialog(context);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("users"));
    REQUIRE(table);
    const int before = table->rowCount();
    QTimer::singleShot(0, [] {
        auto* edit = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(edit);
        type(edit, "login", QStringLiteral("qian.yu"));
        type(edit, "name", QStringLiteral("钱宇"));
        type(edit, "password", QStringLiteral("qian-yu-pass"));
        auto* role = edit->findChild<QComboBox*>(QStringLiteral("role"));
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Technician)));
        auto* team = edit->findChild<QComboBox*>(QStringLiteral("team"));
        team->setCurrentIndex(team->findData(QStringLiteral("field")));
        edit->accept();
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addUser")), Qt::LeftButton);
    CHECK(table->rowCount() == before + 1);
    auto user = office.ws->signIn().signIn(QStringLiteral("qian.yu"), QStringLiteral("qian-yu-pass"));
    REQUIRE(user);
    CHECK(user->role == Role::Technician);
    CHECK(user->teamCode == QStringLiteral("field"));

    // Deactivating the selected user stops their sign-in.
    const int row = int(table->findItems(QStringLiteral("qian.yu"), Qt::MatchExactly).first()->row());
    table->selectRow(row);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("toggleActive")), Qt::LeftButton);
    CHECK_FALSE(office.ws->signIn().signIn(QStringLiteral("qian.yu"), QStringLiteral("qian-yu-pass")));

    AuditLogDialog audit(context);
    CHECK(audit.rowCount() >= 4); // admin added, li.na's password, qian.yu added, deactivated, sign-ins
}

TEST_CASE("each role is offered only what it may do", "[ui][signin]")
{
    Office office;
    auto& ws = office.ws;
    const auto visible = [](MainWindow& window, Action action) {
        auto* item = window.findChild<QAction*>(QStringLiteral("action_") + toCode(action));
        REQUIRE(item);
        return item->isVisible();
    };
    {
        AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
        MainWindow window(agent);
        for (Action action : {Action::ImportData, Action::GenerateDemoData, Action::ManageUsers, Action::ViewAuditLog})
            CHECK_FALSE(visible(window, action));
    }
    {
        AppContext admin{*ws, office.admin, QStringLiteral("Administrator")};
        MainWindow window(admin);
        for (Action action : {Action::ImportData, Action::GenerateDemoData, Action::ManageUsers, Action::ViewAuditLog})
            CHECK(visible(window, action));
    }
    // An inspector reads a ticket and comments, but does not resolve it.
    TicketDraft draft;
    draft.contactName = QStringLiteral("Ms Zhou");
    draft.subject = QStringLiteral("Display flickers");
    // A complaint: its cause box is one more field a read-only form shows.
    draft.category = Category::Complaint;
    draft.complaintCause = QStringLiteral("expectation_gap");
    auto ticket = ws->tickets().create(draft, AccessControl::kIntake);
    REQUIRE(ticket);
    auto assigned = ws->tickets().assign(ticket->id, ticket->version, ws.userId("wang.lei"), {}, office.admin);
    REQUIRE(assigned);
    REQUIRE(ws->tickets().changeStatus(ticket->id, assigned->version, TicketStatus::InProgress, office.admin));
    struct Offered
    {
        bool note = false, resolve = false, save = false, fields = false, unsaved = false;
        QStringList statuses;
    };
    const auto offered = [&](const char* login, qint64 id) {
        AppContext context{*ws, ws.userId(login), QString::fromLatin1(login)};
        TicketForm form(context);
        REQUIRE(form.openTicket(id));
        auto* note = form.findChild<QPushButton*>(QStringLiteral("addNoteButton"));
        auto* resolve = form.findChild<QAction*>(QStringLiteral("resolveAction"));
        auto* save = form.findChild<QAction*>(QStringLiteral("saveAction"));
        auto* subject = form.findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
        auto* menu = form.findChild<QMenu*>(QStringLiteral("statusMenu"));
        REQUIRE((note && resolve && save && subject && menu));
        auto* unsaved = form.findChild<QLabel*>(QStringLiteral("unsavedLabel"));
        REQUIRE(unsaved);
        Offered result{note->isEnabled(), resolve->isEnabled(), save->isEnabled(), subject->isEnabled(), !unsaved->isHidden(), {}};
        for (QAction* status : menu->actions())
            result.statuses.append(status->objectName());
        return result;
    };
    // In progress, a ticket may go to either pending status or be resolved.
    const Offered inspector = offered("zhao.qing", ticket->id);
    CHECK(inspector.note);
    CHECK_FALSE(inspector.resolve);
    CHECK_FALSE(inspector.save);
    CHECK_FALSE(inspector.fields);
    CHECK(inspector.statuses.isEmpty());
    CHECK_FALSE(inspector.unsaved); // reading is not editing
    const Offered supervisor = offered("sun.hui", ticket->id);
    CHECK((supervisor.note && supervisor.save && supervisor.fields));
    // A complaint is resolved at the end of its own path, not by Resolve or the status menu.
    CHECK_FALSE(supervisor.resolve);
    CHECK(supervisor.statuses == QStringList{QStringLiteral("status_pending_customer"), QStringLiteral("status_pending_third_party")});
    int version = 1;
    for (ComplaintStep step : {ComplaintStep{ComplaintStage::Verified, QStringLiteral("photos"), {}, {}, {}},
                               ComplaintStep{ComplaintStage::Handled, {}, Remedy::Repair, {}, {}},
                               ComplaintStep{ComplaintStage::FeedbackGiven, QStringLiteral("accepted"), {}, {}, {}}})
        REQUIRE(ws->complaints().advance(ticket->id, version++, step, office.admin));
    // Resolved, it may be closed (resolving's permission) or reopened, which a technician may not do.
    auto current = ws->tickets().get(ticket->id);
    REQUIRE(current);
    REQUIRE(ws->tickets().changeStatus(ticket->id, current->version, TicketStatus::Resolved, office.admin,
                                       QStringLiteral("Replaced the display cable")));
    CHECK(offered("zhang.min", ticket->id).statuses == QStringList{QStringLiteral("status_closed")});
    CHECK(offered("sun.hui", ticket->id).statuses
          == QStringList{QStringLiteral("status_closed"), QStringLiteral("status_in_progress")});
}

TEST_CASE("screenshots of the sign-in and users screens in English and Chinese", "[ui][signin][screenshots]")
{
    Office office;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        if (language != QLatin1String("en"))
            REQUIRE(translator.load(QStringLiteral(":/servicedesk/i18n/servicedesk_zh_CN.qm")));
        QApplication::installTranslator(&translator);
        SignInDialog signIn(*office.ws, QStringLiteral("li.na"));
        signIn.show();
        type(&signIn, "password", QStringLiteral("li-na-wrong"));
        pressOk(signIn);
        CHECK(signIn.grab().save(QStringLiteral("sign-in-%1.png").arg(language)));
        test::TempWorkspace fresh;
        FirstAdministratorDialog first(*fresh);
        first.show();
        CHECK(first.grab().save(QStringLiteral("first-administrator-%1.png").arg(language)));
        AppContext context{*office.ws, office.admin, QStringLiteral("Administrator")};
        UserAdminDialog users(context);
        users.show();
        CHECK(users.grab().save(QStringLiteral("users-%1.png").arg(language)));
        AuditLogDialog audit(context);
        audit.show();
        CHECK(audit.grab().save(QStringLiteral("audit-log-%1.png").arg(language)));
        QApplication::removeTranslator(&translator);
    }
}

TEST_CASE("settings take a file or a server address, never a password, and offer the recent databases", "[ui][settings]")
{
    QSettings().remove(QStringLiteral("recentDatabases"));
    SettingsDialog::rememberDatabase(QStringLiteral("/data/branch.sqlite"));
    SettingsDialog::rememberDatabase(QStringLiteral("postgresql://dbhost:5432/servicedesk"));
    SettingsDialog::rememberDatabase(QStringLiteral("/data/branch.sqlite")); // again: moves to the top, once
    CHECK(SettingsDialog::recentDatabases()
          == QStringList{QStringLiteral("/data/branch.sqlite"), QStringLiteral("postgresql://dbhost:5432/servicedesk")});

    SettingsDialog dialog(QStringLiteral("/data/branch.sqlite"), QStringLiteral("en"), QStringLiteral("HQ"));
    dialog.show();
    auto* database = dialog.findChild<QComboBox*>(QStringLiteral("settingsDatabase"));
    REQUIRE(database);
    CHECK(database->count() == 2);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("settingsProblem"));
    REQUIRE(problem);
    const auto tryAddress = [&](const QString& text) {
        database->setCurrentText(text);
        dialog.accept();
        return dialog.result() == QDialog::Accepted && !dialog.isVisible();
    };
    CHECK_FALSE(tryAddress(QStringLiteral("mysql://dbhost/servicedesk")));
    CHECK(problem->text().contains(QStringLiteral("\"mysql\" is neither")));
    CHECK_FALSE(tryAddress(QStringLiteral("postgresql://li.na:secret@dbhost/servicedesk")));
    CHECK(problem->text().contains(QStringLiteral("Leave the password out")));
    CHECK_FALSE(tryAddress(QStringLiteral("postgresql://dbhost:5432/")));
    CHECK(tryAddress(QStringLiteral("postgresql://dbhost:5432/servicedesk")));
    CHECK(dialog.databasePath() == QStringLiteral("postgresql://dbhost:5432/servicedesk"));
    QSettings().remove(QStringLiteral("recentDatabases"));
}
