#include "config/ConfigStore.h"

#include "config/ConfigurationJson.h"
#include "people/Passwords.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace sd {
namespace {

template <typename... Steps>
Status runAll(Steps&&... steps)
{
    Status result;
    ((result = result ? steps() : result), ...);
    return result;
}

} // namespace

ConfigStore::ConfigStore(Database database)
    : m_database(std::move(database))
{
}

Configuration ConfigStore::defaultConfiguration()
{
    QFile file(QStringLiteral(":/servicedesk/config/default-config.json"));
    file.open(QIODevice::ReadOnly);
    // The built-in document is tested; failing to parse it is a build defect.
    return ConfigurationJson::parse(file.readAll()).value_or(Configuration{});
}

Status ConfigStore::ensureDefaults()
{
    auto count = sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM tiers"));
    if (!count)
        return fail(count.error());
    if (count->toInt() > 0)
        return {};
    return replace(defaultConfiguration());
}

Status ConfigStore::replace(const Configuration& config)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto kept = checkKeptUsers(config); !kept)
        return kept;
    auto written = runAll([&] { return writeOffice(config); }, [&] { return writeCalendars(config); },
                          [&] { return writeTiers(config); }, [&] { return writePolicies(config); },
                          [&] { return writeTeams(config); }, [&] { return writeUsers(config); },
                          [&] { return reassignOrphanedTiers(config); });
    if (!written)
        return written;
    return transaction.commit();
}

// Users missing from the file are kept (tickets refer to them), so their team
// must survive the import too: a team code nothing defines would make the next
// export a file that cannot be imported.
Status ConfigStore::checkKeptUsers(const Configuration& config)
{
    auto users = sql::run(m_database.connection(), QStringLiteral("SELECT login, team_code FROM users WHERE team_code IS NOT NULL ORDER BY login"));
    if (!users)
        return fail(users.error());
    QSet<QString> listed, teams;
    for (const UserDefinition& user : config.users)
        listed.insert(user.login);
    for (const Team& team : config.teams)
        teams.insert(team.code);
    QStringList stranded;
    QSet<QString> removedTeams;
    while (users->next()) {
        const QString login = users->value(0).toString();
        const QString team = users->value(1).toString();
        if (!listed.contains(login) && !teams.contains(team)) {
            stranded.append(login);
            removedTeams.insert(team);
        }
    }
    if (stranded.isEmpty())
        return {};
    QStringList removed(removedTeams.begin(), removedTeams.end());
    removed.sort();
    return fail(Error::invalid(QStringLiteral("$.teams"),
                               QCoreApplication::translate("sd::ConfigStore", "the file removes team(s) %1 that user(s) %2 still belong to; "
                                                                              "list those users under \"users\" with a team of the file, or keep the team")
                                   .arg(removed.join(QStringLiteral(", ")), stranded.join(QStringLiteral(", ")))));
}

Status ConfigStore::writeOffice(const Configuration& config)
{
    const QString upsert = QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    auto code = sql::run(m_database.connection(), upsert, {QStringLiteral("office_code"), config.officeCode});
    if (!code)
        return fail(code.error());
    auto name = sql::run(m_database.connection(), upsert, {QStringLiteral("office_name"), config.officeName});
    if (!name)
        return fail(name.error());
    auto zone = sql::run(m_database.connection(), upsert, {QStringLiteral("office_timezone"), config.officeTimeZone});
    if (!zone)
        return fail(zone.error());
    const QByteArray service = QJsonDocument(ConfigurationJson::serviceToObject(config.service)).toJson(QJsonDocument::Compact);
    auto rules = sql::run(m_database.connection(), upsert, {QStringLiteral("service_rules"), QString::fromUtf8(service)});
    if (!rules)
        return fail(rules.error());
    return {};
}

Status ConfigStore::writeCalendars(const Configuration& config)
{
    // Policies refer to calendars, so they go first.
    for (const char* statement : {"DELETE FROM sla_policies", "DELETE FROM calendars"})
        if (auto done = sql::run(m_database.connection(), QString::fromLatin1(statement)); !done)
            return fail(done.error());
    for (auto it = config.calendars.begin(); it != config.calendars.end(); ++it) {
        const QByteArray definition = QJsonDocument(it.value().toJson()).toJson(QJsonDocument::Compact);
        auto done = sql::run(m_database.connection(), QStringLiteral("INSERT INTO calendars (code, definition) VALUES (?, ?)"),
                             {it.key(), QString::fromUtf8(definition)});
        if (!done)
            return fail(done.error());
    }
    return {};
}

