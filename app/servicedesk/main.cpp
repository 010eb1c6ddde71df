#include "common/AppContext.h"
#include "common/ApplicationIcon.h"
#include "common/Translations.h"
#include "common/Version.h"
#include "main/CallHandoff.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "main/SignInDialog.h"
#include "storage/AutoBackup.h"
#include "storage/DatabaseAddress.h"
#include "storage/Backup.h"
#include "storage/DatabaseProbe.h"
#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>

#include <cstdio>
#include <optional>

namespace {

struct Options
{
    QString database;
    QString language;
    QString login;
    std::optional<QString> call; // a number from the phone system
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Service Desk: queues, tickets and customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Database file to open."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "Language: en or zh_CN."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "Sign in as this user (login); the password is asked."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("call"), QApplication::translate("main", "A caller's number: the running desk opens its caller card."),
                      QStringLiteral("NUMBER")});
    parser.addPositionalArgument(QStringLiteral("url"), QApplication::translate("main", "tel:NUMBER or callto:NUMBER, as a phone system opens it."));
    parser.process(app);
    const QSettings settings;
    Options options;
    options.database = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : settings.value(QStringLiteral("lastDatabase"), sd::Database::defaultPath()).toString();
    options.language = parser.isSet(QStringLiteral("lang"))
        ? parser.value(QStringLiteral("lang"))
        : settings.value(QStringLiteral("language"), sd::Translations::systemLanguage()).toString();
    options.login = parser.value(QStringLiteral("user"));
    options.call = sd::CallHandoff::numberFrom(QApplication::arguments().mid(1));
    return options;
}

QString rememberedLogin(const QString& login)
{
    return login.isEmpty() ? QSettings().value(QStringLiteral("lastUser")).toString() : login;
}

// A database nobody can sign in to yet first gets its administrator; every
// other start asks for login and password.
std::optional<sd::User> signIn(sd::Workspace& workspace, const QString& login)
{
    auto needsAdministrator = workspace.signIn().needsAdministrator();
    if (needsAdministrator && *needsAdministrator && !workspace.database().isReadOnly()) {
        sd::FirstAdministratorDialog first(workspace);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        return first.administrator();
    }
    sd::SignInDialog dialog(workspace, rememberedLogin(login));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.signedIn();
}

// A file that cannot be opened, with daily copies beside it: only when the
// file itself is damaged or no database any more is the newest good copy
// offered in its place (docs/BACKUP.md), the file kept aside. An intact file
// refused for another reason (a cancelled upgrade, a newer program, another
// program holding it) is never replaced by an older copy.
bool offerRestore(const QString& file)
{
    const QList<QFileInfo> copies = sd::AutoBackup(file).copies();
    if (copies.isEmpty() || !QFileInfo::exists(file))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor); // integrity checks of large files take a while
    auto own = sd::Backup::verify(file);
    const auto probe = sd::DatabaseProbe::inspect(file);
    const bool newer = probe && probe->schemaVersion > sd::latestSchemaVersion();
    const bool damaged = !own && own.error().code != sd::Error::Code::Busy && !newer;
    std::optional<sd::Backup::Verdict> copy;
    for (const QFileInfo& candidate : copies)
        if (auto good = sd::Backup::verify(candidate.absoluteFilePath()); damaged && good) {
            copy = *good;
            break;
        }
    QApplication::restoreOverrideCursor();
    if (!damaged || !copy)
        return false;
    const auto answer = QMessageBox::question(
        nullptr, QApplication::translate("main", "Service Desk"),
        QApplication::translate("main", "%1 is damaged:\n%2\n\nThe last good backup, %3, holds %4 tickets. Put it in place of the database? "
                                        "Work done since then is not in it; the damaged file is kept beside it.")
            .arg(QDir::toNativeSeparators(file), own.error().describe(), QDir::toNativeSeparators(copy->file))
            .arg(copy->tickets));
    if (answer != QMessageBox::Yes)
        return false;
    QString aside;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = sd::Backup::restore(copy->file, file, &aside);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Service Desk"),
                              QApplication::translate("main", "The backup was not put in place:\n%1").arg(restored.error().describe()));
        return false;
    }
    QMessageBox::information(nullptr, QApplication::translate("main", "Service Desk"),
                             QApplication::translate("main", "The backup is in place. The damaged file is kept at %1.")
                                 .arg(QDir::toNativeSeparators(aside)));
    return true;
}

