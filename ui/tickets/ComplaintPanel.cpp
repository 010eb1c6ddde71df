#include "tickets/ComplaintPanel.h"

#include "tickets/Workflow.h"
#include "common/LockWait.h"
#include "common/MoneyEdit.h"
#include "people/AccessControl.h"
#include "tickets/TicketText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sd {
namespace {

QString nextStepText(ComplaintStage stage)
{
    switch (stage) {
    case ComplaintStage::Received: return ComplaintPanel::tr("&Verify the complaint…");
    case ComplaintStage::Verified: return ComplaintPanel::tr("&Handle: choose the remedy…");
    case ComplaintStage::Handled: return ComplaintPanel::tr("Record the &feedback…");
    case ComplaintStage::FeedbackGiven: return ComplaintPanel::tr("&Close the complaint…");
    case ComplaintStage::Closed: break;
    }
    return {};
}

} // namespace

ComplaintPanel::ComplaintPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Complaint"), parent)
    , m_context(context)
    , m_stage(new QLabel(this))
    , m_answerBy(new QLabel(this))
    , m_closeBy(new QLabel(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("complaintPanel"));
    m_stage->setObjectName(QStringLiteral("complaintStage"));
    m_answerBy->setObjectName(QStringLiteral("complaintAnswerBy"));
    m_closeBy->setObjectName(QStringLiteral("complaintCloseBy"));
    m_details->setObjectName(QStringLiteral("complaintDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("complaintError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_next->setObjectName(QStringLiteral("complaintNextStep"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Answer by:"), m_answerBy);
    form->addRow(tr("Close by:"), m_closeBy);
    form->addRow(m_details);
    form->addRow(m_error);
    form->addRow(m_next);
    connect(m_next, &QPushButton::clicked, this, &ComplaintPanel::takeNextStep);
    hide();
}

QString ComplaintPanel::instant(qint64 value) const
{
    return TicketText::instant(value, m_zone);
}

void ComplaintPanel::showTicket(const Ticket& ticket)
{
    m_ticket = ticket;
    m_error->hide();
    if (ticket.id == 0 || ticket.details.category != Category::Complaint) {
        hide();
        return;
    }
    auto complaint = m_context.workspace.complaints().ofTicket(ticket.id);
    if (!complaint) {
        m_error->setText(complaint.error().message);
        m_error->show();
        show();
        return;
    }
    showComplaint(*complaint);
    show();
}

void ComplaintPanel::showComplaint(const Complaint& complaint)
{
    m_complaint = complaint;
    const qint64 now = m_context.workspace.clock().now();
    m_stage->setText(toLabel(complaint.stage));
    const bool answered = complaint.respondedAt.has_value();
    const bool answerLate = answered ? *complaint.respondedAt > complaint.responseDue : now > complaint.responseDue;
    m_answerBy->setText(answered     ? tr("%1 (answered %2)").arg(instant(complaint.responseDue), instant(*complaint.respondedAt))
                        : answerLate ? tr("%1 (overdue)").arg(instant(complaint.responseDue))
                                     : instant(complaint.responseDue));
    const bool closeLate = complaint.closedAt ? *complaint.closedAt > complaint.closingDue : now > complaint.closingDue;
    m_closeBy->setText(closeLate ? tr("%1 (overdue)").arg(instant(complaint.closingDue)) : instant(complaint.closingDue));
    for (auto [label, late] : {std::pair{m_answerBy, answerLate}, std::pair{m_closeBy, closeLate}})
        label->setStyleSheet(late ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
    QStringList details;
    if (!complaint.evidence.isEmpty())
        details.append(tr("Evidence: %1").arg(complaint.evidence));
    if (complaint.remedy)
        details.append(complaint.remedyCents ? tr("Remedy: %1, %2").arg(toLabel(*complaint.remedy), MoneyEdit::shown(*complaint.remedyCents))
                                             : tr("Remedy: %1").arg(toLabel(*complaint.remedy)));
    if (!complaint.feedback.isEmpty())
        details.append(tr("Feedback: %1").arg(complaint.feedback));
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    const auto me = m_context.workspace.users().byId(m_context.userId);
    const bool allowed = me && AccessControl::allows(*me, Action::HandleComplaint);
    const bool open = Workflow::isOpen(m_ticket.status);
    m_next->setVisible(complaint.stage != ComplaintStage::Closed && open);
    m_next->setEnabled(allowed);
    m_next->setText(nextStepText(complaint.stage));
    m_next->setToolTip(allowed ? QString() : tr("Only agents, supervisors and administrators take complaints along their path."));
}

bool ComplaintPanel::takeNextStep()
{
    if (m_complaint.stage == ComplaintStage::Closed)
        return false;
    ComplaintStepDialog dialog(ComplaintStage(int(m_complaint.stage) + 1), m_complaint.cause, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return takeStep(dialog.step());
}

bool ComplaintPanel::takeStep(const ComplaintStep& step)
{
    m_error->hide();
    auto taken = LockWait::retry<Complaint>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.complaints().advance(m_ticket.id, m_complaint.version, step, m_context.userId);
    });
    if (!taken) {
        m_error->setText(taken.error().message);
        m_error->show();
        return false;
    }
    emit stepTaken();
    return true;
}

ComplaintStepDialog::ComplaintStepDialog(ComplaintStage to, std::optional<ComplaintCause> cause, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
{
    setObjectName(QStringLiteral("complaintStepDialog"));
    setWindowTitle(tr("Complaint: %1").arg(toLabel(to)));
    auto* form = new QFormLayout;
    if (to == ComplaintStage::Handled) {
        m_remedy = new QComboBox(this);
        m_remedy->setObjectName(QStringLiteral("remedyChoice"));
        m_remedy->addItem(tr("Choose the remedy"));
        for (Remedy remedy : allValues<Remedy>())
            m_remedy->addItem(toLabel(remedy), toCode(remedy));
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("remedyAmount"));
        m_amount->setPlaceholderText(tr("e.g. 200.00"));
        m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}([.,]\\d{0,2})?")), m_amount));
        form->addRow(tr("&Remedy:"), m_remedy);
        form->addRow(tr("&Amount:"), m_amount);
        connect(m_remedy, &QComboBox::currentIndexChanged, this, &ComplaintStepDialog::updateOk);
        connect(m_amount, &QLineEdit::textChanged, this, &ComplaintStepDialog::updateOk);
    }
    if (to == ComplaintStage::Closed) {
        m_cause = new QComboBox(this);
        m_cause->setObjectName(QStringLiteral("closingCause"));
        m_cause->addItem(tr("Choose the cause"));
        for (ComplaintCause value : allValues<ComplaintCause>())
            m_cause->addItem(toLabel(value), toCode(value));
        if (cause)
            m_cause->setCurrentIndex(m_cause->findData(toCode(*cause)));
        form->addRow(tr("&Cause:"), m_cause);
        connect(m_cause, &QComboBox::currentIndexChanged, this, &ComplaintStepDialog::updateOk);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("complaintNote"));
    m_note->setTabChangesFocus(true);
    const QString noteLabel = to == ComplaintStage::Verified ? tr("&Evidence (what was checked and found):")
        : to == ComplaintStage::Handled                      ? tr("&Remarks:")
        : to == ComplaintStage::FeedbackGiven               ? tr("&What the customer was told and how they took it:")
                                                              : tr("&Solution (empty: the feedback):");
    auto* noteCaption = new QLabel(noteLabel, this);
    noteCaption->setBuddy(m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ComplaintStepDialog::updateOk);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(noteCaption);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(460, 300);
    updateOk();
}

void ComplaintStepDialog::updateOk()
{
    const bool noted = !m_note->toPlainText().trimmed().isEmpty();
    bool ready = true;
    if (m_to == ComplaintStage::Verified || m_to == ComplaintStage::FeedbackGiven)
        ready = noted;
    if (m_remedy) {
        const auto remedy = fromCode<Remedy>(m_remedy->currentData().toString());
        const bool needsAmount = remedy == Remedy::Refund || remedy == Remedy::Compensation;
        ready = remedy && (!needsAmount || MoneyEdit::typed(m_amount->text()).value_or(0) > 0);
    }
    if (m_cause)
        ready = m_cause->currentIndex() > 0;
    m_ok->setEnabled(ready);
}

ComplaintStep ComplaintStepDialog::step() const
{
    ComplaintStep step;
    step.to = m_to;
    step.note = m_note->toPlainText().trimmed();
    if (m_remedy) {
        step.remedy = fromCode<Remedy>(m_remedy->currentData().toString());
        if (!m_amount->text().trimmed().isEmpty())
            step.remedyCents = MoneyEdit::typed(m_amount->text());
    }
    if (m_cause)
        step.cause = fromCode<ComplaintCause>(m_cause->currentData().toString());
    return step;
}

} // namespace sd
