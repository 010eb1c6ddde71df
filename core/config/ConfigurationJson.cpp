#include "config/ConfigurationJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sd {
namespace {

Error at(const QString& path, const QString& message)
{
    return Error::invalid(path, message);
}

Result<QString> requiredString(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString keyPath = path + QLatin1Char('.') + QLatin1String(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(at(keyPath, QCoreApplication::translate("sd::ConfigurationJson", "a non-empty text is required")));
    return value.toString().trimmed();
}

// Limits that keep every stored figure exact and inside its column: a year of
// minutes for an SLA target, a trillion currency units for a purchase total.
constexpr qint64 kMaxTargetMinutes = 525600;
constexpr qint64 kMaxPurchases = 1000000;
constexpr qint64 kMaxMoneyUnits = 1000000000000;

// A JSON number that is a whole number from `low` to `high`; 1e20, 2.5 and
// 2147483648 are refused rather than rounded or wrapped.
Result<qint64> wholeNumber(const QJsonObject& object, const char* key, const QString& path, std::optional<qint64> absent,
                           qint64 low, qint64 high)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString keyPath = path + QLatin1Char('.') + QLatin1String(key);
    if (value.isUndefined() && absent)
        return *absent;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number < double(low) || number > double(high) || number != std::floor(number))
        return fail(at(keyPath, QCoreApplication::translate("sd::ConfigurationJson", "a whole number from %1 to %2 is required")
                                    .arg(low)
                                    .arg(high)));
    return static_cast<qint64>(number);
}

// An amount of money in currency units with at most two decimals, as cents.
Result<qint64> moneyInCents(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString keyPath = path + QLatin1Char('.') + QLatin1String(key);
    if (value.isUndefined())
        return 0;
    const double units = value.toDouble();
    const double cents = std::round(units * 100.0);
    // The tolerance is a few units in the last place of the double, no more.
    const double tolerance = 1e-6 + std::abs(cents) * 4e-16;
    if (!value.isDouble() || !std::isfinite(units) || units < 0 || units > double(kMaxMoneyUnits) || std::abs(units * 100.0 - cents) > tolerance)
        return fail(at(keyPath, QCoreApplication::translate("sd::ConfigurationJson", "an amount from 0 to %1 with at most two decimals is required")
                                    .arg(kMaxMoneyUnits)));
    return static_cast<qint64>(cents);
}

Result<QJsonArray> arrayAt(const QJsonObject& root, const char* key)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (!value.isArray())
        return fail(at(QStringLiteral("$.") + QLatin1String(key), QCoreApplication::translate("sd::ConfigurationJson", "a list is required")));
    return value.toArray();
}

Status checkHeader(const QJsonObject& root)
{
    if (root.value(QLatin1String("format")).toString() != QLatin1String("servicedesk-config"))
        return fail(at(QStringLiteral("$.format"), QCoreApplication::translate("sd::ConfigurationJson", "must be \"servicedesk-config\"")));
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(at(QStringLiteral("$.version"), QCoreApplication::translate("sd::ConfigurationJson", "only version 1 is understood")));
    return {};
}

// Optional for files written before it existed: the zone of the office's
// calendar then (read after the calendars; see fromObject).
Status readOfficeZone(const QJsonObject& office, Configuration& config)
{
    const QJsonValue zone = office.value(QLatin1String("timezone"));
    if (zone.isUndefined()) {
        config.officeTimeZone.clear();
        return {};
    }
    if (!zone.isString() || zone.toString().trimmed().isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.toString().toUtf8()))
        return fail(at(QStringLiteral("$.office.timezone"), QCoreApplication::translate("sd::ConfigurationJson", "unknown time zone \"%1\"; give an IANA id such as \"Asia/Shanghai\"")
                                                              .arg(zone.toString())));
    config.officeTimeZone = zone.toString();
    return {};
}

Status readOffice(const QJsonObject& root, Configuration& config)
{
    const QJsonObject office = root.value(QLatin1String("office")).toObject();
    auto code = requiredString(office, "code", QStringLiteral("$.office"));
    if (!code)
        return fail(code.error());
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (!codePattern.match(*code).hasMatch())
        return fail(at(QStringLiteral("$.office.code"), QCoreApplication::translate("sd::ConfigurationJson", "use 1 to 8 capital letters or digits, e.g. \"HQ\"")));
    config.officeCode = *code;
    config.officeName = office.value(QLatin1String("name")).toString(*code);
    return readOfficeZone(office, config);
}

Status readCalendars(const QJsonObject& root, Configuration& config)
{
    const QJsonValue value = root.value(QLatin1String("calendars"));
    if (!value.isObject() || value.toObject().isEmpty())
        return fail(at(QStringLiteral("$.calendars"), QCoreApplication::translate("sd::ConfigurationJson", "at least one calendar is required")));
    const QJsonObject calendars = value.toObject();
    for (auto it = calendars.begin(); it != calendars.end(); ++it) {
        const QString path = QStringLiteral("$.calendars.") + it.key();
        if (!it.value().isObject())
            return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "a calendar object is required")));
        QJsonObject definition = it.value().toObject();
        definition.insert(QLatin1String("name"), it.key()); // the key names the calendar
        auto calendar = BusinessCalendar::fromJson(definition, path);
        if (!calendar)
            return fail(calendar.error());
        config.calendars.insert(it.key(), *calendar);
    }
    return {};
}

