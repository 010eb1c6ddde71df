#include "demo/DemoWords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace sd {
namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QHash<QString, QStringList> byLanguage(const QJsonObject& object, const QString& prefix = {})
{
    QHash<QString, QStringList> result;
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")})
        result.insert(prefix + language, strings(object.value(language)));
    return result;
}

QHash<QString, QStringList> byKeyAndLanguage(const QJsonObject& object)
{
    QHash<QString, QStringList> result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(byLanguage(it.value().toObject(), it.key() + QLatin1Char('/')));
    return result;
}

} // namespace

DemoWords DemoWords::load()
{
    QFile file(QStringLiteral(":/servicedesk/demo/demo-words.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    DemoWords words;
    words.zhSurnames = strings(root.value(QLatin1String("zh_surnames")));
    words.zhGiven = strings(root.value(QLatin1String("zh_given")));
    words.enFirst = strings(root.value(QLatin1String("en_first")));
    words.enLast = strings(root.value(QLatin1String("en_last")));
    words.zhCompanyPrefix = strings(root.value(QLatin1String("zh_company_prefix")));
    words.zhCompanySuffix = strings(root.value(QLatin1String("zh_company_suffix")));
    words.enCompanyStem = strings(root.value(QLatin1String("en_company_stem")));
    words.enCompanySuffix = strings(root.value(QLatin1String("en_company_suffix")));
    for (const QJsonValue& city : root.value(QLatin1String("cities")).toArray())
        words.cities.append({city[QLatin1String("zh")].toString(), city[QLatin1String("region")].toString()});
    words.streetsZh = strings(root.value(QLatin1String("streets_zh")));
    words.industries = strings(root.value(QLatin1String("industries")));
    for (const QJsonValue& p : root.value(QLatin1String("products")).toArray())
        words.products.append({p[QLatin1String("code")].toString(), p[QLatin1String("zh")].toString(),
                               p[QLatin1String("en")].toString(), p[QLatin1String("price_cny")].toInteger(),
                               p[QLatin1String("warranty_months")].toInt(12)});
    words.subjects = byKeyAndLanguage(root.value(QLatin1String("subjects")).toObject());
    words.descriptions = byKeyAndLanguage(root.value(QLatin1String("descriptions")).toObject());
    words.solutions = byLanguage(root.value(QLatin1String("solutions")).toObject());
    words.publicReplies = byLanguage(root.value(QLatin1String("public_replies")).toObject());
    words.internalNotes = byLanguage(root.value(QLatin1String("internal_notes")).toObject());
    words.csatComments = byKeyAndLanguage(root.value(QLatin1String("csat_comments")).toObject());
    words.complaintCauses = strings(root.value(QLatin1String("complaint_causes")));
    words.complaintEvidence = byLanguage(root.value(QLatin1String("complaint_evidence")).toObject());
    words.complaintFeedback = byLanguage(root.value(QLatin1String("complaint_feedback")).toObject());
    words.visitTools = byLanguage(root.value(QLatin1String("visit_tools")).toObject());
    words.visitDoneNotes = byLanguage(root.value(QLatin1String("visit_done_notes")).toObject());
    words.visitFailedNotes = byLanguage(root.value(QLatin1String("visit_failed_notes")).toObject());
    const QJsonObject replies = root.value(QLatin1String("canned_replies")).toObject();
    for (auto it = replies.begin(); it != replies.end(); ++it)
        for (const QJsonValue& reply : it.value().toArray())
            words.cannedReplies[it.key()].append({reply[QLatin1String("title")].toString(), reply[QLatin1String("body")].toString()});
    for (const QJsonValue& part : root.value(QLatin1String("parts")).toArray()) {
        const QJsonObject object = part.toObject();
        words.parts.append({object.value(QLatin1String("zh")).toString(), object.value(QLatin1String("en")).toString(),
                            qint64(std::llround(object.value(QLatin1String("cost")).toDouble() * 100.0))});
    }
    return words;
}

} // namespace sd
