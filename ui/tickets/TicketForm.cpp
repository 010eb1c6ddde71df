#include "config/Configuration.h"
#include "common/ActionText.h"
#include "tickets/TicketForm.h"

#include "tickets/ComplaintPanel.h"
#include "common/WheelGuard.h"
#include "tickets/AttachmentPanel.h"
#include "tickets/CostPanel.h"
#include "tickets/LinkPanel.h"
#include "tickets/CannedReplies.h"
#include "knowledge/ArticleDialog.h"
#include "knowledge/SuggestionPanel.h"
#include "dispatch/PlanPanel.h"
#include "dispatch/VisitPanel.h"

#include "people/Permissions.h"

#include "common/LockWait.h"

#include "tickets/TicketDialogs.h"
#include "tickets/TicketText.h"
#include "tickets/TimelineView.h"
#include "tickets/Workflow.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {
namespace {

bool sameDraft(const TicketDraft& a, const TicketDraft& b)
{
    return a.customerId == b.customerId && a.contactName == b.contactName && a.contactPhone == b.contactPhone
        && a.contactEmail == b.contactEmail && a.channel == b.channel && a.category == b.category
        && a.priority == b.priority && a.subject == b.subject && a.description == b.description
        && a.product == b.product && a.serial == b.serial && a.teamCode == b.teamCode
        && a.complaintCause == b.complaintCause;
}

template <typename E>
void fillEnumCombo(QComboBox* combo)
{
    for (E value : allValues<E>())
        combo->addItem(toLabel(value), static_cast<int>(value));
}

template <typename E>
E enumOf(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

void selectData(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

QString businessDuration(int minutes)
{
    if (minutes % 60 == 0)
        return TicketForm::tr("%n h business time", nullptr, minutes / 60);
    return TicketForm::tr("%n min business time", nullptr, minutes);
}

QString customerText(const Customer& customer)
{
    return TicketForm::tr("%1 (%2)").arg(customer.details.name, customer.details.code);
}

} // namespace

TicketForm::TicketForm(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
{
    m_generalError->setObjectName(QStringLiteral("generalError"));
    if (auto me = m_context.workspace.users().byId(m_context.userId); me && me->active)
        for (Action action : Permissions::allowedActions(me->role))
            m_allowed.insert(action);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_generalError->hide();

    auto* root = new QVBoxLayout(this);
    root->addWidget(buildBanner());
    root->addWidget(buildHeader());
    root->addWidget(buildActions());
    root->addWidget(m_generalError);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ticketSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields, not the frame around them; QScrollArea still
    // scrolls the focused field into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(buildFields());
    WheelGuard::protect(scroll->widget(), scroll);
    splitter->addWidget(scroll);
    splitter->addWidget(buildConversation());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    root->addWidget(splitter, 1);

    registerErrorFields();
    connectEdits();
    fixTabOrder();
    // Other windows of this process may comment on the same ticket; the
    // history is read-only, so it can follow without touching local edits.
    connect(&m_context.workspace.tickets(), &TicketService::ticketChanged, this, [this](qint64 id) {
        if (id == m_ticket.id && id != 0) {
            refreshTimeline();
            m_linkPanel->showTicket(m_ticket);
        }
    });
    newTicket({});
}

// ---------------------------------------------------------------- building

QWidget* TicketForm::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    m_banner->setStyleSheet(QStringLiteral("QFrame#conflictBanner { background: #fdecea; border: 1px solid #e5a6a0;"
                                           " border-radius: 4px; }"));
    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 6, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("conflictMessage"));
    m_bannerText->setWordWrap(true);
    m_reloadButton = new QPushButton(tr("Reload"), m_banner);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Load the ticket as it is now. Your unsaved edits are discarded."));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_reloadButton);
    connect(m_reloadButton, &QPushButton::clicked, this, &TicketForm::reload);
    m_banner->hide();
    return m_banner;
}

QWidget* TicketForm::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_numberLabel = new QLabel(header);
    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_statusLabel = new QLabel(header);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("background: #e3e8ef; color: #1d2a3a; border-radius: 9px;"
                                                " padding: 2px 10px; font-weight: 600;"));
    m_headerDetails = new QLabel(header);
    m_headerDetails->setObjectName(QStringLiteral("headerDetails"));
    m_headerDetails->setStyleSheet(QStringLiteral("color: #444;"));
    m_dirtyLabel = new QLabel(tr("Unsaved changes"), header);
    m_dirtyLabel->setObjectName(QStringLiteral("unsavedLabel"));
    m_dirtyLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-style: italic;"));
    layout->addWidget(m_numberLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_headerDetails, 1);
    layout->addWidget(m_dirtyLabel);
    return header;
}

QAction* TicketForm::makeAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                                void (TicketForm::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(tr("%1 (%2)").arg(plainActionText(text),
                                            shortcut.toString(QKeySequence::NativeText)));
    }
    // Several forms may be open in tabs: a shortcut acts on the focused one only.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QToolButton* TicketForm::makeButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    m_actionButtons.append(button);
    return button;
}

