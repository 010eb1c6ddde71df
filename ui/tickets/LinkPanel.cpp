#include "tickets/LinkPanel.h"

#include "common/LockWait.h"
#include "common/Permission.h"
#include "tickets/Workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

enum Column { Relation, Number, StatusColumn, Subject, ColumnCount };

// How the other ticket stands to this one, in words.
QString relationText(const TicketLink& link)
{
    switch (link.kind) {
    case LinkKind::Related: return LinkPanel::tr("Related");
    case LinkKind::Merged: return link.outgoing ? LinkPanel::tr("Merged into") : LinkPanel::tr("Duplicate merged in");
    case LinkKind::Split: return link.outgoing ? LinkPanel::tr("Split off into") : LinkPanel::tr("Split off from");
    }
    return {};
}

} // namespace

LinkPanel::LinkPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Linked tickets"), parent)
    , m_context(context)
    , m_links(new QTreeWidget(this))
    , m_error(new QLabel(this))
    , m_link(new QPushButton(tr("&Link a ticket…"), this))
    , m_unlink(new QPushButton(tr("Remove the lin&k"), this))
    , m_merge(new QPushButton(tr("&Merge into…"), this))
    , m_split(new QPushButton(tr("S&plit off…"), this))
{
    setObjectName(QStringLiteral("linkPanel"));
    m_links->setObjectName(QStringLiteral("ticketLinks"));
    m_links->setRootIsDecorated(false);
    m_links->setColumnCount(ColumnCount);
    m_links->setHeaderLabels({tr("Relation"), tr("Ticket"), tr("Status"), tr("Subject")});
    m_links->header()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_links->setMinimumHeight(80);
    m_links->setToolTip(tr("Double-click or press Enter to open the ticket."));
    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_link->setObjectName(QStringLiteral("linkTicket"));
    m_unlink->setObjectName(QStringLiteral("unlinkTicket"));
    m_merge->setObjectName(QStringLiteral("mergeTicket"));
    m_split->setObjectName(QStringLiteral("splitTicket"));
    // Two rows: the fields column is often narrow.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_link, 0, 0);
    buttons->addWidget(m_unlink, 0, 1);
    buttons->addWidget(m_merge, 1, 0);
    buttons->addWidget(m_split, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_links);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_link, &QPushButton::clicked, this, &LinkPanel::askLink);
    connect(m_unlink, &QPushButton::clicked, this, &LinkPanel::unlinkSelected);
    connect(m_merge, &QPushButton::clicked, this, &LinkPanel::askMerge);
    connect(m_split, &QPushButton::clicked, this, &LinkPanel::askSplit);
    connect(m_links, &QTreeWidget::itemActivated, this, &LinkPanel::openSelected);
    connect(m_links, &QTreeWidget::currentItemChanged, this, &LinkPanel::updateButtons);
    hide();
}

void LinkPanel::showTicket(const Ticket& ticket)
{
    m_ticket = ticket;
    m_error->hide();
    setVisible(ticket.id != 0);
    if (ticket.id != 0)
        refresh();
}

void LinkPanel::setEditsPending(bool pending)
{
    m_editsPending = pending;
    updateButtons();
}

void LinkPanel::refresh()
{
    m_links->clear();
    m_mergedAway = false;
    auto links = m_context.workspace.tickets().links(m_ticket.id);
    if (!links) {
        showError(links.error().message);
        return;
    }
    for (const TicketLink& link : *links) {
        auto* item = new QTreeWidgetItem(m_links);
        item->setText(Relation, relationText(link));
        item->setText(Number, link.otherNumber);
        item->setText(StatusColumn, toLabel(link.otherStatus));
        item->setText(Subject, link.otherSubject);
        item->setData(0, Qt::UserRole, link.id);
        item->setData(0, Qt::UserRole + 1, link.otherId);
        item->setData(0, Qt::UserRole + 2, link.kind == LinkKind::Related);
        m_mergedAway = m_mergedAway || (link.kind == LinkKind::Merged && link.outgoing);
    }
    for (int column = Relation; column < Subject; ++column)
        m_links->resizeColumnToContents(column);
    updateButtons();
}

