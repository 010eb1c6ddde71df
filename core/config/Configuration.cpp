#include "config/Configuration.h"

namespace sd {

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

} // namespace sd
