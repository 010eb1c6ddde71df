#include "knowledge/SuggestionPanel.h"

#include "knowledge/ArticleText.h"

#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {

SuggestionPanel::SuggestionPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Suggested articles"), parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_answer(new QTextBrowser(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_answer->setObjectName(QStringLiteral("suggestionAnswer"));
    m_list->setMaximumHeight(kShown * m_list->fontMetrics().height() + 12);
    m_answer->setMaximumHeight(110);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_list);
    layout->addWidget(m_answer);
    layout->addWidget(m_hint);
    m_lookupSoon.setSingleShot(true);
    m_lookupSoon.setInterval(400);
    connect(&m_lookupSoon, &QTimer::timeout, this, &SuggestionPanel::refreshNow);
    connect(m_list, &QListWidget::currentRowChanged, this, &SuggestionPanel::showAnswer);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { insertSuggestion(m_list->row(item)); });
    hide();
}

void SuggestionPanel::setTicket(const SuggestionRequest& request, qint64 ticketId)
{
    // A new ticket just saved is still the same ticket: its suggestions were counted.
    if (ticketId != m_ticketId && m_ticketId != 0)
        m_counted.clear();
    m_ticketId = ticketId;
    m_request = request;
    m_request.limit = kShown;
    m_lookupSoon.start();
}

void SuggestionPanel::refreshNow()
{
    m_lookupSoon.stop();
    auto hits = m_context.workspace.knowledge().suggest(m_request);
    m_hits = hits ? *hits : QList<ArticleHit>{};
    m_list->clear();
    QList<qint64> fresh;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        m_list->addItem(tr("Alt+%1  %2").arg(i + 1).arg(m_hits.at(i).title));
        if (!m_counted.contains(m_hits.at(i).id))
            fresh.append(m_hits.at(i).id);
    }
    // Counting is bookkeeping: a read-only or busy database must not stop the agent.
    if (!fresh.isEmpty() && !m_context.workspace.database().isReadOnly() && m_context.workspace.knowledge().countSuggested(fresh))
        for (qint64 id : fresh)
            m_counted.insert(id);
    setVisible(!m_hits.isEmpty());
    if (!m_hits.isEmpty())
        m_list->setCurrentRow(0);
    setInsertEnabled(m_insertEnabled);
}

void SuggestionPanel::setInsertEnabled(bool enabled)
{
    m_insertEnabled = enabled;
    m_hint->setText(enabled ? tr("Alt+1 to Alt+5 or a double-click puts the answer into your reply.")
                            : tr("Save the ticket to put an answer into a reply; read it out meanwhile."));
}

void SuggestionPanel::showAnswer()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_hits.size()) {
        m_answer->clear();
        return;
    }
    auto article = m_context.workspace.knowledge().get(m_hits.at(row).id);
    m_answer->setMarkdown(article ? article->draft.answer : article.error().message);
}

bool SuggestionPanel::insertSuggestion(int index)
{
    if (!m_insertEnabled || index < 0 || index >= m_hits.size())
        return false;
    auto article = m_context.workspace.knowledge().get(m_hits.at(index).id);
    if (!article)
        return false;
    if (!m_context.workspace.database().isReadOnly())
        (void)m_context.workspace.knowledge().countUsed(article->id);
    emit insertRequested(plainAnswer(article->draft.answer), article->uuid, article->draft.title);
    return true;
}

} // namespace sd