void LinkPanel::updateButtons()
{
    const bool mayEdit = mayDo(m_context, Action::EditTicket);
    m_link->setEnabled(mayEdit);
    QTreeWidgetItem* item = m_links->currentItem();
    m_unlink->setEnabled(mayEdit && item && item->data(0, Qt::UserRole + 2).toBool());
    const bool mayMerge = mayDo(m_context, Action::MergeTickets);
    m_merge->setEnabled(mayMerge && !m_mergedAway && !m_editsPending && Workflow::isOpen(m_ticket.status)
                        && m_ticket.details.category != Category::Complaint);
    m_merge->setToolTip(!mayMerge ? tr("Agents, supervisors and administrators merge duplicates.")
                        : m_editsPending ? tr("Save or discard your changes to this ticket first.")
                        : m_mergedAway ? tr("This ticket was already merged into another.")
                        : m_ticket.details.category == Category::Complaint ? tr("A complaint is closed through its own path.")
                        : !Workflow::isOpen(m_ticket.status) ? tr("Only an open ticket is merged into another.")
                                                             : tr("Close this ticket as a duplicate of another open ticket."));
    m_split->setEnabled(mayDo(m_context, Action::CreateTicket) && !m_mergedAway);
    m_split->setToolTip(tr("Open a new ticket for a second matter the customer raised here."));
}

void LinkPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LinkPanel::openSelected()
{
    if (QTreeWidgetItem* item = m_links->currentItem())
        emit ticketOpenRequested(item->data(0, Qt::UserRole + 1).toLongLong());
}

void LinkPanel::askLink()
{
    auto candidates = m_context.workspace.tickets().linkCandidates(m_ticket.id);
    TicketPickDialog dialog(TicketPickDialog::Purpose::Link, m_ticket.number, candidates ? *candidates : QList<LinkCandidate>{}, this);
    if (dialog.exec() == QDialog::Accepted)
        linkTo(dialog.number());
}

void LinkPanel::askMerge()
{
    auto candidates = m_context.workspace.tickets().linkCandidates(m_ticket.id);
    QList<LinkCandidate> open;
    if (candidates)
        std::copy_if(candidates->cbegin(), candidates->cend(), std::back_inserter(open),
                     [](const LinkCandidate& each) { return Workflow::isOpen(each.status); });
    TicketPickDialog dialog(TicketPickDialog::Purpose::Merge, m_ticket.number, open, this);
    if (dialog.exec() == QDialog::Accepted)
        mergeInto(dialog.number(), dialog.note());
}

void LinkPanel::askSplit()
{
    SplitDialog dialog(m_ticket, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto created = splitOff(dialog.draft()))
        emit ticketOpenRequested(*created);
}

bool LinkPanel::linkTo(const QString& number)
{
    m_error->hide();
    auto linked = LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().link(m_ticket.id, number, m_context.userId);
    });
    if (!linked) {
        showError(linked.error().message);
        return false;
    }
    refresh();
    return true;
}

bool LinkPanel::unlinkSelected()
{
    QTreeWidgetItem* item = m_links->currentItem();
    if (!item)
        return false;
    m_error->hide();
    const qint64 linkId = item->data(0, Qt::UserRole).toLongLong();
    auto unlinked = LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().unlink(m_ticket.id, linkId, m_context.userId);
    });
    if (!unlinked) {
        showError(unlinked.error().message);
        return false;
    }
    refresh();
    return true;
}

bool LinkPanel::mergeInto(const QString& number, const QString& note)
{
    m_error->hide();
    if (m_editsPending) {
        showError(tr("Save or discard your changes to this ticket before merging it."));
        return false;
    }
    auto kept = LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().merge(m_ticket.id, m_ticket.version, number, note, m_context.userId);
    });
    if (!kept) {
        showError(kept.error().message);
        return false;
    }
    emit ticketChanged();
    emit ticketOpenRequested(kept->id);
    return true;
}

