#pragma once

#include "common/Error.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportReport.h"
#include "exchange/ImportRow.h"
#include "exchange/ImportRowParser.h"
#include "exchange/RejectsFile.h"
#include "tickets/TicketStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace sd {

class Workspace;

// One import run: resolves each checked row against the database (customer,
// assignee, SLA policy, number), writes the ticket and its timeline inside the
// caller's write transaction, and keeps the report and the rejects file. Holds
// no more than one row at a time, plus the customers and assignees the file
// names (looked up once each). When only checking (a --check run, or after a
// bad row when bad rows refuse the whole file) it writes nothing and needs no
// transaction: it then also remembers the numbers seen, to find repeats.
class ImportSession
{
public:
    ImportSession(Workspace& workspace, const ImportOptions& options, const ImportRowParser& parser);
    ~ImportSession();

    Status prepare(const QStringList& header);
    // At the start of each write step: a desk may have created customers since
    // the last one, taking the codes this run would hand out next.
    Status beginStep();
    // An error only when the database fails; bad rows go to the report.
    Status add(const CsvRecord& record);
    // Raises the ticket counters past the imported numbers.
    Status finish();
    // The number prefixes imported so far ("HQ-2026"), whose counters finish() raises.
    QStringList counterPrefixes() const { return m_counters.keys(); }
    // Counts `number` as if imported, so finish() raises its counter now: a
    // stepped import notes every number of the file before its first step,
    // so that no desk hands out a number a later step is about to import.
    void reserveNumber(const QString& number) { noteCounter(number); }
    Status commitRejects();
    bool rejectsCommitted() const { return m_rejectsCommitted; }
    const ImportReport& report() const { return m_report; }
    // True once nothing more will be written.
    bool checking() const { return m_checking; }

private:
    struct CustomerRef
    {
        qint64 id = 0; // 0: not in the database yet
        QString name;
        QString tierCode;
    };
    using Problems = QList<ImportProblem>;

    Status insert(const ImportRow& row, Problems& problems);
    Result<CustomerRef> findCustomer(const QString& text);
    Result<qint64> createCustomer(const QString& text, CustomerRef& customer);
    Result<std::optional<qint64>> findAssignee(const QString& login);
    Result<bool> numberTaken(const QString& number);
    Result<QString> duplicateReason(const QString& number);
    Status refuseTakenNumber(const ImportRow& row, Problems& problems);
    Status writeTicket(const ImportRow& row, Ticket& ticket, const SlaPolicy& policy, const BusinessCalendar& calendar,
                       Problems& problems);
    Status reject(const CsvRecord& record, const Problems& problems);
    void noteCounter(const QString& number);

    Workspace& m_workspace;
    ImportOptions m_options;
    const ImportRowParser& m_parser;
    TicketStore m_store;
    qint64 m_now = 0;
    qint64 m_lastIdBefore = 0;
    qint64 m_nextCustomerCode = 1;
    std::unique_ptr<BulkInserter> m_ticketInserter;
    std::unique_ptr<BulkInserter> m_eventInserter;
    std::unique_ptr<BulkInserter> m_customerInserter;
    std::unique_ptr<QSqlQuery> m_customerByCode;
    std::unique_ptr<QSqlQuery> m_customerByName;
    std::unique_ptr<QSqlQuery> m_ticketByNumber;
    std::unique_ptr<RejectsFile> m_rejects;
    QHash<QString, CustomerRef> m_customers;
    QHash<QString, qint64> m_assignees;
    QHash<QString, qint64> m_counters; // prefix -> highest number imported
    QSet<QString> m_checkedNumbers;    // only while checking
    bool m_checking = false;
    bool m_rejectsCommitted = false;
    QList<TicketEvent> m_events;       // reused for each row
    ImportReport m_report;
};

} // namespace sd