Result<std::optional<TierRule>> readTierRule(const QJsonObject& tier, const QString& path)
{
    const QJsonValue value = tier.value(QLatin1String("rule"));
    if (value.isUndefined() || value.isNull())
        return std::optional<TierRule>();
    if (!value.isObject())
        return fail(at(path + QStringLiteral(".rule"), QCoreApplication::translate("sd::ConfigurationJson", "a rule object is required")));
    const QJsonObject rule = value.toObject();
    auto total = moneyInCents(rule, "min_purchase_total_12m", path + QStringLiteral(".rule"));
    if (!total)
        return fail(total.error());
    auto count = wholeNumber(rule, "min_purchases_12m", path + QStringLiteral(".rule"), 0, 0, kMaxPurchases);
    if (!count)
        return fail(count.error());
    return std::optional<TierRule>(TierRule{*total, static_cast<int>(*count)});
}

Status readTiers(const QJsonObject& root, Configuration& config)
{
    auto tiers = arrayAt(root, "tiers");
    if (!tiers)
        return fail(tiers.error());
    QSet<QString> seen;
    for (qsizetype i = 0; i < tiers->size(); ++i) {
        const QString path = QStringLiteral("$.tiers[%1]").arg(i);
        const QJsonObject tier = tiers->at(i).toObject();
        auto code = requiredString(tier, "code", path);
        if (!code)
            return fail(code.error());
        if (seen.contains(*code))
            return fail(at(path + QStringLiteral(".code"), QCoreApplication::translate("sd::ConfigurationJson", "duplicate tier code \"%1\"").arg(*code)));
        seen.insert(*code);
        auto rule = readTierRule(tier, path);
        if (!rule)
            return fail(rule.error());
        config.tiers.append({*code, tier.value(QLatin1String("name")).toString(*code), *rule});
    }
    const bool hasFallback = std::any_of(config.tiers.begin(), config.tiers.end(), [](const auto& t) { return !t.rule; });
    if (!hasFallback)
        return fail(at(QStringLiteral("$.tiers"), QCoreApplication::translate("sd::ConfigurationJson", "one tier must have no rule: it is the fallback for everyone else")));
    return {};
}

Result<SlaPolicy> readPolicy(const QJsonObject& item, const QString& path, const Configuration& config)
{
    SlaPolicy policy;
    auto tier = requiredString(item, "tier", path);
    if (!tier)
        return fail(tier.error());
    if (!config.tier(*tier))
        return fail(at(path + QStringLiteral(".tier"), QCoreApplication::translate("sd::ConfigurationJson", "unknown tier \"%1\"").arg(*tier)));
    policy.tierCode = *tier;
    const auto priority = fromCode<Priority>(item.value(QLatin1String("priority")).toString());
    if (!priority)
        return fail(at(path + QStringLiteral(".priority"), QCoreApplication::translate("sd::ConfigurationJson", "must be one of P1, P2, P3, P4")));
    policy.priority = *priority;
    auto firstResponse = wholeNumber(item, "first_response_min", path, std::nullopt, 1, kMaxTargetMinutes);
    auto resolution = wholeNumber(item, "resolution_min", path, std::nullopt, 1, kMaxTargetMinutes);
    if (!firstResponse)
        return fail(firstResponse.error());
    if (!resolution)
        return fail(resolution.error());
    policy.firstResponseMin = static_cast<int>(*firstResponse);
    policy.resolutionMin = static_cast<int>(*resolution);
    auto calendar = requiredString(item, "calendar", path);
    if (!calendar)
        return fail(calendar.error());
    if (!config.calendars.contains(*calendar))
        return fail(at(path + QStringLiteral(".calendar"), QCoreApplication::translate("sd::ConfigurationJson", "unknown calendar \"%1\"").arg(*calendar)));
    policy.calendarCode = *calendar;
    return policy;
}

Status checkMatrixComplete(const Configuration& config)
{
    for (const TierDefinition& tier : config.tiers)
        for (Priority priority : allValues<Priority>())
            if (!config.policyFor(tier.code, priority))
                return fail(at(QStringLiteral("$.sla"), QCoreApplication::translate("sd::ConfigurationJson", "no policy for tier \"%1\" and priority %2")
                                                             .arg(tier.code, toCode(priority))));
    return {};
}

Status readPolicies(const QJsonObject& root, Configuration& config)
{
    auto items = arrayAt(root, "sla");
    if (!items)
        return fail(items.error());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = QStringLiteral("$.sla[%1]").arg(i);
        auto policy = readPolicy(items->at(i).toObject(), path, config);
        if (!policy)
            return fail(policy.error());
        if (config.policyFor(policy->tierCode, policy->priority))
            return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "duplicate policy for tier \"%1\" and priority %2")
                                     .arg(policy->tierCode, toCode(policy->priority))));
        config.policies.append(*policy);
    }
    return checkMatrixComplete(config);
}

