#include "exchange/ImportSession.h"

#include "exchange/ImportedHistory.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace sd {
namespace {

QString column(TicketCsvFormat::Column c)
{
    return TicketCsvFormat::columnName(c);
}

// "HQ-2026-000123" -> ("HQ-2026", 123): the numbers TicketService hands out.
bool splitNumber(const QString& number, QString& prefix, qint64& value)
{
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    if (dash < 6 || dash + 1 >= number.size() || number.at(dash - 5) != QLatin1Char('-'))
        return false;
    for (qsizetype i = dash - 4; i < dash; ++i)
        if (!number.at(i).isDigit())
            return false;
    bool ok = false;
    value = QStringView(number).sliced(dash + 1).toLongLong(&ok);
    if (!ok || value < 0)
        return false;
    prefix = number.left(dash);
    return true;
}

// QUuid::createUuid asks the kernel for each id; a generator seeded from it
// once gives ids as unique at a fraction of the cost, which shows in millions.
QString randomUuid()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    const quint64 high = (words[0] & ~0xF000ULL) | 0x4000ULL;          // version 4
    const quint64 low = (words[1] & ~(3ULL << 62)) | (2ULL << 62);      // RFC 4122 variant
    return QUuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
                 uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low))
        .toString(QUuid::WithoutBraces);
}

Result<QSqlQuery*> prepared(std::unique_ptr<QSqlQuery>& query, const Database& database, const char* statement)
{
    if (!query) {
        query = std::make_unique<QSqlQuery>(database.connection());
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(statement)))
            return fail(sql::errorOf(*query));
    }
    return query.get();
}

} // namespace

ImportSession::ImportSession(Workspace& workspace, const ImportOptions& options, const ImportRowParser& parser)
    : m_workspace(workspace)
    , m_options(options)
    , m_parser(parser)
    , m_store(workspace.database())
    , m_now(workspace.clock().now())
    , m_checking(options.validateOnly)
{
}

ImportSession::~ImportSession() = default;

