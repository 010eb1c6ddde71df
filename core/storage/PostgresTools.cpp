#include "storage/PostgresTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace sd {

QString findTool(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString candidate = versions.filePath(*it + QStringLiteral("/bin/") + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

Status runTool(const QString& name, const QStringList& arguments, const QString& password, QByteArray* output)
{
    const QString program = findTool(name);
    if (program.isEmpty())
        return fail(Error::io(name, QCoreApplication::translate("sd::Backup", "%1 is not installed (Debian: postgresql-client)").arg(name)));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(program, QStringList{QStringLiteral("--no-password")} + arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return fail(Error::io(name, QCoreApplication::translate("sd::Backup", "%1 failed: %2").arg(name, said.isEmpty() ? process.errorString() : said)));
    }
    if (output)
        *output = process.readAllStandardOutput();
    return {};
}

QString conninfoOf(const DatabaseAddress& address)
{
    const auto quoted = [](QString value) -> QString { // a QString, not a builder over the dead argument
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList parts{QStringLiteral("dbname=") + quoted(address.databaseName)};
    if (!address.host.isEmpty())
        parts.append(QStringLiteral("host=") + quoted(address.host));
    if (address.port > 0)
        parts.append(QStringLiteral("port=") + QString::number(address.port));
    if (!address.user.isEmpty())
        parts.append(QStringLiteral("user=") + quoted(address.user));
    for (const QString& option : address.options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts.append(option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') + quoted(option.section(QLatin1Char('='), 1)));
    return parts.join(QLatin1Char(' '));
}

} // namespace sd