// Absent means by hand: files written before automatic assignment existed keep working.
Result<AssignmentMode> readAssignment(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined())
        return AssignmentMode::Manual;
    const auto mode = fromCode<AssignmentMode>(value.toString());
    if (!value.isString() || !mode)
        return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "must be one of %1")
                                 .arg(allCodes<AssignmentMode>().join(QStringLiteral(", ")))));
    return *mode;
}

Status readTeams(const QJsonObject& root, Configuration& config)
{
    auto teams = arrayAt(root, "teams");
    if (!teams)
        return fail(teams.error());
    QSet<QString> seen;
    for (qsizetype i = 0; i < teams->size(); ++i) {
        const QString path = QStringLiteral("$.teams[%1]").arg(i);
        const QJsonObject team = teams->at(i).toObject();
        auto code = requiredString(team, "code", path);
        if (!code)
            return fail(code.error());
        if (seen.contains(*code))
            return fail(at(path + QStringLiteral(".code"), QCoreApplication::translate("sd::ConfigurationJson", "duplicate team code \"%1\"").arg(*code)));
        seen.insert(*code);
        auto assignment = readAssignment(team.value(QLatin1String("assignment")), path + QStringLiteral(".assignment"));
        if (!assignment)
            return fail(assignment.error());
        config.teams.append({*code, team.value(QLatin1String("name")).toString(*code), *assignment});
    }
    return {};
}

Result<QList<Category>> readSkills(const QJsonValue& value, const QString& path)
{
    QList<Category> skills;
    if (value.isUndefined())
        return skills;
    if (!value.isArray())
        return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "a list of category codes is required")));
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto category = fromCode<Category>(items.at(i).toString());
        if (!category)
            return fail(at(path + QStringLiteral("[%1]").arg(i),
                           QCoreApplication::translate("sd::ConfigurationJson", "unknown category; use one of %1").arg(allCodes<Category>().join(QStringLiteral(", ")))));
        skills.append(*category);
    }
    return skills;
}

Result<UserDefinition> readUser(const QJsonObject& item, const QString& path, const Configuration& config)
{
    UserDefinition user;
    auto login = requiredString(item, "login", path);
    if (!login)
        return fail(login.error());
    user.login = *login;
    user.displayName = item.value(QLatin1String("name")).toString(*login);
    const auto role = fromCode<Role>(item.value(QLatin1String("role")).toString(QStringLiteral("agent")));
    if (!role)
        return fail(at(path + QStringLiteral(".role"),
                       QCoreApplication::translate("sd::ConfigurationJson", "unknown role; use one of %1").arg(allCodes<Role>().join(QStringLiteral(", ")))));
    user.role = *role;
    user.teamCode = item.value(QLatin1String("team")).toString();
    const bool knownTeam = std::any_of(config.teams.begin(), config.teams.end(),
                                       [&](const Team& t) { return t.code == user.teamCode; });
    if (!user.teamCode.isEmpty() && !knownTeam)
        return fail(at(path + QStringLiteral(".team"), QCoreApplication::translate("sd::ConfigurationJson", "unknown team \"%1\"").arg(user.teamCode)));
    auto skills = readSkills(item.value(QLatin1String("skills")), path + QStringLiteral(".skills"));
    if (!skills)
        return fail(skills.error());
    user.skills = *skills;
    user.active = item.value(QLatin1String("active")).toBool(true);
    return user;
}

Status readUsers(const QJsonObject& root, Configuration& config)
{
    if (!root.contains(QLatin1String("users")))
        return {};
    auto users = arrayAt(root, "users");
    if (!users)
        return fail(users.error());
    QSet<QString> seen;
    for (qsizetype i = 0; i < users->size(); ++i) {
        const QString path = QStringLiteral("$.users[%1]").arg(i);
        auto user = readUser(users->at(i).toObject(), path, config);
        if (!user)
            return fail(user.error());
        if (seen.contains(user->login))
            return fail(at(path + QStringLiteral(".login"), QCoreApplication::translate("sd::ConfigurationJson", "duplicate login \"%1\"").arg(user->login)));
        seen.insert(user->login);
        config.users.append(*user);
    }
    return {};
}

QJsonObject tierToJson(const TierDefinition& tier)
{
    QJsonObject object{{QStringLiteral("code"), tier.code}, {QStringLiteral("name"), tier.name}};
    if (tier.rule)
        object.insert(QStringLiteral("rule"),
                      QJsonObject{{QStringLiteral("min_purchase_total_12m"), double(tier.rule->minPurchaseTotal12mCents) / 100.0},
                                  {QStringLiteral("min_purchases_12m"), tier.rule->minPurchases12m}});
    return object;
}

QJsonObject policyToJson(const SlaPolicy& policy)
{
    return {{QStringLiteral("tier"), policy.tierCode},
            {QStringLiteral("priority"), toCode(policy.priority)},
            {QStringLiteral("first_response_min"), policy.firstResponseMin},
            {QStringLiteral("resolution_min"), policy.resolutionMin},
            {QStringLiteral("calendar"), policy.calendarCode}};
}

