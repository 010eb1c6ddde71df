#include "sync/ConflictsDialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

QString timeText(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ConflictsDialog::ConflictsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_conflicts(context.workspace.database(), context.workspace.clock())
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    auto* explanation = new QLabel(tr("Two offices changed the same field since they last synchronised. The value marked "
                                      "\"in use\" applies until you decide; your choice reaches every office with the next sync."),
                                   this);
    explanation->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Found"), tr("Record"), tr("Field"), tr("Value head office held"), tr("Value that arrived")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_showResolved = new QCheckBox(tr("Show resolved conflicts"), this);
    m_summary = new QLabel(this);
    m_keepHere = new QPushButton(tr("Keep the value &head office held"), this);
    m_keepThere = new QPushButton(tr("Keep the value that &arrived"), this);
    m_typeValue = new QPushButton(tr("&Type the right value…"), this);
    for (QPushButton* button : {m_keepHere, m_keepThere, m_typeValue})
        button->setAutoDefault(false);
    m_keepHere->setObjectName(QStringLiteral("keepHere"));
    m_keepThere->setObjectName(QStringLiteral("keepThere"));
    m_typeValue->setObjectName(QStringLiteral("typeValue"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_keepHere);
    actions->addWidget(m_keepThere);
    actions->addWidget(m_typeValue);
    actions->addStretch();
    actions->addWidget(m_showResolved);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_keepHere, &QPushButton::clicked, this, [this] { resolveSelected(SyncConflicts::Keep::Here); });
    connect(m_keepThere, &QPushButton::clicked, this, [this] { resolveSelected(SyncConflicts::Keep::There); });
    connect(m_typeValue, &QPushButton::clicked, this, [this] { resolveSelected(SyncConflicts::Keep::Typed); });
    const bool mayResolve = AccessControl::allows(*m_context.workspace.users().byId(m_context.userId), Action::ResolveConflicts);
    for (QPushButton* button : {m_keepHere, m_keepThere, m_typeValue})
        button->setVisible(mayResolve);
    resize(1100, 520);
    reload();
}

QString ConflictsDialog::sideText(const SyncConflict& conflict, bool here) const
{
    const QString value = m_conflicts.displayValue(conflict, here ? conflict.hereValue : conflict.thereValue);
    const QString office = here ? conflict.hereOffice : conflict.thereOffice;
    const QString by = here ? conflict.hereBy : conflict.thereBy;
    const qint64 at = here ? conflict.hereAt : conflict.thereAt;
    const bool inUse = conflict.open && conflict.winner == (here ? QLatin1String("here") : QLatin1String("there"));
    QString text = tr("%1\n%2 at office %3, %4").arg(value, by.isEmpty() ? tr("someone") : by, office, timeText(at));
    if (inUse)
        text += QLatin1Char('\n') + tr("(in use until someone decides)");
    return text;
}

void ConflictsDialog::reload()
{
    auto found = m_conflicts.list(!m_showResolved->isChecked());
    m_table->setRowCount(0);
    m_shown.clear();
    if (!found) {
        m_summary->setText(found.error().message);
        return;
    }
    m_shown = *found;
    for (const SyncConflict& conflict : m_shown) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString record = conflict.label;
        if (!conflict.open)
            record += QLatin1Char('\n') + tr("resolved by %1: %2").arg(conflict.resolvedBy, m_conflicts.displayValue(conflict, conflict.resolvedValue));
        const QStringList cells{timeText(conflict.detectedAt), record, m_conflicts.fieldLabel(conflict.field),
                                sideText(conflict, true), sideText(conflict, false)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    auto open = m_conflicts.openCount();
    m_summary->setText(open ? tr("Open conflicts: %1").arg(*open) : open.error().message);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = row >= 0 && row < m_shown.size() && m_table->selectionModel()->hasSelection() && m_shown.at(row).open;
    m_keepHere->setEnabled(open);
    m_keepThere->setEnabled(open);
    m_typeValue->setEnabled(open && SyncConflicts::acceptsTypedValue(m_shown.at(row).field));
}

void ConflictsDialog::resolveSelected(SyncConflicts::Keep keep)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const SyncConflict conflict = m_shown.at(row);
    QString typed;
    if (keep == SyncConflicts::Keep::Typed) {
        bool accepted = false;
        typed = QInputDialog::getText(this, tr("The right value"), tr("%1 of %2:").arg(m_conflicts.fieldLabel(conflict.field), conflict.label),
                                      QLineEdit::Normal, m_conflicts.displayValue(conflict, conflict.thereValue), &accepted);
        if (!accepted)
            return;
    }
    auto done = m_conflicts.resolve(conflict.id, keep, typed, m_context.userId);
    reload();
    if (!done) {
        m_summary->setText(done.error().message);
        return;
    }
    emit resolved();
}

} // namespace sd
