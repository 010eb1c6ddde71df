#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace sd {
class Workspace;
struct KpiReport;
}

namespace sdctl {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What every command shares: its parser (with --db and --help), the output
// streams, and opening the workspace named by --db.
class Command
{
public:
    Command(const QString& name, const QString& description, const QStringList& arguments);

    QCommandLineParser& parser() { return m_parser; }
    // Parses the arguments; prints help or the parse error and returns false
    // when the command should stop (exitCode() then says how).
    bool parse(int positionalCount);
    int exitCode() const { return m_exitCode; }
    QString databasePath() const;
    // Commands that only read open an existing database and never create one.
    enum class Access { Read, Write };
    std::unique_ptr<sd::Workspace> openWorkspace(Access access);
    int failWith(const sd::Error& error, ExitCode code = Failed);
    int usageError(const QString& message);
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    QString m_name;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = Ok;
};

using Handler = std::function<int(const QStringList& arguments)>;

int runInit(const QStringList& arguments);
int runServer(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runConfig(const QStringList& arguments);
int runSla(const QStringList& arguments);
int runTiers(const QStringList& arguments);
int runTickets(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
// PDF output needs the report layout of the desktop client (ReportPdf.cpp).
int writeReportPdf(Command& command, sd::Workspace& workspace, const sd::KpiReport& report);

} // namespace sdctl
