#include "process/CostService.h"

#include "common/Money.h"

#include "storage/InsertedId.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {

// A line's quantity stays within what a person could record: a year of
// minutes, a million pieces or kilometres.
constexpr qint64 kMaxQuantity = 1000000;
constexpr qint64 kMaxCents = 100000000000; // a billion currency units

bool coveredByWarranty(CostKind kind)
{
    return kind == CostKind::Labour || kind == CostKind::Parts;
}

} // namespace

CostService::CostService(Database database, const Configuration& configuration, Clock clock)
    : m_database(database)
    , m_configuration(configuration)
    , m_clock(clock)
    , m_access(database, clock)
{
}

Status CostService::check(const CostEntry& entry) const
{
    const bool needsQuantity = entry.kind == CostKind::Labour || entry.kind == CostKind::Parts;
    if ((needsQuantity && entry.quantity <= 0) || entry.quantity < 0 || entry.quantity > kMaxQuantity)
        return fail(Error::invalid(QStringLiteral("quantity"),
                                   entry.kind == CostKind::Labour ? tr("give the minutes worked, from 1 to %1").arg(kMaxQuantity)
                                                                  : tr("give a quantity from 1 to %1").arg(kMaxQuantity)));
    const bool needsUnit = entry.kind == CostKind::Parts || entry.kind == CostKind::Other;
    if (needsUnit && !entry.unitCents)
        return fail(Error::invalid(QStringLiteral("amount"), entry.kind == CostKind::Parts ? tr("give the part's unit cost")
                                                                                        : tr("give the amount")));
    if (entry.unitCents && (*entry.unitCents < 0 || *entry.unitCents > kMaxCents))
        return fail(Error::invalid(QStringLiteral("amount"), tr("an amount from 0 to %1 is required").arg(kMaxCents / 100)));
    if (entry.kind == CostKind::Parts && entry.description.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("description"), tr("name the part")));
    return {};
}

Result<Role> CostService::roleOf(qint64 actorId) const
{
    auto role = sql::scalar(m_database.connection(), QStringLiteral("SELECT role FROM users WHERE id = ?"), {actorId});
    if (!role)
        return fail(role.error());
    return fromCode<Role>(role->toString()).value_or(Role::Agent);
}

Result<bool> CostService::inWarranty(qint64 ticketId, qint64 instant) const
{
    const QDate day = QDateTime::fromSecsSinceEpoch(instant, QTimeZone(m_configuration.officeTimeZone.toUtf8())).date();
    auto until = sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT p.warranty_until FROM tickets t JOIN purchases p ON p.customer_id = t.customer_id "
                                            "WHERE t.id = ? AND ((t.serial <> '' AND p.serial = t.serial) "
                                            "OR (t.product <> '' AND p.product = t.product)) "
                                            "ORDER BY CASE WHEN p.serial = t.serial THEN 0 ELSE 1 END, p.purchased_on DESC LIMIT 1"),
                             {ticketId});
    if (!until)
        return fail(until.error());
    const QDate last = QDate::fromString(until->toString(), Qt::ISODate);
    return last.isValid() && day <= last;
}

// The amount from the entry and the configured rates; the charge from the
// warranty unless the entry gives it.
Result<CostLine> CostService::priced(qint64 ticketId, const CostEntry& entry, qint64 actorId) const
{
    const ServiceRules& rules = m_configuration.service;
    CostLine line;
    line.ticketId = ticketId;
    line.kind = entry.kind;
    line.description = entry.description.trimmed();
    line.quantity = entry.quantity;
    line.at = m_clock.now();
    switch (entry.kind) {
    case CostKind::Labour: {
        auto role = entry.role ? Result<Role>(*entry.role) : roleOf(actorId);
        if (!role)
            return fail(role.error());
        line.role = *role;
        line.unitCents = entry.unitCents.value_or(rules.hourlyRate(*role));
        if (line.unitCents == 0 && !entry.unitCents)
            return fail(Error::invalid(QStringLiteral("role"), tr("no hourly rate is configured for the role \"%1\"; "
                                                                  "choose another role or give the rate").arg(toLabel(*role))));
        // Minutes at an hourly rate, rounded half up to the cent.
        line.amountCents = (line.quantity * line.unitCents + 30) / 60;
        break;
    }
    case CostKind::Transport:
        line.unitCents = entry.unitCents.value_or(rules.transportPerKmCents);
        line.amountCents = rules.transportPerVisitCents + line.quantity * line.unitCents;
        break;
    case CostKind::Parts:
        line.unitCents = *entry.unitCents;
        line.amountCents = line.quantity * line.unitCents;
        break;
    case CostKind::Other:
        line.quantity = 1;
        line.unitCents = *entry.unitCents;
        line.amountCents = line.unitCents;
        break;
    }
    if (entry.chargedCents) {
        if (*entry.chargedCents < 0 || *entry.chargedCents > line.amountCents)
            return fail(Error::invalid(QStringLiteral("charged"), tr("the customer's part must be from 0 to the line's amount, %1").arg(centsText(line.amountCents))));
        line.chargedCents = *entry.chargedCents;
        return line;
    }
    auto warranty = coveredByWarranty(entry.kind) ? inWarranty(ticketId, line.at) : Result<bool>(false);
    if (!warranty)
        return fail(warranty.error());
    line.chargedCents = *warranty ? 0 : line.amountCents;
    return line;
}

