// sdctl risk list|show|add|update|move|heatmap|check: the risk register
// (docs/RISKS.md) without a display, and the alert rules for cron.
#include "Command.h"

#include "risk/RiskText.h"
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

QJsonObject riskJson(const sd::Risk& risk)
{
    const sd::RiskDraft& d = risk.draft;
    return {{QStringLiteral("id"), risk.id},
            {QStringLiteral("uuid"), risk.uuid},
            {QStringLiteral("title"), sd::RiskText::title(risk)},
            {QStringLiteral("kind"), sd::toCode(d.kind)},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("probability"), d.probability},
            {QStringLiteral("impact"), d.impact},
            {QStringLiteral("score"), risk.score()},
            {QStringLiteral("owner"), risk.ownerName},
            {QStringLiteral("owner_login"), risk.ownerLogin},
            {QStringLiteral("mitigation"), d.mitigation},
            {QStringLiteral("contingency"), d.contingency},
            {QStringLiteral("review_on"), d.reviewOn.isValid() ? d.reviewOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("status"), sd::toCode(risk.status)},
            {QStringLiteral("rule"), risk.ruleCode},
            {QStringLiteral("rule_key"), risk.ruleKey},
            {QStringLiteral("alert"), risk.alert},
            {QStringLiteral("alert_count"), risk.alertCount},
            {QStringLiteral("office"), risk.officeCode},
            {QStringLiteral("version"), risk.version}};
}

int printRisks(Command& command, const QList<sd::Risk>& risks)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::Risk& risk : risks)
            list.append(riskJson(risk));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::Risk& risk : risks)
        command.out() << QStringLiteral("%1  %2 (%3×%4)  %5  %6  %7  %8")
                             .arg(risk.id, 4)
                             .arg(risk.score(), 2)
                             .arg(risk.draft.probability)
                             .arg(risk.draft.impact)
                             .arg(sd::toLabel(risk.status), sd::RiskText::title(risk),
                                  risk.ownerName.isEmpty() ? tr("no owner") : risk.ownerName,
                                  risk.draft.reviewOn.isValid() ? tr("review by %1").arg(risk.draft.reviewOn.toString(Qt::ISODate)) : QString())
                             .trimmed()
                      << Qt::endl;
    if (risks.isEmpty())
        command.out() << tr("No risks.") << Qt::endl;
    return Ok;
}

QJsonArray historyJson(const QList<sd::RiskEvent>& history)
{
    QJsonArray steps;
    for (const sd::RiskEvent& event : history)
        steps.append(QJsonObject{{QStringLiteral("at"), event.at}, {QStringLiteral("by"), event.actorName},
                                 {QStringLiteral("kind"), event.kind}, {QStringLiteral("field"), event.field},
                                 {QStringLiteral("old"), event.oldValue}, {QStringLiteral("new"), event.newValue}});
    return steps;
}

// `history`, oldest first, is printed by show only.
int showRisk(Command& command, const sd::Risk& risk, const QList<sd::RiskEvent>* history = nullptr, const QTimeZone& zone = {})
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonObject json = riskJson(risk);
        if (history)
            json.insert(QStringLiteral("history"), historyJson(*history));
        command.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream& out = command.out();
    out << tr("Risk %1: %2").arg(risk.id).arg(sd::RiskText::title(risk)) << Qt::endl
        << tr("Kind: %1; status: %2").arg(sd::toLabel(risk.draft.kind), sd::toLabel(risk.status)) << Qt::endl
        << tr("Probability %1 × impact %2 = %3 (%4)").arg(risk.draft.probability).arg(risk.draft.impact).arg(risk.score())
               .arg(sd::RiskText::levelLabel(sd::RiskText::level(risk.score())))
        << Qt::endl;
    if (!risk.ruleCode.isEmpty())
        out << tr("Alert: %1").arg(sd::RiskText::alert(risk)) << Qt::endl;
    for (const auto& [label, text] : {std::pair{tr("Description"), risk.draft.description}, std::pair{tr("Mitigation plan"), risk.draft.mitigation},
                                      std::pair{tr("Contingency plan"), risk.draft.contingency}})
        if (!text.isEmpty())
            out << label << QStringLiteral(": ") << text << Qt::endl;
    if (!history)
        return Ok;
    out << tr("History:") << Qt::endl;
    for (const sd::RiskEvent& event : *history)
        out << QStringLiteral("  %1  %2  %3")
                   .arg(QDateTime::fromSecsSinceEpoch(event.at, zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        event.actorName.isEmpty() ? tr("system") : event.actorName, sd::RiskText::change(risk, event))
            << Qt::endl;
    return Ok;
}