QWidget* TicketForm::buildActions()
{
    m_saveAction = makeAction(QStringLiteral("saveAction"), tr("Save"), QKeySequence::Save, &TicketForm::onSave);
    m_assignToMeAction = makeAction(QStringLiteral("assignToMeAction"), tr("Assign to &me"),
                                    QKeySequence(tr("Ctrl+Shift+M")), &TicketForm::onAssignToMe);
    m_assignToAction = makeAction(QStringLiteral("assignToAction"), tr("&Assign to…"),
                                  QKeySequence(tr("Ctrl+Shift+A")), &TicketForm::onAssignTo);
    m_escalateAction = makeAction(QStringLiteral("escalateAction"), tr("&Escalate"), QKeySequence(tr("Ctrl+Shift+E")),
                                  &TicketForm::onEscalate);
    m_resolveAction = makeAction(QStringLiteral("resolveAction"), tr("Resol&ve…"), QKeySequence(tr("Ctrl+Shift+R")),
                                 &TicketForm::onResolve);
    // Reply: jump to the comment box from anywhere in the form, hands on the keyboard.
    makeAction(QStringLiteral("replyAction"), tr("Write a reply"), QKeySequence(tr("Ctrl+R")), &TicketForm::focusReply);
    m_cannedAction = makeAction(QStringLiteral("cannedReplyAction"), tr("Insert a &canned reply…"), QKeySequence(tr("Ctrl+Shift+K")),
                                &TicketForm::insertCannedReply);
    m_reopenAction = makeAction(QStringLiteral("reopenAction"), tr("Re&open"), QKeySequence(tr("Ctrl+Shift+O")),
                                &TicketForm::onReopen);
    m_satisfactionAction = makeAction(QStringLiteral("satisfactionAction"), tr("Record satis&faction…"), {},
                                      &TicketForm::onSatisfaction);
    m_articleAction = makeAction(QStringLiteral("writeArticleAction"), tr("Write an artic&le…"), {}, &TicketForm::onWriteArticle);
    m_articleAction->setToolTip(tr("Turn this ticket's problem and solution into a knowledge-base article"));
    // One key puts a suggested article's answer into the reply.
    for (int i = 0; i < SuggestionPanel::kShown; ++i) {
        auto* insert = new QAction(this);
        insert->setObjectName(QStringLiteral("insertSuggestion%1").arg(i + 1));
        insert->setShortcut(QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + i))));
        insert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(insert);
        connect(insert, &QAction::triggered, this, [this, i] { m_suggestions->insertSuggestion(i); });
    }

    auto* bar = new QWidget(this);
    auto* outer = new QVBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(4);
    layout->addWidget(makeButton(m_saveAction));
    layout->addSpacing(12);
    layout->addWidget(makeButton(m_assignToMeAction));
    layout->addWidget(makeButton(m_assignToAction));
    m_statusMenu = new QMenu(this);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_statusButton = new QPushButton(bar);
    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    m_statusButton->setText(tr("S&tatus"));
    m_statusButton->setToolTip(tr("Move the ticket to another status; only the allowed ones are listed"));
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setFocusPolicy(Qt::StrongFocus);
    m_actionButtons.append(m_statusButton);
    layout->addWidget(m_statusButton);
    layout->addWidget(makeButton(m_escalateAction));
    layout->addWidget(makeButton(m_resolveAction));
    layout->addWidget(makeButton(m_reopenAction));
    layout->addWidget(makeButton(m_satisfactionAction));
    layout->addWidget(makeButton(m_articleAction));
    layout->addStretch();
    outer->addLayout(layout);
    m_actionError = makeErrorLabel(QStringLiteral("actionError"));
    outer->addWidget(m_actionError);
    return bar;
}

QLabel* TicketForm::makeErrorLabel(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->hide();
    return label;
}

void TicketForm::addRow(QFormLayout* form, const QString& text, QWidget* field, QLabel* error)
{
    auto* label = new QLabel(text);
    label->setBuddy(field);
    if (!error) {
        form->addRow(label, field);
        return;
    }
    // The message sits right under its field, where the agent is looking.
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    form->addRow(label, cell);
}

QWidget* TicketForm::buildFields()
{
    auto* fields = new QWidget;
    fields->setObjectName(QStringLiteral("ticketFields"));
    auto* layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 8, 0);
    // On a complaint its path is the work, so it comes first.
    m_complaintPanel = new ComplaintPanel(m_context, fields);
    m_complaintPanel->setTimeZone(m_zone);
    layout->addWidget(m_complaintPanel);
    layout->addWidget(buildCustomerBox());
    layout->addWidget(buildTicketBox());
    layout->addWidget(buildSlaBox());
    // Diagnosis, then the plan agreed with the customer, then the visits.
    m_planPanel = new PlanPanel(m_context, fields);
    m_planPanel->setTimeZone(m_zone);
    layout->addWidget(m_planPanel);
    m_visitPanel = new VisitPanel(m_context, fields);
    layout->addWidget(m_visitPanel);
    m_attachmentPanel = new AttachmentPanel(m_context, fields);
    layout->addWidget(m_attachmentPanel);
    m_costPanel = new CostPanel(m_context, fields);
    layout->addWidget(m_costPanel);
    m_linkPanel = new LinkPanel(m_context, fields);
    layout->addWidget(m_linkPanel);
    connect(m_linkPanel, &LinkPanel::ticketOpenRequested, this, &TicketForm::ticketOpenRequested);
    // Merged away: the form shows the closed duplicate as it now is.
    connect(m_linkPanel, &LinkPanel::ticketChanged, this, [this] { openTicket(m_ticket.id); });
    // Closing a complaint resolves the ticket: the form shows what was written.
    connect(m_complaintPanel, &ComplaintPanel::stepTaken, this, [this] {
        if (hasUnsavedChanges())
            updatePanels();
        else
            openTicket(m_ticket.id);
        refreshTimeline();
    });
    connect(&m_context.workspace.costs(), &CostService::costsChanged, this, [this](qint64 id) {
        if (id == m_ticket.id && id != 0)
            refreshTimeline();
    });
    connect(&m_context.workspace.visits(), &VisitService::visitsChanged, this, [this](qint64 id) {
        if (id == m_ticket.id && id != 0) {
            refreshTimeline();
            m_attachmentPanel->showTicket(m_ticket.id, may(Action::EditTicket));
        }
    });
    connect(&m_context.workspace.attachments(), &AttachmentService::attachmentsChanged, this, [this](qint64 id) {
        if (id == m_ticket.id && id != 0) {
            refreshTimeline();
            m_attachmentPanel->showTicket(m_ticket.id, may(Action::EditTicket));
        }
    });
    connect(&m_context.workspace.plans(), &PlanService::plansChanged, this, [this](qint64 id) {
        if (id == m_ticket.id && id != 0)
            refreshTimeline();
    });
    layout->addStretch();
    return fields;
}

