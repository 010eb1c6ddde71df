#include "quality/QualityPage.h"

#include "common/DialogParts.h"
#include "common/Permission.h"
#include "quality/QualityService.h"
#include "quality/CalibrationDialog.h"
#include "quality/ScorecardDialog.h"
#include "tickets/TimelineView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

QString scoreText(const std::optional<double>& score)
{
    return score ? QLocale().toString(*score, 'f', 2) : QStringLiteral("–");
}

} // namespace

QualityPage::QualityPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QComboBox(this))
    , m_perAgent(new QSpinBox(this))
    , m_sample(new QPushButton(tr("Draw &last week's sample"), this))
    , m_table(DialogParts::listTable({tr("Ticket"), tr("Subject"), tr("Agent"), tr("Inspector"), tr("Status"), tr("Score")}, this))
    , m_timeline(new TimelineView(context, this))
    , m_summary(new QLabel(this))
    , m_ratingBox(new QWidget(this))
    , m_ratingLayout(new QVBoxLayout(m_ratingBox))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("&Submit the review"), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_dispute(new QPushButton(tr("&Dispute"), this))
    , m_escalate(new QPushButton(tr("Send to a su&pervisor"), this))
    , m_keep(new QPushButton(tr("&Keep the score"), this))
    , m_revise(new QPushButton(tr("&Revise to these ratings"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("qualityPage"));
    m_table->setObjectName(QStringLiteral("qualityReviews"));
    m_list->setObjectName(QStringLiteral("qualityList"));
    m_text->setObjectName(QStringLiteral("qualityText"));
    m_message->setObjectName(QStringLiteral("qualityMessage"));
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    for (auto [button, name] : {std::pair{m_submit, "submitReview"}, std::pair{m_acknowledge, "acknowledgeReview"},
                                std::pair{m_dispute, "disputeReview"}, std::pair{m_escalate, "escalateReview"},
                                std::pair{m_keep, "keepScore"}, std::pair{m_revise, "reviseScore"}, std::pair{m_sample, "drawSample"}})
        button->setObjectName(QLatin1String(name));
    if (may(Action::ReviewQuality))
        m_list->addItem(tr("My reviews to do"), int(List::ToDo));
    m_list->addItem(tr("My reviewed tickets"), int(List::Mine));
    if (may(Action::ManageQuality))
        m_list->addItem(tr("Disputes sent to supervisors"), int(List::Escalated));
    m_perAgent->setRange(1, 50);
    m_perAgent->setValue(5);
    m_perAgent->setSuffix(tr(" per agent"));
    m_perAgent->setVisible(may(Action::ManageQuality));
    m_sample->setVisible(may(Action::ManageQuality));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_ratingLayout->setContentsMargins(0, 0, 0, 0);
    m_text->setMaximumHeight(70);
    m_text->setTabChangesFocus(true);

    auto* title = DialogParts::pageTitle(tr("Quality inspection"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_list);
    bar->addWidget(showLabel);
    bar->addWidget(m_list);
    bar->addStretch();
    bar->addWidget(m_perAgent);
    bar->addWidget(m_sample);
    auto* cards = new QPushButton(tr("S&corecards…"), this);
    cards->setObjectName(QStringLiteral("editScorecards"));
    cards->setVisible(may(Action::ManageQuality));
    connect(cards, &QPushButton::clicked, this, [this] {
        ScorecardDialog dialog(m_context, this);
        dialog.exec();
        showSelected(); // the selected review's scorecard may have changed
    });
    bar->addWidget(cards);
    auto* calibrate = new QPushButton(tr("Ca&librate…"), this);
    calibrate->setObjectName(QStringLiteral("calibrate"));
    calibrate->setVisible(may(Action::ManageQuality));
    connect(calibrate, &QPushButton::clicked, this, [this] {
        CalibrationDialog dialog(m_context, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh(); // the supervisor may be one of the inspectors
    });
    bar->addWidget(calibrate);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_ratingBox);
    sideLayout->addWidget(m_textLabel);
    sideLayout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_submit, m_acknowledge, m_dispute, m_escalate, m_keep, m_revise})
        buttons->addWidget(button);
    buttons->addStretch();
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(m_timeline, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setSizes({600, 540});
    m_table->setWordWrap(false);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_list, &QComboBox::currentIndexChanged, this, &QualityPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QualityPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_reviews.size())
            emit ticketOpenRequested(m_reviews.at(row).ticketId);
    });
    connect(m_submit, &QPushButton::clicked, this, &QualityPage::submit);
    connect(m_acknowledge, &QPushButton::clicked, this, &QualityPage::acknowledge);
    connect(m_dispute, &QPushButton::clicked, this, [this] { dispute(false); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { dispute(true); });
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_revise, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_sample, &QPushButton::clicked, this, &QualityPage::drawSample);
    showSelected();
}

