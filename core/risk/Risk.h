#pragma once

#include "common/Codes.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sd {

// What a person writes about a risk (docs/RISKS.md).
struct RiskDraft
{
    RiskKind kind = RiskKind::Other;
    QString title; // may stay empty on a risk an alert rule raised: its rule names it
    QString description;
    int probability = 3; // 1 (rare) .. 5 (almost certain)
    int impact = 3;      // 1 (minor) .. 5 (severe)
    std::optional<qint64> ownerId;
    QString mitigation;  // what lowers the probability or the impact now
    QString contingency; // what is done if it happens
    QDate reviewOn;      // invalid: no review date
};

// A risk of the register. A risk raised by an alert rule keeps the rule's
// code, what it watched (a product, a team code; "" for all complaints) and
// the figures that set it off, so every desk can word it in its language.
struct Risk
{
    qint64 id = 0;
    QString uuid;
    RiskDraft draft;
    RiskStatus status = RiskStatus::Open;
    QString ruleCode; // complaint_surge, product_faults, team_sla; "" when recorded by hand
    QString ruleKey;
    QJsonObject alert; // the rule's figures at its last alert
    int alertCount = 0;
    std::optional<qint64> lastAlertAt;
    QString officeCode;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> createdBy;
    QString ownerName;
    QString ownerLogin; // what sdctl's --owner takes
    int version = 1;

    int score() const { return draft.probability * draft.impact; }
    bool isLive() const { return status != RiskStatus::Closed; }
};

// One step of a risk's history (docs/RISKS.md "History"): recorded or raised,
// a field changed (its old and new value; an owner by name), a status moved,
// or an alert rule's new figures. Kept for every change, travelling with sync.
struct RiskEvent
{
    qint64 at = 0;
    QString actorName; // empty: nobody signed in (the demo, rules run without a user)
    QString kind;      // created, changed, status, alert
    QString field;     // changed: title, description, kind, probability, impact, owner, mitigation, contingency, review_on
    QString oldValue;
    QString newValue; // status: the status code; alert: the figures (JSON); created: the rule's code or ""
};

// How many live risks sit at one probability and impact (the heat map's cell).
struct HeatCell
{
    int probability = 0;
    int impact = 0;
    int count = 0;
};

// A list of the register, ranked by score.
struct RiskQuery
{
    std::optional<RiskStatus> status; // none: every live risk (not closed)
    bool includeClosed = false;       // with no status: closed ones too
    std::optional<RiskKind> kind;
    int probability = 0; // 1..5: only that row of the heat map; 0: any
    int impact = 0;
    int limit = 500;
};

} // namespace sd
