#include "exchange/ImportRowParser.h"

#include "exchange/IsoInstant.h"

#include <QCoreApplication>

namespace sd {
namespace {

constexpr int kMaxSubject = 200;

} // namespace

ImportRowParser::ImportRowParser(const Configuration& configuration, qint64 now)
    : m_configuration(configuration)
    , m_now(now)
{
    m_index.fill(-1);
}

QList<ImportProblem> ImportRowParser::readHeader(const QStringList& header, qint64 line)
{
    QList<ImportProblem> problems;
    m_index.fill(-1);
    m_headerSize = header.size();
    m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const auto column = TicketCsvFormat::columnFromName(name);
        if (!column) {
            // A rejects file comes back with its reason column once fixed.
            if (name.compare(TicketCsvFormat::reasonColumn(), Qt::CaseInsensitive) != 0)
                problems.append({line, name, QCoreApplication::translate("sd::ImportRowParser", "unknown column; the columns are %1")
                                                 .arg(TicketCsvFormat::columnNames().join(QStringLiteral(", ")))});
            continue;
        }
        if (m_index[*column] >= 0)
            problems.append({line, name, QCoreApplication::translate("sd::ImportRowParser", "the column appears twice")});
        m_index[*column] = i;
    }
    for (int c = 0; c < TicketCsvFormat::ColumnCount; ++c)
        if (m_index[c] < 0 && TicketCsvFormat::isRequired(Column(c)))
            problems.append({line, TicketCsvFormat::columnName(Column(c)), QCoreApplication::translate("sd::ImportRowParser", "missing required column in the header")});
    return problems;
}

bool ImportRowParser::isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty() && !record.unterminated;
}

QString ImportRowParser::field(const CsvRecord& record, Column column) const
{
    const int index = m_index[column];
    return index < 0 || index >= record.fields.size() ? QString() : record.fields.at(index).trimmed();
}

std::optional<qint64> ImportRowParser::instant(const CsvRecord& record, Column column,
                                               QList<ImportProblem>& problems) const
{
    const QString text = field(record, column);
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = IsoInstant::parse(text);
    if (!parsed) {
        problems.append({record.line, TicketCsvFormat::columnName(column),
                         QCoreApplication::translate("sd::ImportRowParser", "bad date \"%1\"; write ISO 8601 with an offset, e.g. 2026-10-12T09:30:00+08:00").arg(text)});
        return std::nullopt;
    }
    if (*parsed > m_now) {
        problems.append({record.line, TicketCsvFormat::columnName(column), QCoreApplication::translate("sd::ImportRowParser", "%1 is in the future").arg(text)});
        return std::nullopt;
    }
    return parsed;
}

std::optional<int> ImportRowParser::count(const CsvRecord& record, Column column, int low, int high,
                                          QList<ImportProblem>& problems) const
{
    const QString text = field(record, column);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        problems.append({record.line, TicketCsvFormat::columnName(column),
                         QCoreApplication::translate("sd::ImportRowParser", "\"%1\" is not a whole number from %2 to %3").arg(text).arg(low).arg(high)});
        return std::nullopt;
    }
    return value;
}

template <typename E>
E ImportRowParser::enumeration(const CsvRecord& record, Column column, QList<ImportProblem>& problems) const
{
    const QString text = field(record, column);
    const auto value = fromCodeOrLabel<E>(text);
    if (!value)
        problems.append({record.line, TicketCsvFormat::columnName(column),
                         text.isEmpty() ? QCoreApplication::translate("sd::ImportRowParser", "missing value")
                                        : QCoreApplication::translate("sd::ImportRowParser", "unknown %1 \"%2\"; use one of %3")
                                              .arg(TicketCsvFormat::columnName(column), text,
                                                   allCodes<E>().join(QStringLiteral(", ")))});
    return value.value_or(E{});
}

// Tiers and teams are configured: their code or their configured name.
QString ImportRowParser::tierCode(const QString& text) const
{
    for (const TierDefinition& tier : m_configuration.tiers)
        if (text.compare(tier.code, Qt::CaseInsensitive) == 0 || text.compare(tier.name, Qt::CaseInsensitive) == 0)
            return tier.code;
    return {};
}

QString ImportRowParser::teamCode(const QString& text) const
{
    for (const Team& team : m_configuration.teams)
        if (text.compare(team.code, Qt::CaseInsensitive) == 0 || text.compare(team.name, Qt::CaseInsensitive) == 0)
            return team.code;
    return {};
}