bool QualityPage::may(Action action) const
{
    return mayDo(m_context, action);
}

void QualityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void QualityPage::showList(List list)
{
    m_list->setCurrentIndex(m_list->findData(int(list)));
}

void QualityPage::refresh()
{
    QualityService& quality = m_context.workspace.quality();
    const List list = List(m_list->currentData().toInt());
    auto reviews = list == List::ToDo ? quality.queueOf(m_context.userId)
                   : list == List::Mine ? quality.ofAgent(m_context.userId)
                                        : quality.escalated(m_context.userId);
    m_reviews = reviews ? *reviews : QList<QaReview>{};
    m_table->setRowCount(0);
    for (const QaReview& r : std::as_const(m_reviews)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{r.ticketNumber, r.ticketSubject, r.agentName, r.inspectorName,
                                r.calibration ? tr("%1 (calibration)").arg(toLabel(r.status)) : toLabel(r.status), scoreText(r.score)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!m_reviews.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

const QaReview* QualityPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reviews.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_reviews.at(row);
}

void QualityPage::buildRatings(const QaReview& review)
{
    qDeleteAll(m_ratingBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_ratingCombos.clear();
    auto card = m_context.workspace.quality().scorecard(review.scorecardId);
    m_card = card ? *card : Scorecard{};
    auto* form = new QWidget(m_ratingBox);
    auto* formLayout = new QFormLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    for (const Criterion& c : std::as_const(m_card.criteria)) {
        auto* combo = new QComboBox(form);
        combo->setObjectName(QStringLiteral("rating_") + c.code);
        combo->addItem(tr("Not applicable"), -1);
        for (int point = 1; point <= c.points; ++point)
            combo->addItem(tr("%1 of %2").arg(point).arg(c.points), point);
        const auto given = review.ratings.value(c.code);
        combo->setCurrentIndex(given ? combo->findData(*given) : (review.status == QaStatus::Queued ? c.points : 0));
        const QString label = c.critical ? tr("%1 (weight %2, critical):").arg(c.label).arg(c.weight)
                                         : tr("%1 (weight %2):").arg(c.label).arg(c.weight);
        formLayout->addRow(label, combo);
        m_ratingCombos.append(combo);
    }
    m_ratingLayout->addWidget(form);
}

// Every dispute and every answer, in turn, from the review's steps on the ticket's timeline.
QStringList QualityPage::disputeLines(const QaReview& review) const
{
    auto steps = m_context.workspace.quality().history(review);
    if (!steps)
        return {steps.error().message};
    QStringList lines;
    for (const TicketEvent& step : std::as_const(*steps)) {
        switch (fromCode<QaStep>(step.field).value_or(QaStep::Reviewed)) {
        case QaStep::Disputed:
            lines.append(tr("%1 disputed it: %2").arg(step.actorName, step.body));
            break;
        case QaStep::Escalated:
            lines.append(tr("%1 took it to a supervisor: %2").arg(step.actorName, step.body));
            break;
        case QaStep::Settled:
            lines.append(tr("%1 answered, keeping the score: %2").arg(step.actorName, step.body));
            break;
        case QaStep::Revised:
            lines.append(tr("%1 answered, revising the score to %2: %3")
                             .arg(step.actorName, QLocale().toString(step.newValue.toDouble(), 'f', 2), step.body));
            break;
        default:
            break;
        }
    }
    return lines;
}

void QualityPage::showSelected()
{
    const QaReview* review = selected();
    m_message->hide();
    for (QPushButton* button : {m_submit, m_acknowledge, m_dispute, m_escalate, m_keep, m_revise})
        button->hide();
    m_ratingBox->setVisible(review);
    m_text->setVisible(review);
    m_textLabel->setVisible(review);
    if (!review) {
        m_summary->setText(m_reviews.isEmpty() ? tr("Nothing here.") : QString());
        m_timeline->setEvents({});
        return;
    }
    buildRatings(*review);
    QStringList lines{tr("Ticket %1 · %2 · handled by %3").arg(review->ticketNumber, review->ticketSubject, review->agentName),
                      tr("%1 · inspector %2 · score %3").arg(toLabel(review->status), review->inspectorName, scoreText(review->score))};
    if (review->criticalFail)
        lines.append(tr("Failed on a critical criterion: the score is 0."));
    if (!review->feedback.isEmpty())
        lines.append(tr("Feedback: %1").arg(review->feedback));
    lines += disputeLines(*review);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    auto events = m_context.workspace.tickets().timeline(review->ticketId);
    m_timeline->setEvents(events ? *events : QList<TicketEvent>{});

    const bool inspector = review->inspectorId == m_context.userId || may(Action::ManageQuality);
    const bool agent = review->agentId == m_context.userId && !review->calibration;
    const bool scoring = review->status == QaStatus::Queued && inspector && may(Action::ReviewQuality);
    const bool answering = (review->status == QaStatus::Disputed && inspector && may(Action::ReviewQuality))
                           || (review->status == QaStatus::Escalated && may(Action::ManageQuality));
    const bool answerable = agent && (review->status == QaStatus::Done || review->status == QaStatus::Settled);
    m_submit->setVisible(scoring);
    m_keep->setVisible(answering);
    m_revise->setVisible(answering);
    m_acknowledge->setVisible(answerable);
    m_dispute->setVisible(answerable && review->status == QaStatus::Done);
    m_escalate->setVisible(answerable && (review->status == QaStatus::Done || !review->escalated));
    m_ratingBox->setEnabled(scoring || answering);
    m_text->setVisible(scoring || answering || answerable);
    m_textLabel->setVisible(m_text->isVisible());
    m_textLabel->setText(scoring ? tr("Feedback for the agent:") : answering ? tr("Your answer to the dispute:")
                                                                             : tr("If you disagree, say why:"));
    m_text->clear();
}

void QualityPage::setRating(const QString& code, int rating)
{
    for (qsizetype i = 0; i < m_card.criteria.size() && i < m_ratingCombos.size(); ++i)
        if (m_card.criteria.at(i).code == code)
            m_ratingCombos.at(i)->setCurrentIndex(m_ratingCombos.at(i)->findData(rating));
}

std::optional<Ratings> QualityPage::ratings() const
{
    Ratings ratings;
    for (qsizetype i = 0; i < m_card.criteria.size() && i < m_ratingCombos.size(); ++i) {
        const int value = m_ratingCombos.at(i)->currentData().toInt();
        ratings.insert(m_card.criteria.at(i).code, value < 0 ? std::nullopt : std::optional<int>(value));
    }
    return ratings;
}

bool QualityPage::done(const Result<QaReview>& result, const QString& message)
{
    if (!result) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(result.error().message);
        m_message->show();
        return false;
    }
    refresh();
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->show();
    return true;
}

bool QualityPage::submit()
{
    const QaReview* review = selected();
    if (!review)
        return false;
    auto result = m_context.workspace.quality().submit(review->id, review->version, *ratings(), m_text->toPlainText(), m_context.userId);
    return done(result, result ? tr("Review of %1 submitted: %2.").arg(result->ticketNumber, scoreText(result->score)) : QString());
}

bool QualityPage::acknowledge()
{
    const QaReview* review = selected();
    if (!review)
        return false;
    auto result = m_context.workspace.quality().acknowledge(review->id, review->version, m_context.userId);
    return done(result, tr("Acknowledged."));
}

bool QualityPage::dispute(bool toSupervisor)
{
    const QaReview* review = selected();
    if (!review)
        return false;
    auto result = m_context.workspace.quality().dispute(review->id, review->version, m_text->toPlainText(), toSupervisor, m_context.userId);
    return done(result, toSupervisor ? tr("Sent to the supervisors.") : tr("Sent back to %1.").arg(review->inspectorName));
}

bool QualityPage::settle(bool revise)
{
    const QaReview* review = selected();
    if (!review)
        return false;
    auto result = m_context.workspace.quality().settle(review->id, review->version, revise ? ratings() : std::nullopt,
                                                       m_text->toPlainText(), m_context.userId);
    return done(result, tr("Dispute answered."));
}

bool QualityPage::drawSample()
{
    SampleRequest request = m_context.workspace.quality().lastWeek();
    request.perAgent = m_perAgent->value();
    request.lowShare = 0.3;
    auto drawn = m_context.workspace.quality().sample(request, m_context.userId);
    m_message->setStyleSheet(drawn ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setText(drawn ? tr("Tickets drawn for review: %1, agents: %2.").arg(drawn->drawn).arg(drawn->agents) : drawn.error().message);
    m_message->show();
    if (drawn)
        refresh();
    return drawn.has_value();
}

} // namespace sd
