#include "config/Configuration.h"
#include "customers/CallerCard.h"

#include "common/Permission.h"
#include "customers/ReturnVisitDialog.h"
#include "customers/ReturnVisitText.h"

#include "common/LockWait.h"

#include "customers/PhoneNumber.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

// Long enough to skip the keystrokes of a fast typist, short enough to feel instant.
constexpr int kDebounceMs = 150;
constexpr int kMaxMatches = 20;
constexpr int kRecentContacts = 20;
constexpr int kOpenTicketsShown = 20;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The best tier (the first configured) must catch the agent's eye, the second
// must be told apart from it, the rest stay quiet.
QString badgeStyle(int tierRank)
{
    const QString common = QStringLiteral("border-radius: 4px; padding: 2px 10px; font-weight: bold;");
    if (tierRank == 0)
        return common + QStringLiteral("background: #f2c12e; color: #3d2b00; border: 1px solid #c99a06;");
    if (tierRank == 1)
        return common + QStringLiteral("background: #2f6fb5; color: white; border: 1px solid #1f4f85;");
    return common + QStringLiteral("background: #e8e8e8; color: #555555; border: 1px solid #cfcfcf;");
}

int tierRank(const Configuration& configuration, const QString& code)
{
    for (int i = 0; i < configuration.tiers.size(); ++i)
        if (configuration.tiers.at(i).code == code)
            return i;
    return configuration.tiers.size();
}

QString dateOf(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant).toString(kDateFormat);
}

// An empty list says so in words instead of showing a blank box.
void addEmptyRow(QTreeWidget* tree, const QString& text)
{
    auto* item = new QTreeWidgetItem(tree, {text});
    item->setFlags(Qt::NoItemFlags);
    item->setFirstColumnSpanned(true);
    item->setForeground(0, QColor(QStringLiteral("#808080")));
}

int rowHeightOf(const QTreeWidget* tree)
{
    return tree->fontMetrics().height() + 8;
}

// One line of a list: roomy enough to read at a glance, and every cell's full
// text in its tooltip, since a narrow panel elides the longest column.
QTreeWidgetItem* addRow(QTreeWidget* tree, const QStringList& cells)
{
    auto* item = new QTreeWidgetItem(tree, cells);
    for (int column = 0; column < cells.size(); ++column) {
        item->setToolTip(column, cells.at(column));
        item->setSizeHint(column, QSize(-1, rowHeightOf(tree)));
    }
    return item;
}

// Lists as tall as their rows (up to a few), so the card reads top to bottom
// without empty boxes; longer lists scroll. Lists never scroll sideways: a
// horizontal scroll bar would cover the last row of a list fitted this tight.
void fitToRows(QTreeWidget* tree)
{
    constexpr int kMaxVisibleRows = 6;
    const int rows = qBound(1, tree->topLevelItemCount(), kMaxVisibleRows);
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * rowHeightOf(tree) + 2 * tree->frameWidth() + 2);
}

QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

CallerCard::CallerCard(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("callerLookup"));
    m_lookup->setPlaceholderText(tr("Caller's phone number, name or customer code"));
    m_lookup->setClearButtonEnabled(true);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("callerPages"));
    m_pages->addWidget(buildHintPage());
    m_pages->addWidget(buildMatchesPage());
    m_pages->addWidget(buildCardPage());
    m_pages->addWidget(buildNotFoundPage());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lookup);
    layout->addWidget(m_pages, 1);

    connect(m_lookup, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CallerCard::searchTyped);
    connect(m_lookup, &QLineEdit::returnPressed, this, &CallerCard::searchNow);

    // Ctrl+Return starts the ticket for the call in hand, wherever the focus is in the panel.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_pages->currentWidget() == m_cardPage)
                requestTicketForCustomer();
            else if (m_pages->currentWidget() == m_notFoundPage)
                requestTicketWithoutCustomer();
        });
    }
}

CallerCard::~CallerCard() = default;

