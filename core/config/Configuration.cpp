#include "config/Configuration.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {
namespace {

// The names of resources/config/default-config.json, for the translators.
[[maybe_unused]] const char* const kDefaultNames[] = {
    QT_TRANSLATE_NOOP("sd::Configuration", "Head office"),   QT_TRANSLATE_NOOP("sd::Configuration", "VIP"),
    QT_TRANSLATE_NOOP("sd::Configuration", "Key account"),   QT_TRANSLATE_NOOP("sd::Configuration", "Regular"),
    QT_TRANSLATE_NOOP("sd::Configuration", "Prospect"),      QT_TRANSLATE_NOOP("sd::Configuration", "Hotline"),
    QT_TRANSLATE_NOOP("sd::Configuration", "Technical support"), QT_TRANSLATE_NOOP("sd::Configuration", "Field service"),
    QT_TRANSLATE_NOOP("sd::Configuration", "Customer care"),
};

} // namespace

QString calendarDisplayName(const QString& code)
{
    // The built-in calendars' keys are codes; an office's own keys are names it chose.
    static const QHash<QString, const char*> builtIn{
        {QStringLiteral("cn_business"), QT_TRANSLATE_NOOP("sd::Configuration", "Office hours (Mon–Fri)")},
        {QStringLiteral("24x7"), QT_TRANSLATE_NOOP("sd::Configuration", "Around the clock")},
        {QStringLiteral("extended"), QT_TRANSLATE_NOOP("sd::Configuration", "Extended hours (08:00–20:00 daily)")},
    };
    const auto it = builtIn.constFind(code);
    return it == builtIn.constEnd() ? code : QCoreApplication::translate("sd::Configuration", it.value());
}

QString displayName(const QString& configuredName)
{
    const QByteArray source = configuredName.toUtf8();
    return QCoreApplication::translate("sd::Configuration", source.constData());
}

const SlaPolicy* Configuration::policyFor(const QString& tierCode, Priority priority) const
{
    for (const SlaPolicy& policy : policies)
        if (policy.tierCode == tierCode && policy.priority == priority)
            return &policy;
    return nullptr;
}

const TierDefinition* Configuration::tier(const QString& code) const
{
    for (const TierDefinition& definition : tiers)
        if (definition.code == code)
            return &definition;
    return nullptr;
}

QString Configuration::suggestTier(qint64 purchaseTotal12mCents, int purchases12m) const
{
    QString fallback;
    for (const TierDefinition& definition : tiers) {
        if (!definition.rule) {
            if (fallback.isEmpty())
                fallback = definition.code;
            continue;
        }
        if (purchaseTotal12mCents >= definition.rule->minPurchaseTotal12mCents
            && purchases12m >= definition.rule->minPurchases12m)
            return definition.code;
    }
    return fallback;
}

QString skillsToText(const QList<Category>& skills)
{
    QStringList codes;
    for (Category skill : skills)
        codes.append(toCode(skill));
    return codes.join(QLatin1Char(','));
}

QList<Category> skillsFromText(const QString& text)
{
    QList<Category> skills;
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto category = fromCode<Category>(code))
            skills.append(*category);
    return skills;
}

} // namespace sd
