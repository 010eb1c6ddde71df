#include "Command.h"

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace sdctl {

Command::Command(const QString& name, const QString& description, const QStringList& arguments)
    : m_name(name)
    , m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("db"),
                        QCoreApplication::translate("sdctl", "Database file (default: %1).").arg(sd::Database::defaultPath()),
                        QStringLiteral("PATH")});
    m_parser.addOption({QStringLiteral("user"),
                        QCoreApplication::translate("sdctl", "Sign in as LOGIN (default: $SD_USER, else the system user name); "
                                                             "the password comes from the file named by $SD_PASSWORD_FILE or a prompt."),
                        QStringLiteral("LOGIN")});
}

bool Command::parse(int positionalCount)
{
    QStringList withProgram = m_arguments;
    withProgram.prepend(QStringLiteral("sdctl ") + m_name);
    if (!m_parser.parse(withProgram)) {
        m_exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; name the command as it is typed.
        QString help = m_parser.helpText();
        const qsizetype endOfFirstLine = help.indexOf(QLatin1Char('\n'));
        const qsizetype options = help.lastIndexOf(QStringLiteral(" [options]"), endOfFirstLine);
        const qsizetype programStart = help.indexOf(QLatin1Char(' '));
        if (options > programStart && programStart > 0)
            help.replace(programStart + 1, options - programStart - 1, QStringLiteral("sdctl ") + m_name);
        m_out << help;
        m_out.flush();
        m_exitCode = Ok;
        return false;
    }
    if (positionalCount >= 0 && m_parser.positionalArguments().size() != positionalCount) {
        m_exitCode = usageError(QCoreApplication::translate("sdctl", "expected %n argument(s)", nullptr, positionalCount));
        return false;
    }
    return true;
}

QString Command::databasePath() const
{
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db")) : sd::Database::defaultPath();
}

std::unique_ptr<sd::Workspace> Command::openWorkspace(Access access, Person person)
{
    const auto mode = access == Access::Read ? sd::Database::OpenMode::ExistingOnly : sd::Database::OpenMode::CreateIfMissing;
    const auto address = sd::DatabaseAddress::parse(databasePath());
    if (person == Person::SignIn && address && address->isServer() && loginNamed()) {
        auto signedIn = openServerAccount(mode);
        if (!signedIn && !signedIn.error().message.isEmpty()) {
            // A database nobody can sign in to yet belongs to whoever holds
            // the address's own account (its owner): that one may set it up.
            if (signedIn.error().code != sd::Error::Code::SignIn || address->user.isEmpty() || !holdsUnclaimed())
                failWith(signedIn.error());
            else
                return openWorkspace(access, Person::Holder);
        }
        if (!signedIn)
            return nullptr;
        return std::move(*signedIn);
    }
    auto workspace = sd::Workspace::open(databasePath(), {}, {}, mode);
    if (!workspace) {
        failWith(workspace.error());
        return nullptr;
    }
    if (access == Access::Write && (*workspace)->database().isReadOnly()) {
        failWith(sd::Error::invalid((*workspace)->database().path(),
                                    QCoreApplication::translate("sdctl", "this database cannot be changed here: the file or its folder is read-only for this user")));
        return nullptr;
    }
    if (person != Person::Nobody) {
        auto actor = signIn(**workspace);
        if (!actor)
            return nullptr;
        m_actorId = *actor;
    }
    return std::move(*workspace);
}

int Command::failWith(const sd::Error& error, ExitCode code)
{
    m_err << QStringLiteral("sdctl %1: ").arg(m_name) << error.describe() << Qt::endl;
    m_exitCode = code;
    return code;
}

int Command::usageError(const QString& message)
{
    m_err << QStringLiteral("sdctl %1: ").arg(m_name) << message << Qt::endl
          << QCoreApplication::translate("sdctl", "Try 'sdctl %1 --help'.").arg(m_name) << Qt::endl;
    m_exitCode = Usage;
    return Usage;
}

} // namespace sdctl

namespace sdctl {
namespace {

// The first line of the file, without its line end.
std::optional<QString> passwordFromFile(const QString& path, QString& problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QCoreApplication::translate("sdctl", "cannot read the password file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

} // namespace

bool Command::loginNamed() const
{
    return m_parser.isSet(QStringLiteral("user")) || !qEnvironmentVariableIsEmpty("SD_USER");
}

// On a server the command connects as the user's own account: the server
// checks the password ($SD_PASSWORD_FILE, a prompt, or libpq's PGPASSWORD and
// ~/.pgpass when neither) and its grants apply to everything the command does.
sd::Result<std::unique_ptr<sd::Workspace>> Command::openServerAccount(sd::Database::OpenMode mode)
{
    const QString login = loginName();
    QString password;
    const QString file = qEnvironmentVariable("SD_PASSWORD_FILE");
    if (!file.isEmpty()) {
        auto read = readPassword({}, file);
        if (!read)
            return sd::fail(sd::Error()); // already said why
        password = *read;
    } else if (auto typed = promptHidden(QCoreApplication::translate("sdctl", "Password for %1: ").arg(login))) {
        password = *typed;
    }
    auto opened = sd::Workspace::openSignedIn(databasePath(), login, password, QStringLiteral("sdctl"), {}, mode);
    if (!opened)
        return sd::fail(opened.error());
    m_actorId = opened->user.id;
    return std::move(opened->workspace);
}

bool Command::holdsUnclaimed()
{
    auto workspace = sd::Workspace::open(databasePath(), {}, {}, sd::Database::OpenMode::ExistingOnly);
    if (!workspace)
        return false;
    auto unclaimed = (*workspace)->access().isUnclaimed();
    return unclaimed && *unclaimed;
}

QString Command::loginName() const
{
    if (m_parser.isSet(QStringLiteral("user")))
        return m_parser.value(QStringLiteral("user"));
    if (!qEnvironmentVariableIsEmpty("SD_USER"))
        return qEnvironmentVariable("SD_USER");
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

std::optional<QString> Command::readPassword(const QString& prompt, const QString& fileOption)
{
    QString problem;
    if (!fileOption.isEmpty()) {
        auto password = passwordFromFile(fileOption, problem);
        if (!password)
            failWith(sd::Error::io(QStringLiteral("password"), problem));
        return password;
    }
    auto typed = promptHidden(prompt);
    if (!typed)
        failWith(sd::Error::invalid(QStringLiteral("password"),
                                    QCoreApplication::translate("sdctl", "no password given (input is not a terminal): name a file that holds it")));
    return typed;
}

std::optional<qint64> Command::signIn(sd::Workspace& workspace)
{
    auto unclaimed = workspace.access().isUnclaimed();
    if (!unclaimed) {
        failWith(unclaimed.error());
        return std::nullopt;
    }
    const QString login = loginName();
    if (*unclaimed) {
        // Nobody can sign in yet: act as the user named, if any, else as the holder of the file.
        if (!loginNamed())
            return sd::AccessControl::kIntake;
        auto user = workspace.users().byLogin(login);
        if (!user) {
            failWith(user.error());
            return std::nullopt;
        }
        return user->id;
    }
    const QString file = qEnvironmentVariable("SD_PASSWORD_FILE");
    auto password = readPassword(QCoreApplication::translate("sdctl", "Password for %1: ").arg(login), file);
    if (!password)
        return std::nullopt;
    auto user = workspace.signIn().signIn(login, *password, QStringLiteral("sdctl"));
    if (!user) {
        failWith(user.error());
        return std::nullopt;
    }
    return user->id;
}

} // namespace sdctl
