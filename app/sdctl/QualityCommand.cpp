// sdctl quality: quality inspection (docs/QUALITY.md): scorecards, samples,
// an inspector's queue and reviews, an agent's answer, and disputes.
#include "Command.h"

#include "quality/QaScoring.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
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

QJsonObject reviewJson(const sd::QaReview& r)
{
    QJsonObject ratings;
    for (auto it = r.ratings.begin(); it != r.ratings.end(); ++it)
        ratings.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("ticket"), r.ticketNumber},
            {QStringLiteral("agent"), r.agentName},
            {QStringLiteral("inspector"), r.inspectorName},
            {QStringLiteral("status"), sd::toCode(r.status)},
            {QStringLiteral("calibration"), r.calibration},
            {QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("critical_fail"), r.criticalFail},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("feedback"), r.feedback},
            {QStringLiteral("dispute"), r.dispute},
            {QStringLiteral("answer"), r.answer},
            {QStringLiteral("version"), r.version}};
}

int printReviews(Command& command, const QList<sd::QaReview>& reviews)
{
    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const sd::QaReview& r : reviews)
            list.append(reviewJson(r));
        command.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sd::QaReview& r : reviews)
        command.out() << QStringLiteral("#%1  %2  %3  %4  %5").arg(r.id).arg(r.ticketNumber, r.agentName, sd::toLabel(r.status),
                                                                    r.score ? QString::number(*r.score, 'f', 2) : QStringLiteral("–"))
                      << (r.calibration ? QStringLiteral("  ") + tr("calibration") : QString()) << Qt::endl;
    if (reviews.isEmpty())
        command.out() << tr("No reviews.") << Qt::endl;
    return Ok;
}

// "greeting=4,tone=na": a rating per criterion, na for not applicable.
std::optional<sd::Ratings> ratingsOf(const QString& text)
{
    sd::Ratings ratings;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool isNumber = false;
        const int rating = value.toInt(&isNumber);
        if (code.isEmpty() || (!isNumber && value != QLatin1String("na")))
            return std::nullopt;
        ratings.insert(code, isNumber ? std::optional<int>(rating) : std::nullopt);
    }
    return ratings;
}

