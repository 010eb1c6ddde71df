#include "common/DialogParts.h"
#include "dispatch/PlanPanel.h"

#include "common/LockWait.h"
#include "common/MoneyEdit.h"
#include "people/AccessControl.h"
#include "tickets/TicketText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PlanPanel::PlanPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Solution plan"), parent)
    , m_context(context)
    , m_versions(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_consent(new QLabel(this))
    , m_error(new QLabel(this))
    , m_propose(new QPushButton(tr("&Propose a plan…"), this))
    , m_agree(new QPushButton(tr("Record the customer's &consent…"), this))
{
    setObjectName(QStringLiteral("planPanel"));
    m_versions->setObjectName(QStringLiteral("planVersions"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_consent->setObjectName(QStringLiteral("planConsent"));
    m_consent->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_propose->setObjectName(QStringLiteral("proposePlan"));
    m_agree->setObjectName(QStringLiteral("recordConsent"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Version:"), this));
    top->addWidget(m_versions);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_propose);
    buttons->addWidget(m_agree);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_consent);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &PlanPanel::showVersion);
    connect(m_propose, &QPushButton::clicked, this, &PlanPanel::proposePlan);
    connect(m_agree, &QPushButton::clicked, this, &PlanPanel::askConsent);
    hide();
}

void PlanPanel::showTicket(qint64 ticketId, bool ticketOpen, const QString& contactName)
{
    m_ticketId = ticketId;
    m_ticketOpen = ticketOpen;
    m_contactName = contactName;
    m_error->hide();
    setVisible(ticketId != 0);
    if (ticketId != 0)
        refresh();
}

void PlanPanel::refresh()
{
    auto plans = m_context.workspace.plans().ofTicket(m_ticketId);
    if (!plans) {
        showError(plans.error().message);
        return;
    }
    m_plans = *plans;
    const QSignalBlocker block(m_versions);
    m_versions->clear();
    for (const SolutionPlan& plan : m_plans)
        m_versions->addItem(&plan == &m_plans.constLast() ? tr("%1 (current)").arg(plan.planNo) : QString::number(plan.planNo));
    m_versions->setEnabled(m_plans.size() > 1);
    m_versions->setCurrentIndex(int(m_plans.size()) - 1);
    showVersion(m_versions->currentIndex());
}

void PlanPanel::showVersion(int index)
{
    const auto me = m_context.workspace.users().byId(m_context.userId);
    const bool allowed = me && AccessControl::allows(*me, Action::ProposePlan) && m_ticketOpen;
    m_propose->setEnabled(allowed);
    m_propose->setText(m_plans.isEmpty() ? tr("&Propose a plan…") : tr("&Revise the plan…"));
    if (index < 0 || index >= m_plans.size()) {
        m_details->setText(tr("No plan yet: propose one once the cause is known, and agree it with the customer before the work starts."));
        m_consent->clear();
        m_agree->setEnabled(false);
        return;
    }
    const SolutionPlan& plan = m_plans.at(index);
    const bool current = index == m_plans.size() - 1;
    m_details->setText(describe(plan));
    if (plan.consented()) {
        m_consent->setText(tr("Agreed by %1 (%2) on %3; recorded by %4.")
                               .arg(plan.consentBy, plan.consentHow ? toLabel(*plan.consentHow) : QString(),
                                    TicketText::instant(*plan.consentAt, m_zone), plan.consentRecordedByName));
        m_consent->setStyleSheet(QStringLiteral("color: #1e7e34;"));
    } else {
        m_consent->setText(current ? tr("Waiting for the customer's consent: agree the plan before the work starts.")
                                   : tr("Replaced before the customer agreed."));
        m_consent->setStyleSheet(current ? QStringLiteral("color: #b3261e; font-weight: 600;") : QStringLiteral("color: #6b6b6b;"));
    }
    m_agree->setEnabled(allowed && current && !plan.consented());
}

QString PlanPanel::describe(const SolutionPlan& plan) const
{
    QString html = tr("<b>Version %1</b>, proposed by %2 on %3")
                       .arg(plan.planNo)
                       .arg(escaped(plan.createdByName), TicketText::instant(plan.createdAt, m_zone));
    html += QStringLiteral("<table cellspacing='2'>");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#555;padding-right:10px'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Cause"), escaped(plan.cause));
    row(tr("Steps"), escaped(plan.steps));
    for (const PlanPart& part : plan.parts)
        row(tr("Part"), tr("%1 × %2 at %3 = %4")
                            .arg(escaped(part.name))
                            .arg(part.quantity)
                            .arg(MoneyEdit::shown(part.unitCents), MoneyEdit::shown(part.quantity * part.unitCents)));
    if (plan.labourMinutes > 0)
        row(tr("Labour"), tr("%1 min at the %2 rate = %3")
                              .arg(plan.labourMinutes)
                              .arg(toLabel(plan.labourRole), MoneyEdit::shown(plan.labourCents)));
    if (plan.otherCents > 0)
        row(tr("Other"), tr("%1 %2").arg(MoneyEdit::shown(plan.otherCents), escaped(plan.otherNote)).trimmed());
    row(tr("Estimate"), MoneyEdit::shown(plan.totalCents));
    row(tr("Customer pays"), plan.inWarranty ? tr("%1 (in warranty: parts and labour are free)").arg(MoneyEdit::shown(plan.customerCents))
                                             : MoneyEdit::shown(plan.customerCents));
    row(tr("Done by"), TicketText::instant(plan.deadline, m_zone));
    return html + QStringLiteral("</table>");
}

void PlanPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

bool PlanPanel::proposePlan()
{
    PlanDialog dialog(m_context, m_ticketId, m_plans.isEmpty() ? nullptr : &m_plans.constLast(), this);
    return dialog.exec() == QDialog::Accepted && propose(dialog.draft());
}

bool PlanPanel::askConsent()
{
    if (m_plans.isEmpty())
        return false;
    ConsentDialog dialog(m_plans.constLast(), m_contactName, this);
    return dialog.exec() == QDialog::Accepted && recordConsent(dialog.consent());
}

bool PlanPanel::propose(const PlanDraft& draft)
{
    auto proposed = LockWait::retry<SolutionPlan>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.plans().propose(m_ticketId, draft, m_context.userId);
    });
    if (!proposed) {
        showError(proposed.error().message);
        return false;
    }
    m_error->hide();
    refresh();
    return true;
}