Result<CostLine> CostService::add(qint64 ticketId, const CostEntry& entry, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::RecordCost); !allowed)
        return fail(allowed.error());
    if (auto valid = check(entry); !valid)
        return fail(valid.error());
    auto exists = sql::scalar(m_database.connection(), QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {ticketId});
    if (!exists)
        return fail(exists.error());
    if (!exists->isValid())
        return fail(Error{Error::Code::NotFound, QStringLiteral("ticket"), tr("ticket %1 does not exist").arg(ticketId)});
    auto line = priced(ticketId, entry, actorId);
    if (!line)
        return fail(line.error());
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    line->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariant actor = actorId > 0 ? QVariant(actorId) : QVariant();
    auto inserted = sql::run(m_database.connection(),
                             QStringLiteral("INSERT INTO cost_lines (uuid, ticket_id, kind, description, role, quantity, unit_cents, "
                                            "amount_cents, charged_cents, at, created_by, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {line->uuid, ticketId, toCode(line->kind), line->description,
                              line->role ? QVariant(toCode(*line->role)) : QVariant(), line->quantity, line->unitCents,
                              line->amountCents, line->chargedCents, line->at, actor, actor});
    if (!inserted)
        return fail(inserted.error());
    line->id = insertedId(*inserted, QStringLiteral("cost_lines"));
    if (auto logged = logEvent(ticketId, *line, actorId, false); !logged)
        return fail(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    emit costsChanged(ticketId);
    return *line;
}

// The timeline keeps what the line was for: kind, amount and charge.
Status CostService::logEvent(qint64 ticketId, const CostLine& line, qint64 actorId, bool voiding) const
{
    TicketEvent event;
    event.at = m_clock.now();
    if (actorId > 0)
        event.actorId = actorId;
    event.kind = voiding ? QStringLiteral("cost_voided") : QStringLiteral("cost");
    event.field = toCode(line.kind);
    event.oldValue = centsText(line.chargedCents);
    event.newValue = centsText(line.amountCents);
    event.body = line.description;
    return TicketStore(m_database).appendEvent(ticketId, event);
}

Status CostService::voidLine(qint64 lineId, qint64 actorId)
{
    if (auto allowed = m_access.require(actorId, Action::RecordCost); !allowed)
        return allowed;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto found = sql::run(m_database.connection(),
                          QStringLiteral("SELECT ticket_id, kind, amount_cents, charged_cents, description FROM cost_lines "
                                         "WHERE id = ? AND voided = 0"),
                          {lineId});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return fail(Error{Error::Code::NotFound, QStringLiteral("line"), tr("cost line %1 does not exist or is already voided").arg(lineId)});
    CostLine line;
    line.ticketId = found->value(0).toLongLong();
    line.kind = fromCode<CostKind>(found->value(1).toString()).value_or(CostKind::Other);
    line.amountCents = found->value(2).toLongLong();
    line.chargedCents = found->value(3).toLongLong();
    line.description = found->value(4).toString();
    found->finish();
    auto updated = sql::run(m_database.connection(), QStringLiteral("UPDATE cost_lines SET voided = 1, updated_by = ? WHERE id = ?"),
                            {actorId > 0 ? QVariant(actorId) : QVariant(), lineId});
    if (!updated)
        return fail(updated.error());
    if (auto logged = logEvent(line.ticketId, line, actorId, true); !logged)
        return logged;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit costsChanged(line.ticketId);
    return {};
}

Result<QList<CostLine>> CostService::lines(qint64 ticketId) const
{
    auto query = sql::run(m_database.connection(),
                          QStringLiteral("SELECT c.id, c.uuid, c.kind, c.description, c.role, c.quantity, c.unit_cents, c.amount_cents, "
                                         "c.charged_cents, c.at, COALESCE(u.display_name, ''), c.voided "
                                         "FROM cost_lines c LEFT JOIN users u ON u.id = c.created_by WHERE c.ticket_id = ? ORDER BY c.at, c.id"),
                          {ticketId});
    if (!query)
        return fail(query.error());
    QList<CostLine> lines;
    while (query->next()) {
        CostLine line;
        line.id = query->value(0).toLongLong();
        line.uuid = query->value(1).toString();
        line.ticketId = ticketId;
        line.kind = fromCode<CostKind>(query->value(2).toString()).value_or(CostKind::Other);
        line.description = query->value(3).toString();
        line.role = fromCode<Role>(query->value(4).toString());
        line.quantity = query->value(5).toLongLong();
        line.unitCents = query->value(6).toLongLong();
        line.amountCents = query->value(7).toLongLong();
        line.chargedCents = query->value(8).toLongLong();
        line.at = query->value(9).toLongLong();
        line.createdByName = query->value(10).toString();
        line.voided = query->value(11).toInt() != 0;
        lines.append(line);
    }
    return lines;
}

Result<CostSummary> CostService::summary(qint64 ticketId) const
{
    auto all = lines(ticketId);
    if (!all)
        return fail(all.error());
    CostSummary summary;
    for (const CostLine& line : *all) {
        if (line.voided)
            continue;
        summary.byKind.at(size_t(line.kind)) += line.amountCents;
        summary.totalCents += line.amountCents;
        summary.chargedCents += line.chargedCents;
        ++summary.lines;
    }
    return summary;
}

} // namespace sd