QJsonObject userToJson(const UserDefinition& user)
{
    QJsonArray skills;
    for (Category skill : user.skills)
        skills.append(toCode(skill));
    return {{QStringLiteral("login"), user.login},      {QStringLiteral("name"), user.displayName},
            {QStringLiteral("role"), toCode(user.role)}, {QStringLiteral("team"), user.teamCode},
            {QStringLiteral("skills"), skills},         {QStringLiteral("active"), user.active}};
}

Result<QString> serviceCalendar(const QJsonObject& complaints, const Configuration& config)
{
    const QString calendar = complaints.value(QLatin1String("calendar")).toString();
    if (!calendar.isEmpty() && !config.calendars.contains(calendar))
        return fail(at(QStringLiteral("$.service.complaints.calendar"),
                       QCoreApplication::translate("sd::ConfigurationJson", "unknown calendar \"%1\"").arg(calendar)));
    return calendar;
}

Status readComplaintRules(const QJsonObject& complaints, const Configuration& config, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.complaints");
    auto response = wholeNumber(complaints, "response_min", path, rules.complaintResponseMin, 1, kMaxTargetMinutes);
    auto closing = wholeNumber(complaints, "closing_min", path, rules.complaintClosingMin, 1, kMaxTargetMinutes);
    auto calendar = serviceCalendar(complaints, config);
    if (!response || !closing || !calendar)
        return fail(!response ? response.error() : !closing ? closing.error() : calendar.error());
    if (*closing < *response)
        return fail(at(path + QStringLiteral(".closing_min"),
                       QCoreApplication::translate("sd::ConfigurationJson", "the closing deadline cannot come before the response deadline")));
    rules.complaintResponseMin = int(*response);
    rules.complaintClosingMin = int(*closing);
    rules.complaintCalendar = *calendar;
    return {};
}

Status readCostRules(const QJsonObject& costs, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.costs");
    const QJsonObject rates = costs.value(QLatin1String("hourly_rates")).toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const auto role = fromCode<Role>(it.key());
        if (!role)
            return fail(at(path + QStringLiteral(".hourly_rates.") + it.key(),
                           QCoreApplication::translate("sd::ConfigurationJson", "unknown role; use one of %1").arg(allCodes<Role>().join(QStringLiteral(", ")))));
        auto rate = moneyInCents(rates, it.key().toUtf8().constData(), path + QStringLiteral(".hourly_rates"));
        if (!rate)
            return fail(rate.error());
        rules.hourlyRateCents.insert(*role, *rate);
    }
    for (const auto& [key, target] : {std::pair{"transport_per_visit", &rules.transportPerVisitCents},
                                      std::pair{"transport_per_km", &rules.transportPerKmCents}}) {
        if (!costs.contains(QLatin1String(key)))
            continue;
        auto amount = moneyInCents(costs, key, path);
        if (!amount)
            return fail(amount.error());
        *target = *amount;
    }
    return {};
}

Status readAttachmentRules(const QJsonObject& attachments, ServiceRules& rules)
{
    auto limit = wholeNumber(attachments, "max_mb", QStringLiteral("$.service.attachments"), rules.attachmentMaxMb, 1, 200);
    if (!limit)
        return fail(limit.error());
    rules.attachmentMaxMb = int(*limit);
    return {};
}

Status readSwitch(const QJsonObject& object, const QString& path, bool& target)
{
    const QJsonValue value = object.value(QLatin1String("enabled"));
    if (value.isUndefined())
        return {};
    if (!value.isBool())
        return fail(at(path + QStringLiteral(".enabled"), QCoreApplication::translate("sd::ConfigurationJson", "true or false is required")));
    target = value.toBool();
    return {};
}

// One rule's whole numbers: key, target and range.
struct RuleNumber
{
    const char* key;
    int* target;
    int low;
    int high;
};

Status readRule(const QJsonValue& value, const QString& path, bool& enabled, std::initializer_list<RuleNumber> numbers)
{
    if (!value.isUndefined() && !value.isObject())
        return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "an object is required")));
    const QJsonObject object = value.toObject();
    if (auto read = readSwitch(object, path, enabled); !read)
        return read;
    for (const RuleNumber& number : numbers) {
        auto value = wholeNumber(object, number.key, path, *number.target, number.low, number.high);
        if (!value)
            return fail(value.error());
        *number.target = int(*value);
    }
    return {};
}

Status readRiskAlerts(const QJsonValue& value, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.risk_alerts");
    if (!value.isUndefined() && !value.isObject())
        return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "an object is required")));
    const QJsonObject alerts = value.toObject();
    RiskAlertRules& r = rules.riskAlerts;
    if (auto read = readRule(alerts.value(QLatin1String("complaint_surge")), path + QStringLiteral(".complaint_surge"),
                             r.complaintSurge,
                             {{"days", &r.complaintDays, 1, 90}, {"above", &r.complaintsAbove, 0, 100000},
                              {"growth_pct", &r.complaintGrowthPct, 1, 10000}, {"growth_from", &r.complaintGrowthFrom, 1, 100000}});
        !read)
        return read;
    if (auto read = readRule(alerts.value(QLatin1String("product_faults")), path + QStringLiteral(".product_faults"),
                             r.productFaults,
                             {{"days", &r.faultDays, 1, 365}, {"above", &r.faultsAbove, 0, 100000}, {"growth_pct", &r.faultGrowthPct, 0, 10000}});
        !read)
        return read;
    return readRule(alerts.value(QLatin1String("team_sla")), path + QStringLiteral(".team_sla"), r.teamSla,
                    {{"days", &r.slaDays, 1, 90}, {"below_pct", &r.slaBelowPct, 1, 100}, {"min_tickets", &r.slaMinTickets, 1, 100000}});
}

