#include "Command.h"

#include "common/Translations.h"
#include "common/Version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

struct Entry
{
    sdctl::Handler handler;
    const char* summary;
};

const QMap<QString, Entry>& commands()
{
    static const QMap<QString, Entry> table{
        {QStringLiteral("init"), {&sdctl::runInit, QT_TRANSLATE_NOOP("sdctl", "create or upgrade a database")}},
        {QStringLiteral("server"), {&sdctl::runServer, QT_TRANSLATE_NOOP("sdctl", "set up the office's database on a PostgreSQL server")}},
        {QStringLiteral("check"), {&sdctl::runCheck, QT_TRANSLATE_NOOP("sdctl", "print schema version and integrity")}},
        {QStringLiteral("backup"), {&sdctl::runBackup, QT_TRANSLATE_NOOP("sdctl", "copy the database while desks work, or check a copy")}},
        {QStringLiteral("restore"), {&sdctl::runRestore, QT_TRANSLATE_NOOP("sdctl", "put a checked copy in place of the database")}},
        {QStringLiteral("config"), {&sdctl::runConfig, QT_TRANSLATE_NOOP("sdctl", "import or export the configuration (JSON)")}},
        {QStringLiteral("sla"), {&sdctl::runSla, QT_TRANSLATE_NOOP("sdctl", "compute due times and business time with a calendar")}},
        {QStringLiteral("tiers"), {&sdctl::runTiers, QT_TRANSLATE_NOOP("sdctl", "apply the tier rule to all customers")}},
        {QStringLiteral("tickets"), {&sdctl::runTickets, QT_TRANSLATE_NOOP("sdctl", "list, search, create and work tickets")}},
        {QStringLiteral("demo"), {&sdctl::runDemo, QT_TRANSLATE_NOOP("sdctl", "fill a database with realistic demo data")}},
        {QStringLiteral("report"), {&sdctl::runReport, QT_TRANSLATE_NOOP("sdctl", "quality report of a period as JSON, CSV or PDF")}},
        {QStringLiteral("import"), {&sdctl::runImport, QT_TRANSLATE_NOOP("sdctl", "import ticket history from a CSV file")}},
        {QStringLiteral("export"), {&sdctl::runExport, QT_TRANSLATE_NOOP("sdctl", "export tickets to a CSV file")}},
        {QStringLiteral("users"), {&sdctl::runUsers, QT_TRANSLATE_NOOP("sdctl", "add users, set passwords and roles, read the audit log")}},
        {QStringLiteral("customers"), {&sdctl::runCustomers, QT_TRANSLATE_NOOP("sdctl", "list duplicate customers and merge them")}},
        {QStringLiteral("sync"), {&sdctl::runSync, QT_TRANSLATE_NOOP("sdctl", "synchronise branch offices with head office")}},
        {QStringLiteral("complaints"), {&sdctl::runComplaints, QT_TRANSLATE_NOOP("sdctl", "the complaint register and each complaint's path")}},
        {QStringLiteral("costs"), {&sdctl::runCosts, QT_TRANSLATE_NOOP("sdctl", "record and show a ticket's service cost")}},
        {QStringLiteral("visits"), {&sdctl::runReturnVisits, QT_TRANSLATE_NOOP("sdctl", "return visits: calls back to customers due, made and recorded")}},
        {QStringLiteral("kb"), {&sdctl::runKnowledge, QT_TRANSLATE_NOOP("sdctl", "the knowledge base: search, review, draft from a ticket, Markdown folders")}},
        {QStringLiteral("quality"), {&sdctl::runQuality, QT_TRANSLATE_NOOP("sdctl", "quality inspection: scorecards, samples, reviews, disputes")}},
        {QStringLiteral("risk"), {&sdctl::runRisk, QT_TRANSLATE_NOOP("sdctl", "the risk register: risks, heat map, alert rules")}},
        {QStringLiteral("care"), {&sdctl::runCare, QT_TRANSLATE_NOOP("sdctl", "customers to greet this week, and greetings sent")}},
        {QStringLiteral("attachments"), {&sdctl::runAttachments, QT_TRANSLATE_NOOP("sdctl", "attach photos and files to tickets and visits, and get them back")}},
        {QStringLiteral("plans"), {&sdctl::runPlans, QT_TRANSLATE_NOOP("sdctl", "propose solution plans and record the customer's consent")}},
        {QStringLiteral("dispatch"), {&sdctl::runDispatch, QT_TRANSLATE_NOOP("sdctl", "send technicians, report visits, list a day's visits, print work orders")}},
    };
    return table;
}

