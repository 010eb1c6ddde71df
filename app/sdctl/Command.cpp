#include "Command.h"

#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

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

std::unique_ptr<sd::Workspace> Command::openWorkspace(Access access)
{
    const auto mode = access == Access::Read ? sd::Database::OpenMode::ExistingOnly : sd::Database::OpenMode::CreateIfMissing;
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
