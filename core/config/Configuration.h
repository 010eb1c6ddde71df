#pragma once

#include "common/Codes.h"
#include "sla/BusinessCalendar.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sd {

// The settings an office shares with head office as one JSON document
// (docs: resources/config/FORMAT.md): calendars, tiers, SLA matrix, teams, users.
struct TierRule
{
    qint64 minPurchaseTotal12mCents = 0;
    int minPurchases12m = 0;
};

struct TierDefinition
{
    QString code;
    QString name;
    std::optional<TierRule> rule; // none: the fallback tier
};

struct SlaPolicy
{
    QString tierCode;
    Priority priority = Priority::P3;
    int firstResponseMin = 0;
    int resolutionMin = 0;
    QString calendarCode;
};

struct Team
{
    QString code;
    QString name;
    // How the team's unassigned tickets find an agent (tickets/AutoAssigner).
    AssignmentMode assignment = AssignmentMode::Manual;
};

struct UserDefinition
{
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString teamCode;
    QList<Category> skills;
    bool active = true;
};

// The service process's rules (the file's optional "service" section):
// complaint deadlines in business minutes, and what labour and travel cost.
// A spare part of the catalogue solution plans pick from.
struct PartPrice
{
    QString code;
    QString name;
    qint64 unitCents = 0;
};

// What the SLA sweep does when a ticket reaches one of its SLA checkpoints
// (docs/SERVICE.md "Escalation rules"): tell the team's supervisors, and/or
// raise the support level (moving the ticket to the new level's team).
// A holiday customers are greeted on: "MM-DD" every year, or "YYYY-MM-DD"
// that year only (the lunar new year moves).
struct CareHoliday
{
    QString date;
    QString name;
};

// When a tier's customers are called back (docs/RETURN-VISITS.md); 0 days: never.
struct ReturnVisitTier
{
    QString tier;
    int firstUseDays = 0;  // after a purchase
    int followUpDays = 0;  // after a ticket is resolved
    int periodicDays = 0;  // every so many days
};

struct ReturnVisitRules
{
    QList<ReturnVisitTier> tiers{{QStringLiteral("vip"), 3, 2, 90}, {QStringLiteral("key"), 7, 3, 180},
                                 {QStringLiteral("regular"), 14, 0, 0}};
    // A score at most this, or a complaint, is always followed up, this many days after.
    int lowScoreAtMost = 2;
    int promptDays = 1;
    // An unreachable customer is tried again the day after, at most `attempts` times in all.
    int retryDays = 1;
    int attempts = 3;
    const ReturnVisitTier* forTier(const QString& code) const
    {
        for (const ReturnVisitTier& each : tiers)
            if (each.tier == code)
                return &each;
        return nullptr;
    }
};

// Quality inspection's own draw (docs/QUALITY.md "Sampling"): once each
// period is over, `perAgent` of each agent's tickets resolved in it go to the
// inspectors, up to `lowShare` of them from low scores and complaints.
struct QualitySampling
{
    bool enabled = true;
    QString every = QStringLiteral("week"); // day, week or month
    int perAgent = 5;
    double lowShare = 0.3;
};

// The alert rules of the risk register (docs/RISKS.md): when the data raise
// or update a risk on their own. Each can be switched off.
struct RiskAlertRules
{
    // Complaints created in the last `complaintDays` days: more than
    // `complaintsAbove`, or at least `complaintGrowthFrom` and up more than
    // `complaintGrowthPct` % on the days before.
    bool complaintSurge = true;
    int complaintDays = 7;
    int complaintsAbove = 20;
    int complaintGrowthPct = 50;
    int complaintGrowthFrom = 5;
    // A product's fault tickets created in the last `faultDays` days: more than
    // `faultsAbove` and up more than `faultGrowthPct` % on the days before (0:
    // the count alone), so a large desk hears of a spike, not of its best sellers.
    bool productFaults = true;
    int faultDays = 30;
    int faultsAbove = 15;
    int faultGrowthPct = 50;
    // A team's SLA resolution compliance over its tickets of the last `slaDays`
    // days: below `slaBelowPct` %, once at least `slaMinTickets` are counted.
    bool teamSla = true;
    int slaDays = 7;
    int slaBelowPct = 80;
    int slaMinTickets = 20;
};

struct EscalationRule
{
    QString checkpoint; // one of checkpoints()
    bool notifySupervisor = false;
    bool raiseLevel = false;
    // The SLA events' target (first_response, resolution) and kind, joined: "resolution_breach".
    static QStringList checkpoints()
    {
        return {QStringLiteral("first_response_warning"), QStringLiteral("first_response_breach"),
                QStringLiteral("resolution_warning"), QStringLiteral("resolution_breach")};
    }
};

struct ServiceRules
{
    int complaintResponseMin = 240;  // half a working day to verify and answer
    int complaintClosingMin = 2250;  // five working days of 7.5 hours to close
    QString complaintCalendar;       // empty: the office's first calendar
    QMap<Role, qint64> hourlyRateCents{{Role::Agent, 6000}, {Role::Technician, 12000}, {Role::Supervisor, 9000}};
    qint64 transportPerVisitCents = 3000;
    qint64 transportPerKmCents = 150;
    QList<PartPrice> parts;
    QList<EscalationRule> escalation;
    // The team a ticket moves to when an escalation rule raises it to this level.
    QMap<SupportLevel, QString> levelTeams;
    // The largest file that may be attached to a ticket (attachments live in the database).
    int attachmentMaxMb = 20;
    // Care dates (docs/CARE.md): holidays, and the tiers greeted on them.
    QList<CareHoliday> careHolidays;
    QStringList careHolidayTiers{QStringLiteral("vip"), QStringLiteral("key")};
    ReturnVisitRules returnVisits;
    RiskAlertRules riskAlerts;
    QualitySampling qualitySampling;
    qint64 attachmentMaxBytes() const { return qint64(attachmentMaxMb) * 1024 * 1024; }
    qint64 hourlyRate(Role role) const { return hourlyRateCents.value(role, 0); }
    const EscalationRule* escalationAt(const QString& checkpoint) const
    {
        for (const EscalationRule& rule : escalation)
            if (rule.checkpoint == checkpoint)
                return &rule;
        return nullptr;
    }
    const PartPrice* part(const QString& code) const
    {
        for (const PartPrice& part : parts)
            if (part.code == code)
                return &part;
        return nullptr;
    }
};

struct Configuration
{
    QString officeCode = QStringLiteral("HQ");
    QString officeName;
    // IANA id of the office's time zone: report dates and periods are read in
    // it, whatever zone the computer showing them is set to.
    QString officeTimeZone = QStringLiteral("Asia/Shanghai");
    QMap<QString, BusinessCalendar> calendars;
    QList<TierDefinition> tiers; // best first
    QList<SlaPolicy> policies;
    QList<Team> teams;
    QList<UserDefinition> users;
    ServiceRules service;

    const SlaPolicy* policyFor(const QString& tierCode, Priority priority) const;
    const TierDefinition* tier(const QString& code) const;
    // The first tier whose rule the figures meet, else the fallback tier.
    QString suggestTier(qint64 purchaseTotal12mCents, int purchases12m) const;
};

// A configured name (tier, team, office) as shown on screen: the names of the
// built-in configuration are translated; names an office chose stay as typed.
QString displayName(const QString& configuredName);

// A user's skills as stored: category codes joined by commas (unknown codes are skipped when read).
QString skillsToText(const QList<Category>& skills);
QList<Category> skillsFromText(const QString& text);
// A calendar as people call it: the built-in ones translated, others by their name.
QString calendarDisplayName(const QString& code);

} // namespace sd
