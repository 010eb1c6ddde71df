#include "demo/DemoGenerator.h"

#include "demo/DemoKnowledge.h"
#include "demo/DemoQuality.h"
#include "demo/DemoRisks.h"
#include "demo/DemoReturnVisits.h"

#include "demo/DemoPicture.h"

#include "demo/DemoServiceProcess.h"
#include "process/ComplaintStore.h"
#include "process/PlanService.h"
#include "process/ReplyService.h"

#include "customers/PhoneNumber.h"
#include "demo/DemoBatchQueue.h"
#include "demo/DemoTicketLife.h"
#include "people/Passwords.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"
#include "tickets/SlaClock.h"
#include "tickets/TicketStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <thread>

namespace sd {
namespace {

constexpr qint64 kDay = 86400;
// Demo data lives in the head office's zone; Shanghai has no daylight saving.
constexpr qint64 kShanghaiOffset = 8 * 3600;

// Calls arrive mostly in office hours, peaking mid-morning and mid-afternoon.
const std::vector<double> kHourWeights{0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.0, 4.0, 5.0, 4.8,
                                       3.0, 3.5, 4.8, 5.0, 4.5, 3.5, 2.2, 1.8, 1.5, 1.2, 0.8, 0.4};
const std::vector<double> kWeekdayWeights{1.15, 1.05, 1.0, 1.0, 0.95, 0.35, 0.25}; // Monday first
const std::vector<double> kChannelWeights{40, 15, 15, 18, 7, 5};
const std::vector<double> kCategoryWeights{25, 18, 35, 7, 5, 10};
const std::vector<double> kPriorityWeights{5, 20, 55, 20};
const std::vector<double> kTierTargets{4, 14, 62, 20}; // vip, key, regular, prospect (shares in %)

// Local calendar date of an instant in the demo office's zone, without a
// time-zone lookup per ticket (those cost microseconds each).
QDate shanghaiDate(qint64 instant)
{
    return QDate(1970, 1, 1).addDays((instant + kShanghaiOffset) / kDay);
}

} // namespace

DemoGenerator::DemoGenerator(Workspace& workspace, DemoOptions options)
    : m_workspace(workspace)
    , m_options(options)
    , m_random(options.seed)
    , m_words(DemoWords::load())
{
    if (m_options.customers <= 0)
        m_options.customers = std::max(50, m_options.tickets / 8);
}

Status DemoGenerator::giveDemoPasswords(Workspace& workspace, const QString& password)
{
    // Never on an office's real database: only while nobody can sign in yet.
    auto unclaimed = workspace.access().isUnclaimed();
    if (!unclaimed)
        return fail(unclaimed.error());
    if (!*unclaimed)
        return fail(Error(Error::Code::Forbidden, QStringLiteral("demo-passwords"),
                          QCoreApplication::translate("sd::DemoGenerator", "this database has an administrator: demo passwords "
                                                                           "are only given in a new demo database")));
    // One hash for all: hashing is slow on purpose, and these passwords are
    // public anyway. On a server every user gets an account there instead.
    Database& database = workspace.database();
    const bool server = database.dialect().hasServerAccounts();
    auto hash = Passwords::stored(password, server);
    if (!hash)
        return fail(hash.error());
    auto users = workspace.users().allUsers();
    if (!users)
        return fail(users.error());
    WriteTransaction transaction(database.connection(), database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const User& user : *users) {
        if (user.hasPassword)
            continue;
        if (auto set = sql::run(database.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*hash, user.id});
            !set)
            return fail(set.error());
        if (server)
            if (auto account = database.dialect().setServerLogin(database.connection(), user.login, password, user.role, user.active);
                !account)
                return account;
    }
    return transaction.commit();
}

Status DemoGenerator::checkEmpty() const
{
    auto count = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (!count)
        return fail(count.error());
    if (count->toLongLong() > 0)
        return fail(Error::invalid(QStringLiteral("database"),
                                   QCoreApplication::translate("sd::DemoGenerator", "the database already holds %1 tickets; demo data goes into an empty database")
                                       .arg(count->toLongLong())));
    if (m_words.products.isEmpty())
        return fail(Error::io(QStringLiteral("demo-words.json"), QCoreApplication::translate("sd::DemoGenerator", "the demo word lists are missing from the program")));
    return {};
}

