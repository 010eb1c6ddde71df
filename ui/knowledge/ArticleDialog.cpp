#include "knowledge/ArticleDialog.h"

#include "common/DialogParts.h"
#include "knowledge/KnowledgeBase.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {
namespace {

QLabel* errorLabel(QWidget* parent)
{
    return DialogParts::errorLabel(parent);
}

} // namespace

ArticleDialog::ArticleDialog(AppContext& context, const ArticleDraft& prefill, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_sourceTicket(prefill.sourceTicket)
    , m_generalError(errorLabel(this))
    , m_errors(m_generalError)
{
    build();
    fill(prefill);
    setWindowTitle(prefill.sourceTicket.isEmpty() ? tr("New knowledge-base article")
                                                  : tr("New article from ticket %1").arg(prefill.sourceTicket));
}

ArticleDialog::ArticleDialog(AppContext& context, const Article& article, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(article)
    , m_sourceTicket(article.draft.sourceTicket)
    , m_generalError(errorLabel(this))
    , m_errors(m_generalError)
{
    build();
    fill(article.draft);
    setWindowTitle(tr("Edit article %1").arg(article.id));
}

QString ArticleDialog::languageName(const QString& code)
{
    return code == QLatin1String("zh") ? tr("Chinese") : tr("English");
}

void ArticleDialog::build()
{
    setObjectName(QStringLiteral("articleDialog"));
    resize(760, 640);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setPlaceholderText(tr("The problem in a customer's words, e.g. \"Printer jams on every page\""));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("articleLanguage"));
    for (const char* code : {"zh", "en"})
        m_language->addItem(languageName(QLatin1String(code)), QLatin1String(code));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("articleCategory"));
    m_category->addItem(tr("Any kind of ticket"), QString());
    for (Category category : allValues<Category>())
        m_category->addItem(toLabel(category), toCode(category));
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("articleProduct"));
    m_product->setPlaceholderText(tr("The product or model it concerns (optional)"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("articleTags"));
    m_tags->setPlaceholderText(tr("Words agents may search for, separated by commas"));
    m_problem = new QPlainTextEdit(this);
    m_problem->setObjectName(QStringLiteral("articleProblem"));
    m_problem->setTabChangesFocus(true);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("articleAnswer"));
    m_answer->setTabChangesFocus(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("articlePreview"));
    auto* answerTabs = new QTabWidget(this);
    answerTabs->addTab(m_answer, tr("Write"));
    answerTabs->addTab(m_preview, tr("Preview"));

    auto* form = new QFormLayout;
    auto field = [&](const QString& label, QWidget* widget, const char* name) {
        QLabel* error = errorLabel(this);
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(widget);
        box->addWidget(error);
        // A label beside a layout gets no buddy by itself: its shortcut letter would show as "&".
        auto* caption = new QLabel(label, this);
        caption->setBuddy(widget == answerTabs ? m_answer : widget);
        form->addRow(caption, box);
        m_errors.addField(QLatin1String(name), widget, error);
    };
    field(tr("&Title:"), m_title, "title");
    field(tr("&Language:"), m_language, "language");
    form->addRow(tr("&Kind of ticket:"), m_category);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("Ta&gs:"), m_tags);
    field(tr("P&roblem:"), m_problem, "problem");
    field(tr("&Answer:"), answerTabs, "answer");
    auto* hint = new QLabel(tr("Simple formatting: **bold**, lists with \"1.\" or \"-\", a blank line between paragraphs. "
                               "Agents insert the answer into their replies."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), hint);
    if (!m_sourceTicket.isEmpty())
        form->addRow(tr("Written from:"), new QLabel(tr("ticket %1").arg(m_sourceTicket), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_generalError);
    DialogParts::addOkCancel(this, layout);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &ArticleDialog::updatePreview);
}

void ArticleDialog::fill(const ArticleDraft& draft)
{
    m_title->setText(draft.title);
    m_language->setCurrentIndex(std::max(0, m_language->findData(draft.language)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(draft.category ? toCode(*draft.category) : QString())));
    m_product->setText(draft.product);
    m_tags->setText(draft.tags);
    m_problem->setPlainText(draft.problem);
    m_answer->setPlainText(draft.answer);
    updatePreview();
}

void ArticleDialog::updatePreview()
{
    m_preview->setMarkdown(m_answer->toPlainText());
}

ArticleDraft ArticleDialog::draft() const
{
    ArticleDraft draft;
    draft.title = m_title->text();
    draft.language = m_language->currentData().toString();
    draft.category = fromCode<Category>(m_category->currentData().toString());
    draft.product = m_product->text();
    draft.tags = m_tags->text();
    draft.problem = m_problem->toPlainText();
    draft.answer = m_answer->toPlainText();
    draft.sourceTicket = m_sourceTicket;
    return draft;
}

void ArticleDialog::accept()
{
    m_errors.clear();
    KnowledgeBase& knowledge = m_context.workspace.knowledge();
    auto written = m_existing ? knowledge.update(m_existing->id, m_existing->version, draft(), m_context.userId)
                              : knowledge.create(draft(), m_context.userId);
    if (!written) {
        m_errors.show(written.error());
        return;
    }
    m_saved = *written;
    QDialog::accept();
}

QString ArticleDialog::markdownOf(const Article& article)
{
    const ArticleDraft& d = article.draft;
    QStringList facts{toLabel(article.status), languageName(d.language)};
    if (d.category)
        facts.append(toLabel(*d.category));
    if (!d.product.isEmpty())
        facts.append(d.product);
    QStringList people{tr("written by %1").arg(article.authorName.isEmpty() ? tr("someone unknown") : article.authorName)};
    if (!article.reviewerName.isEmpty())
        people.append(tr("reviewed by %1").arg(article.reviewerName));
    if (!d.sourceTicket.isEmpty())
        people.append(tr("from ticket %1").arg(d.sourceTicket));
    QString text = QStringLiteral("## %1\n\n*%2*\n\n*%3*\n\n").arg(d.title, facts.join(QStringLiteral(" · ")), people.join(QStringLiteral(", ")));
    if (!d.tags.isEmpty())
        text += tr("Tags: %1").arg(d.tags) + QStringLiteral("\n\n");
    text += QStringLiteral("### %1\n\n%2\n\n### %3\n\n%4\n\n").arg(tr("Problem"), d.problem.isEmpty() ? tr("(not written yet)") : d.problem,
                                                                   tr("Answer"), d.answer.isEmpty() ? tr("(not written yet)") : d.answer);
    text += QStringLiteral("*%1*").arg(tr("Suggested %1 times, used %2 times").arg(article.suggested).arg(article.used));
    return text;
}

} // namespace sd
