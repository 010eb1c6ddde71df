#pragma once

#include "queue/QueueQuery.h"

#include <QListWidget>

namespace sd {

// The left-hand list: the queues with their live counts, then Customers,
// Complaints, Visits and Reports. Counts come from indexed COUNT queries, refreshed on changes.
class NavigationPanel : public QListWidget
{
    Q_OBJECT

public:
    enum class Page { Queue, Customers, Complaints, Visits, ReturnVisits, Care, Knowledge, Quality, Performance, Risks, Reports };

    NavigationPanel(QueueQuery queries, QWidget* parent = nullptr);
    void setUser(std::optional<qint64> userId) { m_userId = userId; }
    void refreshCounts(qint64 now);
    static QList<Queue> queues();
    static QString queueTitle(Queue queue);

signals:
    void queueChosen(Queue queue, const QString& title);
    void pageChosen(NavigationPanel::Page page);

private:
    void emitChoice(QListWidgetItem* item);
    QueueQuery m_queries;
    std::optional<qint64> m_userId;
};

} // namespace sd
