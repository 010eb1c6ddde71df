#include "tickets/CostPanel.h"

#include "common/DialogParts.h"
#include "common/LockWait.h"
#include "common/MoneyEdit.h"
#include "people/AccessControl.h"
#include "tickets/TicketText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Kind, Description, Quantity, Amount, Charged, By, ColumnCount };

QString quantityText(const CostLine& line)
{
    switch (line.kind) {
    case CostKind::Labour: return CostPanel::tr("%1 min").arg(line.quantity);
    case CostKind::Parts: return CostPanel::tr("%1 × %2").arg(line.quantity).arg(MoneyEdit::shown(line.unitCents));
    case CostKind::Transport: return CostPanel::tr("%1 km").arg(line.quantity);
    case CostKind::Other: break;
    }
    return {};
}

} // namespace

CostPanel::CostPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Service cost"), parent)
    , m_context(context)
    , m_lines(new QTreeWidget(this))
    , m_totals(new QLabel(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add a cost…"), this))
    , m_void(new QPushButton(tr("&Void the line"), this))
{
    setObjectName(QStringLiteral("costPanel"));
    m_lines->setObjectName(QStringLiteral("costLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setColumnCount(ColumnCount);
    m_lines->setHeaderLabels({tr("Kind"), tr("What"), tr("Quantity"), tr("Amount"), tr("Customer pays"), tr("By")});
    m_lines->header()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->setMinimumHeight(110);
    m_totals->setObjectName(QStringLiteral("costTotals"));
    m_error->setObjectName(QStringLiteral("costError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_add->setObjectName(QStringLiteral("addCost"));
    m_void->setObjectName(QStringLiteral("voidCost"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_void);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lines);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, &CostPanel::addLine);
    connect(m_void, &QPushButton::clicked, this, &CostPanel::voidSelected);
    connect(m_lines, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_void->setEnabled(item && !item->data(0, Qt::UserRole + 1).toBool() && m_add->isEnabled());
    });
    hide();
}

void CostPanel::showTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    m_error->hide();
    setVisible(ticketId != 0);
    const auto me = m_context.workspace.users().byId(m_context.userId);
    const bool allowed = me && AccessControl::allows(*me, Action::RecordCost);
    m_add->setEnabled(allowed);
    m_add->setToolTip(allowed ? QString() : tr("Quality inspectors read the costs but do not record them."));
    if (ticketId != 0)
        refresh();
}

void CostPanel::refresh()
{
    m_lines->clear();
    m_void->setEnabled(false);
    auto lines = m_context.workspace.costs().lines(m_ticketId);
    auto summary = m_context.workspace.costs().summary(m_ticketId);
    if (!lines || !summary) {
        m_error->setText(!lines ? lines.error().message : summary.error().message);
        m_error->show();
        return;
    }
    for (const CostLine& line : *lines) {
        auto* item = new QTreeWidgetItem(m_lines);
        item->setText(Kind, toLabel(line.kind));
        item->setText(Description, line.voided ? tr("%1 (voided)").arg(line.description) : line.description);
        item->setText(Quantity, quantityText(line));
        item->setText(Amount, MoneyEdit::shown(line.amountCents));
        item->setText(Charged, MoneyEdit::shown(line.chargedCents));
        item->setText(By, line.createdByName);
        item->setData(0, Qt::UserRole, line.id);
        item->setData(0, Qt::UserRole + 1, line.voided);
        for (int column : {Amount, Charged, Quantity})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (line.voided)
            for (int column = 0; column < ColumnCount; ++column) {
                QFont font = item->font(column);
                font.setStrikeOut(true);
                item->setFont(column, font);
                item->setForeground(column, QColor(0x88, 0x88, 0x88));
            }
    }
    m_totals->setText(summary->lines == 0 ? tr("No costs recorded yet.")
                                          : tr("Total %1 · the customer pays %2").arg(MoneyEdit::shown(summary->totalCents), MoneyEdit::shown(summary->chargedCents)));
}

bool CostPanel::addLine()
{
    const auto me = m_context.workspace.users().byId(m_context.userId);
    CostDialog dialog(me ? me->role : Role::Agent, m_context.workspace.configuration().service.parts, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return add(dialog.entry());
}

bool CostPanel::add(const CostEntry& entry)
{
    m_error->hide();
    auto added = LockWait::retry<CostLine>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.costs().add(m_ticketId, entry, m_context.userId);
    });
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return false;
    }
    refresh();
    return true;
}

bool CostPanel::voidSelected()
{
    QTreeWidgetItem* item = m_lines->currentItem();
    if (!item)
        return false;
    m_error->hide();
    const qint64 lineId = item->data(0, Qt::UserRole).toLongLong();
    auto voided = LockWait::retry<bool>(this, m_context.workspace.database(), [&]() -> Result<bool> {
        if (auto done = m_context.workspace.costs().voidLine(lineId, m_context.userId); !done)
            return fail(done.error());
        return true;
    });
    if (!voided) {
        m_error->setText(voided.error().message);
        m_error->show();
        return false;
    }
    refresh();
    return true;
}

CostDialog::CostDialog(Role ownRole, const QList<PartPrice>& catalogue, QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_quantityLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleLabel(new QLabel(tr("&Rate of:"), this))
    , m_part(new QComboBox(this))
    , m_partLabel(new QLabel(tr("From the &catalogue:"), this))
    , m_catalogue(catalogue)
    , m_unit(DialogParts::moneyField(this, "costUnit"))
    , m_unitLabel(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_chargeOverride(new QCheckBox(tr("The customer pays a different amount:"), this))
    , m_charge(DialogParts::moneyField(this, "costCharge"))
{
    setObjectName(QStringLiteral("costDialog"));
    setWindowTitle(tr("Add a cost"));
    m_kind->setObjectName(QStringLiteral("costKind"));
    for (CostKind kind : allValues<CostKind>())
        m_kind->addItem(toLabel(kind), toCode(kind));
    m_quantity->setObjectName(QStringLiteral("costQuantity"));
    m_quantity->setRange(0, 1000000);
    m_role->setObjectName(QStringLiteral("costRole"));
    for (Role role : {Role::Agent, Role::Technician, Role::Supervisor})
        m_role->addItem(toLabel(role), toCode(role));
    m_role->setCurrentIndex(std::max(0, m_role->findData(toCode(ownRole))));
    m_description->setObjectName(QStringLiteral("costDescription"));
    m_part->setObjectName(QStringLiteral("costPart"));
    m_part->addItem(tr("(another part: name and cost below)"));
    for (const PartPrice& part : m_catalogue)
        m_part->addItem(tr("%1 (%2)").arg(part.name, MoneyEdit::shown(part.unitCents)), part.code);
    m_partLabel->setBuddy(m_part);
    m_chargeOverride->setObjectName(QStringLiteral("costChargeOverride"));
    m_charge->setEnabled(false);
    auto* note = new QLabel(tr("Without a different amount the customer pays the whole line, except labour and parts "
                               "while the ticket's product is under warranty."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_quantityLabel, m_quantity);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_partLabel, m_part);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(tr("&What:"), m_description);
    form->addRow(m_chargeOverride, m_charge);
    m_quantityLabel->setBuddy(m_quantity);
    m_roleLabel->setBuddy(m_role);
    m_unitLabel->setBuddy(m_unit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CostDialog::updateFields);
    connect(m_part, &QComboBox::currentIndexChanged, this, &CostDialog::pickPart);
    connect(m_chargeOverride, &QCheckBox::toggled, m_charge, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_unit, m_description, m_charge})
        connect(edit, &QLineEdit::textChanged, this, &CostDialog::updateFields);
    connect(m_quantity, &QSpinBox::valueChanged, this, &CostDialog::updateFields);
    connect(m_chargeOverride, &QCheckBox::toggled, this, &CostDialog::updateFields);
    updateFields();
}

void CostDialog::updateFields()
{
    const auto kind = fromCode<CostKind>(m_kind->currentData().toString()).value_or(CostKind::Labour);
    const bool labour = kind == CostKind::Labour;
    m_quantityLabel->setText(labour ? tr("&Minutes:") : kind == CostKind::Parts ? tr("&Pieces:") : tr("&Kilometres:"));
    m_quantityLabel->setVisible(kind != CostKind::Other);
    m_quantity->setVisible(kind != CostKind::Other);
    m_roleLabel->setVisible(labour);
    m_role->setVisible(labour);
    m_partLabel->setVisible(kind == CostKind::Parts && !m_catalogue.isEmpty());
    m_part->setVisible(kind == CostKind::Parts && !m_catalogue.isEmpty());
    m_unitLabel->setText(kind == CostKind::Parts ? tr("&Unit cost:") : tr("&Amount:"));
    const bool priced = kind == CostKind::Parts || kind == CostKind::Other;
    m_unitLabel->setVisible(priced);
    m_unit->setVisible(priced);
    bool ready = !priced || MoneyEdit::typed(m_unit->text()).has_value();
    if (labour || kind == CostKind::Parts)
        ready = ready && m_quantity->value() > 0;
    if (kind == CostKind::Parts)
        ready = ready && !m_description->text().trimmed().isEmpty();
    if (m_chargeOverride->isChecked())
        ready = ready && MoneyEdit::typed(m_charge->text()).has_value();
    m_ok->setEnabled(ready);
}

// A catalogue part fills in its name and unit cost; both stay editable.
void CostDialog::pickPart(int index)
{
    if (index <= 0 || index > m_catalogue.size())
        return;
    const PartPrice& part = m_catalogue.at(index - 1);
    m_description->setText(part.name);
    m_unit->setText(MoneyEdit::editable(part.unitCents));
}

CostEntry CostDialog::entry() const
{
    CostEntry entry;
    entry.kind = fromCode<CostKind>(m_kind->currentData().toString()).value_or(CostKind::Labour);
    entry.description = m_description->text().trimmed();
    entry.quantity = entry.kind == CostKind::Other ? 1 : m_quantity->value();
    if (entry.kind == CostKind::Labour)
        entry.role = fromCode<Role>(m_role->currentData().toString());
    if (entry.kind == CostKind::Parts || entry.kind == CostKind::Other)
        entry.unitCents = MoneyEdit::typed(m_unit->text());
    if (m_chargeOverride->isChecked())
        entry.chargedCents = MoneyEdit::typed(m_charge->text());
    return entry;
}

} // namespace sd
