// sdctl backup --to FILE | --verify FILE, and sdctl restore FILE (docs/BACKUP.md).
#include "Command.h"

#include "storage/Backup.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

void printVerdict(Command& command, const sd::Backup::Verdict& verdict)
{
    QTextStream& out = command.out();
    out << tr("file: %1").arg(verdict.file) << Qt::endl;
    // A dump is read, not opened: only a restored one has been counted.
    if (verdict.isServerDump && verdict.tickets < 0) {
        out << tr("a PostgreSQL dump, read whole by pg_restore") << Qt::endl;
        return;
    }
    out << tr("schema version: %1").arg(verdict.schemaVersion) << Qt::endl
        << tr("integrity: %1").arg(verdict.integrity) << Qt::endl
        << tr("tickets: %1, customers: %2").arg(verdict.tickets).arg(verdict.customers) << Qt::endl;
}

} // namespace

int runBackup(const QStringList& arguments)
{
    Command command(QStringLiteral("backup"),
                    tr("Copies the database while desks keep working (a SQLite file: one consistent snapshot; a server: pg_dump), "
                       "or checks a copy."),
                    arguments);
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("to"), tr("Write the copy to FILE (never over an existing file)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("verify"), tr("Check the copy FILE: read-only, integrity, schema version, counts."), QStringLiteral("FILE")});
    if (!command.parse(0))
        return command.exitCode();
    if (p.isSet(QStringLiteral("to")) == p.isSet(QStringLiteral("verify")))
        return command.usageError(tr("use: sdctl backup --to FILE [--db PATH] | sdctl backup --verify FILE"));
    auto verdict = p.isSet(QStringLiteral("verify")) ? sd::Backup::verify(p.value(QStringLiteral("verify")))
                                                      : sd::Backup::create(command.databasePath(), p.value(QStringLiteral("to")));
    if (!verdict)
        return command.failWith(verdict.error());
    printVerdict(command, *verdict);
    return Ok;
}

int runRestore(const QStringList& arguments)
{
    Command command(QStringLiteral("restore"),
                    tr("Puts a checked copy in place of the database: a SQLite file from a copy of it, a server's database from a dump "
                       "of it (restored beside it, checked, then renamed in). The database replaced is kept beside it. "
                       "Close every desk first."),
                    arguments);
    command.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The copy made by sdctl backup."));
    if (!command.parse(1))
        return command.exitCode();
    QString aside;
    auto verdict = sd::Backup::restore(command.parser().positionalArguments().at(0), command.databasePath(), &aside);
    if (!verdict)
        return command.failWith(verdict.error());
    command.out() << tr("Restored into %1.").arg(verdict->file) << Qt::endl;
    if (!aside.isEmpty() && verdict->isServerDump)
        command.out() << tr("The database it replaced is kept on the server as %1.").arg(aside) << Qt::endl;
    else if (!aside.isEmpty())
        command.out() << tr("The database it replaced is kept at %1.").arg(aside) << Qt::endl;
    printVerdict(command, *verdict);
    return Ok;
}

} // namespace sdctl