QWidget* TicketForm::buildCustomerBox()
{
    auto* box = new QGroupBox(tr("Customer"));
    m_customerBox = box;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* customerCell = new QWidget;
    auto* cellLayout = new QVBoxLayout(customerCell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    auto* line = new QHBoxLayout;
    m_customerEdit = new QLineEdit;
    m_customerEdit->setObjectName(QStringLiteral("customerEdit"));
    m_customerEdit->setPlaceholderText(tr("Name, code or phone, then Enter"));
    m_customerEdit->setClearButtonEnabled(true);
    m_findCustomerButton = new QPushButton(tr("F&ind"));
    m_findCustomerButton->setObjectName(QStringLiteral("findCustomerButton"));
    m_clearCustomerButton = new QPushButton(tr("None"));
    m_clearCustomerButton->setObjectName(QStringLiteral("clearCustomerButton"));
    m_clearCustomerButton->setToolTip(tr("No customer record: the contact name or phone identifies the caller"));
    line->addWidget(m_customerEdit, 1);
    line->addWidget(m_findCustomerButton);
    line->addWidget(m_clearCustomerButton);
    cellLayout->addLayout(line);
    m_customerResults = new QListWidget;
    m_customerResults->setObjectName(QStringLiteral("customerResults"));
    m_customerResults->setMaximumHeight(120);
    m_customerResults->hide();
    m_customerHint = new QLabel;
    m_customerHint->setObjectName(QStringLiteral("customerHint"));
    m_customerHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_customerHint->hide();
    cellLayout->addWidget(m_customerResults);
    cellLayout->addWidget(m_customerHint);
    cellLayout->addWidget(m_errorLabels.insert(QStringLiteral("customer"), makeErrorLabel(QStringLiteral("customerError"))).value());
    auto* customerLabel = new QLabel(tr("C&ustomer:"));
    customerLabel->setBuddy(m_customerEdit);
    form->addRow(customerLabel, customerCell);

    m_contactName = new QLineEdit;
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactPhone = new QLineEdit;
    m_contactPhone->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_contactEmail = new QLineEdit;
    m_contactEmail->setObjectName(QStringLiteral("contactEmailEdit"));
    addRow(form, tr("Contact &name:"), m_contactName);
    addRow(form, tr("Contact p&hone:"), m_contactPhone,
           m_errorLabels.insert(QStringLiteral("contact_phone"), makeErrorLabel(QStringLiteral("contactPhoneError"))).value());
    addRow(form, tr("Contact emai&l:"), m_contactEmail,
           m_errorLabels.insert(QStringLiteral("contact_email"), makeErrorLabel(QStringLiteral("contactEmailError"))).value());
    return box;
}

QWidget* TicketForm::buildTicketBox()
{
    auto* box = new QGroupBox(tr("Request"));
    m_requestBox = box;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    fillEnumCombo<Channel>(m_channel);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    fillEnumCombo<Category>(m_category);
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    fillEnumCombo<Priority>(m_priority);
    m_complaintCause = new QComboBox;
    m_complaintCause->setObjectName(QStringLiteral("complaintCauseCombo"));
    m_complaintCause->addItem(tr("(not set)"), QString());
    for (const QString& code : TicketText::complaintCauseCodes())
        m_complaintCause->addItem(TicketText::complaintCauseLabel(code), code);
    m_product = new QLineEdit;
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_serial = new QLineEdit;
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(200);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    // Tab must leave the box: agents move through the form by keyboard.
    m_description->setTabChangesFocus(true);
    // Tall enough for a few sentences, short enough that the SLA box stays in view.
    m_description->setMinimumHeight(90);
    m_description->setMaximumHeight(130);
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->addItem(tr("(no team)"), QString());
    for (const Team& team : m_context.workspace.configuration().teams)
        m_team->addItem(displayName(team.name), team.code);

    const auto error = [this](const char* field, const char* name) {
        return m_errorLabels.insert(QLatin1String(field), makeErrorLabel(QLatin1String(name))).value();
    };
    addRow(form, tr("&Channel:"), m_channel);
    addRow(form, tr("Cate&gory:"), m_category);
    addRow(form, tr("&Priority:"), m_priority, error("priority", "priorityError"));
    addRow(form, tr("Complaint cause:"), m_complaintCause, error("complaint_cause", "complaintCauseError"));
    addRow(form, tr("P&roduct:"), m_product);
    addRow(form, tr("Serial num&ber:"), m_serial);
    addRow(form, tr("&Subject:"), m_subject, error("subject", "subjectError"));
    addRow(form, tr("&Description:"), m_description);
    addRow(form, tr("Team:"), m_team, error("team", "teamError"));
    return box;
}

QWidget* TicketForm::buildSlaBox()
{
    auto* box = new QGroupBox(tr("Service level"));
    auto* form = new QFormLayout(box);
    const auto value = [](const char* name) {
        auto* label = new QLabel;
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_slaTier = value("slaTierLabel");
    m_firstResponseDue = value("firstResponseDueLabel");
    m_resolutionDue = value("resolutionDueLabel");
    m_slaState = value("slaStateLabel");
    m_slaState->setStyleSheet(QStringLiteral("color: #555;"));
    m_slaState->setWordWrap(true); // the only long text in the box
    form->addRow(tr("Tier:"), m_slaTier);
    form->addRow(tr("First response due:"), m_firstResponseDue);
    form->addRow(tr("Resolution due:"), m_resolutionDue);
    form->addRow(m_slaState);
    return box;
}

QWidget* TicketForm::buildConversation()
{
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(8, 0, 0, 0);
    m_timeline = new TimelineView(m_context, side);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(m_timeline, 1);
    m_suggestions = new SuggestionPanel(m_context, side);
    connect(m_suggestions, &SuggestionPanel::insertRequested, this, &TicketForm::insertIntoReply);
    layout->addWidget(m_suggestions);

    auto* commentLabel = new QLabel(tr("&Write a note or a reply:"), side);
    m_commentEdit = new QPlainTextEdit(side);
    // The articles used go with the text they are in: an emptied reply box used none.
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_commentEdit->document()->isEmpty())
            m_usedArticles.clear();
    });
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(80);
    commentLabel->setBuddy(m_commentEdit);
    m_noteButton = new QPushButton(tr("Add internal note"), side);
    m_noteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_noteButton->setToolTip(tr("Only colleagues see internal notes"));
    m_replyButton = new QPushButton(tr("Repl&y to customer"), side);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    // There is no mail channel yet: say so rather than let an agent believe an e-mail went out.
    m_replyButton->setToolTip(tr("Records what you told the customer (by phone or in person) and counts as the first "
                                 "response. Nothing is sent to the customer: there is no e-mail channel yet."));
    m_customerReplyButton = new QPushButton(tr("Customer &said…"), side);
    m_customerReplyButton->setObjectName(QStringLiteral("customerReplyButton"));
    m_customerReplyButton->setToolTip(tr("Records what the customer said (a call back, a message), not your response. "
                                         "A ticket waiting for the customer goes back to In progress, and whoever holds it "
                                         "is notified."));
    auto* canned = new QToolButton(side);
    canned->setObjectName(QStringLiteral("cannedReplyButton"));
    canned->setDefaultAction(m_cannedAction);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(canned);
    buttons->addStretch();
    buttons->addWidget(m_customerReplyButton);
    buttons->addWidget(m_noteButton);
    buttons->addWidget(m_replyButton);
    layout->addWidget(commentLabel);
    layout->addWidget(m_commentEdit);
    layout->addWidget(m_errorLabels.insert(QStringLiteral("body"), makeErrorLabel(QStringLiteral("commentError"))).value());
    layout->addLayout(buttons);
    connect(m_noteButton, &QPushButton::clicked, this, &TicketForm::onAddNote);
    connect(m_replyButton, &QPushButton::clicked, this, &TicketForm::onReply);
    connect(m_customerReplyButton, &QPushButton::clicked, this, [this] { recordCustomerReply(m_commentEdit->toPlainText()); });
    return side;
}

