#include "exchange/TicketExporter.h"

#include "exchange/IsoInstant.h"
#include "exchange/TicketCsvFormat.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace sd {
namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
constexpr int kProgressEvery = 2000;

// A zone's offset changes only at transitions: remember the span around the
// last instant asked, since looking the zone up costs microseconds and
// neighbouring tickets fall in the same span.
class OffsetSpan
{
public:
    explicit OffsetSpan(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }
    int at(qint64 instant)
    {
        if (instant >= m_from && instant < m_until)
            return m_offset;
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(instant, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(moment);
        const QTimeZone::OffsetData previous = m_zone.previousTransition(moment.addSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(moment);
        m_from = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_until = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (m_from > instant) // a zone without transition data: this instant only
            m_from = m_until = instant;
        return m_offset;
    }

private:
    QTimeZone m_zone;
    qint64 m_from = 0;
    qint64 m_until = 0;
    int m_offset = 0;
};

// The office's zone: that of its main calendar, as for ticket numbers.
QTimeZone officeZone(const Configuration& configuration)
{
    return configuration.calendars.isEmpty() ? QTimeZone::systemTimeZone() : configuration.calendars.first().timeZone();
}

const QString kSelect = QStringLiteral(R"(SELECT t.number, COALESCE(c.name, t.contact_name), t.tier_code, t.channel,
    t.category, t.priority, t.subject, COALESCE(u.login, ''), COALESCE(t.team_code, ''), t.created_at,
    t.first_response_at, t.resolved_at, t.closed_at, t.reopen_count, t.agent_public_replies, t.csat_score
    FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN users u ON u.id = t.assignee_id
    ORDER BY t.id)");

} // namespace

TicketExporter::TicketExporter(Workspace& workspace, qint64 actorId)
    : m_workspace(workspace)
    , m_actorId(actorId)
{
}

Result<qint64> TicketExporter::exportFile(const QString& path, const Progress& progress)
{
    if (Database::isFileOf(m_workspace.database().path(), path))
        return fail(Database::ownFileRefused(path));
    if (auto allowed = m_workspace.access().require(m_actorId, Action::ExportData); !allowed)
        return fail(allowed.error());
    const QSqlDatabase db = m_workspace.database().connection();
    auto total = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (!total)
        return fail(total.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::io(path, QCoreApplication::translate("sd::TicketExporter", "cannot create the file: %1").arg(file.errorString())));
    QSqlQuery query(db);
    query.setForwardOnly(true); // rows come one by one from SQLite, never all at once
    if (!query.prepare(kSelect))
        return fail(sql::errorOf(query));
    if (auto ran = sql::exec(query); !ran)
        return fail(ran.error());
    OffsetSpan offsets(officeZone(m_workspace.configuration()));
    const auto instant = [&](const QVariant& value) {
        return value.isNull() ? QString() : IsoInstant::format(value.toLongLong(), offsets.at(value.toLongLong()));
    };
    QByteArray buffer = TicketCsvFormat::utf8Bom() + TicketCsvFormat::formatRecord(TicketCsvFormat::columnNames());
    QStringList fields(TicketCsvFormat::ColumnCount);
    qint64 written = 0;
    while (query.next()) {
        for (int c = 0; c < TicketCsvFormat::CreatedAt; ++c)
            fields[c] = query.value(c).toString();
        for (int c = TicketCsvFormat::CreatedAt; c <= TicketCsvFormat::ClosedAt; ++c)
            fields[c] = instant(query.value(c));
        for (int c = TicketCsvFormat::ReopenCount; c < TicketCsvFormat::ColumnCount; ++c)
            fields[c] = query.value(c).isNull() ? QString() : QString::number(query.value(c).toLongLong());
        buffer.append(TicketCsvFormat::formatRecord(fields));
        if (buffer.size() >= kFlushBytes) {
            if (file.write(buffer) != buffer.size())
                return fail(Error::io(path, QCoreApplication::translate("sd::TicketExporter", "cannot write the file: %1").arg(file.errorString())));
            buffer.clear();
        }
        ++written;
        if (progress && written % kProgressEvery == 0 && !progress(written, total->toLongLong()))
            return fail(Error::invalid(QStringLiteral("export"), QCoreApplication::translate("sd::TicketExporter", "cancelled; no file was written")));
    }
    if (query.lastError().isValid())
        return fail(sql::errorOf(query));
    if (file.write(buffer) != buffer.size() || !file.commit())
        return fail(Error::io(path, QCoreApplication::translate("sd::TicketExporter", "cannot write the file: %1").arg(file.errorString())));
    if (progress)
        progress(total->toLongLong(), total->toLongLong());
    return written;
}

} // namespace sd