// A file: open it (showing the progress of a schema upgrade), then sign in.
std::unique_ptr<sd::Workspace> openFile(const Options& options, bool mayRestore = true)
{
    std::unique_ptr<QProgressDialog> upgrading;
    const auto pending = sd::Database::pendingSteps(options.database);
    if (QFileInfo::exists(options.database) && pending && *pending > 0) {
        upgrading = std::make_unique<QProgressDialog>(QApplication::translate("main", "Upgrading the database…"),
                                                      QApplication::translate("main", "Cancel"), 0, *pending);
        upgrading->setMinimumDuration(0);
    }
    auto workspace = sd::Workspace::open(options.database, {}, [&](int done, int) {
        if (!upgrading)
            return true;
        upgrading->setValue(done);
        QApplication::processEvents();
        return !upgrading->wasCanceled();
    });
    if (!workspace) {
        upgrading.reset();
        if (mayRestore && offerRestore(options.database))
            return openFile(options, false);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Service Desk"),
                              QApplication::translate("main", "Cannot open %1:\n%2").arg(options.database, workspace.error().describe()));
        return nullptr;
    }
    return std::move(*workspace);
}

// A server: the sign-in connects as the user's own account, so the server
// checks the password and applies its grants to everything this desk does.
std::unique_ptr<sd::Workspace> signInToServer(const Options& options, std::optional<sd::User>& user)
{
    std::unique_ptr<sd::Workspace> workspace;
    sd::SignInDialog dialog(
        [&](const QString& login, const QString& password) -> sd::Result<sd::User> {
            auto opened = sd::Workspace::openSignedIn(options.database, login, password, QStringLiteral("desk"));
            if (!opened)
                return sd::fail(opened.error());
            workspace = std::move(opened->workspace);
            return opened->user;
        },
        rememberedLogin(options.login));
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    user = dialog.signedIn();
    return workspace;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // In-process native file dialogs (GTK's) open the files they list to guess
    // their types; closing those handles drops SQLite's locks (see FileChooser).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
#endif
    // The version is asked of installed programs where no display may be (a
    // package's test): answered before the GUI application needs one.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("servicedesk %s\n", qPrintable(sd::versionText()));
            return 0;
        }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServiceDesk"));
    QApplication::setApplicationName(QStringLiteral("servicedesk"));
    QApplication::setApplicationVersion(sd::versionText());
    QApplication::setWindowIcon(sd::applicationIcon());
    // Wayland finds the window's icon and name through the desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("servicedesk"));
    const Options options = parseOptions(app);
    if (const auto requested = sd::CallHandoff::requestedNumber(QApplication::arguments().mid(1)); requested && !options.call) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "servicedesk: \"%1\" is not a phone number").arg(*requested)));
        return 2;
    }
    // A desk already runs for this user: it takes the call, this start ends.
    if (options.call && sd::CallHandoff::handToRunningDesk(*options.call))
        return 0;
    sd::Translations::install(options.language);
    app.setProperty("sdLanguage", options.language); // what Settings shows as the current language
    const auto address = sd::DatabaseAddress::parse(options.database);
    std::optional<sd::User> user;
    std::unique_ptr<sd::Workspace> workspace;
    if (address && address->isServer()) {
        workspace = signInToServer(options, user);
    } else {
        workspace = openFile(options);
        if (!workspace)
            return 1;
        user = signIn(*workspace, options.login);
    }
    if (!workspace || !user)
        return 0;
    // What to open next time: the file, or the server address as given (never a password, nor this user's account).
    const QString databaseName = workspace->database().officePath();
    QSettings settings;
    settings.setValue(QStringLiteral("lastDatabase"), databaseName);
    sd::SettingsDialog::rememberDatabase(databaseName);
    settings.setValue(QStringLiteral("lastUser"), user->login);
    sd::AppContext context{*workspace, user->id, user->displayName};
    sd::MainWindow window(context);
    QObject::connect(&window, &sd::MainWindow::restartRequested, &app, [&] {
        // Settings carry the new database and language into the next start.
        if (window.close()) {
            QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--user"), user->login});
            QApplication::quit();
        }
    });
    QObject::connect(&window, &sd::MainWindow::signOutRequested, &app, [&] {
        if (window.close()) {
            // The same database and language, and the sign-in asks who comes next.
            QProcess::startDetached(QApplication::applicationFilePath(),
                                    {QStringLiteral("--db"), databaseName, QStringLiteral("--lang"), options.language});
            QApplication::quit();
        }
    });
    sd::CallHandoff handoff;
    handoff.listen();
    QObject::connect(&handoff, &sd::CallHandoff::callArrived, &window, &sd::MainWindow::showIncomingCall);
    window.show();
    if (options.call)
        window.showIncomingCall(*options.call);
    const int code = QApplication::exec();
    (void)workspace->signIn().signOut(*user);
    return code;
}
