#pragma once

#include "queue/QueueModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

namespace sd {

// The centre of the main window: a search box (and, for all tickets, a status
// and a period filter) over a queue table. Rows have
// a fixed height (sizing a million rows to their contents takes minutes); the
// SLA countdowns tick once a second; columns can be hidden and moved and the
// layout is remembered.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    QueueView(Database database, Clock clock, QWidget* parent = nullptr);
    ~QueueView() override;

    QueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    void showQueue(Queue queue, std::optional<qint64> me, const QString& title);
    // Any request, e.g. the tickets behind a line of a report.
    void showRequest(const QueueRequest& request, const QString& title);
    // Re-reads the queue keeping the selected ticket selected and the scroll position.
    void refresh();
    qint64 currentTicketId() const;
    void selectRelative(int step);
    // Periods such as "today" start at midnight in this zone (the office's).
    void setOfficeTimeZone(const QTimeZone& zone) { m_officeZone = zone; }

signals:
    void currentTicketChanged(qint64 ticketId);
    void ticketActivated(qint64 ticketId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Period { Any, Today, Week, Month, Quarter, Year };
    void applySearch();
    void buildFilters();
    void applyFilters();
    // The status and period the filter boxes show, into the request.
    void readFilters(QueueRequest& request) const;
    void setFilterPeriod(QueueRequest& request, Period period) const;
    void showHeaderMenu(const QPoint& position);
    void restoreLayout();
    void saveLayout() const;
    void emitCurrent();

    QueueModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_title;
    QLabel* m_count;
    // Shown for "All tickets" only: every other queue is its own filter.
    QWidget* m_filters;
    QComboBox* m_statusFilter;
    QComboBox* m_periodFilter;
    QTimeZone m_officeZone = QTimeZone::systemTimeZone();
    int m_sortedColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_tick;
    QTimer m_searchDelay;
};

} // namespace sd