Status DemoGenerator::run(const Progress& progress)
{
    if (auto allowed = m_workspace.access().require(m_options.actorId, Action::GenerateDemoData); !allowed)
        return allowed;
    if (auto empty = checkEmpty(); !empty)
        return empty;
    m_now = m_workspace.clock().now();
    m_progressTotal = qint64(m_options.customers) + m_options.tickets;
    BulkLoad bulk(m_workspace.database());
    // Dropping indexes on a shared server would lock every desk out of the
    // tables until the load commits; a file's other readers read on (WAL).
    const bool alone = bulk.switchToRollbackJournal();
    auto loaded = load(bulk, alone || !m_workspace.database().isServer(), progress);
    bulk.restoreJournal();
    return loaded;
}

Status DemoGenerator::load(BulkLoad& bulk, bool rebuildIndexes, const Progress& progress)
{
    Database& database = m_workspace.database();
    WriteTransaction transaction(database.connection(), database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const std::initializer_list<std::function<Status()>> steps{
        [&] { return rebuildIndexes ? bulk.begin() : Status(); }, [&] { return createAgents(); },
        [&] { return createCustomers(progress); }, [&] { return createTickets(progress); }, [&] { return createReplies(); },
        [&] { return createAttachments(); },
        [&] { return DemoReturnVisits(m_workspace, m_random, m_agents.care + m_agents.hotline, m_now).create(m_options.tickets); },
        [&] { return createKnowledge(); },
        [&] { return DemoQuality(m_workspace, m_random, m_options.actorId, m_now).create(); },
        [&] { return DemoRisks(m_workspace, m_options.actorId, m_now).create(); },
        [&] { return rebuildIndexes ? bulk.finish() : Status(); }};
    for (const auto& step : steps)
        if (auto done = step(); !done)
            return done;
    return transaction.commit();
}

// Articles written by the desk and the technicians, reviewed by supervisors and inspectors.
Status DemoGenerator::createKnowledge()
{
    auto reviewers = sql::run(m_workspace.database().connection(),
                              QStringLiteral("SELECT id FROM users WHERE active = 1 AND role IN (?, ?) ORDER BY id"),
                              {toCode(Role::Supervisor), toCode(Role::Inspector)});
    if (!reviewers)
        return fail(reviewers.error());
    QList<qint64> reviewerIds;
    while (reviewers->next())
        reviewerIds.append(reviewers->value(0).toLongLong());
    return DemoKnowledge(m_workspace, m_random, m_agents.hotline + m_agents.tech, reviewerIds, m_now).create();
}

// Canned replies in both languages, unless the office already wrote its own.
Status DemoGenerator::createReplies()
{
    auto existing = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT COUNT(*) FROM canned_replies"));
    if (!existing)
        return fail(existing.error());
    if (existing->toLongLong() > 0)
        return {};
    // In a fixed order, so the same seed gives the same ids.
    for (const QString& language : ReplyService::languages())
        for (const auto& [title, body] : m_words.cannedReplies.value(language)) {
            auto added = sql::run(m_workspace.database().connection(),
                                  QStringLiteral("INSERT INTO canned_replies (uuid, title, language, body, active, created_at, updated_at, updated_by) "
                                                 "VALUES (?, ?, ?, ?, 1, ?, ?, ?)"),
                                  {uuid(), title, language, body, m_now, m_now, m_options.actorId > 0 ? QVariant(m_options.actorId) : QVariant()});
            if (!added)
                return fail(added.error());
        }
    return {};
}

// Photos on a share of fault tickets: the fault as reported, and where a
// technician went, the photo taken on arrival (attached to the visit).
Status DemoGenerator::createAttachments()
{
    struct Photographed
    {
        qint64 ticketId, assignee, createdAt;
        std::optional<qint64> visit, technician, arrivedAt;
    };
    const int wanted = std::clamp(m_options.tickets / 40, std::min(m_options.tickets, 1), 400);
    auto rows = sql::run(m_workspace.database().connection(),
                         QStringLiteral("SELECT t.id, t.assignee_id, t.created_at, w.id, w.technician_id, w.arrived_at FROM tickets t "
                                        "LEFT JOIN work_orders w ON w.ticket_id = t.id AND w.visit_no = 1 "
                                        "WHERE t.category = ? AND t.assignee_id IS NOT NULL ORDER BY t.id LIMIT ?"),
                         {toCode(Category::Fault), wanted});
    if (!rows)
        return fail(rows.error());
    const auto optional = [](const QVariant& value) { return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()); };
    std::vector<Photographed> found;
    while (rows->next())
        found.push_back({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                         optional(rows->value(3)), optional(rows->value(4)), optional(rows->value(5))});
    const AttachmentService& attachments = m_workspace.attachments();
    for (const Photographed& ticket : found) {
        const QByteArray fault = DemoPicture::png(96, 72, quint32(m_random.next()));
        const QString faultName = m_random.chance(0.5) ? QStringLiteral("故障照片.png") : QStringLiteral("fault-photo.png");
        if (auto written = attachments.write(ticket.ticketId, {faultName, fault, fault, std::nullopt, uuid()}, ticket.assignee,
                                             ticket.createdAt + 600);
            !written)
            return fail(written.error());
        if (!ticket.visit || !ticket.arrivedAt || !ticket.technician)
            continue;
        const QByteArray onSite = DemoPicture::png(96, 72, quint32(m_random.next()));
        if (auto written = attachments.write(ticket.ticketId, {QStringLiteral("现场照片.png"), onSite, onSite, ticket.visit, uuid()},
                                             *ticket.technician, *ticket.arrivedAt + 900);
            !written)
            return fail(written.error());
    }
    return {};
}

