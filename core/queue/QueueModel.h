#pragma once

#include "common/Clock.h"
#include "queue/QueueQuery.h"
#include "storage/Database.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace sd {

// A queue as a table model that never holds the whole table: it knows the row
// count from SQL and loads windows of 200 rows where the view looks (ids from
// the queue's index, then just those rows), keeping a few windows in a cache.
// Sorting and searching go to SQL. Rows keep their place across refreshes so
// a view keeps its selection and scroll position when other agents change
// tickets.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Sla, Priority, Subject, Customer, Status, Assignee, Due, Updated, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, SlaStateRole, DueRole, WarnRole, TierRole, PausedSinceRole };
    enum class SlaState { None, OnTrack, AtRisk, Breached, Paused };
    Q_ENUM(SlaState)
    static constexpr int kWindow = 200;

    QueueModel(Database database, Clock clock, QObject* parent = nullptr);

    void setRequest(const QueueRequest& request);
    const QueueRequest& request() const { return m_request; }
    const Clock& clock() const { return m_clock; }
    qint64 totalCount() const { return m_count; }
    // Re-reads the count and drops cached rows; the rows keep their indexes.
    void refresh();
    qint64 ticketIdAt(int row) const;
    // Row of a ticket among the rows loaded so far, or -1.
    int loadedRowOf(qint64 ticketId) const;
    int windowLoads() const { return m_windowLoads; }
    static SlaState slaStateOf(const QueueRow& row, qint64 now);
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString& message);

private:
    const QueueRow* rowAt(int row) const;
    bool loadWindow(int window) const;
    QVariant displayData(const QueueRow& row, int column) const;
    std::optional<qint64> readCount() const; // none when it could not be read

    QueueQuery m_query;
    Clock m_clock;
    QueueRequest m_request;
    qint64 m_count = 0;
    qint64 m_queryNow = 0; // the instant at-risk/breached membership was judged
    mutable QHash<int, QList<QueueRow>> m_windows;
    mutable QList<int> m_recent; // windows, most recently used last
    mutable int m_windowLoads = 0;
};

} // namespace sd