std::optional<qint64> LinkPanel::splitOff(const SplitDraft& draft)
{
    m_error->hide();
    auto created = LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().split(m_ticket.id, draft, m_context.userId);
    });
    if (!created) {
        showError(created.error().message);
        return std::nullopt;
    }
    refresh();
    return created->id;
}

TicketPickDialog::TicketPickDialog(Purpose purpose, const QString& number, const QList<LinkCandidate>& candidates, QWidget* parent)
    : QDialog(parent)
    , m_ticket(new QComboBox(this))
{
    const bool merging = purpose == Purpose::Merge;
    setObjectName(merging ? QStringLiteral("mergeDialog") : QStringLiteral("linkDialog"));
    setWindowTitle(merging ? tr("Merge %1 into another ticket").arg(number) : tr("Link %1 to another ticket").arg(number));
    m_ticket->setObjectName(QStringLiteral("otherTicket"));
    m_ticket->setEditable(true);
    m_ticket->setInsertPolicy(QComboBox::NoInsert);
    m_ticket->setMinimumWidth(460);
    for (const LinkCandidate& candidate : candidates)
        m_ticket->addItem(tr("%1 · %2 · %3").arg(candidate.number, toLabel(candidate.status), candidate.subject), candidate.number);
    m_ticket->setCurrentIndex(-1);
    m_ticket->lineEdit()->setPlaceholderText(tr("A ticket number, or pick one of the customer's tickets"));
    auto* explanation = new QLabel(merging ? tr("%1 will be closed as a duplicate and its timeline shown in the ticket "
                                                "chosen here, which must be open. This cannot be undone.")
                                                 .arg(number)
                                           : tr("Both tickets will list each other; the link can be removed later."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(merging ? tr("&Keep the ticket:") : tr("&Ticket:"), m_ticket);
    if (merging) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("mergeNote"));
        m_note->setPlaceholderText(tr("Optional: why they are the same matter"));
        m_note->setMaximumHeight(70);
        form->addRow(tr("&Note:"), m_note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(merging ? tr("&Merge") : tr("&Link"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ticket, &QComboBox::editTextChanged, this, [this, ok] { ok->setEnabled(!this->number().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// A picked entry stands for its ticket; a typed text is a number (its first word).
QString TicketPickDialog::number() const
{
    const QString text = m_ticket->currentText().trimmed();
    const int picked = m_ticket->findText(text);
    if (picked >= 0)
        return m_ticket->itemData(picked).toString();
    return text.section(QLatin1Char(' '), 0, 0);
}

QString TicketPickDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

SplitDialog::SplitDialog(const Ticket& original, QWidget* parent)
    : QDialog(parent)
    , m_subject(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Split a matter off %1").arg(original.number));
    m_subject->setObjectName(QStringLiteral("splitSubject"));
    m_category->setObjectName(QStringLiteral("splitCategory"));
    m_priority->setObjectName(QStringLiteral("splitPriority"));
    m_description->setObjectName(QStringLiteral("splitDescription"));
    for (Category category : allValues<Category>())
        m_category->addItem(toLabel(category), static_cast<int>(category));
    for (Priority priority : allValues<Priority>())
        m_priority->addItem(toLabel(priority), static_cast<int>(priority));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(original.details.category)));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(original.details.priority)));
    m_description->setPlainText(original.details.description);
    auto* explanation = new QLabel(tr("A new ticket for the same customer, contact, product and team, linked to %1. "
                                      "Its SLA starts now.")
                                       .arg(original.number),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Details:"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create the ticket"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 380);
}

SplitDraft SplitDialog::draft() const
{
    return {m_subject->text().trimmed(), m_description->toPlainText(),
            static_cast<Category>(m_category->currentData().toInt()), static_cast<Priority>(m_priority->currentData().toInt())};
}

} // namespace sd
