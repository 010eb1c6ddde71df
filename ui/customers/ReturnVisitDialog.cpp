#include "customers/ReturnVisitDialog.h"

#include "common/DialogParts.h"
#include "common/LockWait.h"
#include "customers/ReturnVisitText.h"
#include "process/ReturnVisitService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sd {

using Then = ReturnVisitRecord::Then;

ReturnVisitDialog::ReturnVisitDialog(AppContext& context, const ReturnVisit& visit, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_visit(visit)
    , m_outcome(new QComboBox(this))
    , m_thenLabel(new QLabel(tr("What &follows:"), this))
    , m_then(new QComboBox(this))
    , m_subjectLabel(new QLabel(tr("New ticket's &subject:"), this))
    , m_subject(new QLineEdit(this))
    , m_score(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("returnVisitDialog"));
    setWindowTitle(tr("Record the return visit to %1").arg(visit.customerName));
    m_outcome->setObjectName(QStringLiteral("returnOutcome"));
    m_then->setObjectName(QStringLiteral("returnThen"));
    m_subject->setObjectName(QStringLiteral("returnSubject"));
    m_score->setObjectName(QStringLiteral("returnScore"));
    m_notes->setObjectName(QStringLiteral("returnNotes"));
    m_error->setObjectName(QStringLiteral("returnError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (ReturnOutcome outcome : allValues<ReturnOutcome>())
        m_outcome->addItem(toLabel(outcome), int(outcome));
    m_score->addItem(tr("Not asked"), 0);
    const QStringList scores{tr("1 – very dissatisfied"), tr("2 – dissatisfied"), tr("3 – neutral"), tr("4 – satisfied"),
                             tr("5 – very satisfied")};
    for (int score = 1; score <= 5; ++score)
        m_score->addItem(scores.at(score - 1), score);
    m_notes->setPlaceholderText(tr("What the customer said"));
    m_notes->setMinimumHeight(90);
    m_subject->setPlaceholderText(tr("Default: the start of the notes"));
    m_thenLabel->setBuddy(m_then);
    m_subjectLabel->setBuddy(m_subject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(m_thenLabel, m_then);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(tr("S&atisfaction:"), m_score);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSummary());
    layout->addLayout(form);
    layout->addWidget(m_error);
    DialogParts::addOkCancel(this, layout);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReturnVisitDialog::outcomeChanged);
    connect(m_then, &QComboBox::currentIndexChanged, this, &ReturnVisitDialog::thenChanged);
    outcomeChanged();
    resize(520, sizeHint().height());
}

QWidget* ReturnVisitDialog::buildSummary()
{
    const TierDefinition* tier = m_context.workspace.configuration().tier(m_visit.tierCode);
    QStringList lines{QStringLiteral("<b>%1</b> (%2) · %3 · %4")
                          .arg(m_visit.customerName.toHtmlEscaped(), m_visit.customerCode, m_visit.customerPhone.toHtmlEscaped(),
                               tier ? displayName(tier->name).toHtmlEscaped() : m_visit.tierCode)};
    lines.append(tr("%1, due %2").arg(ReturnVisitText::reason(m_visit), ReturnVisitText::day(m_visit.dueOn)).toHtmlEscaped());
    if (!m_visit.ticketNumber.isEmpty())
        lines.append(tr("Ticket %1: %2").arg(m_visit.ticketNumber, m_visit.ticketSubject).toHtmlEscaped());
    if (!m_visit.product.isEmpty())
        lines.append(tr("Product: %1").arg(m_visit.product).toHtmlEscaped());
    if (m_visit.attempts > 0)
        lines.append(tr("Tried before without reaching the customer: %1 of %2 attempts")
                         .arg(m_visit.attempts)
                         .arg(m_context.workspace.configuration().service.returnVisits.attempts)
                         .toHtmlEscaped());
    auto* summary = new QLabel(lines.join(QStringLiteral("<br>")), this);
    summary->setObjectName(QStringLiteral("returnSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    return summary;
}

void ReturnVisitDialog::outcomeChanged()
{
    const auto outcome = static_cast<ReturnOutcome>(m_outcome->currentData().toInt());
    m_then->clear();
    if (outcome == ReturnOutcome::IssuePersists) {
        if (m_visit.ticketId)
            m_then->addItem(tr("Back to ticket %1 (reopened if closed)").arg(m_visit.ticketNumber), int(Then::Reopen));
        m_then->addItem(tr("Open a new ticket"), int(Then::NewTicket));
    } else if (outcome == ReturnOutcome::NewNeed) {
        m_then->addItem(tr("Open a new ticket"), int(Then::NewTicket));
        m_then->addItem(tr("Note it as a sales lead"), int(Then::SalesLead));
    }
    const bool choose = m_then->count() > 0;
    m_then->setVisible(choose);
    m_thenLabel->setVisible(choose);
    const bool unreachable = outcome == ReturnOutcome::Unreachable;
    m_score->setEnabled(!unreachable);
    if (unreachable)
        m_score->setCurrentIndex(0);
    thenChanged();
}

void ReturnVisitDialog::thenChanged()
{
    const bool newTicket = m_then->isVisibleTo(this) && m_then->currentData().toInt() == int(Then::NewTicket);
    m_subject->setVisible(newTicket);
    m_subjectLabel->setVisible(newTicket);
}

ReturnVisitRecord ReturnVisitDialog::record() const
{
    ReturnVisitRecord record;
    record.outcome = static_cast<ReturnOutcome>(m_outcome->currentData().toInt());
    record.then = m_then->count() > 0 ? static_cast<Then>(m_then->currentData().toInt()) : Then::Nothing;
    record.notes = m_notes->toPlainText();
    record.newTicketSubject = m_subject->text();
    if (m_score->currentData().toInt() > 0)
        record.satisfaction = m_score->currentData().toInt();
    return record;
}

void ReturnVisitDialog::accept()
{
    const ReturnVisitRecord what = record();
    auto recorded = LockWait::retry<ReturnVisit>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.returnVisits().record(m_visit.id, m_visit.version, what, m_context.userId);
    });
    if (!recorded) {
        m_error->setText(recorded.error().message);
        m_error->show();
        return;
    }
    m_visit = *recorded;
    QDialog::accept();
}

} // namespace sd