void TicketForm::registerErrorFields()
{
    m_errors.addField(QStringLiteral("subject"), m_subject, m_errorLabels.value(QStringLiteral("subject")));
    m_errors.addField(QStringLiteral("customer"), m_customerEdit, m_errorLabels.value(QStringLiteral("customer")));
    m_errors.addField(QStringLiteral("team"), m_team, m_errorLabels.value(QStringLiteral("team")));
    m_errors.addField(QStringLiteral("contact_phone"), m_contactPhone, m_errorLabels.value(QStringLiteral("contact_phone")));
    m_errors.addField(QStringLiteral("contact_email"), m_contactEmail, m_errorLabels.value(QStringLiteral("contact_email")));
    m_errors.addField(QStringLiteral("complaint_cause"), m_complaintCause,
                      m_errorLabels.value(QStringLiteral("complaint_cause")));
    m_errors.addField(QStringLiteral("priority"), m_priority, m_errorLabels.value(QStringLiteral("priority")));
    m_errors.addField(QStringLiteral("body"), m_commentEdit, m_errorLabels.value(QStringLiteral("body")));
    // Action errors concern a button, not a field: they share the line under the toolbar.
    const auto buttonOf = [this](QAction* action) { return findChild<QToolButton*>(action->objectName().replace(
                                                           QStringLiteral("Action"), QStringLiteral("Button"))); };
    m_errors.addField(QStringLiteral("solution"), buttonOf(m_resolveAction), m_actionError);
    m_errors.addField(QStringLiteral("acceptance"), buttonOf(m_resolveAction), m_actionError);
    m_errors.addField(QStringLiteral("status"), m_statusButton, m_actionError);
    m_errors.addField(QStringLiteral("level"), buttonOf(m_escalateAction), m_actionError);
    m_errors.addField(QStringLiteral("csat"), buttonOf(m_satisfactionAction), m_actionError);
    m_errors.addField(QStringLiteral("assignee"), buttonOf(m_assignToAction), m_actionError);
}

void TicketForm::connectEdits()
{
    for (QLineEdit* edit : {m_contactName, m_contactPhone, m_contactEmail, m_product, m_serial, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &TicketForm::onEdited);
    for (QComboBox* combo : {m_channel, m_priority, m_complaintCause, m_team})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketForm::onEdited);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TicketForm::onCategoryChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &TicketForm::onEdited);
    connect(m_customerEdit, &QLineEdit::textEdited, this, &TicketForm::onCustomerTextEdited);
    connect(m_customerEdit, &QLineEdit::returnPressed, this, &TicketForm::findCustomers);
    connect(m_findCustomerButton, &QPushButton::clicked, this, &TicketForm::findCustomers);
    connect(m_clearCustomerButton, &QPushButton::clicked, this, &TicketForm::clearCustomer);
    connect(m_customerResults, &QListWidget::itemActivated, this, &TicketForm::pickCustomer);
    connect(m_customerResults, &QListWidget::itemClicked, this, &TicketForm::pickCustomer);
}

