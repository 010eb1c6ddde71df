#include "Command.h"
#include "TerminalProgress.h"

#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace sdctl {
namespace {

std::optional<qint64> positiveNumber(Command& command, const char* option)
{
    bool ok = false;
    const qint64 value = command.parser().value(QString::fromLatin1(option)).toLongLong(&ok);
    if (!ok || value < 0) {
        command.usageError(QCoreApplication::translate("sdctl", "--%1: give a whole number of 0 or more").arg(QString::fromLatin1(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int runDemo(const QStringList& arguments)
{
    Command command(QStringLiteral("demo"),
                    QCoreApplication::translate("sdctl", "Fills an empty database with a year of realistic, deterministic demo data."), arguments);
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("tickets"), QCoreApplication::translate("sdctl", "Number of tickets."), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("customers"), QCoreApplication::translate("sdctl", "Number of customers (default: tickets / 8)."), QStringLiteral("M"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("sdctl", "Random seed; the same seed gives the same data."), QStringLiteral("S"),
                      QStringLiteral("20261001")});
    parser.addOption({QStringLiteral("if-missing"), QCoreApplication::translate("sdctl", "Do nothing if the database file already exists.")});
    parser.addOption({QStringLiteral("demo-passwords"), QCoreApplication::translate("sdctl", "Give every user without a password the public password "
                                                                                          "\"demo1234\" (for trying the desk, never for real data).")});
    if (!command.parse(0))
        return command.exitCode();
    const auto tickets = positiveNumber(command, "tickets");
    const auto customers = tickets ? positiveNumber(command, "customers") : std::nullopt;
    const auto seed = customers ? positiveNumber(command, "seed") : std::nullopt;
    if (!seed)
        return command.exitCode();
    if (parser.isSet(QStringLiteral("if-missing")) && QFileInfo::exists(command.databasePath())) {
        command.out() << QCoreApplication::translate("sdctl", "%1 exists; no demo data added").arg(command.databasePath()) << Qt::endl;
        return Ok;
    }
    auto workspace = command.openWorkspace(Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    sd::DemoOptions options{int(*tickets), int(*customers), quint64(*seed)};
    options.actorId = command.actorId();
    sd::DemoGenerator generator(*workspace, options);
    TerminalProgress bar(QCoreApplication::translate("sdctl", "demo data"));
    QElapsedTimer timer;
    timer.start();
    auto done = generator.run([&](qint64 step, qint64 total) {
        bar.update(step, total);
        return true;
    });
    bar.finish();
    if (!done)
        return command.failWith(done.error());
    command.out() << QCoreApplication::translate("sdctl", "Created %1 tickets in %2 s: %3").arg(*tickets).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                         .arg(workspace->database().path())
                  << Qt::endl;
    if (parser.isSet(QStringLiteral("demo-passwords"))) {
        if (auto given = sd::DemoGenerator::giveDemoPasswords(*workspace, QStringLiteral("demo1234")); !given)
            return command.failWith(given.error());
        command.out() << QCoreApplication::translate("sdctl", "Every user without a password now signs in with the password \"demo1234\" "
                                                              "(administrator: admin).")
                      << Qt::endl;
    }
    return Ok;
}

} // namespace sdctl
