#pragma once

#include "common/AppContext.h"
#include "knowledge/Article.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sd {

// The knowledge base (docs/KNOWLEDGE.md): search published articles, drafts
// waiting for review and the archive; read one; write, review, publish and
// archive; import and export Markdown folders.
class KnowledgePage : public QWidget
{
    Q_OBJECT

public:
    explicit KnowledgePage(AppContext& context, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusChoice() const { return m_status; }
    QTextBrowser* preview() const { return m_preview; }
    void refresh();
    // The actions of the buttons, without their file dialogs where they have one.
    void newArticle();
    void editSelected();
    void moveSelected(ArticleStatus to);
    bool importFolder(const QString& folder);
    bool exportFolder(const QString& folder);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updateButtons();
    void showError(const QString& message);
    std::optional<Article> selected() const;

    AppContext& m_context;
    QList<ArticleHit> m_hits;
    // The article as the preview shows it: a move is made from what the reviewer read.
    std::optional<Article> m_shown;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_language;
    QLabel* m_count;
    QTableWidget* m_table;
    QTextBrowser* m_preview;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_publish;
    QPushButton* m_toDraft;
    QPushButton* m_archive;
    QPushButton* m_import;
    QPushButton* m_export;
    QTimer m_searchSoon;
};

} // namespace sd