void TicketForm::fixTabOrder()
{
    // Creation order already runs top to bottom; this pins it so later layout
    // changes cannot scramble it.
    QList<QWidget*> order{m_reloadButton};
    order += m_actionButtons;
    order += {m_customerEdit, m_findCustomerButton, m_clearCustomerButton, m_customerResults, m_contactName,
              m_contactPhone, m_contactEmail, m_channel, m_category, m_priority, m_complaintCause, m_product,
              m_serial, m_subject, m_description, m_team, m_timeline->findChild<QWidget*>(QStringLiteral("newestFirstToggle")),
              m_commentEdit, m_customerReplyButton, m_noteButton, m_replyButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

// ---------------------------------------------------------------- public API

void TicketForm::newTicket(const TicketDraft& prefill)
{
    m_ticket = Ticket{};
    m_baseline = prefill;
    m_banner->hide();
    m_errors.clear();
    fill(prefill);
    updateHeader();
    updateActions();
    updatePanels();
    refreshTimeline();
    setTitle(tr("New ticket"));
}

bool TicketForm::openTicket(qint64 ticketId)
{
    auto ticket = m_context.workspace.tickets().get(ticketId);
    m_errors.clear();
    if (!ticket) {
        m_generalError->setText(ticket.error().message);
        m_generalError->show();
        return false;
    }
    m_banner->hide();
    load(*ticket);
    return true;
}

bool TicketForm::reload()
{
    if (isNew())
        return false;
    return openTicket(m_ticket.id);
}

bool TicketForm::hasUnsavedChanges() const
{
    return !sameDraft(draft(), m_baseline);
}

QString TicketForm::title() const
{
    return m_title;
}

TicketDraft TicketForm::draft() const
{
    TicketDraft draft;
    draft.customerId = m_customerId;
    draft.contactName = m_contactName->text();
    draft.contactPhone = m_contactPhone->text();
    draft.contactEmail = m_contactEmail->text();
    draft.channel = enumOf<Channel>(m_channel);
    draft.category = enumOf<Category>(m_category);
    draft.priority = enumOf<Priority>(m_priority);
    draft.subject = m_subject->text();
    draft.description = m_description->toPlainText();
    draft.product = m_product->text();
    draft.serial = m_serial->text();
    draft.teamCode = m_team->currentData().toString();
    // A cause left in the box after the category changed is not meant. (Asked
    // of the category, not the box: a read-only form disables every box.)
    if (draft.category == Category::Complaint)
        draft.complaintCause = m_complaintCause->currentData().toString();
    return draft;
}

void TicketForm::setDisplayTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_timeline->setTimeZone(zone);
    m_complaintPanel->setTimeZone(zone);
    m_planPanel->setTimeZone(zone);
    updateSla();
    updatePanels();
}

bool TicketForm::save()
{
    m_errors.clear();
    if (!isNew() && !hasUnsavedChanges())
        return true;
    TicketService& tickets = m_context.workspace.tickets();
    const TicketDraft current = draft();
    const auto result = LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return isNew() ? tickets.create(current, m_context.userId)
                       : tickets.edit(m_ticket.id, m_ticket.version, current, m_context.userId);
    });
    if (!result) {
        showError(result.error());
        return false;
    }
    load(*result);
    emit ticketSaved(m_ticket.id);
    return true;
}

bool TicketForm::addComment(const QString& body, bool isPublic)
{
    if (isNew())
        return false;
    m_errors.clear();
    const bool done = takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().addComment(m_ticket.id, body, isPublic, m_context.userId, m_usedArticles);
    }), false);
    if (done)
        m_commentEdit->clear();
    return done;
}

bool TicketForm::recordCustomerReply(const QString& body)
{
    if (isNew())
        return false;
    m_errors.clear();
    const bool done = takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.tickets().recordCustomerReply(m_ticket.id, body, m_context.userId);
    }), false);
    if (done)
        m_commentEdit->clear();
    return done;
}

bool TicketForm::assign(std::optional<qint64> userId, const QString& teamCode)
{
    m_errors.clear();
    return !isNew()
        && takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
               return m_context.workspace.tickets().assign(m_ticket.id, m_ticket.version, userId, teamCode, m_context.userId);
           }), true);
}

bool TicketForm::changeStatus(TicketStatus to, const QString& note)
{
    m_errors.clear();
    return !isNew()
        && takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
               return m_context.workspace.tickets().changeStatus(m_ticket.id, m_ticket.version, to, m_context.userId, note);
           }), true);
}

bool TicketForm::recordAcceptance(Acceptance answer, const QString& note)
{
    m_errors.clear();
    return !isNew()
        && takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
               return m_context.workspace.tickets().recordAcceptance(m_ticket.id, m_ticket.version, answer, note, m_context.userId);
           }), true);
}

bool TicketForm::escalate(const QString& reason)
{
    m_errors.clear();
    return !isNew()
        && takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
               return m_context.workspace.tickets().escalate(m_ticket.id, m_ticket.version, m_context.userId, reason);
           }), true);
}

bool TicketForm::recordSatisfaction(int score, const QString& comment, const std::optional<SatisfactionDetail>& detail)
{
    m_errors.clear();
    return !isNew()
        && takeResult(LockWait::retry<Ticket>(this, m_context.workspace.database(), [&] {
               return m_context.workspace.tickets().recordSatisfaction(m_ticket.id, score, comment, m_context.userId, detail);
           }), false);
}

// ---------------------------------------------------------------- state

void TicketForm::load(const Ticket& ticket)
{
    m_ticket = ticket;
    m_baseline = ticket.details;
    fill(ticket.details);
    updateHeader();
    updateActions();
    updatePanels();
    refreshTimeline();
    setTitle(ticket.number);
}

void TicketForm::updatePanels()
{
    m_complaintPanel->showTicket(m_ticket);
    m_costPanel->showTicket(m_ticket.id);
    m_linkPanel->showTicket(m_ticket);
    m_linkPanel->setEditsPending(hasUnsavedChanges());
    m_attachmentPanel->showTicket(m_ticket.id, may(Action::EditTicket));
    m_planPanel->showTicket(m_ticket.id, Workflow::isOpen(m_ticket.status), m_ticket.details.contactName);
    m_visitPanel->showTicket(m_ticket.id, Workflow::isOpen(m_ticket.status));
}

void TicketForm::fill(const TicketDraft& draft)
{
    m_filling = true;
    setCustomer(draft.customerId);
    m_contactName->setText(draft.contactName);
    m_contactPhone->setText(draft.contactPhone);
    m_contactEmail->setText(draft.contactEmail);
    selectData(m_channel, static_cast<int>(draft.channel));
    selectData(m_category, static_cast<int>(draft.category));
    selectData(m_priority, static_cast<int>(draft.priority));
    selectData(m_complaintCause, draft.complaintCause);
    m_product->setText(draft.product);
    m_serial->setText(draft.serial);
    m_subject->setText(draft.subject);
    m_description->setPlainText(draft.description);
    selectData(m_team, draft.teamCode);
    m_filling = false;
    onCategoryChanged();
}