Status readQualitySampling(const QJsonValue& value, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.quality_sampling");
    QualitySampling& s = rules.qualitySampling;
    if (auto read = readRule(value, path, s.enabled, {{"per_agent", &s.perAgent, 1, 50}}); !read)
        return read;
    const QJsonObject object = value.toObject();
    const QJsonValue every = object.value(QLatin1String("every"));
    if (!every.isUndefined()) {
        const QStringList periods{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")};
        if (!periods.contains(every.toString()))
            return fail(at(path + QStringLiteral(".every"), QCoreApplication::translate("sd::ConfigurationJson", "use day, week or month")));
        s.every = every.toString();
    }
    const QJsonValue share = object.value(QLatin1String("low_share"));
    if (!share.isUndefined()) {
        if (!share.isDouble() || share.toDouble() < 0.0 || share.toDouble() > 1.0)
            return fail(at(path + QStringLiteral(".low_share"), QCoreApplication::translate("sd::ConfigurationJson", "a share from 0 to 1 is required")));
        s.lowShare = share.toDouble();
    }
    return {};
}

QJsonObject riskAlertsToObject(const RiskAlertRules& r)
{
    return {{QStringLiteral("complaint_surge"),
             QJsonObject{{QStringLiteral("enabled"), r.complaintSurge}, {QStringLiteral("days"), r.complaintDays},
                         {QStringLiteral("above"), r.complaintsAbove}, {QStringLiteral("growth_pct"), r.complaintGrowthPct},
                         {QStringLiteral("growth_from"), r.complaintGrowthFrom}}},
            {QStringLiteral("product_faults"),
             QJsonObject{{QStringLiteral("enabled"), r.productFaults}, {QStringLiteral("days"), r.faultDays},
                         {QStringLiteral("above"), r.faultsAbove}, {QStringLiteral("growth_pct"), r.faultGrowthPct}}},
            {QStringLiteral("team_sla"),
             QJsonObject{{QStringLiteral("enabled"), r.teamSla}, {QStringLiteral("days"), r.slaDays},
                         {QStringLiteral("below_pct"), r.slaBelowPct}, {QStringLiteral("min_tickets"), r.slaMinTickets}}}};
}

// Holidays as "MM-DD" (every year) or "YYYY-MM-DD", each named; tiers that exist.
Status readCareRules(const QJsonValue& value, const Configuration& configuration, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.care");
    const auto known = [&](const QString& code) {
        return std::any_of(configuration.tiers.begin(), configuration.tiers.end(), [&](const TierDefinition& each) { return each.code == code; });
    };
    // Without a list, the built-in tiers greeted on holidays that this configuration has.
    rules.careHolidayTiers.removeIf([&](const QString& code) { return !known(code); });
    if (value.isUndefined())
        return {};
    const QJsonObject care = value.toObject();
    const QJsonArray holidays = care.value(QLatin1String("holidays")).toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString itemPath = QStringLiteral("%1.holidays[%2]").arg(path).arg(i);
        const QJsonObject item = holidays.at(i).toObject();
        const CareHoliday holiday{item.value(QLatin1String("date")).toString().trimmed(), item.value(QLatin1String("name")).toString().trimmed()};
        const bool yearly = QDate::fromString(QStringLiteral("2000-") + holiday.date, Qt::ISODate).isValid() && holiday.date.size() == 5;
        const bool once = QDate::fromString(holiday.date, Qt::ISODate).isValid() && holiday.date.size() == 10;
        if (!yearly && !once)
            return fail(at(itemPath + QStringLiteral(".date"), QCoreApplication::translate("sd::ConfigurationJson", "give MM-DD (every year) or YYYY-MM-DD")));
        if (holiday.name.isEmpty())
            return fail(at(itemPath + QStringLiteral(".name"), QCoreApplication::translate("sd::ConfigurationJson", "a holiday needs a name")));
        rules.careHolidays.append(holiday);
    }
    if (care.contains(QLatin1String("holiday_tiers"))) {
        rules.careHolidayTiers.clear();
        for (const QJsonValue& tier : care.value(QLatin1String("holiday_tiers")).toArray()) {
            if (!known(tier.toString()))
                return fail(at(path + QStringLiteral(".holiday_tiers"),
                               QCoreApplication::translate("sd::ConfigurationJson", "unknown tier \"%1\"").arg(tier.toString())));
            rules.careHolidayTiers.append(tier.toString());
        }
    }
    return {};
}