Status ImportSession::prepare(const QStringList& header)
{
    const QSqlDatabase db = m_workspace.database().connection();
    auto lastId = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tickets"));
    // Customer codes continue like CustomerService's: the next free "C" number.
    auto lastCode = sql::scalar(db, m_workspace.database().dialect().highestCustomerCodeSql());
    if (!lastId || !lastCode)
        return fail(lastId ? lastCode.error() : lastId.error());
    m_lastIdBefore = lastId->toLongLong();
    m_nextCustomerCode = lastCode->toLongLong() + 1;
    auto tickets = m_store.prepareInsert();
    auto events = m_store.prepareEventInsert(BulkInserter::Mode::Bulk);
    auto customers = BulkInserter::prepare(m_workspace.database(), QStringLiteral(
        "INSERT INTO customers (uuid, code, name, kind, tier_code, tier_locked, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), BulkInserter::Mode::Bulk);
    for (const auto* inserter : {&tickets, &events, &customers})
        if (!*inserter)
            return fail(inserter->error());
    m_ticketInserter = std::move(*tickets);
    m_eventInserter = std::move(*events);
    m_customerInserter = std::move(*customers);
    if (m_options.skipBad && !m_options.validateOnly && !m_options.rejectsPath.isEmpty()) {
        m_rejects = std::make_unique<RejectsFile>(m_options.rejectsPath);
        if (auto opened = m_rejects->open(header); !opened)
            return opened;
    }
    return {};
}

Status ImportSession::add(const CsvRecord& record)
{
    Problems problems;
    const ImportRow row = m_parser.parse(record, problems);
    ++m_report.rows;
    if (problems.isEmpty())
        if (auto inserted = insert(row, problems); !inserted)
            return inserted;
    if (problems.isEmpty()) {
        ++m_report.valid;
        return {};
    }
    // One bad row refuses the whole file: what is written so far is undone,
    // so only check the rest.
    if (!m_options.skipBad)
        m_checking = true;
    return reject(record, problems);
}

Status ImportSession::reject(const CsvRecord& record, const Problems& problems)
{
    ++m_report.rejected;
    m_report.problemCount += problems.size();
    QStringList reasons;
    for (const ImportProblem& problem : problems) {
        if (m_report.problems.size() < m_options.maxProblems)
            m_report.problems.append(problem);
        reasons.append(problem.column.isEmpty() ? problem.reason : problem.column + QStringLiteral(": ") + problem.reason);
    }
    if (m_rejects)
        return m_rejects->add(record.fields, reasons.join(QStringLiteral("; ")));
    return {};
}

Result<ImportSession::CustomerRef> ImportSession::findCustomer(const QString& text)
{
    if (auto cached = m_customers.constFind(text); cached != m_customers.constEnd())
        return *cached;
    CustomerRef customer{0, text, {}};
    // A value that is an existing customer code means that customer; else the name.
    for (auto* lookup : {&m_customerByCode, &m_customerByName}) {
        auto query = prepared(*lookup, m_workspace.database(), lookup == &m_customerByCode
                                  ? "SELECT id, name, tier_code FROM customers WHERE code = ?"
                                  : "SELECT id, name, tier_code FROM customers WHERE name = ? ORDER BY id LIMIT 1");
        if (!query)
            return fail(query.error());
        sql::bind(**query, 0, text);
        if (auto sent = sql::sendWaitingRows(m_workspace.database().connection()); !sent)
            return fail(sent.error());
        if (auto ran = sql::exec(**query); !ran)
            return fail(ran.error());
        if ((*query)->next()) {
            customer = {(*query)->value(0).toLongLong(), (*query)->value(1).toString(), (*query)->value(2).toString()};
            (*query)->finish();
            break;
        }
        (*query)->finish();
    }
    if (customer.id > 0)
        m_customers.insert(text, customer);
    return customer;
}

// Customers a file names but the database does not know are created as people
// with the tier of the first ticket that names them (the rule's fallback tier if
// it gives none), unlocked so the tier rule takes over once purchases are entered.
Result<qint64> ImportSession::createCustomer(const QString& text, CustomerRef& customer)
{
    const QString code = QStringLiteral("C%1").arg(m_nextCustomerCode, 6, 10, QLatin1Char('0'));
    if (auto added = m_customerInserter->insert({randomUuid(), code, text, QStringLiteral("person"),
                                                 customer.tierCode, 0, m_now, m_now});
        !added)
        return fail(added.error());
    ++m_nextCustomerCode;
    customer.id = m_customerInserter->lastInsertId();
    m_customers.insert(text, customer);
    return customer.id;
}

Result<std::optional<qint64>> ImportSession::findAssignee(const QString& login)
{
    if (auto cached = m_assignees.constFind(login); cached != m_assignees.constEnd())
        return std::optional<qint64>(*cached);
    auto user = m_workspace.users().byLogin(login);
    if (user) {
        m_assignees.insert(login, user->id);
        return std::optional<qint64>(user->id);
    }
    if (user.error().code != Error::Code::NotFound)
        return fail(user.error());
    return std::optional<qint64>();
}

Result<bool> ImportSession::numberTaken(const QString& number)
{
    auto query = prepared(m_ticketByNumber, m_workspace.database(), "SELECT id FROM tickets WHERE number = ?");
    if (!query)
        return fail(query.error());
    sql::bind(**query, 0, number);
    if (auto sent = sql::sendWaitingRows(m_workspace.database().connection()); !sent)
        return fail(sent.error());
    if (auto ran = sql::exec(**query); !ran)
        return fail(ran.error());
    const bool taken = (*query)->next();
    (*query)->finish();
    return taken;
}

Result<QString> ImportSession::duplicateReason(const QString& number)
{
    if (m_checkedNumbers.contains(number))
        return QCoreApplication::translate("sd::ImportSession", "duplicate number %1: an earlier line of this file has it").arg(number);
    auto id = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT id FROM tickets WHERE number = ?"),
                          {number});
    if (!id)
        return fail(id.error());
    return id->toLongLong() > m_lastIdBefore
        ? QCoreApplication::translate("sd::ImportSession", "duplicate number %1: an earlier line of this file has it").arg(number)
        : QCoreApplication::translate("sd::ImportSession", "duplicate number %1: the database already has a ticket with it").arg(number);
}

Status ImportSession::refuseTakenNumber(const ImportRow& row, Problems& problems)
{
    auto reason = duplicateReason(row.number);
    if (!reason)
        return fail(reason.error());
    problems.append({row.line, column(TicketCsvFormat::Number), *reason});
    return {};
}

Status ImportSession::insert(const ImportRow& row, Problems& problems)
{
    const Configuration& config = m_workspace.configuration();
    CustomerRef customer;
    if (!row.customer.isEmpty()) {
        auto found = findCustomer(row.customer);
        if (!found)
            return fail(found.error());
        customer = *found;
        if (customer.id == 0)
            customer.tierCode = row.tierCode.isEmpty() ? config.suggestTier(0, 0) : row.tierCode;
    }
    // The tier the file gives, else the customer's (as for a ticket typed in).
    Ticket ticket;
    ticket.tierCode = !row.tierCode.isEmpty() ? row.tierCode
        : row.customer.isEmpty()              ? config.suggestTier(0, 0)
                                              : customer.tierCode;
    const SlaPolicy* policy = config.policyFor(ticket.tierCode, row.priority);
    const auto calendar = policy ? config.calendars.constFind(policy->calendarCode) : config.calendars.constEnd();
    if (calendar == config.calendars.constEnd()) {
        problems.append({row.line, column(row.tierCode.isEmpty() ? TicketCsvFormat::Priority : TicketCsvFormat::Tier),
                         QCoreApplication::translate("sd::ImportSession", "no SLA policy for tier \"%1\" and priority %2").arg(ticket.tierCode, toCode(row.priority))});
        return {};
    }
    std::optional<qint64> assignee;
    if (!row.assignee.isEmpty()) {
        auto found = findAssignee(row.assignee);
        if (!found)
            return fail(found.error());
        assignee = *found;
    }
    // Before creating a customer or a user for this row, make sure the row will
    // not be refused for its number afterwards (which would leave them behind).
    // While checking nothing is written, so every number is looked up.
    if (m_checking || (!row.customer.isEmpty() && customer.id == 0) || (!row.assignee.isEmpty() && !assignee)) {
        auto taken = numberTaken(row.number);
        if (!taken)
            return fail(taken.error());
        if (*taken || m_checkedNumbers.contains(row.number))
            return refuseTakenNumber(row, problems);
    }
    if (m_checking) {
        // Stand-ins (id -1) for the customer and user a real run would create.
        if (!row.customer.isEmpty() && customer.id == 0)
            m_customers.insert(row.customer, {-1, row.customer, customer.tierCode});
        if (!row.assignee.isEmpty() && !assignee)
            m_assignees.insert(row.assignee, -1);
        m_checkedNumbers.insert(row.number);
        return {};
    }
    if (!row.customer.isEmpty() && customer.id == 0)
        if (auto created = createCustomer(row.customer, customer); !created)
            return fail(created.error());
    if (!row.assignee.isEmpty() && !assignee) {
        auto user = m_workspace.users().ensure(row.assignee, row.assignee);
        if (!user)
            return fail(user.error());
        assignee = user->id;
        m_assignees.insert(row.assignee, user->id);
    }
    if (customer.id > 0) {
        ticket.details.customerId = customer.id;
        ticket.details.contactName = customer.name;
    }
    ticket.assigneeId = assignee;
    return writeTicket(row, ticket, *policy, *calendar, problems);
}

Status ImportSession::writeTicket(const ImportRow& row, Ticket& ticket, const SlaPolicy& policy,
                                  const BusinessCalendar& calendar, Problems& problems)
{
    ticket.number = row.number;
    ticket.uuid = randomUuid();
    TicketDraft& d = ticket.details;
    d.channel = row.channel;
    d.category = row.category;
    d.priority = row.priority;
    d.subject = row.subject;
    d.teamCode = row.teamCode;
    m_events.clear();
    ImportedHistory(calendar, m_now).replay(ticket, row, policy.firstResponseMin, policy.resolutionMin, m_events);
    auto id = m_store.insertPrepared(*m_ticketInserter, ticket, 0);
    if (!id) {
        // The number is unique in the schema (an index bulk loading keeps), so
        // a repeated number is caught here without a lookup per row.
        if (id.error().code != Error::Code::Duplicate || id.error().field != QLatin1String("tickets.number"))
            return fail(id.error());
        return refuseTakenNumber(row, problems);
    }
    for (const TicketEvent& e : m_events)
        if (auto logged = m_store.appendPrepared(*m_eventInserter, *id, e); !logged)
            return logged;
    noteCounter(row.number);
    return {};
}

void ImportSession::noteCounter(const QString& number)
{
    QString prefix;
    qint64 value = 0;
    if (!splitNumber(number, prefix, value))
        return;
    qint64& highest = m_counters[prefix];
    highest = std::max(highest, value);
}

Status ImportSession::finish()
{
    for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it) {
        auto raised = sql::run(m_workspace.database().connection(),
                               QStringLiteral("INSERT INTO ticket_counters (prefix, last_value) VALUES (?, ?) "
                                              "ON CONFLICT (prefix) DO UPDATE "
                                              "SET last_value = %1(ticket_counters.last_value, excluded.last_value)")
                                   .arg(m_workspace.database().dialect().greatestFunction()),
                               {it.key(), it.value()});
        if (!raised)
            return fail(raised.error());
    }
    return {};
}

Status ImportSession::commitRejects()
{
    if (!m_rejects)
        return {};
    auto committed = m_rejects->commit();
    m_rejectsCommitted = committed.has_value();
    return committed;
}

Status ImportSession::beginStep()
{
    // Ids taken ahead in an earlier step may lie below a desk's rows made
    // between the steps; the run records a step's rows as the ids above the
    // step's starting maximum, so this step takes fresh ones.
    for (BulkInserter* inserter : {m_ticketInserter.get(), m_eventInserter.get(), m_customerInserter.get()})
        if (inserter)
            inserter->dropReservedIds();
    for (;;) {
        const QString code = QStringLiteral("C%1").arg(m_nextCustomerCode, 6, 10, QLatin1Char('0'));
        auto taken = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE code = ?"), {code});
        if (!taken)
            return fail(taken.error());
        if (taken->toLongLong() == 0)
            return {};
        ++m_nextCustomerCode;
    }
}

} // namespace sd
