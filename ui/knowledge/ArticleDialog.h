#pragma once

#include "common/AppContext.h"
#include "common/ErrorDisplay.h"
#include "knowledge/Article.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace sd {

// Writes a new knowledge-base article or edits one (docs/KNOWLEDGE.md): the
// problem as customers put it, the answer in simple Markdown with a preview.
// Refusals (a title taken, a stale edit) are shown and nothing typed is lost.
class ArticleDialog : public QDialog
{
    Q_OBJECT

public:
    // A new article, its fields filled from `prefill` (e.g. a resolved ticket).
    ArticleDialog(AppContext& context, const ArticleDraft& prefill, QWidget* parent = nullptr);
    // An existing article to edit.
    ArticleDialog(AppContext& context, const Article& article, QWidget* parent = nullptr);

    ArticleDraft draft() const;
    // The article as saved, after the dialog was accepted.
    const Article& saved() const { return m_saved; }
    void accept() override;

    // Language codes of articles ("zh", "en") as people read them.
    static QString languageName(const QString& code);
    // An article as the preview and the knowledge page show it.
    static QString markdownOf(const Article& article);

private:
    void build();
    void fill(const ArticleDraft& draft);
    void updatePreview();

    AppContext& m_context;
    std::optional<Article> m_existing;
    Article m_saved;
    QString m_sourceTicket;
    QLabel* m_generalError;
    ErrorDisplay m_errors;
    QLineEdit* m_title = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_problem = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace sd