// The options of add and update, over the risk's fields as they are.
bool readDraft(Command& command, sd::Workspace& workspace, sd::RiskDraft& draft)
{
    QCommandLineParser& p = command.parser();
    auto text = [&p](const char* name, QString& target) {
        if (p.isSet(QString::fromLatin1(name)))
            target = p.value(QString::fromLatin1(name));
    };
    text("title", draft.title);
    text("description", draft.description);
    text("mitigation", draft.mitigation);
    text("contingency", draft.contingency);
    if (p.isSet(QStringLiteral("kind"))) {
        const auto kind = sd::fromCodeOrLabel<sd::RiskKind>(p.value(QStringLiteral("kind")));
        if (!kind)
            return command.usageError(tr("--kind: use one of %1").arg(sd::allCodes<sd::RiskKind>().join(QStringLiteral(", ")))), false;
        draft.kind = *kind;
    }
    for (const auto& [name, target] : {std::pair{"probability", &draft.probability}, std::pair{"impact", &draft.impact}})
        if (p.isSet(QString::fromLatin1(name)))
            *target = p.value(QString::fromLatin1(name)).toInt(); // 0 when not a number: refused by the register
    if (p.isSet(QStringLiteral("owner"))) {
        auto owner = workspace.users().byLogin(p.value(QStringLiteral("owner")));
        if (!owner)
            return command.failWith(owner.error()), false;
        draft.ownerId = owner->id;
    }
    if (p.isSet(QStringLiteral("review"))) {
        draft.reviewOn = QDate::fromString(p.value(QStringLiteral("review")), Qt::ISODate);
        if (!draft.reviewOn.isValid() && !p.value(QStringLiteral("review")).isEmpty())
            return command.usageError(tr("--review: give a date as YYYY-MM-DD (or \"\" for none)")), false;
    }
    return true;
}

void addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("list | show ID | add | update ID | move ID STATUS | heatmap | check"));
    parser.addOptions({{QStringLiteral("all"), tr("list: closed risks too.")},
                       {QStringLiteral("status"), tr("list: only this status (open, mitigating, accepted, closed)."), QStringLiteral("S")},
                       {QStringLiteral("title"), tr("add, update: the title."), QStringLiteral("TEXT")},
                       {QStringLiteral("kind"), tr("add, update: product_quality, complaint_surge, legal_dispute, data_security, logistics, staffing or other."), QStringLiteral("K")},
                       {QStringLiteral("description"), tr("add, update: what could happen."), QStringLiteral("TEXT")},
                       {QStringLiteral("probability"), tr("add, update: 1 (rare) to 5 (almost certain)."), QStringLiteral("N")},
                       {QStringLiteral("impact"), tr("add, update: 1 (minor) to 5 (severe)."), QStringLiteral("N")},
                       {QStringLiteral("owner"), tr("add, update: the owner's login."), QStringLiteral("LOGIN")},
                       {QStringLiteral("mitigation"), tr("add, update: the mitigation plan."), QStringLiteral("TEXT")},
                       {QStringLiteral("contingency"), tr("add, update: the contingency plan."), QStringLiteral("TEXT")},
                       {QStringLiteral("review"), tr("add, update: the next review date."), QStringLiteral("DATE")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
}

bool knownVerb(const QStringList& positional)
{
    static const QMap<QString, int> counts{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2}, {QStringLiteral("add"), 1},
                                           {QStringLiteral("update"), 2}, {QStringLiteral("move"), 3}, {QStringLiteral("heatmap"), 1},
                                           {QStringLiteral("check"), 1}};
    return counts.value(positional.value(0), -1) == positional.size();
}

int listRisks(Command& command, sd::Workspace& workspace)
{
    sd::RiskQuery query;
    query.includeClosed = command.parser().isSet(QStringLiteral("all"));
    if (command.parser().isSet(QStringLiteral("status"))) {
        query.status = sd::fromCodeOrLabel<sd::RiskStatus>(command.parser().value(QStringLiteral("status")));
        if (!query.status)
            return command.usageError(tr("--status: use one of %1").arg(sd::allCodes<sd::RiskStatus>().join(QStringLiteral(", "))));
    }
    auto risks = workspace.risks().ranked(query);
    return risks ? printRisks(command, *risks) : command.failWith(risks.error());
}

// Probability 5 on top, impact 1 to 5 left to right, as the desk draws it.
int printHeatMap(Command& command, sd::Workspace& workspace)
{
    auto cells = workspace.risks().heatMap();
    if (!cells)
        return command.failWith(cells.error());
    auto countAt = [&cells](int p, int i) {
        for (const sd::HeatCell& cell : *cells)
            if (cell.probability == p && cell.impact == i)
                return cell.count;
        return 0;
    };
    command.out() << tr("probability \\ impact") << QStringLiteral("   1   2   3   4   5") << Qt::endl;
    for (int p = 5; p >= 1; --p) {
        QString line = QStringLiteral("%1                   ").arg(p);
        for (int i = 1; i <= 5; ++i)
            line += QStringLiteral("%1").arg(countAt(p, i), 4);
        command.out() << line << Qt::endl;
    }
    return Ok;
}

int checkAlerts(Command& command, sd::Workspace& workspace)
{
    auto checked = workspace.riskAlerts().check(command.actorId());
    if (!checked)
        return command.failWith(checked.error());
    command.out() << tr("Alert rules holding: %1; new risks: %2; updated: %3.").arg(checked->firing).arg(checked->raised).arg(checked->updated)
                  << Qt::endl;
    return Ok;
}

int writeRisk(Command& command, sd::Workspace& workspace, const QStringList& positional)
{
    const QString verb = positional.at(0);
    sd::RiskRegister& register_ = workspace.risks();
    if (verb == QLatin1String("add")) {
        sd::RiskDraft draft;
        if (!readDraft(command, workspace, draft))
            return command.exitCode();
        auto made = register_.create(draft, command.actorId());
        return made ? showRisk(command, *made) : command.failWith(made.error());
    }
    auto risk = register_.get(positional.at(1).toLongLong());
    if (!risk)
        return command.failWith(risk.error());
    if (verb == QLatin1String("update")) {
        sd::RiskDraft draft = risk->draft;
        if (!readDraft(command, workspace, draft))
            return command.exitCode();
        auto saved = register_.update(risk->id, risk->version, draft, command.actorId());
        return saved ? showRisk(command, *saved) : command.failWith(saved.error());
    }
    const auto to = sd::fromCodeOrLabel<sd::RiskStatus>(positional.at(2));
    if (!to)
        return command.usageError(tr("give the status: one of %1").arg(sd::allCodes<sd::RiskStatus>().join(QStringLiteral(", "))));
    auto moved = register_.setStatus(risk->id, risk->version, *to, command.actorId());
    return moved ? showRisk(command, *moved) : command.failWith(moved.error());
}

} // namespace

int runRisk(const QStringList& arguments)
{
    Command command(QStringLiteral("risk"),
                    tr("The risk register (docs/RISKS.md): list, show, add, update and move risks, print the heat map, "
                       "and check the alert rules (for cron or a systemd timer)."),
                    arguments);
    addOptions(command.parser());
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = command.parser().positionalArguments();
    if (!knownVerb(positional))
        return command.usageError(tr("use: sdctl risk list [--all|--status S] | show ID | add --title T ... | update ID ... | "
                                     "move ID STATUS | heatmap | check"));
    const QString verb = positional.at(0);
    const bool reading = verb == QLatin1String("list") || verb == QLatin1String("show") || verb == QLatin1String("heatmap");
    auto workspace = command.openWorkspace(reading ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    if (auto allowed = workspace->risks().requireView(command.actorId()); !allowed)
        return command.failWith(allowed.error());
    if (verb == QLatin1String("list"))
        return listRisks(command, *workspace);
    if (verb == QLatin1String("heatmap"))
        return printHeatMap(command, *workspace);
    if (verb == QLatin1String("check"))
        return checkAlerts(command, *workspace);
    if (verb == QLatin1String("show")) {
        auto risk = workspace->risks().get(positional.at(1).toLongLong());
        if (!risk)
            return command.failWith(risk.error());
        auto history = workspace->risks().history(*risk);
        if (!history)
            return command.failWith(history.error());
        return showRisk(command, *risk, &*history, QTimeZone(workspace->configuration().officeTimeZone.toUtf8()));
    }
    return writeRisk(command, *workspace, positional);
}

} // namespace sdctl
