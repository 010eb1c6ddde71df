#include "quality/QaScoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::QaScoring", text);
}

} // namespace

double QaScoring::criterionScore(int rating, int points)
{
    return double(rating - 1) / double(points - 1) * 100.0;
}

ReviewScore QaScoring::score(const Scorecard& scorecard, const Ratings& ratings)
{
    double weighted = 0;
    double weights = 0;
    bool criticalFail = false;
    for (const Criterion& criterion : scorecard.criteria) {
        const std::optional<int> rating = ratings.value(criterion.code);
        if (!rating)
            continue;
        const double score = criterionScore(*rating, criterion.points);
        weighted += score * criterion.weight;
        weights += criterion.weight;
        if (criterion.critical && score < 50.0)
            criticalFail = true;
    }
    if (weights == 0)
        return {};
    return {criticalFail ? 0.0 : weighted / weights, criticalFail};
}

Status QaScoring::validate(const Scorecard& scorecard)
{
    if (scorecard.name.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("name"), tr("give the scorecard a name")));
    if (scorecard.criteria.isEmpty())
        return fail(Error::invalid(QStringLiteral("criteria"), tr("a scorecard needs at least one criterion")));
    QSet<QString> codes;
    for (const Criterion& c : scorecard.criteria) {
        if (c.code.trimmed().isEmpty() || c.label.trimmed().isEmpty())
            return fail(Error::invalid(QStringLiteral("criteria"), tr("every criterion needs a code and a label")));
        if (codes.contains(c.code))
            return fail(Error::invalid(QStringLiteral("criteria"), tr("two criteria share the code \"%1\"").arg(c.code)));
        codes.insert(c.code);
        if (c.weight < 1 || c.weight > 100)
            return fail(Error::invalid(QStringLiteral("criteria"), tr("the weight of \"%1\" must be from 1 to 100").arg(c.label)));
        if (c.points < 2 || c.points > 5)
            return fail(Error::invalid(QStringLiteral("criteria"), tr("\"%1\" is rated on 2, 3, 4 or 5 points, not %2").arg(c.label).arg(c.points)));
    }
    return {};
}

Status QaScoring::validate(const Scorecard& scorecard, const Ratings& ratings)
{
    QSet<QString> known;
    bool anyRated = false;
    for (const Criterion& c : scorecard.criteria) {
        known.insert(c.code);
        if (!ratings.contains(c.code))
            return fail(Error::invalid(QStringLiteral("ratings"), tr("rate \"%1\", or mark it not applicable").arg(c.label)));
        const std::optional<int> rating = ratings.value(c.code);
        if (rating && (*rating < 1 || *rating > c.points))
            return fail(Error::invalid(QStringLiteral("ratings"), tr("\"%1\" is rated from 1 to %2").arg(c.label).arg(c.points)));
        anyRated = anyRated || rating.has_value();
    }
    for (auto it = ratings.begin(); it != ratings.end(); ++it)
        if (!known.contains(it.key()))
            return fail(Error::invalid(QStringLiteral("ratings"), tr("the scorecard has no criterion \"%1\"").arg(it.key())));
    if (!anyRated)
        return fail(Error::invalid(QStringLiteral("ratings"), tr("rate at least one criterion: a review cannot be all not applicable")));
    return {};
}

QString QaScoring::toJson(const QList<Criterion>& criteria)
{
    QJsonArray list;
    for (const Criterion& c : criteria)
        list.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("weight"), c.weight},
                                {QStringLiteral("points"), c.points},
                                {QStringLiteral("critical"), c.critical}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<Criterion> QaScoring::criteriaFromJson(const QString& json)
{
    QList<Criterion> criteria;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        criteria.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("label")).toString(),
                         o.value(QStringLiteral("weight")).toInt(1), o.value(QStringLiteral("points")).toInt(5),
                         o.value(QStringLiteral("critical")).toBool()});
    }
    return criteria;
}

QString QaScoring::toJson(const Ratings& ratings)
{
    QJsonObject object;
    for (auto it = ratings.begin(); it != ratings.end(); ++it)
        object.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Ratings QaScoring::ratingsFromJson(const QString& json)
{
    Ratings ratings;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        ratings.insert(it.key(), it.value().isNull() ? std::nullopt : std::optional<int>(it.value().toInt()));
    return ratings;
}

} // namespace sd
