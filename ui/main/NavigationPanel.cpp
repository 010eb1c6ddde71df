#include "main/NavigationPanel.h"

namespace sd {
namespace {

constexpr int kQueueRole = Qt::UserRole + 1;
constexpr int kPageRole = Qt::UserRole + 2;

} // namespace

NavigationPanel::NavigationPanel(QueueQuery queries, QWidget* parent)
    : QListWidget(parent)
    , m_queries(std::move(queries))
{
    setObjectName(QStringLiteral("navigation"));
    for (Queue queue : queues()) {
        auto* item = new QListWidgetItem(queueTitle(queue), this);
        item->setData(kQueueRole, int(queue));
        item->setData(kPageRole, int(Page::Queue));
    }
    for (const auto& [page, title] : {std::pair{Page::Customers, tr("Customers")}, std::pair{Page::Complaints, tr("Complaints")},
                                      std::pair{Page::Visits, tr("Visits")}, std::pair{Page::ReturnVisits, tr("Return visits")},
                                      std::pair{Page::Care, tr("Care this week")}, std::pair{Page::Knowledge, tr("Knowledge base")},
                                      std::pair{Page::Quality, tr("Quality inspection")},
                                      std::pair{Page::Performance, tr("Agent performance")},
                                      std::pair{Page::Risks, tr("Risk register")},
                                      std::pair{Page::Reports, tr("Reports")}}) {
        auto* item = new QListWidgetItem(title, this);
        item->setData(kPageRole, int(page));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    setMinimumWidth(210);
    setSpacing(2);
    connect(this, &QListWidget::currentItemChanged, this, &NavigationPanel::emitChoice);
}

QList<Queue> NavigationPanel::queues()
{
    return {Queue::Mine, Queue::Unassigned, Queue::AtRisk, Queue::Breached, Queue::PendingCustomer, Queue::Open,
            Queue::RecentlyResolved, Queue::All};
}

QString NavigationPanel::queueTitle(Queue queue)
{
    switch (queue) {
    case Queue::Mine: return tr("My open tickets");
    case Queue::Unassigned: return tr("Unassigned");
    case Queue::AtRisk: return tr("At risk");
    case Queue::Breached: return tr("Breached");
    case Queue::PendingCustomer: return tr("Pending customer");
    case Queue::Open: return tr("All open");
    case Queue::RecentlyResolved: return tr("Recently resolved");
    case Queue::Pending: return tr("Pending");
    case Queue::All: return tr("All tickets");
    }
    return {};
}

void NavigationPanel::refreshCounts(qint64 now)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* entry = item(i);
        if (entry->data(kPageRole).toInt() != int(Page::Queue))
            continue;
        QueueRequest request;
        request.queue = Queue(entry->data(kQueueRole).toInt());
        // Counting every ticket of a large database on each refresh costs more
        // than the number tells; the list says how many when it is opened.
        if (request.queue == Queue::All)
            continue;
        request.me = m_userId;
        auto total = m_queries.count(request, now);
        const QString title = queueTitle(request.queue);
        entry->setText(total ? QStringLiteral("%1  (%L2)").arg(title).arg(*total) : title);
    }
}

void NavigationPanel::emitChoice(QListWidgetItem* item)
{
    if (!item)
        return;
    const Page page = Page(item->data(kPageRole).toInt());
    if (page == Page::Queue) {
        const Queue queue = Queue(item->data(kQueueRole).toInt());
        emit queueChosen(queue, queueTitle(queue));
    }
    emit pageChosen(page);
}

} // namespace sd