Status ConfigStore::writeTiers(const Configuration& config)
{
    if (auto done = sql::run(m_database.connection(), QStringLiteral("DELETE FROM tiers")); !done)
        return fail(done.error());
    for (qsizetype rank = 0; rank < config.tiers.size(); ++rank) {
        const TierDefinition& tier = config.tiers.at(rank);
        const TierRule rule = tier.rule.value_or(TierRule{});
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO tiers (code, name, rank, has_rule, min_purchase_total_12m_cents, "
                                            "min_purchases_12m) VALUES (?, ?, ?, ?, ?, ?)"),
                             {tier.code, tier.name, rank, tier.rule.has_value(), rule.minPurchaseTotal12mCents,
                              rule.minPurchases12m});
        if (!done)
            return fail(done.error());
    }
    return {};
}

Status ConfigStore::writePolicies(const Configuration& config)
{
    for (const SlaPolicy& policy : config.policies) {
        auto done = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO sla_policies (tier_code, priority, first_response_min, "
                                            "resolution_min, calendar_code) VALUES (?, ?, ?, ?, ?)"),
                             {policy.tierCode, toCode(policy.priority), policy.firstResponseMin, policy.resolutionMin,
                              policy.calendarCode});
        if (!done)
            return fail(done.error());
    }
    return {};
}

Status ConfigStore::writeTeams(const Configuration& config)
{
    if (auto done = sql::run(m_database.connection(), QStringLiteral("DELETE FROM teams")); !done)
        return fail(done.error());
    for (const Team& team : config.teams) {
        auto done = sql::run(m_database.connection(), QStringLiteral("INSERT INTO teams (code, name, assignment) VALUES (?, ?, ?)"),
                             {team.code, team.name, toCode(team.assignment)});
        if (!done)
            return fail(done.error());
    }
    return {};
}

Status ConfigStore::setTeamAssignment(const QString& teamCode, AssignmentMode mode)
{
    auto done = sql::run(m_database.connection(), QStringLiteral("UPDATE teams SET assignment = ? WHERE code = ?"),
                         {toCode(mode), teamCode});
    if (!done)
        return fail(done.error());
    if (done->numRowsAffected() == 0)
        return fail(Error::notFound(QStringLiteral("team"), QCoreApplication::translate("sd::ConfigStore", "there is no team \"%1\"").arg(teamCode)));
    return {};
}

Status ConfigStore::writeUsers(const Configuration& config)
{
    for (const UserDefinition& user : config.users) {
        auto done = sql::run(
            m_database.connection(),
            QStringLiteral(R"(INSERT INTO users (uuid, login, display_name, role, team_code, skills, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                    team_code = excluded.team_code, skills = excluded.skills, active = excluded.active)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), user.login, user.displayName, toCode(user.role),
             user.teamCode.isEmpty() ? QVariant() : QVariant(user.teamCode), skillsToText(user.skills), user.active,
             QDateTime::currentSecsSinceEpoch()});
        if (!done)
            return fail(done.error());
        if (auto account = followServerAccount(user); !account)
            return account;
    }
    return {};
}

// On a server, a user's account takes the role and the active flag the
// configuration gives (a demoted administrator must lose the server's rights too).
Status ConfigStore::followServerAccount(const UserDefinition& user)
{
    if (!m_database.dialect().hasServerAccounts())
        return {};
    auto hash = sql::scalar(m_database.connection(), QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {user.login});
    if (!hash)
        return fail(hash.error());
    if (hash->toString() != QLatin1String(Passwords::kServerAccount))
        return {};
    return m_database.dialect().setServerLogin(m_database.connection(), user.login, {}, user.role, user.active);
}

// A customer whose tier no longer exists falls back to the fallback tier; the
// rule can then be re-applied with `sdctl tiers recompute`.
Status ConfigStore::reassignOrphanedTiers(const Configuration& config)
{
    const QString fallback = config.suggestTier(0, 0);
    auto done = sql::run(m_database.connection(),
                         QStringLiteral("UPDATE customers SET tier_code = ?, version = version + 1 "
                                        "WHERE tier_code NOT IN (SELECT code FROM tiers)"),
                         {fallback});
    if (!done)
        return fail(done.error());
    return {};
}