ImportRow ImportRowParser::parse(const CsvRecord& record, QList<ImportProblem>& problems) const
{
    ImportRow row;
    row.line = record.line;
    if (record.unterminated) {
        problems.append({record.line, {}, QCoreApplication::translate("sd::ImportRowParser", "a quoted field is not closed before the end of the file")});
        return row;
    }
    if (record.fields.size() != m_headerSize) {
        // Fields would land in the wrong columns: nothing else can be trusted.
        problems.append({record.line, {}, QCoreApplication::translate("sd::ImportRowParser", "wrong column count: %1 fields, the header has %2")
                                              .arg(record.fields.size()).arg(m_headerSize)});
        return row;
    }
    const auto problem = [&](Column column, const QString& reason) {
        problems.append({record.line, TicketCsvFormat::columnName(column), reason});
    };
    if (!record.undecodable.isEmpty()) {
        // Stored as it came, the text would be garbled: the row is refused instead.
        for (int index : record.undecodable)
            problems.append({record.line, m_header.value(index),
                             QCoreApplication::translate("sd::ImportRowParser", "holds bytes that are not %1 text; fix the text or "
                                                                                "save the file again as UTF-8")
                                 .arg(m_encoding)});
        return row;
    }
    row.number = field(record, Column::Number).toUpper();
    if (row.number.isEmpty())
        problem(Column::Number, QCoreApplication::translate("sd::ImportRowParser", "missing value"));
    row.customer = field(record, Column::Customer);
    const QString tier = field(record, Column::Tier);
    row.tierCode = tier.isEmpty() ? QString() : tierCode(tier);
    if (!tier.isEmpty() && row.tierCode.isEmpty())
        problem(Column::Tier, QCoreApplication::translate("sd::ImportRowParser", "unknown tier \"%1\"").arg(tier));
    row.channel = enumeration<Channel>(record, Column::Channel, problems);
    row.category = enumeration<Category>(record, Column::Category, problems);
    row.priority = enumeration<Priority>(record, Column::Priority, problems);
    row.subject = field(record, Column::Subject);
    if (row.subject.isEmpty())
        problem(Column::Subject, QCoreApplication::translate("sd::ImportRowParser", "missing value"));
    else if (row.subject.size() > kMaxSubject)
        problem(Column::Subject, QCoreApplication::translate("sd::ImportRowParser", "the subject is longer than %1 characters").arg(kMaxSubject));
    row.assignee = field(record, Column::Assignee);
    const QString team = field(record, Column::Team);
    row.teamCode = team.isEmpty() ? QString() : teamCode(team);
    if (!team.isEmpty() && row.teamCode.isEmpty())
        problem(Column::Team, QCoreApplication::translate("sd::ImportRowParser", "unknown team \"%1\"").arg(team));
    const qsizetype before = problems.size();
    const auto created = instant(record, Column::CreatedAt, problems);
    if (!created && problems.size() == before)
        problem(Column::CreatedAt, QCoreApplication::translate("sd::ImportRowParser", "missing value"));
    row.createdAt = created.value_or(0);
    row.firstResponseAt = instant(record, Column::FirstResponseAt, problems);
    row.resolvedAt = instant(record, Column::ResolvedAt, problems);
    row.closedAt = instant(record, Column::ClosedAt, problems);
    row.reopenCount = count(record, Column::ReopenCount, 0, 1000, problems).value_or(0);
    const auto replies = count(record, Column::AgentReplies, 0, 100000, problems);
    row.agentReplies = replies.value_or(row.firstResponseAt ? 1 : 0);
    if (replies && *replies == 0 && row.firstResponseAt)
        problem(Column::AgentReplies, QCoreApplication::translate("sd::ImportRowParser", "0 agent replies but first_response_at is set"));
    row.csat = count(record, Column::Csat, 1, 5, problems);
    if (created)
        checkOrder(row, problems);
    return row;
}

void ImportRowParser::checkOrder(const ImportRow& row, QList<ImportProblem>& problems) const
{
    const auto problem = [&](Column column, const QString& reason) {
        problems.append({row.line, TicketCsvFormat::columnName(column), reason});
    };
    if (row.firstResponseAt && *row.firstResponseAt < row.createdAt)
        problem(Column::FirstResponseAt, QCoreApplication::translate("sd::ImportRowParser", "first response before creation"));
    if (row.resolvedAt && *row.resolvedAt < row.createdAt)
        problem(Column::ResolvedAt, QCoreApplication::translate("sd::ImportRowParser", "resolution before creation"));
    if (row.closedAt && !row.resolvedAt)
        problem(Column::ClosedAt, QCoreApplication::translate("sd::ImportRowParser", "closed_at needs resolved_at: a ticket is resolved before it is closed"));
    else if (row.closedAt && *row.closedAt < *row.resolvedAt)
        problem(Column::ClosedAt, QCoreApplication::translate("sd::ImportRowParser", "closed before resolution"));
}

} // namespace sd