// Per tier: days to a first-use visit, to a follow-up, between periodic
// visits (0: none); and the low-score, prompt and retry settings.
Status readReturnVisitTier(const QJsonObject& item, const QString& path, ReturnVisitTier& tier)
{
    int* const days[] = {&tier.firstUseDays, &tier.followUpDays, &tier.periodicDays};
    const char* const keys[] = {"first_use_days", "follow_up_days", "periodic_days"};
    for (int i = 0; i < 3; ++i) {
        auto value = wholeNumber(item, keys[i], path, 0, 0, 730);
        if (!value)
            return fail(value.error());
        *days[i] = int(*value);
    }
    return {};
}

Status readReturnVisitRules(const QJsonValue& value, const Configuration& configuration, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.return_visits");
    ReturnVisitRules& visits = rules.returnVisits;
    const auto known = [&](const QString& code) {
        return std::any_of(configuration.tiers.begin(), configuration.tiers.end(), [&](const TierDefinition& each) { return each.code == code; });
    };
    visits.tiers.removeIf([&](const ReturnVisitTier& each) { return !known(each.tier); });
    if (value.isUndefined())
        return {};
    const QJsonObject object = value.toObject();
    int* const numbers[] = {&visits.lowScoreAtMost, &visits.promptDays, &visits.retryDays, &visits.attempts};
    const char* const keys[] = {"low_score_at_most", "prompt_days", "retry_days", "attempts"};
    const std::pair<int, int> ranges[] = {{0, 5}, {0, 60}, {1, 30}, {1, 10}};
    for (int i = 0; i < 4; ++i) {
        auto number = wholeNumber(object, keys[i], path, *numbers[i], ranges[i].first, ranges[i].second);
        if (!number)
            return fail(number.error());
        *numbers[i] = int(*number);
    }
    if (!object.contains(QLatin1String("tiers")))
        return {};
    visits.tiers.clear();
    const QJsonObject tiers = object.value(QLatin1String("tiers")).toObject();
    for (auto it = tiers.begin(); it != tiers.end(); ++it) {
        if (!known(it.key()))
            return fail(at(path + QStringLiteral(".tiers"),
                           QCoreApplication::translate("sd::ConfigurationJson", "unknown tier \"%1\"").arg(it.key())));
        ReturnVisitTier tier{it.key()};
        if (auto read = readReturnVisitTier(it.value().toObject(), path + QStringLiteral(".tiers.") + it.key(), tier); !read)
            return read;
        visits.tiers.append(tier);
    }
    return {};
}

QJsonObject returnVisitsToObject(const ReturnVisitRules& visits)
{
    QJsonObject tiers;
    for (const ReturnVisitTier& tier : visits.tiers)
        tiers.insert(tier.tier, QJsonObject{{QStringLiteral("first_use_days"), tier.firstUseDays},
                                            {QStringLiteral("follow_up_days"), tier.followUpDays},
                                            {QStringLiteral("periodic_days"), tier.periodicDays}});
    return {{QStringLiteral("tiers"), tiers},
            {QStringLiteral("low_score_at_most"), visits.lowScoreAtMost},
            {QStringLiteral("prompt_days"), visits.promptDays},
            {QStringLiteral("retry_days"), visits.retryDays},
            {QStringLiteral("attempts"), visits.attempts}};
}

// The parts catalogue: each part once, named, with a unit cost.
Status readParts(const QJsonValue& value, ServiceRules& rules)
{
    const QString path = QStringLiteral("$.service.parts");
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "a list of parts is required")));
    const QJsonArray parts = value.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject object = parts.at(i).toObject();
        PartPrice part{object.value(QLatin1String("code")).toString().trimmed(), object.value(QLatin1String("name")).toString().trimmed(), 0};
        if (part.code.isEmpty() || part.name.isEmpty())
            return fail(at(itemPath, QCoreApplication::translate("sd::ConfigurationJson", "a part needs a code and a name")));
        if (rules.part(part.code))
            return fail(at(itemPath + QStringLiteral(".code"), QCoreApplication::translate("sd::ConfigurationJson", "the part code \"%1\" is listed twice").arg(part.code)));
        if (!object.contains(QLatin1String("unit_cost")))
            return fail(at(itemPath + QStringLiteral(".unit_cost"), QCoreApplication::translate("sd::ConfigurationJson", "the part's unit cost is required")));
        auto cost = moneyInCents(object, "unit_cost", itemPath);
        if (!cost)
            return fail(cost.error());
        part.unitCents = *cost;
        rules.parts.append(part);
    }
    return {};
}

