#pragma once

#include "common/AppContext.h"
#include "knowledge/KnowledgeBase.h"

#include <QGroupBox>
#include <QSet>
#include <QTimer>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace sd {

// Beside the ticket form (docs/KNOWLEDGE.md "Suggestions"): the published
// articles that match what the agent has typed, found again a moment after
// each pause in typing. The selected one's answer shows below, to read out
// during a call; Alt+1 to Alt+5 (or a double-click) put an answer into the
// reply. Each article is counted once per ticket as suggested, and each time
// it is used.
class SuggestionPanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kShown = 5;
    explicit SuggestionPanel(AppContext& context, QWidget* parent = nullptr);

    // What the ticket says now; looked up after a short pause.
    void setTicket(const SuggestionRequest& request, qint64 ticketId);
    // Looks up at once (the pause skipped).
    void refreshNow();
    // Whether answers can go into the reply now (an existing ticket, the box enabled).
    void setInsertEnabled(bool enabled);
    // Puts suggestion `index` (0-based) into the reply; false when there is none.
    bool insertSuggestion(int index);
    QListWidget* list() const { return m_list; }
    QTextBrowser* answer() const { return m_answer; }
    const QList<ArticleHit>& suggestions() const { return m_hits; }

signals:
    // The answer as plain text, for the reply box, and the article it came from.
    void insertRequested(const QString& text, const QString& articleUuid, const QString& articleTitle);

private:
    void showAnswer();

    AppContext& m_context;
    SuggestionRequest m_request;
    qint64 m_ticketId = 0;
    QList<ArticleHit> m_hits;
    QSet<qint64> m_counted; // suggested to this ticket already
    bool m_insertEnabled = false;
    QListWidget* m_list;
    QTextBrowser* m_answer;
    QLabel* m_hint;
    QTimer m_lookupSoon;
};

} // namespace sd