// Deterministic ids, so the same seed gives the same database.
QString DemoGenerator::uuid()
{
    const quint64 high = (m_random.next() & ~0xF000ULL) | 0x4000ULL;
    const quint64 low = (m_random.next() & ~(3ULL << 62)) | (2ULL << 62);
    const QUuid id(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
                   uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    return id.toString(QUuid::WithoutBraces);
}

QString DemoGenerator::personName(bool chinese)
{
    if (chinese)
        return m_random.pick(m_words.zhSurnames) + m_random.pick(m_words.zhGiven);
    return m_random.pick(m_words.enFirst) + QLatin1Char(' ') + m_random.pick(m_words.enLast);
}

QString DemoGenerator::companyName(bool chinese)
{
    if (chinese) {
        const DemoCity& city = m_random.pick(m_words.cities);
        return city.nameZh + m_random.pick(m_words.zhCompanyPrefix) + m_random.pick(m_words.zhCompanySuffix);
    }
    return m_random.pick(m_words.enCompanyStem) + QLatin1Char(' ') + m_random.pick(m_words.enCompanySuffix);
}

Status DemoGenerator::createAgents()
{
    const QStringList teams{QStringLiteral("hotline"), QStringLiteral("hotline"), QStringLiteral("tech"),
                            QStringLiteral("field"), QStringLiteral("care")};
    for (int i = 1; i <= m_options.agents; ++i) {
        const QString team = teams.at((i - 1) % teams.size());
        const QString role = team == QLatin1String("tech") || team == QLatin1String("field") ? QStringLiteral("technician")
                                                                                               : QStringLiteral("agent");
        auto added = sql::run(m_workspace.database().connection(),
                              QStringLiteral("INSERT INTO users (uuid, login, display_name, role, team_code, created_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING"),
                              {uuid(), QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0')), personName(true), role,
                               team, m_now});
        if (!added)
            return fail(added.error());
    }
    auto users = sql::run(m_workspace.database().connection(),
                          QStringLiteral("SELECT id, COALESCE(team_code, ''), role FROM users WHERE active = 1 "
                                         "AND role IN ('agent', 'technician') ORDER BY id"));
    if (!users)
        return fail(users.error());
    while (users->next()) {
        const QString team = users->value(1).toString();
        QList<qint64>& pool = team == QLatin1String("tech") ? m_agents.tech
            : team == QLatin1String("field")                ? m_agents.field
            : team == QLatin1String("care")                 ? m_agents.care
                                                            : m_agents.hotline;
        pool.append(users->value(0).toLongLong());
        if (users->value(2).toString() == toCode(Role::Technician))
            m_agents.technicians.insert(users->value(0).toLongLong());
    }
    for (QList<qint64>* pool : {&m_agents.tech, &m_agents.field, &m_agents.care})
        if (pool->isEmpty())
            *pool = m_agents.hotline;
    if (m_agents.hotline.isEmpty())
        return fail(Error::invalid(QStringLiteral("users"), QCoreApplication::translate("sd::DemoGenerator", "the configuration has no active agents to assign tickets to")));
    return {};
}

namespace {

struct PurchasePlan
{
    int productIndex;
    QDate date;
    qint64 amountCents;
};

QString formattedMobile(DemoRandom& random, const QString& digits)
{
    // The same kind of number typed the ways people really type it.
    switch (random.below(4)) {
    case 0: return digits;
    case 1: return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 4) + QLatin1Char(' ') + digits.mid(7);
    case 2: return QStringLiteral("+86 ") + digits.left(3) + QLatin1Char('-') + digits.mid(3, 4) + QLatin1Char('-') + digits.mid(7);
    default: return digits.left(3) + QLatin1Char('-') + digits.mid(3, 4) + QLatin1Char('-') + digits.mid(7);
    }
}

QString mobileDigits(DemoRandom& random)
{
    static const char* prefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                     "151", "152", "155", "156", "158", "159", "166", "176", "177", "180",
                                     "181", "186", "187", "188", "189", "191", "199"};
    return QString::fromLatin1(prefixes[random.below(std::size(prefixes))])
        + QStringLiteral("%1").arg(random.below(100000000), 8, 10, QLatin1Char('0'));
}

