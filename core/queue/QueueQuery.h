#pragma once

#include "common/Codes.h"
#include "common/Error.h"
#include "reports/ReportRequest.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QList>
#include <QString>

#include <optional>

namespace sd {

enum class Queue { Open, Mine, Unassigned, AtRisk, Breached, Pending, PendingCustomer, RecentlyResolved, All };
enum class QueueSort { Due, Number, Created, Updated, Priority, Status, Resolved };

// One line of a queue: what the list shows, nothing more.
struct QueueRow
{
    qint64 id = 0;
    QString number;
    QString subject;
    QString customerName;
    QString tierCode;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::P3;
    QString assigneeName;
    std::optional<qint64> nextDue;
    std::optional<qint64> nextWarn;
    std::optional<qint64> pausedSince;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<int> csatScore;
    Category category = Category::Inquiry;
};

struct QueueRequest
{
    Queue queue = Queue::Open;
    std::optional<QueueSort> sort; // none: the queue's natural order
    bool descending = false;
    int limit = 50;
    int offset = 0;
    std::optional<qint64> me;      // the user for "My open tickets"
    std::optional<qint64> customerId; // only this customer's tickets (customer history)
    QString search;                // number, phone, or words of subject/description/customer
    // The tickets behind a line of a report: its filter and creation period.
    std::optional<ReportFilter> reportFilter;
    std::optional<qint64> createdFrom, createdTo;
    std::optional<TicketStatus> status; // only tickets in this status (the "All tickets" filter)
};

// Queries the queues on indexes: each queue's filter and order are chosen so
// that the first page reads a few index entries, never the whole table.
class QueueQuery
{
public:
    explicit QueueQuery(Database database);

    Result<QList<QueueRow>> page(const QueueRequest& request, qint64 now) const;
    // The one statement page() runs, with its values (benchmarks run it bare as the floor).
    Result<SqlFragment> pageStatement(const QueueRequest& request, qint64 now) const;
    Result<qint64> count(const QueueRequest& request, qint64 now) const;
    // The ids of rows [offset, offset + limit) in the request's order, or, when
    // `fromEnd`, of the rows counted from the far end (for windows near the
    // bottom of a long queue, so no query skips more than half of it). The ids
    // come from the queue's index alone; rowsByIds then reads just those rows.
    Result<QList<qint64>> pageIds(const QueueRequest& request, qint64 now, qint64 offset, int limit, bool fromEnd) const;
    Result<QList<QueueRow>> rowsByIds(const QList<qint64>& ids) const;

    static QString queueCode(Queue queue);
    static std::optional<Queue> queueFromCode(const QString& code);
    static std::optional<QueueSort> sortFromCode(const QString& code);

private:
    struct Filter
    {
        QString where;
        QVariantList values;
        // The filter names a bounded set of rows (a text search's matches):
        // read those and sort them, rather than walk an index in order
        // hoping to meet them, which for a rare word reads the whole table.
        bool fewRows = false;
        // The filter may match most of the table (a 1-2 character search on
        // SQLite, any text search on a server): counting all its matches
        // would read them all, so at most kSearchCap are.
        bool scans = false;
    };
    Result<Filter> filterFor(const QueueRequest& request, qint64 now) const;
    QString orderBy(const QueueRequest& request, bool reversed, bool fewRows) const;
    Result<Filter> searchFilter(const QString& text) const;

    Database m_database;
};

} // namespace sd
