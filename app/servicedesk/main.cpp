#include "common/AppContext.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "main/UserPickerDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>

namespace {

struct Options
{
    QString database;
    QString language;
    QString login;
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Service Desk: queues, tickets and customers."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Database file to open."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "Language: en or zh_CN."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "Work as this user (login)."), QStringLiteral("LOGIN")});
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
    return options;
}

std::optional<sd::User> chooseUser(sd::Workspace& workspace, const QString& login)
{
    if (!login.isEmpty()) {
        auto user = workspace.users().byLogin(login);
        if (user)
            return *user;
        QMessageBox::warning(nullptr, QApplication::translate("main", "Service Desk"), user.error().message);
    }
    auto users = workspace.users().activeUsers();
    if (!users || users->isEmpty())
        return std::nullopt;
    sd::UserPickerDialog picker(*users, QSettings().value(QStringLiteral("lastUser")).toString());
    if (picker.exec() != QDialog::Accepted)
        return std::nullopt;
    return picker.chosenUser();
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // In-process native file dialogs (GTK's) open the files they list to guess
    // their types; closing those handles drops SQLite's locks (see FileChooser).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServiceDesk"));
    QApplication::setApplicationName(QStringLiteral("servicedesk"));
    const Options options = parseOptions(app);
    sd::Translations::install(options.language);
    app.setProperty("sdLanguage", options.language); // what Settings shows as the current language
    // Upgrading an existing file's schema shows progress and can be cancelled between steps.
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
    upgrading.reset();
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Service Desk"),
                              QApplication::translate("main", "Cannot open %1:\n%2").arg(options.database, workspace.error().describe()));
        return 1;
    }
    const auto user = chooseUser(**workspace, options.login);
    if (!user)
        return 0;
    QSettings settings;
    settings.setValue(QStringLiteral("lastDatabase"), (*workspace)->database().path());
    settings.setValue(QStringLiteral("lastUser"), user->login);
    sd::AppContext context{**workspace, user->id, user->displayName};
    sd::MainWindow window(context);
    QObject::connect(&window, &sd::MainWindow::restartRequested, &app, [&] {
        // Settings carry the new database and language into the next start.
        if (window.close()) {
            QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--user"), user->login});
            QApplication::quit();
        }
    });
    window.show();
    return QApplication::exec();
}
