#include "main/ComplaintsPage.h"

#include "tickets/TicketText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Number, Age, Stage, Cause, AnswerBy, CloseBy, CustomerName, Assignee, Subject, ColumnCount };

QString ageText(qint64 seconds)
{
    const qint64 hours = std::max<qint64>(0, seconds) / 3600;
    if (hours < 24)
        return ComplaintsPage::tr("%1 h").arg(hours);
    return ComplaintsPage::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace

ComplaintsPage::ComplaintsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_cause(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(tr("Past their closing deadline only"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("complaintsPage"));
    auto* title = new QLabel(tr("Complaint register"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    m_cause->setObjectName(QStringLiteral("complaintCauseFilter"));
    m_cause->addItem(tr("All causes"));
    for (ComplaintCause cause : allValues<ComplaintCause>())
        m_cause->addItem(toLabel(cause), toCode(cause));
    m_overdueOnly->setObjectName(QStringLiteral("complaintOverdueOnly"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(new QLabel(tr("Cause:"), this));
    top->addWidget(m_cause);
    top->addWidget(m_overdueOnly);
    top->addWidget(refreshButton);

    m_table->setObjectName(QStringLiteral("complaintTable"));
    m_table->setHorizontalHeaderLabels({tr("Ticket"), tr("Age"), tr("Stage"), tr("Cause"), tr("Answer by"), tr("Close by"),
                                        tr("Customer"), tr("Assignee"), tr("Subject")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("complaintNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    connect(m_cause, &QComboBox::currentIndexChanged, this, &ComplaintsPage::refresh);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &ComplaintsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ComplaintsPage::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        emit ticketOpenRequested(m_table->item(row, Number)->data(Qt::UserRole).toLongLong());
    });
    connect(&m_context.workspace.complaints(), &ComplaintService::complaintChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ComplaintsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString ComplaintsPage::instant(std::optional<qint64> value) const
{
    if (!value)
        return tr("—");
    return TicketText::instant(*value, QTimeZone(m_context.workspace.configuration().officeTimeZone.toUtf8()));
}

void ComplaintsPage::refresh()
{
    ComplaintService::RegisterFilter filter;
    if (m_cause->currentIndex() > 0)
        filter.cause = fromCode<ComplaintCause>(m_cause->currentData().toString());
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.limit = kShown + 1;
    m_table->setRowCount(0);
    auto rows = m_context.workspace.complaints().openComplaints(filter);
    if (!rows) {
        m_note->setText(rows.error().describe());
        return;
    }
    const bool more = rows->size() > kShown;
    if (more)
        rows->removeLast();
    const qint64 now = m_context.workspace.clock().now();
    for (const ComplaintRegisterRow& row : *rows)
        addRow(row, now);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    if (rows->isEmpty())
        m_note->setText(filter.overdueOnly ? tr("No open complaint is past its closing deadline.") : tr("No open complaints."));
    else if (more)
        m_note->setText(tr("The %L1 oldest open complaints are shown.").arg(kShown));
    else
        m_note->setText(tr("%L1 open complaints, oldest first. Open one (Enter or double-click) to take its next step.").arg(rows->size()));
}

void ComplaintsPage::addRow(const ComplaintRegisterRow& row, qint64 now)
{
    const int at = m_table->rowCount();
    m_table->insertRow(at);
    auto* number = new QTableWidgetItem(row.ticketNumber);
    number->setData(Qt::UserRole, row.ticketId);
    m_table->setItem(at, Number, number);
    m_table->setItem(at, Age, new QTableWidgetItem(ageText(now - row.receivedAt)));
    m_table->setItem(at, Stage, new QTableWidgetItem(toLabel(row.stage)));
    m_table->setItem(at, Cause, new QTableWidgetItem(row.cause ? toLabel(*row.cause) : tr("Not yet known")));
    const bool answerLate = row.stage == ComplaintStage::Received && row.responseDue && *row.responseDue < now;
    const bool closeLate = row.closingDue && *row.closingDue < now;
    auto* answer = new QTableWidgetItem(row.stage != ComplaintStage::Received ? tr("Answered")
                                        : answerLate                        ? tr("%1 (overdue)").arg(instant(row.responseDue))
                                                                            : instant(row.responseDue));
    auto* close = new QTableWidgetItem(closeLate ? tr("%1 (overdue)").arg(instant(row.closingDue)) : instant(row.closingDue));
    for (auto [item, late] : {std::pair{answer, answerLate}, std::pair{close, closeLate}})
        if (late) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    m_table->setItem(at, AnswerBy, answer);
    m_table->setItem(at, CloseBy, close);
    m_table->setItem(at, CustomerName, new QTableWidgetItem(row.customerName));
    m_table->setItem(at, Assignee, new QTableWidgetItem(row.assigneeName.isEmpty() ? tr("Unassigned") : row.assigneeName));
    m_table->setItem(at, Subject, new QTableWidgetItem(row.subject));
}

} // namespace sd
