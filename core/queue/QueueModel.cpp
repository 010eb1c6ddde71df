#include "queue/QueueModel.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace sd {
namespace {

constexpr int kCachedWindows = 8;

std::optional<QueueSort> sortOfColumn(int column)
{
    switch (column) {
    case QueueModel::Number: return QueueSort::Number;
    case QueueModel::Sla:
    case QueueModel::Due: return QueueSort::Due;
    case QueueModel::Priority: return QueueSort::Priority;
    case QueueModel::Status: return QueueSort::Status;
    case QueueModel::Updated: return QueueSort::Updated;
    default: return std::nullopt;
    }
}

QString localTime(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "2h 05m", "3d 4h", "45m"; negative spans get a minus sign.
QString remainingText(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes >= 24 * 60)
        return sign + QCoreApplication::translate("sd::QueueModel", "%1d %2h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return sign + QCoreApplication::translate("sd::QueueModel", "%1h %2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return sign + QCoreApplication::translate("sd::QueueModel", "%1m").arg(minutes);
}

} // namespace

QueueModel::QueueModel(Database database, Clock clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(database))
    , m_clock(std::move(clock))
{
}

bool QueueModel::isSortable(int column)
{
    return sortOfColumn(column).has_value();
}

QueueModel::SlaState QueueModel::slaStateOf(const QueueRow& row, qint64 now)
{
    if (row.pausedSince)
        return SlaState::Paused;
    if (!row.nextDue)
        return SlaState::None;
    if (now > *row.nextDue)
        return SlaState::Breached;
    if (row.nextWarn && now >= *row.nextWarn)
        return SlaState::AtRisk;
    return SlaState::OnTrack;
}

std::optional<qint64> QueueModel::readCount() const
{
    auto count = m_query.count(m_request, m_queryNow);
    if (!count) {
        emit const_cast<QueueModel*>(this)->loadFailed(count.error().describe());
        return std::nullopt;
    }
    return *count;
}

void QueueModel::setRequest(const QueueRequest& request)
{
    beginResetModel();
    m_request = request;
    m_queryNow = m_clock.now();
    m_windows.clear();
    m_recent.clear();
    m_count = readCount().value_or(0);
    endResetModel();
    emit countChanged(m_count);
}

// A refresh that cannot read (the server away) keeps the rows on show: the
// agent still sees the queue as it last was, under the desk's banner.
void QueueModel::refresh()
{
    const qint64 previousNow = m_queryNow;
    m_queryNow = m_clock.now();
    const qint64 before = m_count;
    const std::optional<qint64> counted = readCount();
    if (!counted) {
        m_queryNow = previousNow;
        return;
    }
    const qint64 after = *counted;
    m_windows.clear();
    m_recent.clear();
    if (after > before) {
        beginInsertRows({}, int(before), int(after - 1));
        m_count = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, int(after), int(before - 1));
        m_count = after;
        endRemoveRows();
    }
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count - 1), ColumnCount - 1));
    emit countChanged(m_count);
}

bool QueueModel::loadWindow(int window) const
{
    const qint64 start = qint64(window) * kWindow;
    const qint64 end = std::min(m_count, start + kWindow);
    // Windows in the second half are read from the far end of the order.
    const bool fromEnd = start > m_count / 2;
    const qint64 offset = fromEnd ? m_count - end : start;
    auto ids = m_query.pageIds(m_request, m_queryNow, offset, int(end - start), fromEnd);
    auto rows = ids ? m_query.rowsByIds(*ids) : Result<QList<QueueRow>>(std::unexpected(ids.error()));
    if (!rows) {
        emit const_cast<QueueModel*>(this)->loadFailed(rows.error().describe());
        return false;
    }
    ++m_windowLoads;
    m_windows.insert(window, *rows);
    m_recent.append(window);
    if (m_recent.size() > kCachedWindows)
        m_windows.remove(m_recent.takeFirst());
    return true;
}

const QueueRow* QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int window = row / kWindow;
    if (!m_windows.contains(window) && !loadWindow(window))
        return nullptr;
    m_recent.removeOne(window);
    m_recent.append(window);
    const QList<QueueRow>& rows = m_windows[window];
    const int offset = row % kWindow;
    // The table may have shrunk since the count was read: such rows show as loading.
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

qint64 QueueModel::ticketIdAt(int row) const
{
    const QueueRow* found = rowAt(row);
    return found ? found->id : 0;
}

int QueueModel::loadedRowOf(qint64 ticketId) const
{
    for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == ticketId)
                return it.key() * kWindow + i;
    return -1;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::displayData(const QueueRow& row, int column) const
{
    switch (column) {
    case Number: return row.number;
    case Sla: {
        const SlaState state = slaStateOf(row, m_clock.now());
        if (state == SlaState::Paused)
            return QCoreApplication::translate("sd::QueueModel", "Paused");
        if (state == SlaState::None)
            return QString();
        return remainingText(*row.nextDue - m_clock.now());
    }
    case Priority: return toCode(row.priority);
    case Subject: return row.subject;
    case Customer: return row.customerName;
    case Status: return toLabel(row.status);
    case Assignee: return row.assigneeName;
    case Due: return row.nextDue ? localTime(*row.nextDue) : QString();
    case Updated: return localTime(row.updatedAt);
    default: return {};
    }
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QueueRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == Subject ? QVariant(QCoreApplication::translate("sd::QueueModel", "Loading…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole: return displayData(*row, index.column());
    case Qt::ToolTipRole: return index.column() == Subject ? QVariant(row->subject) : QVariant();
    case TicketIdRole: return row->id;
    case SlaStateRole: return QVariant::fromValue(slaStateOf(*row, m_clock.now()));
    case DueRole: return row->nextDue ? QVariant(*row->nextDue) : QVariant();
    case WarnRole: return row->nextWarn ? QVariant(*row->nextWarn) : QVariant();
    case TierRole: return row->tierCode;
    case PausedSinceRole: return row->pausedSince ? QVariant(*row->pausedSince) : QVariant();
    default: return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Sorting a million tickets by free text has no index to read: say so rather than ignore the click.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && !isSortable(section))
        return QCoreApplication::translate("sd::QueueModel", "This column cannot be sorted. Sort by number, SLA, priority, "
                                                             "status, due or updated time, or search for the words you need.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return QCoreApplication::translate("sd::QueueModel", "Number");
    case Sla: return QCoreApplication::translate("sd::QueueModel", "SLA");
    case Priority: return QCoreApplication::translate("sd::QueueModel", "Priority");
    case Subject: return QCoreApplication::translate("sd::QueueModel", "Subject");
    case Customer: return QCoreApplication::translate("sd::QueueModel", "Customer");
    case Status: return QCoreApplication::translate("sd::QueueModel", "Status");
    case Assignee: return QCoreApplication::translate("sd::QueueModel", "Assignee");
    case Due: return QCoreApplication::translate("sd::QueueModel", "Due");
    case Updated: return QCoreApplication::translate("sd::QueueModel", "Updated");
    default: return {};
    }
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOfColumn(column);
    if (!sort)
        return;
    QueueRequest request = m_request;
    request.sort = sort;
    request.descending = order == Qt::DescendingOrder;
    setRequest(request);
}

} // namespace sd