void TicketForm::setCustomer(std::optional<qint64> customerId)
{
    m_customerId = customerId;
    m_customerResults->hide();
    m_customerHint->hide();
    if (!customerId) {
        m_customerEdit->clear();
        return;
    }
    auto customer = m_context.workspace.customers().get(*customerId);
    m_customerEdit->setText(customer ? customerText(*customer) : tr("Customer %1").arg(*customerId));
    m_customerEdit->setCursorPosition(0);
}

void TicketForm::onEdited()
{
    if (m_filling)
        return;
    updateSla();
    updateSuggestions();
    m_dirtyLabel->setVisible(hasUnsavedChanges());
    m_linkPanel->setEditsPending(hasUnsavedChanges());
}

void TicketForm::onCategoryChanged()
{
    // Only complaints have a cause; the box stays visible so the form does not jump.
    m_complaintCause->setEnabled(enumOf<Category>(m_category) == Category::Complaint);
    onEdited();
}

void TicketForm::setTitle(const QString& title)
{
    if (title == m_title)
        return;
    m_title = title;
    emit titleChanged(title);
}

QString TicketForm::tierName(const QString& code) const
{
    const TierDefinition* tier = m_context.workspace.configuration().tier(code);
    return tier ? displayName(tier->name) : code;
}

void TicketForm::updateHeader()
{
    if (isNew()) {
        m_numberLabel->setText(tr("New ticket"));
        m_statusLabel->setText(tr("Not saved yet"));
        m_headerDetails->clear();
        return;
    }
    m_numberLabel->setText(m_ticket.number);
    m_statusLabel->setText(toLabel(m_ticket.status));
    const QString assignee = m_ticket.assigneeName.isEmpty() ? tr("nobody") : m_ticket.assigneeName;
    m_headerDetails->setText(tr("Level: %1   ·   Assignee: %2   ·   Tier: %3")
                                 .arg(toLabel(m_ticket.level), assignee, tierName(m_ticket.tierCode)));
}

bool TicketForm::slaInputsEdited() const
{
    return m_customerId != m_ticket.details.customerId || enumOf<Priority>(m_priority) != m_ticket.details.priority;
}

void TicketForm::updateSla()
{
    if (isNew())
        showSlaPreview();
    else
        showStoredSla();
}

void TicketForm::showSlaPreview()
{
    m_firstResponseDue->setStyleSheet(QString());
    m_resolutionDue->setStyleSheet(QString());
    const auto preview = m_context.workspace.tickets().previewSla(m_customerId, enumOf<Priority>(m_priority));
    if (!preview) {
        m_slaTier->setText(tr("—"));
        m_firstResponseDue->setText(tr("—"));
        m_resolutionDue->setText(tr("—"));
        m_slaState->setText(preview.error().message);
        return;
    }
    m_slaTier->setText(tierName(preview->tierCode));
    m_firstResponseDue->setText(tr("%1   (%2)").arg(TicketText::instant(preview->firstResponseDue, m_zone),
                                                   businessDuration(preview->firstResponseMin)));
    m_resolutionDue->setText(tr("%1   (%2)").arg(TicketText::instant(preview->resolutionDue, m_zone),
                                                businessDuration(preview->resolutionMin)));
    m_slaState->setText(tr("If saved now. The clock counts business hours (calendar %1).").arg(calendarDisplayName(preview->calendarCode)));
}

void TicketForm::showStoredSla()
{
    const SlaFigures& sla = m_ticket.sla;
    const qint64 now = m_context.workspace.clock().now();
    const QString late = QStringLiteral("color: #b3261e; font-weight: 600;");
    m_slaTier->setText(tierName(m_ticket.tierCode));

    if (sla.firstResponseAt) {
        m_firstResponseDue->setText(tr("%1   (answered %2)").arg(TicketText::instant(sla.firstResponseDue, m_zone),
                                                               TicketText::instant(*sla.firstResponseAt, m_zone)));
        m_firstResponseDue->setStyleSheet(*sla.firstResponseAt > sla.firstResponseDue ? late : QString());
    } else {
        const bool overdue = now > sla.firstResponseDue;
        m_firstResponseDue->setText(overdue ? tr("%1   (overdue)").arg(TicketText::instant(sla.firstResponseDue, m_zone))
                                            : TicketText::instant(sla.firstResponseDue, m_zone));
        m_firstResponseDue->setStyleSheet(overdue ? late : QString());
    }

    m_resolutionDue->setStyleSheet(QString());
    if (sla.resolvedAt) {
        m_resolutionDue->setText(tr("resolved %1").arg(TicketText::instant(*sla.resolvedAt, m_zone)));
    } else if (sla.pausedSince) {
        m_resolutionDue->setText(tr("paused since %1").arg(TicketText::instant(*sla.pausedSince, m_zone)));
    } else if (sla.resolutionDue) {
        const bool overdue = now > *sla.resolutionDue;
        m_resolutionDue->setText(overdue ? tr("%1   (overdue)").arg(TicketText::instant(*sla.resolutionDue, m_zone))
                                         : TicketText::instant(*sla.resolutionDue, m_zone));
        m_resolutionDue->setStyleSheet(overdue ? late : QString());
    } else {
        m_resolutionDue->setText(tr("—"));
    }

    QString state = sla.pausedSince ? tr("Paused: the resolution clock stops while waiting.")
        : sla.resolvedAt            ? tr("Resolved: the clock is stopped.")
                                    : tr("Running in business hours (calendar %1).").arg(calendarDisplayName(sla.calendarCode));
    if (slaInputsEdited())
        state = tr("Customer or priority changed: the due times are recalculated when you save.");
    if (const int notFixed = m_context.workspace.tickets().notFixedCount(m_ticket.id).value_or(0); notFixed > 0)
        state += QLatin1Char(' ') + tr("Answers \"not fixed\" so far: %1.").arg(notFixed);
    m_slaState->setText(state);
}

