#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct DemoProduct
{
    QString code;
    QString nameZh;
    QString nameEn;
    qint64 priceCny = 0;
    int warrantyMonths = 12;
};

// A spare part a technician fits, with what it costs the service.
struct DemoPart
{
    QString nameZh;
    QString nameEn;
    qint64 costCents = 0;
};

struct DemoCity
{
    QString nameZh;
    QString region; // a name a person reads (华东), as an agent would type it, never a code
};

// The word lists of resources/demo/demo-words.json, in both languages.
struct DemoWords
{
    QStringList zhSurnames, zhGiven, enFirst, enLast;
    QStringList zhCompanyPrefix, zhCompanySuffix, enCompanyStem, enCompanySuffix;
    QList<DemoCity> cities;
    QStringList streetsZh, industries;
    QList<DemoProduct> products;
    // key: "<category>/<zh|en>"
    QHash<QString, QStringList> subjects, descriptions;
    QHash<QString, QStringList> solutions, publicReplies, internalNotes; // key: zh|en
    QHash<QString, QStringList> csatComments;                            // key: "<score>/<zh|en>"
    QStringList complaintCauses;
    QHash<QString, QStringList> complaintEvidence, complaintFeedback; // key: zh|en
    QList<DemoPart> parts;
    QHash<QString, QStringList> visitTools, visitDoneNotes, visitFailedNotes; // key: zh|en
    QHash<QString, QList<std::pair<QString, QString>>> cannedReplies;          // key: zh|en; title, body

    static DemoWords load();
};

} // namespace sd
