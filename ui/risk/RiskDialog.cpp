#include "risk/RiskDialog.h"

#include "common/DialogParts.h"
#include "risk/RiskRegister.h"
#include "risk/RiskText.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

RiskDialog::RiskDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_generalError(DialogParts::errorLabel(this))
    , m_errors(m_generalError)
{
    build();
    RiskDraft fresh;
    fresh.ownerId = context.userId;
    const QTimeZone zone(context.workspace.configuration().officeTimeZone.toUtf8());
    fresh.reviewOn = QDateTime::fromSecsSinceEpoch(context.workspace.clock().now(), zone).date().addDays(14);
    fill(fresh);
    setWindowTitle(tr("New risk"));
}

RiskDialog::RiskDialog(AppContext& context, const Risk& risk, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(risk)
    , m_generalError(DialogParts::errorLabel(this))
    , m_errors(m_generalError)
{
    build();
    fill(risk.draft);
    // A risk an alert raised keeps its rule's wording until someone names it.
    m_title->setPlaceholderText(RiskText::title(risk));
    setWindowTitle(tr("Edit risk %1").arg(risk.id));
}

void RiskDialog::build()
{
    setObjectName(QStringLiteral("riskDialog"));
    resize(640, 640);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("riskTitle"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("riskKind"));
    for (RiskKind kind : allValues<RiskKind>())
        m_kind->addItem(toLabel(kind), toCode(kind));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("riskDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What could happen, and what it would do to customers and the service"));
    m_probability = new QSpinBox(this);
    m_impact = new QSpinBox(this);
    for (QSpinBox* box : {m_probability, m_impact}) {
        box->setRange(1, 5);
        connect(box, &QSpinBox::valueChanged, this, &RiskDialog::updateScore);
    }
    m_probability->setObjectName(QStringLiteral("riskProbability"));
    m_impact->setObjectName(QStringLiteral("riskImpact"));
    m_probability->setToolTip(tr("1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain"));
    m_impact->setToolTip(tr("1 minor, 2 moderate, 3 serious, 4 major, 5 severe"));
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("riskScore"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("riskOwner"));
    m_owner->addItem(tr("Nobody yet"), QVariant());
    if (auto users = m_context.workspace.users().activeUsers())
        for (const User& user : *users)
            m_owner->addItem(user.displayName, user.id);
    m_mitigation = new QPlainTextEdit(this);
    m_mitigation->setObjectName(QStringLiteral("riskMitigation"));
    m_mitigation->setTabChangesFocus(true);
    m_mitigation->setPlaceholderText(tr("What is done now to make it less likely or less bad"));
    m_contingency = new QPlainTextEdit(this);
    m_contingency->setObjectName(QStringLiteral("riskContingency"));
    m_contingency->setTabChangesFocus(true);
    m_contingency->setPlaceholderText(tr("What is done if it happens"));
    m_hasReview = new QCheckBox(tr("Review &by"), this);
    m_reviewOn = new QDateEdit(this);
    m_reviewOn->setObjectName(QStringLiteral("riskReviewOn"));
    m_reviewOn->setCalendarPopup(true);
    m_reviewOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_hasReview, &QCheckBox::toggled, m_reviewOn, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    auto field = [&](const QString& label, QWidget* widget, const char* name) {
        QLabel* error = DialogParts::errorLabel(this);
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(widget);
        box->addWidget(error);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(widget);
        form->addRow(caption, box);
        m_errors.addField(QLatin1String(name), widget, error);
    };
    field(tr("&Title:"), m_title, "title");
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_description);
    auto* rating = new QHBoxLayout;
    auto* probabilityCaption = new QLabel(tr("&Probability:"), this);
    probabilityCaption->setBuddy(m_probability);
    auto* impactCaption = new QLabel(tr("&Impact:"), this);
    impactCaption->setBuddy(m_impact);
    rating->addWidget(probabilityCaption);
    rating->addWidget(m_probability);
    rating->addSpacing(16);
    rating->addWidget(impactCaption);
    rating->addWidget(m_impact);
    rating->addSpacing(16);
    rating->addWidget(m_score, 1);
    form->addRow(tr("Rating:"), rating);
    field(tr("&Owner:"), m_owner, "owner");
    field(tr("&Mitigation plan:"), m_mitigation, "mitigation");
    field(tr("&Contingency plan:"), m_contingency, "contingency");
    auto* review = new QHBoxLayout;
    review->addWidget(m_hasReview);
    review->addWidget(m_reviewOn);
    review->addStretch(1);
    form->addRow(tr("Next review:"), review);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_generalError);
    DialogParts::addOkCancel(this, layout);
}

void RiskDialog::fill(const RiskDraft& draft)
{
    m_title->setText(draft.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(toCode(draft.kind))));
    m_description->setPlainText(draft.description);
    m_probability->setValue(draft.probability);
    m_impact->setValue(draft.impact);
    if (draft.ownerId && m_owner->findData(*draft.ownerId) < 0) {
        // An owner who has left stays shown: saving asks for an active one rather than dropping them unseen.
        auto former = m_context.workspace.users().byId(*draft.ownerId);
        m_owner->addItem(tr("%1 (no longer active)").arg(former ? former->displayName : QString::number(*draft.ownerId)), *draft.ownerId);
    }
    m_owner->setCurrentIndex(draft.ownerId ? std::max(0, m_owner->findData(*draft.ownerId)) : 0);
    m_mitigation->setPlainText(draft.mitigation);
    m_contingency->setPlainText(draft.contingency);
    m_hasReview->setChecked(draft.reviewOn.isValid());
    m_reviewOn->setEnabled(draft.reviewOn.isValid());
    m_reviewOn->setDate(draft.reviewOn.isValid() ? draft.reviewOn : QDate::currentDate());
    updateScore();
}

void RiskDialog::updateScore()
{
    const int score = m_probability->value() * m_impact->value();
    m_score->setText(tr("Score %1: %2").arg(score).arg(RiskText::levelLabel(RiskText::level(score))));
}

RiskDraft RiskDialog::draft() const
{
    RiskDraft draft;
    draft.title = m_title->text();
    draft.kind = fromCode<RiskKind>(m_kind->currentData().toString()).value_or(RiskKind::Other);
    draft.description = m_description->toPlainText().trimmed();
    draft.probability = m_probability->value();
    draft.impact = m_impact->value();
    if (m_owner->currentData().isValid())
        draft.ownerId = m_owner->currentData().toLongLong();
    draft.mitigation = m_mitigation->toPlainText().trimmed();
    draft.contingency = m_contingency->toPlainText().trimmed();
    if (m_hasReview->isChecked())
        draft.reviewOn = m_reviewOn->date();
    return draft;
}

void RiskDialog::accept()
{
    m_errors.clear();
    RiskRegister& risks = m_context.workspace.risks();
    auto saved = m_existing ? risks.update(m_existing->id, m_existing->version, draft(), m_context.userId)
                            : risks.create(draft(), m_context.userId);
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace sd