void TicketForm::updateActions()
{
    const bool saved = !isNew();
    const TicketStatus status = m_ticket.status;
    const bool open = saved && Workflow::isOpen(status);
    const bool mineOrNobodys = !m_ticket.assigneeId || *m_ticket.assigneeId == m_context.userId;
    m_assignToMeAction->setEnabled(open && m_ticket.assigneeId != m_context.userId
                                   && may(mineOrNobodys ? Action::AssignToSelf : Action::AssignToOthers));
    m_assignToAction->setEnabled(open && may(Action::AssignToOthers));
    m_escalateAction->setEnabled(open && m_ticket.level != SupportLevel::L3 && may(Action::Escalate));
    // A saved complaint is resolved by closing it on its path (the complaint panel).
    const bool complaint = saved && m_ticket.details.category == Category::Complaint;
    m_resolveAction->setEnabled(saved && !complaint && Workflow::allows(status, TicketStatus::Resolved) && may(Action::Resolve));
    if (!m_resolveAction->property("usualTip").isValid())
        m_resolveAction->setProperty("usualTip", m_resolveAction->toolTip());
    m_resolveAction->setToolTip(complaint ? tr("A complaint is resolved when it is closed at the end of its path (the Complaint box).")
                                          : m_resolveAction->property("usualTip").toString());
    m_reopenAction->setEnabled(saved && !Workflow::isOpen(status) && may(Action::Reopen));
    m_satisfactionAction->setEnabled(saved && !Workflow::isOpen(status) && may(Action::RecordSatisfaction));
    const bool comment = saved && may(Action::CommentTicket);
    m_noteButton->setEnabled(comment);
    m_replyButton->setEnabled(comment);
    m_customerReplyButton->setEnabled(comment);
    m_cannedAction->setEnabled(comment);
    m_suggestions->setInsertEnabled(comment);
    m_articleAction->setEnabled(saved && !Workflow::isOpen(status) && may(Action::WriteArticles));
    m_commentEdit->setEnabled(comment);
    m_commentEdit->setPlaceholderText(saved ? QString() : tr("Save the ticket first"));
    rebuildStatusMenu();
    applyEditPermission();
    m_dirtyLabel->setVisible(hasUnsavedChanges());
    updateSla();
    updateSuggestions();
}

// A role that may not write this ticket (a quality inspector) reads it: the
// fields stay visible but cannot change, and Save says why it is off.
void TicketForm::applyEditPermission()
{
    const bool editable = may(isNew() ? Action::CreateTicket : Action::EditTicket);
    m_customerBox->setEnabled(editable);
    m_requestBox->setEnabled(editable);
    m_saveAction->setEnabled(editable);
    m_saveAction->setToolTip(editable ? QString() : tr("Your role may read this ticket but not change it."));
}

void TicketForm::rebuildStatusMenu()
{
    m_statusMenu->clear();
    QList<TicketStatus> next = isNew() ? QList<TicketStatus>{} : Workflow::nextStatuses(m_ticket.status);
    next.removeIf([this](TicketStatus to) { return !may(Workflow::permissionFor(m_ticket.status, to)); });
    // A complaint is resolved by closing it on its path (the complaint panel).
    if (m_ticket.details.category == Category::Complaint)
        next.removeAll(TicketStatus::Resolved);
    for (TicketStatus to : next) {
        QAction* action = m_statusMenu->addAction(to == TicketStatus::Resolved ? tr("%1…").arg(toLabel(to)) : toLabel(to));
        action->setObjectName(QStringLiteral("status_") + toCode(to));
        action->setData(static_cast<int>(to));
        connect(action, &QAction::triggered, this, [this, to] { onStatusChosen(to); });
    }
    m_statusButton->setEnabled(!next.isEmpty());
}

void TicketForm::refreshTimeline()
{
    if (isNew()) {
        m_timeline->setEvents({});
        return;
    }
    auto events = m_context.workspace.tickets().timeline(m_ticket.id);
    m_timeline->setEvents(events ? *events : QList<TicketEvent>{});
}

void TicketForm::showError(const Error& error)
{
    if (error.code == Error::Code::Conflict) {
        showConflict(error.message);
        return;
    }
    m_errors.show(error);
}

void TicketForm::showConflict(const QString& message)
{
    m_bannerText->setText(tr("<b>Not saved:</b> %1. Your edits are still in the form.").arg(message.toHtmlEscaped()));
    m_banner->show();
    m_reloadButton->setFocus();
}

// Applies what an action returned. Version-checked actions (status, assign,
// escalate) succeed only on the version we loaded, so the result is the new
// base for the fields. Comments and surveys are not checked: if someone else
// saved in between, adopting their version would hide that conflict from our
// next save, so then only the history is refreshed.
bool TicketForm::takeResult(const Result<Ticket>& result, bool versionChecked)
{
    if (!result) {
        showError(result.error());
        return false;
    }
    const bool sameBase = versionChecked || result->version == m_ticket.version + 1;
    if (!sameBase && hasUnsavedChanges()) {
        refreshTimeline();
        emit ticketSaved(m_ticket.id);
        return true;
    }
    if (!hasUnsavedChanges()) {
        load(*result);
    } else {
        // Assigning may move the team: follow it unless the agent picked one.
        const bool teamEdited = m_team->currentData().toString() != m_baseline.teamCode;
        m_ticket = *result;
        m_baseline = result->details;
        if (!teamEdited)
            selectData(m_team, result->details.teamCode);
        updateHeader();
        updateActions();
        refreshTimeline();
        updatePanels();
    }
    emit ticketSaved(m_ticket.id);
    return true;
}

// ---------------------------------------------------------------- customer lookup