QWidget* CallerCard::buildHintPage()
{
    m_hintPage = new QWidget(this);
    m_hint = new QLabel(tr("Type or paste the caller's number or name, then press Enter."), m_hintPage);
    m_hint->setObjectName(QStringLiteral("callerHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(m_hintPage);
    layout->addWidget(m_hint);
    layout->addStretch();
    return m_hintPage;
}

QWidget* CallerCard::buildMatchesPage()
{
    m_matchesPage = new QWidget(this);
    m_matches = new QListWidget(m_matchesPage);
    m_matches->setObjectName(QStringLiteral("callerMatches"));
    auto* layout = new QVBoxLayout(m_matchesPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionLabel(tr("Several customers match; pick one:"), m_matchesPage));
    layout->addWidget(m_matches, 1);
    m_tooBroad = new QLabel(tr("More customers match than are listed: type more of the name or number."), m_matchesPage);
    m_tooBroad->setObjectName(QStringLiteral("callerTooBroad"));
    m_tooBroad->setWordWrap(true);
    m_tooBroad->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_tooBroad);
    connect(m_matches, &QListWidget::itemActivated, this, &CallerCard::pickMatch);
    connect(m_matches, &QListWidget::itemClicked, this, &CallerCard::pickMatch);
    return m_matchesPage;
}

QWidget* CallerCard::buildCardHeader()
{
    auto* header = new QWidget(this);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("callerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_tierBadge = new QLabel(header);
    m_tierBadge->setObjectName(QStringLiteral("callerTierBadge"));
    m_code = new QLabel(header);
    m_code->setObjectName(QStringLiteral("callerCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(QStringLiteral("color: #606060;"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_tierBadge, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_code);
    return header;
}

// The widest column (a subject, a product name) takes what is left and is
// elided; the short ones (numbers, dates, status) always show whole.
QTreeWidget* CallerCard::buildList(const QString& objectName, const QStringList& headers, int stretchColumn)
{
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return tree;
}

QWidget* CallerCard::buildCardPage()
{
    m_cardPage = new QWidget(this);
    m_contact = new QLabel(m_cardPage);
    m_contact->setObjectName(QStringLiteral("callerContact"));
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setWordWrap(true);

    m_newTicket = new QPushButton(tr("New ticket for this caller"), m_cardPage);
    m_newTicket->setObjectName(QStringLiteral("newTicketButton"));
    m_newTicket->setToolTip(tr("Ctrl+Return"));
    m_newTicket->setDefault(true);
    auto* openCustomer = new QPushButton(tr("Open customer"), m_cardPage);
    openCustomer->setObjectName(QStringLiteral("openCustomerButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newTicket);
    buttons->addWidget(openCustomer);
    buttons->addStretch();

    m_purchases = buildList(QStringLiteral("callerPurchases"), {tr("Product"), tr("Serial"), tr("Warranty")}, 0);
    m_openTickets = buildList(QStringLiteral("callerOpenTickets"), {tr("Number"), tr("Status"), tr("Subject")}, 2);
    m_recentContacts = buildList(QStringLiteral("callerRecentContacts"),
                                 {tr("Date"), tr("Number"), tr("Status"), tr("Subject")}, 3);

    auto* layout = new QVBoxLayout(m_cardPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildCardHeader());
    layout->addWidget(m_contact);
    layout->addLayout(buttons);
    layout->addWidget(buildReturnVisitStrip());
    layout->addWidget(sectionLabel(tr("Purchases"), m_cardPage));
    layout->addWidget(m_purchases);
    layout->addWidget(sectionLabel(tr("Open tickets"), m_cardPage));
    layout->addWidget(m_openTickets);
    layout->addWidget(sectionLabel(tr("Last contacts"), m_cardPage));
    // The history takes the rest of the panel's height.
    layout->addWidget(m_recentContacts, 1);

    connect(m_newTicket, &QPushButton::clicked, this, &CallerCard::requestTicketForCustomer);
    connect(openCustomer, &QPushButton::clicked, this, [this] {
        if (m_customer)
            emit customerOpenRequested(m_customer->id);
    });
    return m_cardPage;
}

// A return visit due for the caller: the agent on the phone can ask and record it now.
QWidget* CallerCard::buildReturnVisitStrip()
{
    m_returnStrip = new QFrame(m_cardPage);
    m_returnStrip->setObjectName(QStringLiteral("callerReturnVisit"));
    m_returnStrip->setStyleSheet(QStringLiteral("#callerReturnVisit { background: #fff4e0; border: 1px solid #e6b35c; border-radius: 4px; }"));
    m_returnText = new QLabel(m_returnStrip);
    m_returnText->setWordWrap(true);
    auto* record = new QPushButton(tr("Record the return visit…"), m_returnStrip);
    record->setObjectName(QStringLiteral("callerRecordReturnVisit"));
    record->setVisible(mayDo(m_context, Action::MakeReturnVisits));
    auto* layout = new QVBoxLayout(m_returnStrip);
    layout->addWidget(m_returnText);
    layout->addWidget(record, 0, Qt::AlignLeft);
    connect(record, &QPushButton::clicked, this, [this] {
        if (!m_returnDue)
            return;
        ReturnVisitDialog dialog(m_context, *m_returnDue, this);
        if (dialog.exec() == QDialog::Accepted && m_customer)
            fillReturnVisit(m_customer->id);
    });
    m_returnStrip->hide();
    return m_returnStrip;
}

void CallerCard::fillReturnVisit(qint64 customerId)
{
    m_returnDue.reset();
    auto visits = m_context.workspace.returnVisits().ofCustomer(customerId);
    const QDate day = m_context.workspace.returnVisits().today();
    for (const ReturnVisit& visit : visits ? *visits : QList<ReturnVisit>())
        if (visit.isOpen() && visit.nextOn() <= day)
            m_returnDue = visit;
    m_returnStrip->setVisible(m_returnDue.has_value());
    if (!m_returnDue)
        return;
    const QString about = m_returnDue->ticketNumber.isEmpty() ? m_returnDue->product : m_returnDue->ticketNumber;
    const QString since = m_returnDue->dueOn.toString(Qt::ISODate);
    m_returnText->setText(about.isEmpty() ? tr("A return visit is due (%1, since %2): ask how it went.").arg(ReturnVisitText::reason(*m_returnDue), since)
                                          : tr("A return visit is due (%1, %2, since %3): ask how it went.")
                                                .arg(ReturnVisitText::reason(*m_returnDue), about, since));
}

QWidget* CallerCard::buildNotFoundPage()
{
    m_notFoundPage = new QWidget(this);
    m_notFound = sectionLabel(QString(), m_notFoundPage);
    m_notFound->setObjectName(QStringLiteral("callerNotFound"));
    m_notFound->setWordWrap(true);

    m_newName = new QLineEdit(m_notFoundPage);
    m_newName->setObjectName(QStringLiteral("newCustomerName"));
    m_newPhone = new QLineEdit(m_notFoundPage);
    m_newPhone->setObjectName(QStringLiteral("newCustomerPhone"));
    m_newKind = new QComboBox(m_notFoundPage);
    m_newKind->setObjectName(QStringLiteral("newCustomerKind"));
    for (CustomerKind kind : allValues<CustomerKind>())
        m_newKind->addItem(toLabel(kind), QVariant::fromValue(static_cast<int>(kind)));
    m_newEmail = new QLineEdit(m_notFoundPage);
    m_newEmail->setObjectName(QStringLiteral("newCustomerEmail"));

    m_createError = new QLabel(m_notFoundPage);
    m_createError->setObjectName(QStringLiteral("createCustomerError"));
    m_createError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_createError->setWordWrap(true);
    m_errors = std::make_unique<ErrorDisplay>(m_createError);

    auto* form = new QFormLayout;
    const auto addField = [&](const QString& label, const QString& field, QWidget* widget) {
        auto* error = new QLabel(m_notFoundPage);
        error->setObjectName(QStringLiteral("newCustomerError_") + field);
        m_errors->addField(field, widget, error);
        form->addRow(label, withError(widget, error, m_notFoundPage));
    };
    addField(tr("Name"), QStringLiteral("name"), m_newName);
    addField(tr("Phone"), QStringLiteral("phone"), m_newPhone);
    form->addRow(tr("Kind"), m_newKind);
    addField(tr("Email"), QStringLiteral("email"), m_newEmail);

    auto* create = new QPushButton(tr("Create customer"), m_notFoundPage);
    create->setObjectName(QStringLiteral("createCustomerButton"));
    auto* withoutCustomer = new QPushButton(tr("New ticket without customer"), m_notFoundPage);
    withoutCustomer->setObjectName(QStringLiteral("ticketWithoutCustomerButton"));
    withoutCustomer->setToolTip(tr("Ctrl+Return"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(withoutCustomer);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(m_notFoundPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notFound);
    layout->addWidget(new QLabel(tr("Register the caller:"), m_notFoundPage));
    layout->addLayout(form);
    layout->addWidget(m_createError);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(create, &QPushButton::clicked, this, &CallerCard::createCustomer);
    connect(withoutCustomer, &QPushButton::clicked, this, &CallerCard::requestTicketWithoutCustomer);
    for (QLineEdit* edit : {m_newName, m_newPhone, m_newEmail})
        connect(edit, &QLineEdit::returnPressed, this, &CallerCard::createCustomer);
    return m_notFoundPage;
}

void CallerCard::refresh()
{
    if (m_customer)
        showCustomerById(m_customer->id);
}

void CallerCard::lookup(const QString& text)
{
    if (m_lookup->text() != text)
        m_lookup->setText(text);
    searchNow();
}

qint64 CallerCard::currentCustomerId() const
{
    return m_customer && m_pages->currentWidget() == m_cardPage ? m_customer->id : 0;
}

// While typing, one character finds half the customer base: wait for two.
void CallerCard::searchTyped()
{
    if (m_lookup->text().trimmed().size() >= 2 || m_lookup->text().trimmed().isEmpty())
        searchNow();
}

void CallerCard::searchNow()
{
    m_debounce->stop();
    const QString text = m_lookup->text().trimmed();
    m_customer.reset();
    if (text.isEmpty()) {
        m_hint->setStyleSheet(QString());
        m_hint->setText(tr("Type or paste the caller's number or name, then press Enter."));
        m_pages->setCurrentWidget(m_hintPage);
        return;
    }
    auto found = m_context.workspace.customers().find(text, kMaxMatches + 1);
    m_tooBroad->setVisible(found && found->size() > kMaxMatches);
    if (found && found->size() > kMaxMatches)
        found->removeLast();
    if (!found)
        showError(found.error().describe());
    else if (found->isEmpty())
        showNotFound(text);
    else if (found->size() == 1)
        showCustomer(found->first());
    else
        showMatches(*found);
}

void CallerCard::showError(const QString& message)
{
    m_hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_hint->setText(message);
    m_pages->setCurrentWidget(m_hintPage);
}

void CallerCard::showMatches(const QList<Customer>& matches)
{
    m_matches->clear();
    for (const Customer& customer : matches) {
        QStringList parts{customer.details.name, customer.details.code};
        if (!customer.details.phone.isEmpty())
            parts.append(customer.details.phone);
        auto* item = new QListWidgetItem(parts.join(QStringLiteral("  ·  ")), m_matches);
        item->setData(Qt::UserRole, customer.id);
    }
    m_matches->setCurrentRow(0);
    m_pages->setCurrentWidget(m_matchesPage);
}

void CallerCard::pickMatch(QListWidgetItem* item)
{
    if (item)
        showCustomerById(item->data(Qt::UserRole).toLongLong());
}

void CallerCard::showCustomerById(qint64 id)
{
    auto customer = m_context.workspace.customers().get(id);
    if (!customer)
        showError(customer.error().describe());
    else
        showCustomer(*customer);
}

void CallerCard::showCustomer(const Customer& customer)
{
    m_customer = customer;
    const Configuration& configuration = m_context.workspace.configuration();
    const TierDefinition* tier = configuration.tier(customer.details.tierCode);
    m_name->setText(customer.details.name);
    m_code->setText(tr("%1 · %2").arg(customer.details.code, toLabel(customer.details.kind)));
    m_tierBadge->setText(tier ? displayName(tier->name) : customer.details.tierCode);
    m_tierBadge->setStyleSheet(badgeStyle(tierRank(configuration, customer.details.tierCode)));
    m_tierBadge->setVisible(!m_tierBadge->text().isEmpty());
    fillContact(customer);
    fillPurchases(customer.id);
    fillTickets(customer.id);
    fillReturnVisit(customer.id);
    m_pages->setCurrentWidget(m_cardPage);
}

void CallerCard::fillContact(const Customer& customer)
{
    const CustomerDraft& d = customer.details;
    QStringList lines;
    if (!d.phone.isEmpty())
        lines.append(tr("Phone: %1").arg(d.phone));
    if (!d.email.isEmpty())
        lines.append(tr("Email: %1").arg(d.email));
    const QStringList place = QStringList{d.address, d.region}.filter(QRegularExpression(QStringLiteral("\\S")));
    if (!place.isEmpty())
        lines.append(tr("Address: %1").arg(place.join(QStringLiteral(", "))));
    if (lines.isEmpty())
        lines.append(tr("No contact details on file"));
    m_contact->setText(lines.join(QLatin1Char('\n')));
}

void CallerCard::fillPurchases(qint64 customerId)
{
    m_purchases->clear();
    auto purchases = m_context.workspace.customers().purchases(customerId);
    if (!purchases) {
        addEmptyRow(m_purchases, purchases.error().describe());
        fitToRows(m_purchases);
        return;
    }
    const QDate day = today();
    for (const Purchase& purchase : *purchases) {
        // Short words in the narrow panel; the tooltip says it in full.
        QString warranty = tr("none");
        QString warrantyInFull = tr("no warranty");
        QColor colour(QStringLiteral("#808080"));
        if (purchase.inWarrantyOn(day)) {
            warranty = tr("until %1").arg(purchase.warrantyUntil->toString(kDateFormat));
            warrantyInFull = tr("in warranty until %1").arg(purchase.warrantyUntil->toString(kDateFormat));
            colour = QColor(QStringLiteral("#1b7a2e"));
        } else if (purchase.warrantyUntil) {
            warranty = tr("expired");
            warrantyInFull = tr("warranty expired on %1").arg(purchase.warrantyUntil->toString(kDateFormat));
            colour = QColor(QStringLiteral("#b3261e"));
        }
        auto* item = addRow(m_purchases, {purchase.product, purchase.serial, warranty});
        item->setToolTip(2, warrantyInFull);
        item->setForeground(2, colour);
    }
    if (purchases->isEmpty())
        addEmptyRow(m_purchases, tr("No purchases on file"));
    fitToRows(m_purchases);
}

void CallerCard::fillTickets(qint64 customerId)
{
    m_openTickets->clear();
    m_recentContacts->clear();
    const qint64 now = m_context.workspace.clock().now();
    QueueRequest open;
    open.queue = Queue::Open;
    open.limit = kOpenTicketsShown;
    open.customerId = customerId;
    auto openRows = m_context.workspace.queues().page(open, now);
    for (const QueueRow& row : openRows ? *openRows : QList<QueueRow>())
        addRow(m_openTickets, {row.number, toLabel(row.status), row.subject});
    if (!openRows)
        addEmptyRow(m_openTickets, openRows.error().describe());
    else if (openRows->isEmpty())
        addEmptyRow(m_openTickets, tr("No open tickets"));

    QueueRequest recent;
    recent.queue = Queue::All;
    recent.sort = QueueSort::Created;
    recent.descending = true;
    recent.limit = kRecentContacts;
    recent.customerId = customerId;
    auto recentRows = m_context.workspace.queues().page(recent, now);
    for (const QueueRow& row : recentRows ? *recentRows : QList<QueueRow>())
        addRow(m_recentContacts, {dateOf(row.createdAt), row.number, toLabel(row.status), row.subject});
    if (!recentRows)
        addEmptyRow(m_recentContacts, recentRows.error().describe());
    else if (recentRows->isEmpty())
        addEmptyRow(m_recentContacts, tr("No earlier contacts"));
    fitToRows(m_openTickets);
    m_recentContacts->setMinimumHeight(m_recentContacts->header()->sizeHint().height() + 3 * rowHeightOf(m_recentContacts));
}

void CallerCard::showNotFound(const QString& text)
{
    m_notFound->setText(tr("No customer found for \"%1\"").arg(text));
    m_errors->clear();
    // Pre-fill from what was typed, but never overwrite what the agent typed into the form.
    // Digits alone are (part of) a number, never a name: "4416" goes into the phone field.
    const bool isPhone = PhoneNumber::looksLikePhone(text) || PhoneNumber::isDigitsOnly(text);
    if (!m_newPhone->isModified())
        m_newPhone->setText(isPhone ? text : QString());
    if (!m_newName->isModified())
        m_newName->setText(isPhone ? QString() : text);
    m_pages->setCurrentWidget(m_notFoundPage);
}

void CallerCard::createCustomer()
{
    CustomerDraft draft;
    draft.name = m_newName->text().trimmed();
    draft.phone = m_newPhone->text().trimmed();
    draft.kind = static_cast<CustomerKind>(m_newKind->currentData().toInt());
    draft.email = m_newEmail->text().trimmed();
    m_errors->clear();
    auto created = LockWait::retry<Customer>(this, m_context.workspace.database(), [&] { return m_context.workspace.customers().create(draft, m_context.userId); });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    for (QLineEdit* edit : {m_newName, m_newPhone, m_newEmail})
        edit->clear();
    showCustomer(*created);
}

void CallerCard::requestTicketForCustomer()
{
    if (!m_customer)
        return;
    TicketDraft draft;
    draft.customerId = m_customer->id;
    draft.contactName = m_customer->details.name;
    draft.contactPhone = m_customer->details.phone;
    draft.contactEmail = m_customer->details.email;
    draft.channel = Channel::Phone;
    emit newTicketRequested(draft);
}

void CallerCard::requestTicketWithoutCustomer()
{
    TicketDraft draft;
    draft.contactName = m_newName->text().trimmed();
    draft.contactPhone = m_newPhone->text().trimmed();
    draft.contactEmail = m_newEmail->text().trimmed();
    draft.channel = Channel::Phone;
    emit newTicketRequested(draft);
}

QDate CallerCard::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now()).date();
}

} // namespace sd
