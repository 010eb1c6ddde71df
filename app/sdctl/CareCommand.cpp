// sdctl care week|sent: the customers to greet this week (birthdays,
// anniversaries with us, holidays) and marking a greeting sent.
#include "Command.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

// The Monday of the office's current week, or the day given.
std::optional<QDate> firstDay(Command& command, sd::Workspace& workspace)
{
    if (command.parser().isSet(QStringLiteral("from"))) {
        const QDate day = QDate::fromString(command.parser().value(QStringLiteral("from")), Qt::ISODate);
        if (!day.isValid()) {
            command.usageError(tr("--from: give a date as YYYY-MM-DD"));
            return std::nullopt;
        }
        return day;
    }
    const QTimeZone zone(workspace.configuration().officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(workspace.clock().now(), zone).date();
    return today.addDays(1 - today.dayOfWeek());
}

QString detailText(const sd::CareDate& date)
{
    if (date.occasion == sd::CareOccasion::Anniversary)
        return tr("%1 years").arg(date.detail);
    return date.detail;
}

int printWeek(Command& command, const QList<sd::CareDate>& dates)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::CareDate& d : dates)
            list.append(QJsonObject{{QStringLiteral("date"), d.on.toString(Qt::ISODate)},
                                    {QStringLiteral("occasion"), sd::toCode(d.occasion)},
                                    {QStringLiteral("customer"), d.customerCode},
                                    {QStringLiteral("name"), d.customerName},
                                    {QStringLiteral("tier"), d.tierCode},
                                    {QStringLiteral("detail"), d.detail},
                                    {QStringLiteral("sent"), d.sentAt.has_value()}});
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::CareDate& d : dates)
        command.out() << QStringLiteral("%1  %2  %3 %4  %5  %6").arg(d.on.toString(Qt::ISODate), sd::toLabel(d.occasion), d.customerCode,
                                                                    d.customerName, detailText(d),
                                                                    d.sentAt ? tr("greeted by %1").arg(d.sentByName) : QString())
                             .trimmed()
                      << Qt::endl;
    if (dates.isEmpty())
        command.out() << tr("Nobody to greet this week.") << Qt::endl;
    return Ok;
}

} // namespace

int runCare(const QStringList& arguments)
{
    Command command(QStringLiteral("care"),
                    tr("care week [--from YYYY-MM-DD]: customers to greet in the seven days from Monday (or the day given): "
                       "birthdays, anniversaries with us, holidays.\n"
                       "care sent CUSTOMER OCCASION YYYY-MM-DD: the greeting was sent (OCCASION: birthday, anniversary, holiday)."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("week | sent CUSTOMER OCCASION DATE"));
    parser.addOptions({{QStringLiteral("from"), tr("week: the first day (default: this week's Monday)."), QStringLiteral("DATE")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const bool known = (verb == QLatin1String("week") && positional.size() == 1) || (verb == QLatin1String("sent") && positional.size() == 4);
    if (!known)
        return command.usageError(tr("use: sdctl care week [--from DATE] | sent CUSTOMER OCCASION DATE"));
    auto workspace = command.openWorkspace(verb == QLatin1String("week") ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (verb == QLatin1String("week")) {
        const auto from = firstDay(command, *workspace);
        if (!from)
            return command.exitCode();
        auto dates = workspace->care().week(*from);
        if (!dates)
            return command.failWith(dates.error());
        return printWeek(command, *dates);
    }
    auto customer = workspace->customers().byCode(positional.at(1));
    if (!customer)
        return command.failWith(customer.error());
    const auto occasion = sd::fromCodeOrLabel<sd::CareOccasion>(positional.at(2));
    const QDate on = QDate::fromString(positional.at(3), Qt::ISODate);
    if (!occasion || !on.isValid())
        return command.usageError(tr("give the occasion (birthday, anniversary or holiday) and its date as YYYY-MM-DD"));
    if (auto sent = workspace->care().markSent(customer->id, *occasion, on, command.actorId()); !sent)
        return command.failWith(sent.error());
    auto dates = workspace->care().week(on);
    if (!dates)
        return command.failWith(dates.error());
    return printWeek(command, *dates);
}

} // namespace sdctl