bool PlanPanel::recordConsent(const Consent& consent)
{
    if (m_plans.isEmpty())
        return false;
    const int planNo = m_plans.constLast().planNo;
    auto agreed = LockWait::retry<SolutionPlan>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.plans().recordConsent(m_ticketId, planNo, consent, m_context.userId);
    });
    if (!agreed) {
        showError(agreed.error().message);
        return false;
    }
    m_error->hide();
    refresh();
    return true;
}

PlanDialog::PlanDialog(AppContext& context, qint64 ticketId, const SolutionPlan* previous, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ticketId(ticketId)
    , m_cause(new QLineEdit(this))
    , m_steps(new QPlainTextEdit(this))
    , m_parts(new QTreeWidget(this))
    , m_partChoice(new QComboBox(this))
    , m_partName(new QLineEdit(this))
    , m_partQuantity(new QSpinBox(this))
    , m_partUnit(DialogParts::moneyField(this, "planPartUnit"))
    , m_labour(new QSpinBox(this))
    , m_labourRole(new QComboBox(this))
    , m_other(DialogParts::moneyField(this, "planOther"))
    , m_otherNote(new QLineEdit(this))
    , m_deadline(new QDateTimeEdit(this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(previous ? tr("Revise the solution plan (version %1)").arg(previous->planNo + 1) : tr("Propose a solution plan"));
    m_cause->setObjectName(QStringLiteral("planCause"));
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setTabChangesFocus(true);
    m_steps->setFixedHeight(70);
    m_parts->setObjectName(QStringLiteral("planParts"));
    m_parts->setRootIsDecorated(false);
    m_parts->setHeaderLabels({tr("Part"), tr("Quantity"), tr("Unit cost"), tr("Amount")});
    m_parts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parts->setFixedHeight(90);
    m_partChoice->setObjectName(QStringLiteral("planPartChoice"));
    for (const PartPrice& part : context.workspace.configuration().service.parts)
        m_partChoice->addItem(tr("%1 (%2)").arg(part.name, MoneyEdit::shown(part.unitCents)), part.code);
    m_partChoice->addItem(tr("Another part…"), QString());
    m_partName->setObjectName(QStringLiteral("planPartName"));
    m_partName->setPlaceholderText(tr("Name of the part"));
    m_partQuantity->setObjectName(QStringLiteral("planPartQuantity"));
    m_partQuantity->setRange(1, 1000);
    m_labour->setObjectName(QStringLiteral("planLabour"));
    m_labour->setRange(0, 100000);
    m_labour->setSuffix(tr(" min"));
    m_labourRole->setObjectName(QStringLiteral("planLabourRole"));
    for (Role role : {Role::Technician, Role::Agent, Role::Supervisor})
        m_labourRole->addItem(toLabel(role), toCode(role));
    m_otherNote->setObjectName(QStringLiteral("planOtherNote"));
    m_otherNote->setPlaceholderText(tr("e.g. call-out fee"));
    m_deadline->setObjectName(QStringLiteral("planDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_deadline->setDateTime(QDateTime::fromSecsSinceEpoch(context.workspace.clock().now()).addDays(2));
    m_totals->setObjectName(QStringLiteral("planTotals"));
    m_totals->setWordWrap(true);

    auto* addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("planAddPart"));
    auto* removeButton = new QPushButton(tr("Re&move"), this);
    removeButton->setObjectName(QStringLiteral("planRemovePart"));
    auto* partLine = new QHBoxLayout;
    partLine->addWidget(m_partChoice, 2);
    partLine->addWidget(m_partName, 2);
    partLine->addWidget(m_partQuantity);
    partLine->addWidget(m_partUnit, 1);
    partLine->addWidget(addButton);
    partLine->addWidget(removeButton);
    auto* labourLine = new QHBoxLayout;
    labourLine->addWidget(m_labour);
    labourLine->addWidget(new QLabel(tr("at the rate of"), this));
    labourLine->addWidget(m_labourRole);
    labourLine->addStretch();
    auto* otherLine = new QHBoxLayout;
    otherLine->addWidget(m_other, 1);
    otherLine->addWidget(m_otherNote, 2);
    auto* form = new QFormLayout;
    form->addRow(tr("&Cause found:"), m_cause);
    form->addRow(tr("&Steps:"), m_steps);
    form->addRow(tr("&Parts:"), m_parts);
    form->addRow(QString(), partLine);
    form->addRow(tr("&Labour:"), labourLine);
    form->addRow(tr("&Other charges:"), otherLine);
    form->addRow(tr("&Done by:"), m_deadline);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_totals);
    m_ok = DialogParts::addOkCancel(this, layout)->button(QDialogButtonBox::Ok);
    if (previous)
        fillFrom(*previous);
    connect(addButton, &QPushButton::clicked, this, &PlanDialog::addPart);
    connect(removeButton, &QPushButton::clicked, this, &PlanDialog::removePart);
    connect(m_partChoice, &QComboBox::currentIndexChanged, this, [this] {
        const bool other = m_partChoice->currentData().toString().isEmpty();
        m_partName->setEnabled(other);
        m_partUnit->setEnabled(other);
    });
    emit m_partChoice->currentIndexChanged(m_partChoice->currentIndex());
    for (QLineEdit* edit : {m_cause, m_other})
        connect(edit, &QLineEdit::textChanged, this, &PlanDialog::updateTotals);
    connect(m_steps, &QPlainTextEdit::textChanged, this, &PlanDialog::updateTotals);
    connect(m_labour, &QSpinBox::valueChanged, this, &PlanDialog::updateTotals);
    connect(m_labourRole, &QComboBox::currentIndexChanged, this, &PlanDialog::updateTotals);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this, &PlanDialog::updateTotals);
    updateTotals();
    resize(640, 560);
}

void PlanDialog::fillFrom(const SolutionPlan& plan)
{
    m_cause->setText(plan.cause);
    m_steps->setPlainText(plan.steps);
    for (const PlanPart& part : plan.parts)
        addPartRow(part);
    m_labour->setValue(int(plan.labourMinutes));
    m_labourRole->setCurrentIndex(qMax(0, m_labourRole->findData(toCode(plan.labourRole))));
    if (plan.otherCents > 0)
        m_other->setText(MoneyEdit::editable(plan.otherCents));
    m_otherNote->setText(plan.otherNote);
    if (plan.deadline > m_context.workspace.clock().now())
        m_deadline->setDateTime(QDateTime::fromSecsSinceEpoch(plan.deadline));
}

void PlanDialog::addPartRow(const PlanPart& part)
{
    m_partList.append(part);
    auto* item = new QTreeWidgetItem(m_parts);
    item->setText(0, part.name);
    item->setText(1, QString::number(part.quantity));
    item->setText(2, MoneyEdit::shown(part.unitCents));
    item->setText(3, MoneyEdit::shown(part.quantity * part.unitCents));
}

void PlanDialog::addPart()
{
    PlanPart part;
    part.code = m_partChoice->currentData().toString();
    part.quantity = m_partQuantity->value();
    if (const PartPrice* known = m_context.workspace.configuration().service.part(part.code)) {
        part.name = known->name;
        part.unitCents = known->unitCents;
    } else {
        const auto unit = MoneyEdit::typed(m_partUnit->text());
        if (m_partName->text().trimmed().isEmpty() || !unit)
            return;
        part.name = m_partName->text().trimmed();
        part.unitCents = *unit;
        m_partName->clear();
        m_partUnit->clear();
    }
    addPartRow(part);
    m_partQuantity->setValue(1);
    updateTotals();
}

void PlanDialog::removePart()
{
    const int row = m_parts->indexOfTopLevelItem(m_parts->currentItem());
    if (row < 0)
        return;
    delete m_parts->takeTopLevelItem(row);
    m_partList.removeAt(row);
    updateTotals();
}

// The service prices the draft as it would be written: one set of rules.
void PlanDialog::updateTotals()
{
    const PlanDraft current = draft();
    auto priced = m_context.workspace.plans().price(m_ticketId, current);
    QString problem;
    if (current.cause.isEmpty())
        problem = tr("Give the cause found.");
    else if (current.steps.isEmpty())
        problem = tr("Describe the steps of the repair.");
    else if (current.deadline <= m_context.workspace.clock().now())
        problem = tr("The deadline must be in the future.");
    else if (!m_other->text().trimmed().isEmpty() && !MoneyEdit::typed(m_other->text()))
        problem = tr("Give the other charges as an amount such as 30.50.");
    else if (!priced)
        problem = priced.error().message;
    if (!priced) {
        m_totals->setText(problem);
    } else {
        QString text = tr("Estimate %1 · the customer pays %2").arg(MoneyEdit::shown(priced->totalCents), MoneyEdit::shown(priced->customerCents));
        if (priced->inWarranty)
            text += QLatin1Char(' ') + tr("(in warranty: parts and labour are free)");
        m_totals->setText(problem.isEmpty() ? text : text + QLatin1Char('\n') + problem);
    }
    m_totals->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_ok->setEnabled(problem.isEmpty());
}

PlanDraft PlanDialog::draft() const
{
    PlanDraft draft;
    draft.cause = m_cause->text().trimmed();
    draft.steps = m_steps->toPlainText().trimmed();
    draft.parts = m_partList;
    draft.labourMinutes = m_labour->value();
    draft.labourRole = fromCode<Role>(m_labourRole->currentData().toString());
    draft.otherCents = MoneyEdit::typed(m_other->text()).value_or(0);
    draft.otherNote = m_otherNote->text().trimmed();
    draft.deadline = m_deadline->dateTime().toSecsSinceEpoch();
    return draft;
}

ConsentDialog::ConsentDialog(const SolutionPlan& plan, const QString& contactName, QWidget* parent)
    : QDialog(parent)
    , m_by(new QLineEdit(contactName, this))
    , m_how(new QComboBox(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("The customer agrees to version %1").arg(plan.planNo));
    m_by->setObjectName(QStringLiteral("consentBy"));
    m_how->setObjectName(QStringLiteral("consentHow"));
    m_how->addItem(tr("Choose how"), QString());
    for (ConsentMethod method : allValues<ConsentMethod>())
        m_how->addItem(toLabel(method), toCode(method));
    auto* summary = new QLabel(tr("Estimate %1; the customer pays %2.")
                                   .arg(MoneyEdit::shown(plan.totalCents), MoneyEdit::shown(plan.customerCents)),
                               this);
    auto* form = new QFormLayout;
    form->addRow(tr("Agreed &by:"), m_by);
    form->addRow(tr("&How:"), m_how);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    QPushButton* ok = DialogParts::addOkCancel(this, layout)->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!m_by->text().trimmed().isEmpty() && !m_how->currentData().toString().isEmpty()); };
    connect(m_by, &QLineEdit::textChanged, this, update);
    connect(m_how, &QComboBox::currentIndexChanged, this, update);
    update();
    resize(420, 160);
}

Consent ConsentDialog::consent() const
{
    Consent consent;
    consent.by = m_by->text().trimmed();
    consent.how = fromCode<ConsentMethod>(m_how->currentData().toString()).value_or(ConsentMethod::Phone);
    return consent;
}

} // namespace sd