QString landline(DemoRandom& random)
{
    static const char* areas[] = {"021", "010", "020", "0755", "0571", "025", "028", "027", "023", "0512"};
    const QString area = QString::fromLatin1(areas[random.below(std::size(areas))]);
    const QString number = QStringLiteral("%1").arg(20000000 + random.below(79999999), 8, 10, QLatin1Char('0'));
    if (random.chance(0.5))
        return area + QLatin1Char('-') + number;
    return QLatin1Char('(') + area + QStringLiteral(") ") + number.left(4) + QLatin1Char(' ') + number.mid(4);
}

} // namespace

Status DemoGenerator::createCustomers(const Progress& progress)
{
    auto customer = BulkInserter::prepare(m_workspace.database(), QStringLiteral(R"(INSERT INTO customers (uuid, code, name, kind, phone, phone_key, email, address,
        region, industry, size, birthday, notes, tier_code, tier_locked, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"), BulkInserter::Mode::Bulk);
    auto purchase = BulkInserter::prepare(m_workspace.database(), QStringLiteral(R"(INSERT INTO purchases (uuid,
        customer_id, product, serial, purchased_on, amount_cents, warranty_until) VALUES (?, ?, ?, ?, ?, ?, ?))"),
                                          BulkInserter::Mode::Bulk);
    if (!customer || !purchase)
        return fail(customer ? purchase.error() : customer.error());
    QList<int> cheap, mid, pricey;
    for (int i = 0; i < m_words.products.size(); ++i) {
        const qint64 price = m_words.products.at(i).priceCny;
        (price >= 20000 ? pricey : cheap).append(i);
        if (price >= 5000 && price < 50000)
            mid.append(i);
    }
    if (mid.isEmpty())
        mid = cheap;
    if (pricey.isEmpty())
        pricey = cheap;
    const QDate today = shanghaiDate(m_now);
    for (int i = 1; i <= m_options.customers; ++i) {
        CustomerSeed seed;
        seed.chinese = m_random.chance(0.85);
        const int tierTarget = m_random.weighted(kTierTargets);
        const bool company = tierTarget == 0 || m_random.chance(0.25);
        seed.name = company ? companyName(seed.chinese) : personName(seed.chinese);
        seed.phone = company ? landline(m_random) : formattedMobile(m_random, mobileDigits(m_random));
        // Purchases that put the customer in the intended tier under the default rule.
        QList<PurchasePlan> plans;
        const auto buy = [&](const QList<int>& from, int minDaysAgo, int maxDaysAgo, int quantity) {
            const int index = m_random.pick(from);
            plans.append({index, today.addDays(-m_random.between(minDaysAgo, maxDaysAgo)),
                          m_words.products.at(index).priceCny * 100 * quantity});
        };
        if (tierTarget == 3 && m_random.chance(0.5))
            buy(cheap, 400, 900, 1);
        if (tierTarget == 2)
            buy(cheap, 5, 360, 1);
        if (tierTarget == 1)
            for (int n = int(m_random.between(2, 3)); n > 0; --n)
                buy(mid, 5, 360, 1);
        if (tierTarget == 0)
            for (int n = int(m_random.between(2, 5)); n > 0; --n)
                buy(pricey, 5, 360, int(m_random.between(2, 6)));
        qint64 total12m = 0;
        int count12m = 0;
        for (const PurchasePlan& plan : plans)
            if (plan.date > today.addMonths(-12)) {
                total12m += plan.amountCents;
                ++count12m;
            }
        const QString tier = m_workspace.configuration().suggestTier(total12m, count12m);
        const DemoCity& city = m_random.pick(m_words.cities);
        const QString code = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString address = city.nameZh + m_random.pick(m_words.streetsZh)
            + QString::number(m_random.between(1, 999)) + QStringLiteral("号");
        const QVariantList values{
            uuid(), code, seed.name, company ? QStringLiteral("company") : QStringLiteral("person"), seed.phone,
            PhoneNumber::lookupKey(seed.phone), QStringLiteral("%1@example.com").arg(code.toLower()),
            address,
            city.region, company ? m_random.pick(m_words.industries) : QString(),
            company ? m_random.pick(QStringList{QStringLiteral("1-49"), QStringLiteral("50-249"), QStringLiteral("250+")}) : QString(),
            !company && m_random.chance(0.7) ? QVariant(QDate(int(m_random.between(1960, 2002)), int(m_random.between(1, 12)),
                                                              int(m_random.between(1, 28))).toString(Qt::ISODate))
                                             : QVariant(),
            QString(), tier, 0, m_now - 400 * kDay, m_now - 400 * kDay};
        if (auto done = (*customer)->insert(values); !done)
            return done;
        seed.id = (*customer)->lastInsertId();
        seed.tier = tier;
        seed.address = address;
        for (const PurchasePlan& plan : plans) {
            const DemoProduct& product = m_words.products.at(plan.productIndex);
            const QString serial = product.code + QLatin1Char('-') + plan.date.toString(QStringLiteral("yyMM"))
                + QStringLiteral("%1").arg(m_random.below(100000), 5, 10, QLatin1Char('0'));
            const QVariantList row{uuid(), seed.id, seed.chinese ? product.nameZh : product.nameEn, serial,
                                   plan.date.toString(Qt::ISODate), plan.amountCents,
                                   plan.date.addMonths(product.warrantyMonths).toString(Qt::ISODate)};
            if (auto done = (*purchase)->insert(row); !done)
                return done;
            seed.productIndexes.append(plan.productIndex);
            seed.serials.append(serial);
            seed.warrantyUntil.append(plan.date.addMonths(product.warrantyMonths));
        }
        m_customers.append(seed);
        if (progress && i % 1000 == 0 && !progress(i, m_progressTotal))
            return fail(Error::invalid(QStringLiteral("demo"), QCoreApplication::translate("sd::DemoGenerator", "cancelled")));
    }
    return {};
}

// A year of creation instants ending now, weighted by weekday, hour of day and
// a slowly growing business; holidays are quieter.
QList<qint64> DemoGenerator::creationInstants()
{
    const qint64 localNow = m_now + kShanghaiOffset;
    const qint64 firstDay = localNow / kDay - 364;
    const auto& calendars = m_workspace.configuration().calendars;
    const auto found = calendars.constFind(QStringLiteral("cn_business"));
    const BusinessCalendar* office = found != calendars.constEnd() ? &found.value() : nullptr;
    std::vector<double> cumulative;
    double sum = 0;
    for (qint64 d = 0; d < 365; ++d) {
        const qint64 dayStartUtc = (firstDay + d) * kDay - kShanghaiOffset;
        const int weekday = int((firstDay + d + 3) % 7); // 1970-01-01 was a Thursday
        double weight = kWeekdayWeights[size_t(weekday)] * (0.85 + 0.3 * double(d) / 365.0);
        if (office && weekday < 5 && !office->isWorkingTime(dayStartUtc + 10 * 3600))
            weight *= 0.4;
        sum += weight;
        cumulative.push_back(sum);
    }
    QList<qint64> instants;
    instants.reserve(m_options.tickets);
    for (int i = 0; i < m_options.tickets; ++i) {
        const double point = m_random.unit() * sum;
        const qint64 day = std::lower_bound(cumulative.begin(), cumulative.end(), point) - cumulative.begin();
        const qint64 second = m_random.weighted(kHourWeights) * 3600 + qint64(m_random.below(3600));
        qint64 instant = (firstDay + day) * kDay + second - kShanghaiOffset;
        if (instant >= m_now)
            instant = m_now - m_random.between(60, 6 * 3600);
        instants.append(instant);
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

namespace {

struct TicketPlan
{
    Channel channel;
    Category category;
    Priority priority;
    QString team;
};

QString fill(QString text, const QString& product, const QString& serial, const QString& date)
{
    return text.replace(QLatin1String("{product}"), product)
        .replace(QLatin1String("{serial}"), serial)
        .replace(QLatin1String("{date}"), date);
}

} // namespace

Result<DemoGenerator::DemoTicket> DemoGenerator::makeTicket(qint64 createdAt, DemoTicketLife& life, DemoServiceProcess& service,
                                                            QHash<QString, qint64>& counters)
{
    static const QList<Channel> channels = allValues<Channel>();
    static const QList<Category> categories = allValues<Category>();
    static const QList<Priority> priorities = allValues<Priority>();
    const Configuration& config = m_workspace.configuration();
    const CustomerSeed& customer = m_customers.at(qsizetype(std::pow(m_random.unit(), 1.6) * double(m_customers.size())));
    DemoTicket made;
    Ticket& ticket = made.ticket;
    TicketDraft& d = ticket.details;
    d.customerId = customer.id;
    d.contactName = customer.name;
    d.contactPhone = customer.phone;
    d.channel = channels.at(m_random.weighted(kChannelWeights));
    d.category = categories.at(m_random.weighted(kCategoryWeights));
    d.priority = priorities.at(m_random.weighted(kPriorityWeights));
    const bool owned = !customer.productIndexes.isEmpty() && m_random.chance(0.8);
    const int pick = owned ? int(m_random.below(quint64(customer.productIndexes.size()))) : 0;
    const DemoProduct& product = m_words.products.at(owned ? customer.productIndexes.at(pick)
                                                           : int(m_random.below(quint64(m_words.products.size()))));
    d.product = customer.chinese ? product.nameZh : product.nameEn;
    d.serial = owned ? customer.serials.at(pick) : QString();
    const QString language = customer.chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const QString key = toCode(d.category) + QLatin1Char('/') + language;
    const QString date = shanghaiDate(createdAt - kDay * m_random.between(0, 3)).toString(Qt::ISODate);
    d.subject = fill(m_random.pick(m_words.subjects.value(key)), d.product, d.serial, date);
    // Descriptions restate the subject and add circumstances, so the two never disagree.
    d.description = fill(m_random.pick(m_words.descriptions.value(key)), d.product, d.serial, date)
                        .replace(QLatin1String("{subject}"), d.subject);
    if (d.category == Category::Complaint && !m_words.complaintCauses.isEmpty())
        d.complaintCause = m_random.pick(m_words.complaintCauses);
    const bool technical = d.category == Category::Fault;
    d.teamCode = technical ? (m_random.chance(0.3) ? QStringLiteral("field") : QStringLiteral("tech"))
        : d.category == Category::Complaint || d.category == Category::Suggestion ? QStringLiteral("care")
                                                                                  : QStringLiteral("hotline");
    const QList<qint64>& pool = d.teamCode == QLatin1String("tech") ? m_agents.tech
        : d.teamCode == QLatin1String("field")                      ? m_agents.field
        : d.teamCode == QLatin1String("care")                       ? m_agents.care
                                                                    : m_agents.hotline;
    ticket.tierCode = customer.tier; // the customer's tier at creation decides the policy
    const SlaPolicy* policy = config.policyFor(ticket.tierCode, d.priority);
    if (!policy || !config.calendars.contains(policy->calendarCode))
        return fail(Error::invalid(QStringLiteral("sla"), QCoreApplication::translate("sd::DemoGenerator", "no SLA policy for tier \"%1\" and priority %2")
                                                             .arg(ticket.tierCode, toCode(d.priority))));
    const BusinessCalendar& calendar = *config.calendars.constFind(policy->calendarCode);
    ticket.sla.createdAt = createdAt;
    SlaClock(calendar).start(ticket.sla, policy->firstResponseMin, policy->resolutionMin);
    const QString prefix = QStringLiteral("%1-%2").arg(config.officeCode).arg(shanghaiDate(createdAt).year());
    ticket.number = QStringLiteral("%1-%2").arg(prefix).arg(++counters[prefix], 6, 10, QLatin1Char('0'));
    made.creator = m_random.pick(m_agents.hotline);
    life.simulate(ticket, calendar, {made.creator, m_random.pick(pool), customer.chinese}, made.events);
    ticket.uuid = uuid();
    const bool inWarranty = owned && customer.warrantyUntil.at(pick) >= shanghaiDate(createdAt);
    addServiceProcess(made, calendar, service, inWarranty, customer);
    return made;
}

// A complaint's path and a repair's costs, their events in time order with the rest.
void DemoGenerator::addServiceProcess(DemoTicket& made, const BusinessCalendar& calendar, DemoServiceProcess& service,
                                      bool inWarranty, const CustomerSeed& customer)
{
    const DemoServiceProcess::Work work{made.ticket.assigneeId.value_or(made.creator), customer.chinese, inWarranty,
                                        [this] { return uuid(); }};
    made.complaint = service.complaintOf(made.ticket, calendar, work, made.events);
    made.costs = service.costsOf(made.ticket, work, made.events);
    made.plans = service.plansOf(made.ticket, work, made.events);
    // The field technician who holds the ticket goes; else no visit is invented.
    const qint64 assignee = made.ticket.assigneeId.value_or(0);
    made.visits = service.visitsOf(made.ticket, work, m_agents.technicians.contains(assignee) ? assignee : 0, customer.address,
                                   made.events);
    std::stable_sort(made.events.begin(), made.events.end(), [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
}

// One thread invents the tickets (random choices, SLA clock) while this one
// writes them; the invented stream is the same as on one thread, so a seed
// still gives the same database.
Status DemoGenerator::createTickets(const Progress& progress)
{
    TicketStore store(m_workspace.database());
    auto insertTicket = store.prepareInsert(BulkInserter::Mode::Bulk);
    auto insertEvent = store.prepareEventInsert(BulkInserter::Mode::Bulk);
    auto insertComplaint = BulkInserter::prepare(m_workspace.database(), QStringLiteral(
        "INSERT INTO complaints (uuid, ticket_id, stage, evidence, remedy, remedy_cents, feedback, response_due, closing_due, "
        "responded_at, closed_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        BulkInserter::Mode::Bulk);
    auto insertCost = BulkInserter::prepare(m_workspace.database(), QStringLiteral(
        "INSERT INTO cost_lines (uuid, ticket_id, kind, description, role, quantity, unit_cents, amount_cents, charged_cents, "
        "at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), BulkInserter::Mode::Bulk);
    auto insertVisit = BulkInserter::prepare(m_workspace.database(), QStringLiteral(
        "INSERT INTO work_orders (uuid, ticket_id, visit_no, technician_id, address, time_zone, window_from, window_to, parts, tools, "
        "travel_km, travel_minutes, status, failure, report, departed_at, arrived_at, finished_at, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), BulkInserter::Mode::Bulk);
    auto insertPlan = BulkInserter::prepare(m_workspace.database(), QStringLiteral(
        "INSERT INTO solution_plans (uuid, ticket_id, plan_no, cause, steps, parts, labour_minutes, labour_role, labour_cents, "
        "parts_cents, other_cents, other_note, total_cents, customer_cents, in_warranty, deadline, consent_by, consent_how, "
        "consent_at, consent_recorded_by, created_at, created_by, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), BulkInserter::Mode::Bulk);
    for (const auto* prepared : {&insertTicket, &insertEvent, &insertComplaint, &insertCost, &insertVisit, &insertPlan})
        if (!*prepared)
            return fail(prepared->error());
    const QList<qint64> instants = creationInstants();
    QHash<QString, qint64> counters;
    DemoBatchQueue<std::vector<DemoTicket>> queue(8);
    Status invented;
    std::thread inventor([&] {
        DemoTicketLife life(m_random, m_words, m_now);
        DemoServiceProcess service(m_random, m_words, m_workspace.configuration(), m_now);
        std::vector<DemoTicket> batch;
        for (qsizetype i = 0; i < instants.size(); ++i) {
            auto made = makeTicket(instants.at(i), life, service, counters);
            if (!made) {
                invented = fail(made.error());
                break;
            }
            batch.push_back(std::move(*made));
            if ((batch.size() == 1000 || i + 1 == instants.size()) && !queue.push(std::exchange(batch, {})))
                break;
        }
        queue.finish();
    });
    Status written = writeTickets(queue, store, {**insertTicket, **insertEvent, **insertComplaint, **insertCost, **insertVisit, **insertPlan}, progress);
    if (!written)
        queue.stop();
    inventor.join();
    if (!written)
        return written;
    if (!invented)
        return invented;
    return saveCounters(counters, progress);
}

Status DemoGenerator::writeTickets(DemoBatchQueue<std::vector<DemoTicket>>& queue, const TicketStore& store,
                                   const Inserters& inserters, const Progress& progress)
{
    qint64 done = 0;
    while (auto batch = queue.pop()) {
        for (const DemoTicket& made : *batch) {
            auto id = store.insertPrepared(inserters.tickets, made.ticket, made.creator);
            if (!id)
                return fail(id.error());
            for (const TicketEvent& e : made.events)
                if (auto logged = store.appendPrepared(inserters.events, *id, e); !logged)
                    return logged;
            if (auto written = writeServiceProcess(made, *id, inserters); !written)
                return written;
        }
        done += qint64(batch->size());
        if (progress && !progress(m_options.customers + done, m_progressTotal))
            return fail(Error::invalid(QStringLiteral("demo"), QCoreApplication::translate("sd::DemoGenerator", "cancelled")));
    }
    return {};
}

Status DemoGenerator::writeServiceProcess(const DemoTicket& made, qint64 ticketId, const Inserters& inserters)
{
    const auto optional = [](const std::optional<qint64>& value) { return value ? QVariant(*value) : QVariant(); };
    const qint64 actor = made.ticket.assigneeId.value_or(made.creator);
    if (const auto& c = made.complaint) {
        const QVariantList row{ComplaintStore::uuidFor(made.ticket.uuid), ticketId, toCode(c->stage), c->evidence,
                               c->remedy ? QVariant(toCode(*c->remedy)) : QVariant(), optional(c->remedyCents), c->feedback,
                               c->responseDue, c->closingDue, optional(c->respondedAt), optional(c->closedAt),
                               c->receivedAt, made.ticket.updatedAt, actor};
        if (auto done = inserters.complaints.insert(row); !done)
            return done;
    }
    for (const CostLine& line : made.costs) {
        const QVariantList row{line.uuid, ticketId, toCode(line.kind), line.description,
                               line.role ? QVariant(toCode(*line.role)) : QVariant(), line.quantity, line.unitCents,
                               line.amountCents, line.chargedCents, line.at, actor, actor};
        if (auto done = inserters.costs.insert(row); !done)
            return done;
    }
    for (const Visit& visit : made.visits) {
        const qint64 changed = visit.finishedAt.value_or(visit.arrivedAt.value_or(visit.departedAt.value_or(visit.createdAt)));
        const QVariantList row{visit.uuid, ticketId, visit.visitNo, *visit.technicianId, visit.address, visit.timeZone,
                               visit.windowFrom, visit.windowTo, visit.parts, visit.tools, optional(visit.travelKm),
                               optional(visit.travelMinutes), toCode(visit.status),
                               visit.failure ? QVariant(toCode(*visit.failure)) : QVariant(), visit.report,
                               optional(visit.departedAt), optional(visit.arrivedAt), optional(visit.finishedAt),
                               visit.createdAt, actor, changed, *visit.technicianId};
        if (auto done = inserters.visits.insert(row); !done)
            return done;
    }
    return writePlans(made, ticketId, inserters.plans);
}

Status DemoGenerator::writePlans(const DemoTicket& made, qint64 ticketId, BulkInserter& inserter)
{
    const qint64 actor = made.ticket.assigneeId.value_or(made.creator);
    for (const SolutionPlan& plan : made.plans) {
        const QVariantList row{plan.uuid, ticketId, plan.planNo, plan.cause, plan.steps, PlanService::partsToJson(plan.parts), plan.labourMinutes,
                               toCode(plan.labourRole), plan.labourCents, plan.partsCents, plan.otherCents, plan.otherNote,
                               plan.totalCents, plan.customerCents, plan.inWarranty ? 1 : 0, plan.deadline,
                               plan.consented() ? QVariant(plan.consentBy) : QVariant(),
                               plan.consentHow ? QVariant(toCode(*plan.consentHow)) : QVariant(),
                               plan.consentAt ? QVariant(*plan.consentAt) : QVariant(),
                               plan.consented() ? QVariant(actor) : QVariant(), plan.createdAt, actor, actor};
        if (auto done = inserter.insert(row); !done)
            return done;
    }
    return {};
}

Status DemoGenerator::saveCounters(const QHash<QString, qint64>& counters, const Progress& progress)
{
    for (auto it = counters.begin(); it != counters.end(); ++it) {
        auto saved = sql::run(m_workspace.database().connection(),
                              QStringLiteral("INSERT INTO ticket_counters (prefix, last_value) VALUES (?, ?) "
                                             "ON CONFLICT (prefix) DO UPDATE SET last_value = excluded.last_value"),
                              {it.key(), it.value()});
        if (!saved)
            return fail(saved.error());
    }
    if (progress)
        progress(m_progressTotal, m_progressTotal);
    return {};
}

} // namespace sd