int printUsage(QTextStream& stream, int code)
{
    stream << QCoreApplication::translate("sdctl", "Usage: sdctl COMMAND [options]   (sdctl COMMAND --help for details)")
           << Qt::endl << Qt::endl;
    for (auto it = commands().begin(); it != commands().end(); ++it)
        stream << QStringLiteral("  %1  ").arg(it.key(), -11) << QCoreApplication::translate("sdctl", it->summary) << Qt::endl;
    return code;
}

// Only PDFs draw (the report's charts are graphics widgets; the work-order
// sheet needs fonts); everything else
// runs without a GUI application, so sdctl works on servers without a display.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    const QStringList raw = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    const qsizetype format = raw.indexOf(QStringLiteral("--format"));
    const bool drawing = (raw.value(0) == QLatin1String("report")
                          && (raw.contains(QStringLiteral("--format=pdf")) || (format >= 0 && raw.value(format + 1) == QLatin1String("pdf"))
                              || raw.value(1) == QLatin1String("run-scheduled")))
        || (raw.value(0) == QLatin1String("dispatch") && raw.contains(QStringLiteral("sheet")));
    if (!drawing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("servicedesk"));
    sd::Translations::install(sd::Translations::systemLanguage());
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout), err(stderr);
    if (arguments.isEmpty())
        return printUsage(err, sdctl::Usage);
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return printUsage(out, sdctl::Ok);
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out << QStringLiteral("sdctl ") << sd::versionText() << Qt::endl;
        return sdctl::Ok;
    }
    // "sdctl tickets --help": the verbs of a command group.
    static const QMap<QString, QString> verbs{
        {QStringLiteral("config"), QStringLiteral("import FILE | export FILE")},
        {QStringLiteral("sla"), QStringLiteral("due | elapsed | sweep")},
        {QStringLiteral("tiers"), QStringLiteral("recompute")},
        {QStringLiteral("tickets"), QStringLiteral("list | search TEXT")},
        {QStringLiteral("import"), QStringLiteral("tickets FILE.csv")},
        {QStringLiteral("export"), QStringLiteral("tickets FILE.csv")},
        {QStringLiteral("customers"), QStringLiteral("duplicates | merge KEEP OTHER")},
        {QStringLiteral("complaints"), QStringLiteral("list | show NUMBER | advance NUMBER --to STAGE")},
        {QStringLiteral("costs"), QStringLiteral("show NUMBER | add NUMBER --kind KIND | void NUMBER LINE")},
        {QStringLiteral("care"), QStringLiteral("week [--from DATE] | sent CUSTOMER OCCASION DATE")},
        {QStringLiteral("visits"), QStringLiteral("due | list [--customer CODE | --made | --leads] | record ID OUTCOME [--then reopen|new-ticket|lead] | schedule")},
        {QStringLiteral("kb"), QStringLiteral("search TEXT | list [--status S] | show ID | publish|archive|draft ID | from-ticket NUMBER | import FOLDER | export FOLDER")},
        {QStringLiteral("quality"), QStringLiteral("scorecard FILE | sample | queue | mine | escalated | show ID | review ID | ack ID | dispute ID | settle ID | calibrate NUMBER")},
        {QStringLiteral("attachments"), QStringLiteral("list NUMBER | add NUMBER FILE... [--visit N] | get NUMBER ID [--to PATH] | remove NUMBER ID")},
        {QStringLiteral("plans"), QStringLiteral("show NUMBER | propose NUMBER --cause C --steps S --deadline TIME | consent NUMBER --by NAME --how HOW")},
        {QStringLiteral("dispatch"), QStringLiteral("create NUMBER | reschedule NUMBER VISIT | status NUMBER VISIT | list | show NUMBER | sheet NUMBER VISIT")},
        {QStringLiteral("sync"), QStringLiteral("keys | register KEY | export --to FILE | import FILE | now --with DB | status | conflicts | resolve ID")}};
    const QString first = arguments.value(0);
    if (verbs.contains(name) && (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h"))) {
        (first.isEmpty() ? err : out) << QCoreApplication::translate("sdctl", "Usage: sdctl %1 %2   (then --help for its options)")
                                             .arg(name, verbs.value(name))
                                      << Qt::endl;
        return first.isEmpty() ? sdctl::Usage : sdctl::Ok;
    }
    if (!commands().contains(name)) {
        err << QCoreApplication::translate("sdctl", "sdctl: unknown command \"%1\"").arg(name) << Qt::endl;
        return printUsage(err, sdctl::Usage);
    }
    return commands().value(name).handler(arguments);
}
