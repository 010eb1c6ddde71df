#include "tickets/CannedReplies.h"

#include "common/DialogParts.h"
#include "common/LockWait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {
namespace {

QString languageName(const QString& code)
{
    return code == QLatin1String("zh") ? ReplyPicker::tr("Chinese") : ReplyPicker::tr("English");
}

void fillLanguages(QComboBox* box)
{
    for (const QString& code : ReplyService::languages())
        box->addItem(languageName(code), code);
}

} // namespace

QString ReplyPicker::interfaceLanguage()
{
    // Translated to "zh" in the Chinese catalogue: the interface's language.
    return tr("en", "language code of the canned replies offered first: en or zh") == QLatin1String("zh") ? QStringLiteral("zh")
                                                                                                      : QStringLiteral("en");
}

ReplyPicker::ReplyPicker(AppContext& context, const ReplyContext& ticket, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ticket(ticket)
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("replyPicker"));
    setWindowTitle(tr("Insert a canned reply"));
    m_search->setObjectName(QStringLiteral("replySearch"));
    m_search->setPlaceholderText(tr("Type part of the title; ↑ ↓ choose, Enter inserts"));
    m_search->installEventFilter(this);
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    fillLanguages(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(interfaceLanguage())));
    m_list->setObjectName(QStringLiteral("replyList"));
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_preview->setReadOnly(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview, 1);
    DialogParts::addOkCancel(this, layout);
    connect(m_search, &QLineEdit::textChanged, this, &ReplyPicker::reload);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReplyPicker::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReplyPicker::preview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentRow() >= 0)
            accept();
    });
    reload();
    resize(560, 440);
}

// The arrow keys move through the list while the cursor stays in the search.
bool ReplyPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReplyPicker::reload()
{
    auto replies = m_context.workspace.replies().list(m_language->currentData().toString(), m_search->text().trimmed());
    m_replies = replies.value_or(QList<CannedReply>{});
    m_list->clear();
    for (const CannedReply& reply : m_replies)
        m_list->addItem(reply.title);
    m_list->setCurrentRow(m_replies.isEmpty() ? -1 : 0);
    if (!replies)
        m_preview->setPlainText(replies.error().message);
    else if (m_replies.isEmpty())
        m_preview->setPlainText(tr("No canned reply matches. Supervisors add them under File → Canned replies."));
}

void ReplyPicker::preview()
{
    m_preview->setPlainText(text());
}

QString ReplyPicker::text() const
{
    const int row = m_list->currentRow();
    return row < 0 || row >= m_replies.size() ? QString() : ReplyService::render(m_replies.at(row).body, m_ticket);
}

RepliesDialog::RepliesDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_active(new QCheckBox(tr("In &use (offered to agents)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("repliesDialog"));
    setWindowTitle(tr("Canned replies"));
    m_list->setObjectName(QStringLiteral("repliesList"));
    m_title->setObjectName(QStringLiteral("replyTitle"));
    m_language->setObjectName(QStringLiteral("replyEditLanguage"));
    fillLanguages(m_language);
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_body->setTabChangesFocus(true);
    m_active->setObjectName(QStringLiteral("replyActive"));
    m_error->setObjectName(QStringLiteral("replyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* help = new QLabel(tr("Placeholders: {customer}, {ticket}, {due} (the resolution deadline), {agent} (who inserts the reply)."), this);
    help->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("replyNew"));
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("replySave"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), m_active);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(saveButton);
    auto* editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(help);
    editor->addWidget(m_error);
    editor->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editor, 2);
    connect(m_list, &QListWidget::currentRowChanged, this, &RepliesDialog::showReply);
    connect(newButton, &QPushButton::clicked, this, &RepliesDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, &RepliesDialog::save);
    reload();
    startNew();
    resize(820, 460);
}

void RepliesDialog::reload()
{
    m_replies.clear();
    for (const QString& language : ReplyService::languages())
        if (auto replies = m_context.workspace.replies().list(language, {}, true))
            m_replies += *replies;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const CannedReply& reply : m_replies)
        m_list->addItem(reply.active ? tr("%1 · %2").arg(reply.title, languageName(reply.language))
                                     : tr("%1 · %2 (retired)").arg(reply.title, languageName(reply.language)));
}

void RepliesDialog::showReply(int row)
{
    if (row < 0 || row >= m_replies.size())
        return;
    m_editing = m_replies.at(row);
    m_title->setText(m_editing->title);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_editing->language)));
    m_body->setPlainText(m_editing->body);
    m_active->setChecked(m_editing->active);
    m_error->clear();
}

void RepliesDialog::startNew()
{
    m_editing.reset();
    m_list->clearSelection();
    m_title->clear();
    m_language->setCurrentIndex(qMax(0, m_language->findData(ReplyPicker::interfaceLanguage())));
    m_body->clear();
    m_active->setChecked(true);
    m_error->clear();
    m_title->setFocus();
}

bool RepliesDialog::save()
{
    const ReplyDraft draft{m_title->text(), m_language->currentData().toString(), m_body->toPlainText(), m_active->isChecked()};
    auto saved = LockWait::retry<CannedReply>(this, m_context.workspace.database(), [&] {
        return m_editing ? m_context.workspace.replies().update(m_editing->id, m_editing->version, draft, m_context.userId)
                         : m_context.workspace.replies().add(draft, m_context.userId);
    });
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    reload();
    for (qsizetype i = 0; i < m_replies.size(); ++i)
        if (m_replies.at(i).id == saved->id)
            m_list->setCurrentRow(int(i));
    m_editing = *saved;
    m_error->clear();
    return true;
}

} // namespace sd
