#include "quality/ScorecardDialog.h"

#include "common/DialogParts.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Code, Label, Weight, Points, Critical };

} // namespace

ScorecardDialog::ScorecardDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("scorecardDialog"));
    setWindowTitle(tr("Scorecards"));
    resize(760, 520);
    m_cards = new QComboBox(this);
    m_cards->setObjectName(QStringLiteral("scorecardChoice"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scorecardName"));
    m_active = new QCheckBox(tr("In &use: new samples are reviewed with it"), this);
    m_active->setObjectName(QStringLiteral("scorecardActive"));
    m_criteria = new QTableWidget(0, 5, this);
    m_criteria->setObjectName(QStringLiteral("scorecardCriteria"));
    m_criteria->setHorizontalHeaderLabels({tr("Code"), tr("Criterion"), tr("Weight (1–100)"), tr("Points (2–5)"), tr("Critical")});
    m_criteria->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteria->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_message = DialogParts::errorLabel(this);
    m_message->setObjectName(QStringLiteral("scorecardMessage"));

    auto* form = new QFormLayout;
    auto* cardCaption = new QLabel(tr("&Scorecard:"), this);
    cardCaption->setBuddy(m_cards);
    form->addRow(cardCaption, m_cards);
    auto* nameCaption = new QLabel(tr("&Name:"), this);
    nameCaption->setBuddy(m_name);
    form->addRow(nameCaption, m_name);
    form->addRow(QString(), m_active);
    auto* hint = new QLabel(tr("A criterion scores (rating − 1) / (points − 1) × 100; the review is the weighted mean of the rated "
                               "criteria; a critical criterion rated below 50 makes the review 0."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a criterion"), this);
    add->setObjectName(QStringLiteral("addCriterion"));
    auto* remove = new QPushButton(tr("&Remove the criterion"), this);
    remove->setObjectName(QStringLiteral("removeCriterion"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_criteria, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addCriterion({QString(), QString(), 1, 5, false}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_criteria->currentRow() >= 0)
            m_criteria->removeRow(m_criteria->currentRow());
    });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ScorecardDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cards, &QComboBox::currentIndexChanged, this, &ScorecardDialog::showCard);
    fillCards(-1); // the first scorecard, or a new one when there is none
}

void ScorecardDialog::fillCards(qint64 selectId)
{
    auto cards = m_context.workspace.quality().scorecards(false);
    m_list = cards ? *cards : QList<Scorecard>();
    const QSignalBlocker quiet(m_cards);
    m_cards->clear();
    for (const Scorecard& card : std::as_const(m_list))
        m_cards->addItem(card.active ? card.name : tr("%1 (not in use)").arg(card.name), card.id);
    m_cards->addItem(tr("New scorecard"), 0);
    m_cards->setCurrentIndex(std::max(0, m_cards->findData(selectId)));
    showCard();
}

void ScorecardDialog::showCard()
{
    m_message->hide();
    const qint64 id = m_cards->currentData().toLongLong();
    Scorecard card;
    for (const Scorecard& each : std::as_const(m_list))
        if (each.id == id)
            card = each;
    m_name->setText(card.name);
    m_active->setChecked(card.active);
    m_criteria->setRowCount(0);
    for (const Criterion& criterion : std::as_const(card.criteria))
        addCriterion(criterion);
}

void ScorecardDialog::addCriterion(const Criterion& c)
{
    const int row = m_criteria->rowCount();
    m_criteria->insertRow(row);
    m_criteria->setItem(row, Code, new QTableWidgetItem(c.code));
    m_criteria->setItem(row, Label, new QTableWidgetItem(c.label));
    // Whole numbers edit with a spin box.
    for (const auto& [column, value] : {std::pair{int(Weight), c.weight}, std::pair{int(Points), c.points}}) {
        auto* number = new QTableWidgetItem;
        number->setData(Qt::EditRole, value);
        m_criteria->setItem(row, column, number);
    }
    auto* critical = new QTableWidgetItem;
    critical->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    critical->setCheckState(c.critical ? Qt::Checked : Qt::Unchecked);
    m_criteria->setItem(row, Critical, critical);
    m_criteria->setCurrentCell(row, c.code.isEmpty() ? Code : Label);
}

Scorecard ScorecardDialog::edited() const
{
    Scorecard card;
    const qint64 id = m_cards->currentData().toLongLong();
    for (const Scorecard& each : std::as_const(m_list))
        if (each.id == id)
            card = each;
    card.name = m_name->text();
    card.active = m_active->isChecked();
    card.criteria.clear();
    for (int row = 0; row < m_criteria->rowCount(); ++row)
        card.criteria.append({m_criteria->item(row, Code)->text().trimmed(), m_criteria->item(row, Label)->text().trimmed(),
                              m_criteria->item(row, Weight)->data(Qt::EditRole).toInt(),
                              m_criteria->item(row, Points)->data(Qt::EditRole).toInt(),
                              m_criteria->item(row, Critical)->checkState() == Qt::Checked});
    return card;
}

bool ScorecardDialog::save()
{
    auto saved = m_context.workspace.quality().saveScorecard(edited(), m_context.userId);
    if (!saved) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(saved.error().message);
        m_message->show();
        return false;
    }
    fillCards(saved->id);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Scorecard “%1” saved with %2 criteria.").arg(saved->name).arg(saved->criteria.size()));
    m_message->show();
    return true;
}

} // namespace sd