void TicketForm::findCustomers()
{
    const QString text = m_customerEdit->text().trimmed();
    if (text.isEmpty() || m_customerId)
        return;
    m_customerResults->clear();
    auto found = m_context.workspace.customers().find(text, 20);
    if (!found) {
        m_errors.show(found.error());
        return;
    }
    if (found->isEmpty()) {
        m_customerResults->hide();
        m_customerHint->setText(tr("No customer matches “%1”. Leave it empty and fill in the contact instead.").arg(text));
        m_customerHint->show();
        return;
    }
    for (const Customer& customer : *found) {
        const QString phone = customer.details.phone.isEmpty() ? QString() : tr("  ·  %1").arg(customer.details.phone);
        auto* item = new QListWidgetItem(customerText(customer) + phone, m_customerResults);
        item->setData(Qt::UserRole, customer.id);
    }
    m_customerHint->setText(tr("%n match(es): pick one with the arrow keys and Enter.", nullptr, int(found->size())));
    m_customerHint->show();
    m_customerResults->show();
    m_customerResults->setCurrentRow(0);
    m_customerResults->setFocus();
}

void TicketForm::pickCustomer(QListWidgetItem* item)
{
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    setCustomer(id);
    // Saves the agent retyping what the customer record already knows.
    if (auto customer = m_context.workspace.customers().get(id)) {
        const CustomerDraft& details = customer->details;
        if (m_contactName->text().isEmpty() && details.kind == CustomerKind::Person)
            m_contactName->setText(details.name);
        if (m_contactPhone->text().isEmpty())
            m_contactPhone->setText(details.phone);
        if (m_contactEmail->text().isEmpty())
            m_contactEmail->setText(details.email);
    }
    onEdited();
    m_contactName->setFocus();
}

void TicketForm::clearCustomer()
{
    setCustomer(std::nullopt);
    onEdited();
    m_contactName->setFocus();
}

void TicketForm::onCustomerTextEdited()
{
    // Typing over a chosen customer starts a new search: the old choice no
    // longer matches what the field shows.
    if (m_customerId) {
        m_customerId.reset();
        onEdited();
    }
    m_customerHint->hide();
}

// ---------------------------------------------------------------- toolbar

void TicketForm::onSave()
{
    save();
}

void TicketForm::onAssignToMe()
{
    assign(m_context.userId, QString());
}

void TicketForm::onAssignTo()
{
    const auto choice = TicketDialogs::askAssignment(this, m_context, m_ticket.assigneeId, m_ticket.details.teamCode);
    if (choice)
        assign(choice->userId, choice->teamCode);
}

void TicketForm::onEscalate()
{
    const auto reason = TicketDialogs::askText(
        this, tr("Escalate ticket"),
        tr("Escalate from %1 to the next level. Why? (optional)").arg(toLabel(m_ticket.level)), false);
    if (reason)
        escalate(*reason);
}

void TicketForm::onResolve()
{
    const auto answer = TicketDialogs::askAcceptance(this, m_context.workspace.tickets().notFixedCount(m_ticket.id).value_or(0));
    if (answer)
        recordAcceptance(answer->answer, answer->note);
}

void TicketForm::onReopen()
{
    const auto reason =
        TicketDialogs::askText(this, tr("Reopen ticket"), tr("Why is the ticket reopened? (optional)"), false);
    if (reason)
        changeStatus(TicketStatus::InProgress, *reason);
}

void TicketForm::onSatisfaction()
{
    const auto answer = TicketDialogs::askSatisfaction(this);
    if (answer)
        recordSatisfaction(answer->score, answer->comment, answer->detail);
}

void TicketForm::onStatusChosen(TicketStatus to)
{
    if (to == TicketStatus::Resolved)
        onResolve();
    else if (Workflow::isReopen(m_ticket.status, to))
        onReopen();
    else
        changeStatus(to);
}

void TicketForm::onAddNote()
{
    addComment(m_commentEdit->toPlainText(), false);
}

void TicketForm::onReply()
{
    addComment(m_commentEdit->toPlainText(), true);
}

void TicketForm::focusReply()
{
    m_commentEdit->setFocus();
}

// The reply's placeholders take this ticket's values; the text lands at the
// cursor of the note/reply editor, to be read over and sent by the agent.
void TicketForm::insertCannedReply()
{
    if (isNew())
        return;
    ReplyContext ticket;
    ticket.customer = m_ticket.details.contactName.isEmpty() ? m_ticket.customerName : m_ticket.details.contactName;
    ticket.ticket = m_ticket.number;
    if (Workflow::isOpen(m_ticket.status))
        ticket.due = m_ticket.sla.resolutionDue;
    ticket.agent = m_context.userName;
    ticket.zone = m_zone;
    ReplyPicker picker(m_context, ticket, this);
    if (picker.exec() != QDialog::Accepted || picker.text().isEmpty())
        return;
    m_commentEdit->insertPlainText(picker.text());
    m_commentEdit->setFocus();
}

// The panel looks again a moment after the agent stops typing.
void TicketForm::updateSuggestions()
{
    SuggestionRequest request;
    request.subject = m_subject->text();
    request.description = m_description->toPlainText();
    request.product = m_product->text();
    request.category = enumOf<Category>(m_category);
    m_suggestions->setTicket(request, m_ticket.id);
}

void TicketForm::insertIntoReply(const QString& text, const QString& articleUuid, const QString& articleTitle)
{
    if (!m_commentEdit->isEnabled())
        return;
    // Kept on the timeline with the reply it goes out in.
    if (std::none_of(m_usedArticles.begin(), m_usedArticles.end(), [&](const ArticleUse& used) { return used.uuid == articleUuid; }))
        m_usedArticles.append({articleUuid, articleTitle});
    if (!m_commentEdit->toPlainText().isEmpty() && !m_commentEdit->toPlainText().endsWith(QLatin1Char('\n')))
        m_commentEdit->insertPlainText(QStringLiteral("\n"));
    m_commentEdit->insertPlainText(text);
    m_commentEdit->setFocus();
}

void TicketForm::onWriteArticle()
{
    auto draft = m_context.workspace.knowledge().draftFromTicket(m_ticket.id);
    if (!draft) {
        showError(draft.error());
        return;
    }
    ArticleDialog dialog(m_context, *draft, this);
    dialog.exec();
}

} // namespace sd
