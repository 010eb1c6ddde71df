#include "knowledge/KnowledgePage.h"

#include "common/DialogParts.h"
#include "common/FileChooser.h"
#include "common/Permission.h"
#include "knowledge/ArticleDialog.h"
#include "knowledge/ArticleFolder.h"
#include "knowledge/KnowledgeBase.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Title, StatusColumn, Product, Language, Suggested, Used, Updated, ColumnCount };
constexpr int kListLimit = 200;

} // namespace

KnowledgePage::KnowledgePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(DialogParts::listTable({tr("Title"), tr("Status"), tr("Product"), tr("Language"), tr("Suggested"), tr("Used"), tr("Updated")},
                                     this))
    , m_preview(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(tr("&New article…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_publish(new QPushButton(tr("&Publish"), this))
    , m_toDraft(new QPushButton(tr("Back to &draft"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_import(new QPushButton(tr("&Import Markdown…"), this))
    , m_export(new QPushButton(tr("E&xport Markdown…"), this))
{
    setObjectName(QStringLiteral("knowledgePage"));
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_language->setObjectName(QStringLiteral("knowledgeLanguage"));
    m_table->setObjectName(QStringLiteral("knowledgeArticles"));
    m_preview->setObjectName(QStringLiteral("knowledgePreview"));
    m_message->setObjectName(QStringLiteral("knowledgeMessage"));
    for (auto [button, name] : {std::pair{m_new, "newArticle"}, std::pair{m_edit, "editArticle"}, std::pair{m_publish, "publishArticle"},
                                std::pair{m_toDraft, "draftArticle"}, std::pair{m_archive, "archiveArticle"},
                                std::pair{m_import, "importArticles"}, std::pair{m_export, "exportArticles"}})
        button->setObjectName(QLatin1String(name));
    m_message->setWordWrap(true);
    m_message->hide();
    m_search->setPlaceholderText(tr("Search: 打印机卡纸, paper jam, E3…"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Published"), toCode(ArticleStatus::Published));
    m_status->addItem(tr("Drafts to review"), toCode(ArticleStatus::Draft));
    m_status->addItem(tr("Archived"), toCode(ArticleStatus::Archived));
    m_status->addItem(tr("All"), QString());
    m_language->addItem(tr("Any language"), QString());
    for (const char* code : {"zh", "en"})
        m_language->addItem(ArticleDialog::languageName(QLatin1String(code)), QLatin1String(code));

    auto* title = DialogParts::pageTitle(tr("Knowledge base"), this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_language);
    bar->addWidget(m_count);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 420});
    m_table->setWordWrap(false);
    split->setChildrenCollapsible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_publish);
    actions->addWidget(m_toDraft);
    actions->addWidget(m_archive);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    m_searchSoon.setSingleShot(true);
    m_searchSoon.setInterval(250);
    connect(&m_searchSoon, &QTimer::timeout, this, &KnowledgePage::refresh);
    connect(m_search, &QLineEdit::textChanged, &m_searchSoon, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &KnowledgePage::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &KnowledgePage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KnowledgePage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_new, &QPushButton::clicked, this, &KnowledgePage::newArticle);
    connect(m_edit, &QPushButton::clicked, this, &KnowledgePage::editSelected);
    connect(m_publish, &QPushButton::clicked, this, [this] { moveSelected(ArticleStatus::Published); });
    connect(m_toDraft, &QPushButton::clicked, this, [this] { moveSelected(ArticleStatus::Draft); });
    connect(m_archive, &QPushButton::clicked, this, [this] { moveSelected(ArticleStatus::Archived); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString folder = FileChooser::folder(this, tr("Import articles from a folder of Markdown files"), QDir::homePath());
        if (!folder.isEmpty())
            importFolder(folder);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = FileChooser::folder(this, tr("Export every article into a folder"), QDir::homePath());
        if (!folder.isEmpty())
            exportFolder(folder);
    });
    connect(&m_context.workspace.knowledge(), &KnowledgeBase::articlesChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    m_new->setEnabled(mayDo(m_context, Action::WriteArticles));
    m_import->setEnabled(mayDo(m_context, Action::WriteArticles));
    updateButtons();
}

void KnowledgePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_search->setFocus();
}

void KnowledgePage::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
    m_message->show();
}

void KnowledgePage::refresh()
{
    const qint64 keep = m_table->currentRow() >= 0 && m_table->currentRow() < m_hits.size() ? m_hits.at(m_table->currentRow()).id : 0;
    ArticleQuery query;
    query.text = m_search->text();
    query.status = fromCode<ArticleStatus>(m_status->currentData().toString());
    query.language = m_language->currentData().toString();
    query.limit = kListLimit;
    auto hits = m_context.workspace.knowledge().find(query);
    m_table->setRowCount(0);
    m_hits.clear();
    if (!hits) {
        showError(hits.error().message);
        return;
    }
    m_hits = *hits;
    const QLocale locale;
    for (const ArticleHit& hit : std::as_const(m_hits)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{hit.title, toLabel(hit.status), hit.product, ArticleDialog::languageName(hit.language),
                                locale.toString(hit.suggested), locale.toString(hit.used),
                                QDateTime::fromSecsSinceEpoch(hit.updatedAt).date().toString(Qt::ISODate)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (hit.id == keep)
            m_table->selectRow(row);
    }
    m_count->setText(m_hits.size() >= kListLimit ? tr("the first %1 articles").arg(kListLimit) : tr("%1 articles").arg(m_hits.size()));
    m_table->resizeColumnsToContents();
    // The title says most: long product names give way to it.
    m_table->setColumnWidth(Product, std::min(m_table->columnWidth(Product), 160));
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    if (m_table->currentRow() < 0 && !m_hits.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

std::optional<Article> KnowledgePage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_hits.size() || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    auto article = m_context.workspace.knowledge().get(m_hits.at(row).id);
    return article ? std::optional<Article>(*article) : std::nullopt;
}

void KnowledgePage::showSelected()
{
    m_shown = selected();
    m_preview->setMarkdown(m_shown ? ArticleDialog::markdownOf(*m_shown) : QString());
    updateButtons();
}

void KnowledgePage::updateButtons()
{
    const auto& article = m_shown;
    const bool reviewer = mayDo(m_context, Action::PublishArticles);
    const auto status = article ? std::optional<ArticleStatus>(article->status) : std::nullopt;
    m_edit->setEnabled(status && (*status == ArticleStatus::Draft ? mayDo(m_context, Action::WriteArticles) : reviewer));
    m_publish->setEnabled(status && reviewer && KnowledgeBase::allowedMove(*status, ArticleStatus::Published));
    m_toDraft->setEnabled(status && reviewer && KnowledgeBase::allowedMove(*status, ArticleStatus::Draft));
    const bool ownDraft = status == ArticleStatus::Draft && article->authorId == m_context.userId;
    m_archive->setEnabled(status && (reviewer || ownDraft) && KnowledgeBase::allowedMove(*status, ArticleStatus::Archived));
}

void KnowledgePage::newArticle()
{
    ArticleDialog dialog(m_context, ArticleDraft{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setCurrentIndex(m_status->findData(toCode(ArticleStatus::Draft)));
        m_message->hide();
    }
}

void KnowledgePage::editSelected()
{
    const auto article = selected();
    if (!article)
        return;
    ArticleDialog dialog(m_context, *article, this);
    dialog.exec();
}

void KnowledgePage::moveSelected(ArticleStatus to)
{
    const auto article = m_shown;
    if (!article)
        return;
    auto moved = m_context.workspace.knowledge().setStatus(article->id, article->version, to, m_context.userId);
    if (!moved) {
        showError(moved.error().message);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("\"%1\" is now: %2").arg(moved->draft.title, toLabel(to)));
    m_message->show();
}

bool KnowledgePage::importFolder(const QString& folder)
{
    auto imported = ArticleFolder::importFrom(folder, m_context.workspace.knowledge(), m_context.workspace.database(), m_context.userId);
    if (!imported) {
        showError(tr("Nothing was imported: %1").arg(imported.error().message));
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Imported from %1: %2 new articles, %3 updated.")
                           .arg(QDir::toNativeSeparators(folder)).arg(imported->created).arg(imported->updated));
    m_message->show();
    return true;
}

bool KnowledgePage::exportFolder(const QString& folder)
{
    auto written = ArticleFolder::exportTo(folder, m_context.workspace.knowledge());
    if (!written) {
        showError(written.error().message);
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%1 articles written to %2.").arg(*written).arg(QDir::toNativeSeparators(folder)));
    m_message->show();
    return true;
}

} // namespace sd