Status readEscalationRules(const QJsonArray& items, ServiceRules& rules)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("$.service.escalation.rules[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        for (const char* flag : {"notify_supervisor", "raise_level"})
            if (item.contains(QLatin1String(flag)) && !item.value(QLatin1String(flag)).isBool())
                return fail(at(path + QLatin1Char('.') + QLatin1String(flag),
                               QCoreApplication::translate("sd::ConfigurationJson", "must be true or false")));
        EscalationRule rule{item.value(QLatin1String("at")).toString(), item.value(QLatin1String("notify_supervisor")).toBool(),
                            item.value(QLatin1String("raise_level")).toBool()};
        if (!EscalationRule::checkpoints().contains(rule.checkpoint))
            return fail(at(path + QStringLiteral(".at"), QCoreApplication::translate("sd::ConfigurationJson", "must be one of %1")
                                                              .arg(EscalationRule::checkpoints().join(QStringLiteral(", ")))));
        if (rules.escalationAt(rule.checkpoint))
            return fail(at(path + QStringLiteral(".at"),
                           QCoreApplication::translate("sd::ConfigurationJson", "a rule for \"%1\" is already listed").arg(rule.checkpoint)));
        if (!rule.notifySupervisor && !rule.raiseLevel)
            return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson",
                                                             "a rule must notify the supervisor, raise the level, or both")));
        rules.escalation.append(rule);
    }
    return {};
}

Status readLevelTeams(const QJsonObject& levels, const Configuration& configuration, ServiceRules& rules)
{
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        const QString path = QStringLiteral("$.service.escalation.level_teams.%1").arg(it.key());
        const auto level = fromCode<SupportLevel>(it.key());
        if (!level || *level == SupportLevel::L1)
            return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "only L2 and L3 are reached by raising the level")));
        const QString team = it.value().toString();
        if (std::none_of(configuration.teams.begin(), configuration.teams.end(), [&](const Team& t) { return t.code == team; }))
            return fail(at(path, QCoreApplication::translate("sd::ConfigurationJson", "unknown team \"%1\"").arg(team)));
        rules.levelTeams.insert(*level, team);
    }
    return {};
}

// Absent: no rules, as in files written before escalation rules existed.
Status readEscalation(const QJsonValue& value, const Configuration& configuration, ServiceRules& rules)
{
    if (value.isUndefined())
        return {};
    const QJsonObject escalation = value.toObject();
    if (!value.isObject() || !escalation.value(QLatin1String("rules")).isArray())
        return fail(at(QStringLiteral("$.service.escalation.rules"),
                       QCoreApplication::translate("sd::ConfigurationJson", "a list of rules is required")));
    if (auto read = readEscalationRules(escalation.value(QLatin1String("rules")).toArray(), rules); !read)
        return read;
    const QJsonValue levels = escalation.value(QLatin1String("level_teams"));
    if (!levels.isUndefined() && !levels.isObject())
        return fail(at(QStringLiteral("$.service.escalation.level_teams"),
                       QCoreApplication::translate("sd::ConfigurationJson", "an object naming a team for L2 and/or L3 is required")));
    return readLevelTeams(levels.toObject(), configuration, rules);
}

QJsonObject escalationToObject(const ServiceRules& rules)
{
    QJsonArray items;
    for (const EscalationRule& rule : rules.escalation) {
        QJsonObject item{{QStringLiteral("at"), rule.checkpoint}};
        if (rule.notifySupervisor)
            item.insert(QStringLiteral("notify_supervisor"), true);
        if (rule.raiseLevel)
            item.insert(QStringLiteral("raise_level"), true);
        items.append(item);
    }
    QJsonObject levels;
    for (auto it = rules.levelTeams.begin(); it != rules.levelTeams.end(); ++it)
        levels.insert(toCode(it.key()), it.value());
    return {{QStringLiteral("rules"), items}, {QStringLiteral("level_teams"), levels}};
}

} // namespace

Result<ServiceRules> ConfigurationJson::serviceFromObject(const QJsonObject& service, const Configuration& configuration)
{
    ServiceRules rules;
    if (auto read = readComplaintRules(service.value(QLatin1String("complaints")).toObject(), configuration, rules); !read)
        return fail(read.error());
    if (auto read = readCostRules(service.value(QLatin1String("costs")).toObject(), rules); !read)
        return fail(read.error());
    if (auto read = readParts(service.value(QLatin1String("parts")), rules); !read)
        return fail(read.error());
    if (auto read = readAttachmentRules(service.value(QLatin1String("attachments")).toObject(), rules); !read)
        return fail(read.error());
    if (auto read = readCareRules(service.value(QLatin1String("care")), configuration, rules); !read)
        return fail(read.error());
    if (auto read = readReturnVisitRules(service.value(QLatin1String("return_visits")), configuration, rules); !read)
        return fail(read.error());
    if (auto read = readEscalation(service.value(QLatin1String("escalation")), configuration, rules); !read)
        return fail(read.error());
    if (auto read = readRiskAlerts(service.value(QLatin1String("risk_alerts")), rules); !read)
        return fail(read.error());
    if (auto read = readQualitySampling(service.value(QLatin1String("quality_sampling")), rules); !read)
        return fail(read.error());
    return rules;
}