int addScorecard(Command& command, sd::Workspace& workspace, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return command.failWith(sd::Error::io(QStringLiteral("file"), tr("%1 cannot be read: %2").arg(path, file.errorString())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return command.failWith(sd::Error::invalid(QStringLiteral("file"), tr("%1 is not a JSON object: %2").arg(path, error.errorString())));
    // Every field as the format says: a quoted weight or a fraction is refused, not read as something else.
    for (const QJsonValue& value : document.object().value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject c = value.toObject();
        const auto whole = [&](const char* key) {
            const QJsonValue v = c.value(QLatin1String(key));
            return v.isDouble() && v.toDouble() == double(v.toInt());
        };
        if (!c.value(QStringLiteral("code")).isString() || !c.value(QStringLiteral("label")).isString() || !whole("weight")
            || !whole("points") || !(c.value(QStringLiteral("critical")).isBool() || c.value(QStringLiteral("critical")).isUndefined()))
            return command.failWith(sd::Error::invalid(
                QStringLiteral("criteria"),
                tr("%1: each criterion needs \"code\" and \"label\" (text), \"weight\" and \"points\" (whole numbers) and "
                   "optionally \"critical\" (true or false)").arg(path)));
    }
    sd::Scorecard card;
    card.name = document.object().value(QStringLiteral("name")).toString();
    card.criteria = sd::QaScoring::criteriaFromJson(
        QString::fromUtf8(QJsonDocument(document.object().value(QStringLiteral("criteria")).toArray()).toJson()));
    auto saved = workspace.quality().saveScorecard(card, command.actorId());
    if (!saved)
        return command.failWith(saved.error());
    command.out() << tr("Scorecard #%1 \"%2\" saved with %3 criteria.").arg(saved->id).arg(saved->name).arg(saved->criteria.size()) << Qt::endl;
    return Ok;
}

// The configuration's own draw of the last period that is over, once (for cron).
int sampleScheduled(Command& command, sd::Workspace& workspace)
{
    const sd::SampleRequest period = workspace.quality().scheduledPeriod();
    auto drawn = workspace.quality().drawScheduled(command.actorId());
    if (!drawn)
        return command.failWith(drawn.error());
    const QString days = QStringLiteral("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.addDays(-1).toString(Qt::ISODate));
    if (!*drawn)
        command.out() << tr("Nothing to draw for %1: drawn already, sampling switched off, or no scorecard in use.").arg(days) << Qt::endl;
    else
        command.out() << tr("%1 tickets drawn for review from %2 agents (%3).").arg((*drawn)->drawn).arg((*drawn)->agents).arg(days)
                      << Qt::endl;
    return Ok;
}

int sample(Command& command, sd::Workspace& workspace)
{
    const QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("scheduled")))
        return sampleScheduled(command, workspace);
    sd::SampleRequest request = workspace.quality().lastWeek();
    if (parser.isSet(QStringLiteral("from")))
        request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (parser.isSet(QStringLiteral("to")))
        request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (parser.isSet(QStringLiteral("per-agent")))
        request.perAgent = parser.value(QStringLiteral("per-agent")).toInt();
    if (parser.isSet(QStringLiteral("low-share")))
        request.lowShare = parser.value(QStringLiteral("low-share")).toDouble();
    auto drawn = workspace.quality().sample(request, command.actorId());
    if (!drawn)
        return command.failWith(drawn.error());
    command.out() << tr("%1 tickets drawn for review from %2 agents (%3 – %4).")
                         .arg(drawn->drawn).arg(drawn->agents).arg(request.from.toString(Qt::ISODate), request.to.addDays(-1).toString(Qt::ISODate))
                  << Qt::endl;
    return Ok;
}

int act(Command& command, sd::Workspace& workspace, const QString& verb, qint64 id)
{
    const QCommandLineParser& parser = command.parser();
    auto review = workspace.quality().get(id);
    if (!review)
        return command.failWith(review.error());
    const auto rated = ratingsOf(parser.value(QStringLiteral("rate")));
    if (!rated)
        return command.usageError(tr("--rate: code=rating pairs separated by commas, na for not applicable"));
    sd::QualityService& quality = workspace.quality();
    sd::Result<sd::QaReview> done = review;
    if (verb == QLatin1String("review"))
        done = quality.submit(id, review->version, *rated, parser.value(QStringLiteral("feedback")), command.actorId());
    else if (verb == QLatin1String("ack"))
        done = quality.acknowledge(id, review->version, command.actorId());
    else if (verb == QLatin1String("dispute"))
        done = quality.dispute(id, review->version, parser.value(QStringLiteral("comment")), parser.isSet(QStringLiteral("to-supervisor")),
                               command.actorId());
    else if (verb == QLatin1String("settle"))
        done = quality.settle(id, review->version, rated->isEmpty() ? std::nullopt : std::optional<sd::Ratings>(*rated),
                              parser.value(QStringLiteral("answer")), command.actorId());
    if (!done)
        return command.failWith(done.error());
    return printReviews(command, {*done});
}

int calibrate(Command& command, sd::Workspace& workspace, const QString& number)
{
    auto ticketId = ticketIdOf(command, workspace, number);
    if (!ticketId)
        return Failed;
    QList<qint64> inspectors;
    for (const QString& login : command.parser().value(QStringLiteral("inspectors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto user = workspace.users().byLogin(login.trimmed());
        if (!user)
            return command.failWith(user.error());
        inspectors.append(user->id);
    }
    auto reviews = workspace.quality().calibrate(*ticketId, inspectors, command.actorId());
    return reviews ? printReviews(command, *reviews) : command.failWith(reviews.error());
}

} // namespace

int runQuality(const QStringList& arguments)
{
    Command command(QStringLiteral("quality"),
                    tr("quality scorecard FILE.json: add a scorecard ({\"name\", \"criteria\": [{\"code\", \"label\", \"weight\", \"points\", \"critical\"}]}).\n"
                       "quality sample [--from DATE --to DATE] [--per-agent N] [--low-share 0-1]: draw each agent's resolved tickets for review "
                       "(default: last week, 5 each); with --scheduled, the configuration's draw (quality_sampling) of the last period over, once.\n"
                       "quality queue | mine | escalated: the reviews to do, one's own reviewed tickets, the disputes sent to supervisors.\n"
                       "quality show ID | review ID --rate a=4,b=na --feedback TEXT | ack ID | dispute ID --comment TEXT [--to-supervisor] | "
                       "settle ID --answer TEXT [--rate ...]\n"
                       "quality calibrate NUMBER --inspectors LOGIN,LOGIN: the same ticket for several inspectors, kept out of the figures."),
                    arguments);
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("VERB"), tr("scorecard | sample | queue | mine | escalated | show | review | ack | dispute | settle | calibrate"));
    parser.addOptions({{QStringLiteral("from"), tr("sample: the first day (YYYY-MM-DD)."), QStringLiteral("DATE")},
                       {QStringLiteral("to"), tr("sample: the day after the last."), QStringLiteral("DATE")},
                       {QStringLiteral("per-agent"), tr("sample: tickets per agent."), QStringLiteral("N")},
                       {QStringLiteral("low-share"), tr("sample: share drawn first from low scores and complaints."), QStringLiteral("X")},
                       {QStringLiteral("scheduled"), tr("sample: the configuration's draw of the last period that is over, once (for cron).")},
                       {QStringLiteral("rate"), tr("review, settle: the ratings, e.g. greeting=4,tone=na."), QStringLiteral("RATINGS")},
                       {QStringLiteral("feedback"), tr("review: feedback for the agent."), QStringLiteral("TEXT")},
                       {QStringLiteral("comment"), tr("dispute: what the agent disagrees with."), QStringLiteral("TEXT")},
                       {QStringLiteral("to-supervisor"), tr("dispute: send it to the supervisors.")},
                       {QStringLiteral("answer"), tr("settle: the answer to the dispute."), QStringLiteral("TEXT")},
                       {QStringLiteral("inspectors"), tr("calibrate: the inspectors' logins."), QStringLiteral("LOGINS")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!command.parse(-1))
        return command.exitCode();
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const QStringList lists{QStringLiteral("sample"), QStringLiteral("queue"), QStringLiteral("mine"), QStringLiteral("escalated")};
    const QStringList onOne{QStringLiteral("scorecard"), QStringLiteral("show"), QStringLiteral("review"), QStringLiteral("ack"),
                            QStringLiteral("dispute"), QStringLiteral("settle"), QStringLiteral("calibrate")};
    if (!((lists.contains(verb) && positional.size() == 1) || (onOne.contains(verb) && positional.size() == 2)))
        return command.usageError(tr("use: sdctl quality scorecard FILE | sample | queue | mine | escalated | show ID | review ID | ack ID | "
                                     "dispute ID | settle ID | calibrate NUMBER"));
    const bool reads = verb == QLatin1String("queue") || verb == QLatin1String("mine") || verb == QLatin1String("escalated")
                       || verb == QLatin1String("show");
    auto workspace = command.openWorkspace(reads ? Command::Access::Read : Command::Access::Write);
    if (!workspace)
        return command.exitCode();
    sd::QualityService& quality = workspace->quality();
    const auto list = [&](const sd::Result<QList<sd::QaReview>>& reviews) {
        return reviews ? printReviews(command, *reviews) : command.failWith(reviews.error());
    };
    if (verb == QLatin1String("scorecard"))
        return addScorecard(command, *workspace, positional.at(1));
    if (verb == QLatin1String("sample"))
        return sample(command, *workspace);
    if (verb == QLatin1String("queue"))
        return list(quality.queueOf(command.actorId()));
    if (verb == QLatin1String("mine"))
        return list(quality.ofAgent(command.actorId()));
    if (verb == QLatin1String("escalated"))
        return list(quality.escalated(command.actorId()));
    if (verb == QLatin1String("calibrate"))
        return calibrate(command, *workspace, positional.at(1));
    bool isNumber = false;
    const qint64 id = QString(positional.at(1)).remove(QLatin1Char('#')).toLongLong(&isNumber);
    if (!isNumber)
        return command.usageError(tr("give the review's number, e.g. 12"));
    if (verb == QLatin1String("show")) {
        auto review = quality.getFor(id, command.actorId());
        return review ? printReviews(command, {*review}) : command.failWith(review.error());
    }
    return act(command, *workspace, verb, id);
}

} // namespace sdctl