Result<Configuration> ConfigStore::load() const
{
    Configuration config;
    bool zoneStored = false;
    QByteArray service;
    auto settings = sql::run(m_database.connection(), QStringLiteral("SELECT key, value FROM settings"));
    if (!settings)
        return fail(settings.error());
    while (settings->next()) {
        if (settings->value(0).toString() == QLatin1String("office_code"))
            config.officeCode = settings->value(1).toString();
        else if (settings->value(0).toString() == QLatin1String("office_name"))
            config.officeName = settings->value(1).toString();
        else if (settings->value(0).toString() == QLatin1String("office_timezone"))
            config.officeTimeZone = settings->value(1).toString(), zoneStored = true;
        else if (settings->value(0).toString() == QLatin1String("service_rules"))
            service = settings->value(1).toString().toUtf8();
    }
    auto read = runAll([&] { return readCalendars(config); }, [&] { return readTiers(config); },
                       [&] { return readPolicies(config); }, [&] { return readTeamsAndUsers(config); });
    if (!read)
        return fail(read.error());
    // Databases configured before the office had a zone: the zone of its calendar, as a file without one.
    if (!zoneStored && !config.calendars.isEmpty())
        config.officeTimeZone = QString::fromUtf8(config.calendars.first().timeZone().id());
    // Databases configured before the service rules existed keep the defaults.
    if (!service.isEmpty()) {
        auto rules = ConfigurationJson::serviceFromObject(QJsonDocument::fromJson(service).object(), config);
        if (!rules)
            return fail(rules.error());
        config.service = *rules;
    }
    return config;
}

Status ConfigStore::readCalendars(Configuration& config) const
{
    auto query = sql::run(m_database.connection(), QStringLiteral("SELECT code, definition FROM calendars ORDER BY code"));
    if (!query)
        return fail(query.error());
    while (query->next()) {
        const QString code = query->value(0).toString();
        const QJsonObject json = QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object();
        auto calendar = BusinessCalendar::fromJson(json, QStringLiteral("calendars.") + code);
        if (!calendar)
            return fail(calendar.error());
        config.calendars.insert(code, *calendar);
    }
    return {};
}

Status ConfigStore::readTiers(Configuration& config) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT code, name, has_rule, min_purchase_total_12m_cents, min_purchases_12m "
                                         "FROM tiers ORDER BY rank"));
    if (!query)
        return fail(query.error());
    while (query->next()) {
        TierDefinition tier{query->value(0).toString(), query->value(1).toString(), std::nullopt};
        if (query->value(2).toBool())
            tier.rule = TierRule{query->value(3).toLongLong(), query->value(4).toInt()};
        config.tiers.append(tier);
    }
    return {};
}

Status ConfigStore::readPolicies(Configuration& config) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT p.tier_code, p.priority, p.first_response_min, p.resolution_min, "
                                         "p.calendar_code FROM sla_policies p JOIN tiers t ON t.code = p.tier_code "
                                         "ORDER BY t.rank, p.priority"));
    if (!query)
        return fail(query.error());
    while (query->next())
        config.policies.append({query->value(0).toString(),
                                fromCode<Priority>(query->value(1).toString()).value_or(Priority::P3),
                                query->value(2).toInt(), query->value(3).toInt(), query->value(4).toString()});
    return {};
}

Status ConfigStore::readTeamsAndUsers(Configuration& config) const
{
    auto teams = sql::run(m_database.connection(), QStringLiteral("SELECT code, name, assignment FROM teams ORDER BY code"));
    if (!teams)
        return fail(teams.error());
    while (teams->next())
        config.teams.append({teams->value(0).toString(), teams->value(1).toString(),
                             fromCode<AssignmentMode>(teams->value(2).toString()).value_or(AssignmentMode::Manual)});
    auto users = sql::run(m_database.connection(),
                          QStringLiteral("SELECT login, display_name, role, COALESCE(team_code, ''), skills, active "
                                         "FROM users ORDER BY login"));
    if (!users)
        return fail(users.error());
    while (users->next())
        config.users.append({users->value(0).toString(), users->value(1).toString(),
                             fromCode<Role>(users->value(2).toString()).value_or(Role::Agent), users->value(3).toString(),
                             skillsFromText(users->value(4).toString()), users->value(5).toBool()});
    return {};
}

} // namespace sd