QJsonObject ConfigurationJson::serviceToObject(const ServiceRules& rules)
{
    QJsonObject rates;
    for (auto it = rules.hourlyRateCents.begin(); it != rules.hourlyRateCents.end(); ++it)
        rates.insert(toCode(it.key()), double(it.value()) / 100.0);
    QJsonObject complaints{{QStringLiteral("response_min"), rules.complaintResponseMin},
                           {QStringLiteral("closing_min"), rules.complaintClosingMin}};
    if (!rules.complaintCalendar.isEmpty())
        complaints.insert(QStringLiteral("calendar"), rules.complaintCalendar);
    QJsonArray parts;
    for (const PartPrice& part : rules.parts)
        parts.append(QJsonObject{{QStringLiteral("code"), part.code}, {QStringLiteral("name"), part.name},
                                 {QStringLiteral("unit_cost"), double(part.unitCents) / 100.0}});
    QJsonObject service{{QStringLiteral("complaints"), complaints},
            {QStringLiteral("costs"), QJsonObject{{QStringLiteral("hourly_rates"), rates},
                                                  {QStringLiteral("transport_per_visit"), double(rules.transportPerVisitCents) / 100.0},
                                                  {QStringLiteral("transport_per_km"), double(rules.transportPerKmCents) / 100.0}}},
            {QStringLiteral("parts"), parts},
            {QStringLiteral("attachments"), QJsonObject{{QStringLiteral("max_mb"), rules.attachmentMaxMb}}}};
    QJsonArray holidays;
    for (const CareHoliday& holiday : rules.careHolidays)
        holidays.append(QJsonObject{{QStringLiteral("date"), holiday.date}, {QStringLiteral("name"), holiday.name}});
    service.insert(QStringLiteral("care"), QJsonObject{{QStringLiteral("holidays"), holidays},
                                                       {QStringLiteral("holiday_tiers"), QJsonArray::fromStringList(rules.careHolidayTiers)}});
    service.insert(QStringLiteral("return_visits"), returnVisitsToObject(rules.returnVisits));
    service.insert(QStringLiteral("risk_alerts"), riskAlertsToObject(rules.riskAlerts));
    const QualitySampling& sampling = rules.qualitySampling;
    service.insert(QStringLiteral("quality_sampling"),
                   QJsonObject{{QStringLiteral("enabled"), sampling.enabled}, {QStringLiteral("every"), sampling.every},
                               {QStringLiteral("per_agent"), sampling.perAgent}, {QStringLiteral("low_share"), sampling.lowShare}});
    if (!rules.escalation.isEmpty() || !rules.levelTeams.isEmpty())
        service.insert(QStringLiteral("escalation"), escalationToObject(rules));
    return service;
}

Result<Configuration> ConfigurationJson::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(at(QStringLiteral("$"), QCoreApplication::translate("sd::ConfigurationJson", "not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())));
    if (!document.isObject())
        return fail(at(QStringLiteral("$"), QCoreApplication::translate("sd::ConfigurationJson", "the document must be a JSON object")));
    return fromObject(document.object());
}

Result<Configuration> ConfigurationJson::fromObject(const QJsonObject& root)
{
    Configuration config;
    for (auto step : {checkHeader(root), readOffice(root, config)})
        if (!step)
            return fail(step.error());
    // Later sections refer to earlier ones, so the order matters.
    using Reader = Status (*)(const QJsonObject&, Configuration&);
    for (Reader reader : {&readCalendars, &readTiers, &readPolicies, &readTeams, &readUsers})
        if (auto done = reader(root, config); !done)
            return fail(done.error());
    if (config.officeTimeZone.isEmpty())
        config.officeTimeZone = QString::fromUtf8(config.calendars.first().timeZone().id());
    // Optional: files written before the service process had rules keep the defaults.
    auto service = serviceFromObject(root.value(QLatin1String("service")).toObject(), config);
    if (!service)
        return fail(service.error());
    config.service = *service;
    return config;
}

QJsonObject ConfigurationJson::toObject(const Configuration& config)
{
    QJsonObject calendars;
    for (auto it = config.calendars.begin(); it != config.calendars.end(); ++it)
        calendars.insert(it.key(), it.value().toJson());
    QJsonArray tiers, policies, teams, users;
    for (const auto& tier : config.tiers)
        tiers.append(tierToJson(tier));
    for (const auto& policy : config.policies)
        policies.append(policyToJson(policy));
    for (const auto& team : config.teams) {
        QJsonObject item{{QStringLiteral("code"), team.code}, {QStringLiteral("name"), team.name}};
        if (team.assignment != AssignmentMode::Manual)
            item.insert(QStringLiteral("assignment"), toCode(team.assignment));
        teams.append(item);
    }
    for (const auto& user : config.users)
        users.append(userToJson(user));
    return {{QStringLiteral("format"), QStringLiteral("servicedesk-config")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("office"), QJsonObject{{QStringLiteral("code"), config.officeCode},
                                                   {QStringLiteral("name"), config.officeName},
                                                   {QStringLiteral("timezone"), config.officeTimeZone}}},
            {QStringLiteral("calendars"), calendars}, {QStringLiteral("tiers"), tiers},
            {QStringLiteral("sla"), policies},       {QStringLiteral("teams"), teams},
            {QStringLiteral("users"), users},
            {QStringLiteral("service"), serviceToObject(config.service)}};
}

QByteArray ConfigurationJson::serialize(const Configuration& config)
{
    return QJsonDocument(toObject(config)).toJson(QJsonDocument::Indented);
}

} // namespace sd
