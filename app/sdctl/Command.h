#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace sd {
class Workspace;
struct KpiReport;
struct AgentComparison;
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
    // Commands that act on the office's data sign in (see signIn()); database
    // upkeep (init, check) does not. Holder: the address's own account opens
    // a database nobody can sign in to yet, acting as the login named.
    enum class Person { SignIn, Nobody, Holder };
    std::unique_ptr<sd::Workspace> openWorkspace(Access access, Person person = Person::SignIn);
    // Whom the command acts as, once openWorkspace() signed in.
    qint64 actorId() const { return m_actorId; }
    // Signs in the user named by --user (else $SD_USER, else the system user
    // name) with the password from $SD_PASSWORD_FILE or a prompt; returns
    // whom the command acts as, or nullopt after printing why not. A database
    // without an administrator who can sign in yet needs no password.
    std::optional<qint64> signIn(sd::Workspace& workspace);
    QString loginName() const;
    bool loginNamed() const;
    // A password from the file (when named) or typed at a hidden prompt.
    std::optional<QString> readPassword(const QString& prompt, const QString& file);
    // Asks on the terminal without echo; nullopt when input is not a terminal.
    std::optional<QString> promptHidden(const QString& prompt);
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
    sd::Result<std::unique_ptr<sd::Workspace>> openServerAccount(sd::Database::OpenMode mode);
    // Whether the address's own account reaches a database nobody can sign in to yet.
    bool holdsUnclaimed();

    int m_exitCode = Ok;
    qint64 m_actorId = 0;
};

using Handler = std::function<int(const QStringList& arguments)>;

int runInit(const QStringList& arguments);
int runServer(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runConfig(const QStringList& arguments);
int runSla(const QStringList& arguments);
int runTiers(const QStringList& arguments);
int runTickets(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runUsers(const QStringList& arguments);
int runSync(const QStringList& arguments);
int runCustomers(const QStringList& arguments);
int runComplaints(const QStringList& arguments);
int runCosts(const QStringList& arguments);
int runDispatch(const QStringList& arguments);
int runPlans(const QStringList& arguments);
int runAttachments(const QStringList& arguments);
int runCare(const QStringList& arguments);
int runReturnVisits(const QStringList& arguments);
int runKnowledge(const QStringList& arguments);
int runQuality(const QStringList& arguments);
int runRisk(const QStringList& arguments);
bool isTicketWriteVerb(const QString& verb);
// The id of the ticket with this number, or nothing with the error printed.
std::optional<qint64> ticketIdOf(Command& command, sd::Workspace& workspace, const QString& number);
int runTicketWrite(const QString& verb, const QStringList& arguments);
// PDF output needs the report layout of the desktop client (ReportPdf.cpp).
int writeReportPdf(Command& command, sd::Workspace& workspace, const sd::KpiReport& report);
int writeAgentPdf(Command& command, sd::Workspace& workspace, const sd::AgentComparison& comparison);

} // namespace sdctl
