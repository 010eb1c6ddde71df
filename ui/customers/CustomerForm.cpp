#include "config/Configuration.h"
#include "customers/CustomerForm.h"
#include "customers/CareService.h"
#include "customers/ReturnVisitDialog.h"
#include "customers/ReturnVisitText.h"

#include "common/Permission.h"

#include "common/LockWait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace sd {
namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
// A customer with more tickets than this is rare; the queue screens show the rest.
constexpr int kHistoryLimit = 200;
constexpr int kMaxScore = 5;

QString dateOf(qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant).toString(kDateFormat);
}

QString stars(int score)
{
    return QString(score, QChar(u'★')) + QString(kMaxScore - score, QChar(u'☆'));
}

QString yuan(qint64 cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2);
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, headers.size(), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
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

// The fields of the "Add purchase" dialog.
struct PurchaseInputs
{
    QLineEdit* product = nullptr;
    QLineEdit* serial = nullptr;
    QDateEdit* purchasedOn = nullptr;
    QDoubleSpinBox* amount = nullptr;
    QCheckBox* hasWarranty = nullptr;
    QDateEdit* warrantyUntil = nullptr;
    QLabel* error = nullptr;

    Purchase purchase() const
    {
        Purchase p;
        p.product = product->text().trimmed();
        p.serial = serial->text().trimmed();
        p.purchasedOn = purchasedOn->date();
        // Typed in yuan, stored in cents: round so 0.1 + 0.2 style noise never loses a fen.
        p.amountCents = std::llround(amount->value() * 100.0);
        if (hasWarranty->isChecked())
            p.warrantyUntil = warrantyUntil->date();
        return p;
    }
};

QDateEdit* dateEdit(const QString& objectName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(kDateFormat);
    return edit;
}

PurchaseInputs buildPurchaseDialog(QDialog& dialog, const QDate& today)
{
    PurchaseInputs in;
    in.product = new QLineEdit(&dialog);
    in.product->setObjectName(QStringLiteral("purchaseProduct"));
    in.serial = new QLineEdit(&dialog);
    in.serial->setObjectName(QStringLiteral("purchaseSerial"));
    in.purchasedOn = dateEdit(QStringLiteral("purchaseDate"), today, &dialog);
    in.amount = new QDoubleSpinBox(&dialog);
    in.amount->setObjectName(QStringLiteral("purchaseAmount"));
    in.amount->setRange(0.0, 1e10);
    in.amount->setDecimals(2);
    in.amount->setGroupSeparatorShown(true);
    in.amount->setPrefix(QStringLiteral("¥ "));
    in.hasWarranty = new QCheckBox(QCoreApplication::translate("sd::CustomerForm", "Warranty until"), &dialog);
    in.hasWarranty->setObjectName(QStringLiteral("purchaseHasWarranty"));
    in.hasWarranty->setChecked(true);
    in.warrantyUntil = dateEdit(QStringLiteral("purchaseWarrantyUntil"), today.addYears(1), &dialog);
    QObject::connect(in.hasWarranty, &QCheckBox::toggled, in.warrantyUntil, &QWidget::setEnabled);
    in.error = new QLabel(&dialog);
    in.error->setObjectName(QStringLiteral("purchaseError"));
    in.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    in.error->setWordWrap(true);
    in.error->hide();

    auto* form = new QFormLayout;
    form->addRow(QCoreApplication::translate("sd::CustomerForm", "Product"), in.product);
    form->addRow(QCoreApplication::translate("sd::CustomerForm", "Serial number"), in.serial);
    form->addRow(QCoreApplication::translate("sd::CustomerForm", "Purchase date"), in.purchasedOn);
    form->addRow(QCoreApplication::translate("sd::CustomerForm", "Amount (yuan)"), in.amount);
    form->addRow(in.hasWarranty, in.warrantyUntil);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(in.error);
    return in;
}

} // namespace

CustomerForm::CustomerForm(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("customerFormError"));
    m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_general->setWordWrap(true);
    m_errors = std::make_unique<ErrorDisplay>(m_general);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(buildDetails(), 3);
    upperLayout->addWidget(buildTier(), 1, Qt::AlignTop);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("customerTabs"));
    tabs->addTab(buildPurchases(), tr("Purchases"));
    tabs->addTab(buildTickets(), tr("Ticket history"));
    tabs->addTab(buildSatisfaction(), tr("Satisfaction"));
    tabs->addTab(buildReturnVisits(), tr("Return visits"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBanner());
    layout->addWidget(m_general);
    layout->addWidget(splitter, 1);

    // The form lives in a tab among others: Ctrl+S saves only the one that has focus.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CustomerForm::save);
    watchEdits();
    newCustomer();
}

CustomerForm::~CustomerForm() = default;

QWidget* CustomerForm::buildHeader()
{
    auto* header = new QWidget(this);
    m_heading = new QLabel(header);
    m_heading->setObjectName(QStringLiteral("customerHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    auto* save = new QPushButton(tr("Save"), header);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    connect(save, &QPushButton::clicked, this, &CustomerForm::save);
    m_careDate = new QLabel(header);
    m_careDate->setObjectName(QStringLiteral("customerCareDate"));
    m_careDate->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 1);
    layout->addWidget(m_careDate);
    layout->addSpacing(12);
    layout->addWidget(save);
    return header;
}

QWidget* CustomerForm::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#conflictBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("conflictMessage"));
    m_bannerText->setWordWrap(true);
    auto* reload = new QPushButton(tr("Reload"), m_banner);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setToolTip(tr("Discard your edits and show the stored customer"));
    connect(reload, &QPushButton::clicked, this, &CustomerForm::reload);
    auto* layout = new QHBoxLayout(m_banner);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(reload);
    m_banner->hide();
    return m_banner;
}

void CustomerForm::addField(QFormLayout* form, const QString& label, const QString& field, QWidget* widget)
{
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("customerError_") + field);
    m_errors->addField(field, widget, error);
    form->addRow(label, withError(widget, error, this));
}

QWidget* CustomerForm::buildDetails()
{
    auto* group = new QGroupBox(tr("Details"), this);
    const auto lineEdit = [group](const char* objectName) {
        auto* edit = new QLineEdit(group);
        edit->setObjectName(QString::fromLatin1(objectName));
        return edit;
    };
    m_code = lineEdit("customerCode");
    m_name = lineEdit("customerName");
    m_kind = new QComboBox(group);
    m_kind->setObjectName(QStringLiteral("customerKind"));
    for (CustomerKind kind : allValues<CustomerKind>())
        m_kind->addItem(toLabel(kind), static_cast<int>(kind));
    m_phone = lineEdit("customerPhone");
    m_email = lineEdit("customerEmail");
    m_birthday = lineEdit("customerBirthday");
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_address = lineEdit("customerAddress");
    m_region = lineEdit("customerRegion");
    m_industry = lineEdit("customerIndustry");
    m_size = lineEdit("customerSize");
    m_notes = new QPlainTextEdit(group);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setTabChangesFocus(true);
    // Five lines are enough to read at a glance; the tabs below need the room more.
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 2 * m_notes->frameWidth() + 8);

    auto* left = new QFormLayout;
    addField(left, tr("Code"), QStringLiteral("code"), m_code);
    addField(left, tr("Name"), QStringLiteral("name"), m_name);
    left->addRow(tr("Kind"), m_kind);
    addField(left, tr("Phone"), QStringLiteral("phone"), m_phone);
    addField(left, tr("Email"), QStringLiteral("email"), m_email);
    addField(left, tr("Birthday"), QStringLiteral("birthday"), m_birthday);
    auto* right = new QFormLayout;
    right->addRow(tr("Address"), m_address);
    right->addRow(tr("Region"), m_region);
    right->addRow(tr("Industry"), m_industry);
    right->addRow(tr("Size"), m_size);
    right->addRow(tr("Notes"), m_notes);
    auto* layout = new QHBoxLayout(group);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    return group;
}

QWidget* CustomerForm::buildTier()
{
    auto* group = new QGroupBox(tr("Tier"), this);
    m_tier = new QComboBox(group);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    for (const TierDefinition& tier : m_context.workspace.configuration().tiers)
        m_tier->addItem(displayName(tier.name), tier.code);
    m_tier->setToolTip(tr("Choosing a tier by hand locks it"));
    m_tierSuggestion = new QLabel(group);
    m_tierSuggestion->setObjectName(QStringLiteral("tierSuggestion"));
    m_tierSuggestion->setStyleSheet(QStringLiteral("color: #606060;"));
    m_tierSuggestion->setWordWrap(true);
    m_tierLocked = new QCheckBox(tr("Lock tier"), group);
    m_tierLocked->setObjectName(QStringLiteral("tierLocked"));
    m_tierLocked->setToolTip(tr("Unlocked, the tier follows the rule on every save and purchase"));
    auto* tierError = new QLabel(group);
    tierError->setObjectName(QStringLiteral("customerError_tier"));
    m_errors->addField(QStringLiteral("tier"), m_tier, tierError);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerForm::tierPicked);
    connect(m_tierLocked, &QCheckBox::toggled, this, &CustomerForm::tierLockToggled);

    // Choosing a tier by hand is a supervisor's call; others see the rule's tier.
    if (!mayDo(m_context, Action::ChangeCustomerTier)) {
        m_tier->setEnabled(false);
        m_tierLocked->setEnabled(false);
        m_tier->setToolTip(tr("The tier follows the rule; a supervisor can set it by hand"));
    }
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_tier);
    layout->addWidget(tierError);
    layout->addWidget(m_tierSuggestion);
    layout->addWidget(m_tierLocked);
    return group;
}

QWidget* CustomerForm::buildPurchases()
{
    auto* page = new QWidget(this);
    m_purchases = makeTable(QStringLiteral("purchasesTable"),
                            {tr("Product"), tr("Serial"), tr("Purchased"), tr("Amount (yuan)"), tr("Warranty")}, page);
    m_addPurchase = new QPushButton(tr("Add purchase…"), page);
    m_addPurchase->setObjectName(QStringLiteral("addPurchaseButton"));
    connect(m_addPurchase, &QPushButton::clicked, this, &CustomerForm::addPurchase);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addPurchase);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_purchases, 1);
    return page;
}

QWidget* CustomerForm::buildTickets()
{
    auto* page = new QWidget(this);
    m_tickets = makeTable(QStringLiteral("ticketHistory"),
                          {tr("Number"), tr("Created"), tr("Category"), tr("Status"), tr("Subject")}, page);
    m_tickets->setToolTip(tr("Double-click a ticket to open it"));
    connect(m_tickets, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_tickets->item(row, 0))
            emit ticketOpenRequested(item->data(Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_tickets);
    return page;
}

QWidget* CustomerForm::buildReturnVisits()
{
    auto* page = new QWidget(this);
    m_returnVisits = makeTable(QStringLiteral("customerReturnVisits"),
                               {tr("Due"), tr("Why"), tr("Ticket"), tr("Where it stands"), tr("Score"), tr("Notes")}, page);
    m_returnVisits->setToolTip(tr("Double-click a visit not yet made to record the call"));
    connect(m_returnVisits, &QTableWidget::cellDoubleClicked, this, &CustomerForm::recordReturnVisit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_returnVisits);
    return page;
}

void CustomerForm::fillReturnVisits()
{
    m_returnVisits->setRowCount(0);
    m_returnVisitRows.clear();
    auto visits = m_context.workspace.returnVisits().ofCustomer(m_id);
    if (!visits) {
        showLoadError(visits.error());
        return;
    }
    m_returnVisitRows = *visits;
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    m_returnVisits->setRowCount(int(visits->size()));
    for (int row = 0; row < visits->size(); ++row) {
        const ReturnVisit& v = visits->at(row);
        m_returnVisits->setItem(row, 0, cell(ReturnVisitText::day(v.dueOn)));
        m_returnVisits->setItem(row, 1, cell(ReturnVisitText::reason(v)));
        m_returnVisits->setItem(row, 2, cell(ReturnVisitText::tickets(v)));
        m_returnVisits->setItem(row, 3, cell(ReturnVisitText::status(v, zone) + (v.salesLead ? tr(" · sales lead") : QString())));
        m_returnVisits->setItem(row, 4, cell(v.satisfaction ? QString::number(*v.satisfaction) : QString(), Qt::AlignRight | Qt::AlignVCenter));
        m_returnVisits->setItem(row, 5, cell(QString(v.notes).replace(QLatin1Char('\n'), QStringLiteral(" / "))));
    }
}

void CustomerForm::recordReturnVisit(int row)
{
    if (row < 0 || row >= m_returnVisitRows.size() || !m_returnVisitRows.at(row).isOpen()
        || !mayDo(m_context, Action::MakeReturnVisits))
        return;
    ReturnVisitDialog dialog(m_context, m_returnVisitRows.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        fillReturnVisits();
}

QWidget* CustomerForm::buildSatisfaction()
{
    auto* page = new QWidget(this);
    m_satisfactionAverage = new QLabel(page);
    m_satisfactionAverage->setObjectName(QStringLiteral("satisfactionAverage"));
    m_satisfaction = makeTable(QStringLiteral("satisfactionTable"), {tr("Date"), tr("Ticket"), tr("Score")}, page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_satisfactionAverage);
    layout->addWidget(m_satisfaction, 1);
    return page;
}

void CustomerForm::watchEdits()
{
    for (QLineEdit* edit : {m_code, m_name, m_phone, m_email, m_address, m_region, m_industry, m_size, m_birthday})
        connect(edit, &QLineEdit::textEdited, this, &CustomerForm::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerForm::markDirty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerForm::markDirty);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerForm::markDirty);
    connect(m_tierLocked, &QCheckBox::toggled, this, &CustomerForm::markDirty);
}

void CustomerForm::newCustomer()
{
    m_id = 0;
    m_version = 0;
    m_savedName.clear();
    m_loading = true;
    clearFields();
    m_loading = false;
    m_code->setReadOnly(false);
    m_code->setPlaceholderText(tr("assigned on save"));
    m_addPurchase->setEnabled(false);
    m_addPurchase->setToolTip(tr("Save the customer first"));
    fillTierSuggestion();
    m_purchases->setRowCount(0);
    m_tickets->setRowCount(0);
    m_returnVisits->setRowCount(0);
    m_returnVisitRows.clear();
    m_loaded.reset();
    m_careDate->clear();
    fillSatisfaction({});
    m_heading->setText(tr("New customer"));
    m_dirty = false;
    emit titleChanged(title());
}

void CustomerForm::clearFields()
{
    m_errors->clear();
    m_banner->hide();
    for (QLineEdit* edit : {m_code, m_name, m_phone, m_email, m_address, m_region, m_industry, m_size, m_birthday})
        edit->clear();
    m_notes->clear();
    m_kind->setCurrentIndex(0);
    showTier(m_context.workspace.configuration().suggestTier(0, 0));
    m_tierLocked->setChecked(false);
}

bool CustomerForm::openCustomer(qint64 id)
{
    auto customer = m_context.workspace.customers().get(id);
    if (!customer) {
        showLoadError(customer.error());
        return false;
    }
    load(*customer);
    return true;
}

void CustomerForm::showLoadError(const Error& error)
{
    m_errors->show(Error{error.code, QString(), error.message});
}

void CustomerForm::load(const Customer& customer)
{
    const CustomerDraft& d = customer.details;
    m_loading = true;
    clearFields();
    m_id = customer.id;
    m_version = customer.version;
    m_loaded = customer;
    m_savedName = d.name;
    m_code->setText(d.code);
    m_code->setReadOnly(true);
    m_code->setPlaceholderText(QString());
    m_name->setText(d.name);
    m_kind->setCurrentIndex(qMax(m_kind->findData(static_cast<int>(d.kind)), 0));
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_address->setText(d.address);
    m_region->setText(d.region);
    m_industry->setText(d.industry);
    m_size->setText(d.size);
    m_birthday->setText(d.birthday ? d.birthday->toString(kDateFormat) : QString());
    m_notes->setPlainText(d.notes);
    showTier(d.tierCode);
    m_tierLocked->setChecked(d.tierLocked);
    m_loading = false;
    m_addPurchase->setEnabled(true);
    m_addPurchase->setToolTip(QString());
    m_heading->setText(tr("%1 (%2)").arg(d.name, d.code));
    fillTierSuggestion();
    fillPurchases();
    fillTickets();
    fillReturnVisits();
    m_dirty = false;
    emit titleChanged(title());
}

CustomerDraft CustomerForm::draft() const
{
    CustomerDraft d;
    d.code = m_code->text().trimmed();
    d.name = m_name->text().trimmed();
    d.kind = static_cast<CustomerKind>(m_kind->currentData().toInt());
    d.phone = m_phone->text().trimmed();
    d.email = m_email->text().trimmed();
    d.address = m_address->text().trimmed();
    d.region = m_region->text().trimmed();
    d.industry = m_industry->text().trimmed();
    d.size = m_size->text().trimmed();
    // An unparsable date goes to the service as invalid so its message lands on the field.
    if (!m_birthday->text().trimmed().isEmpty())
        d.birthday = QDate::fromString(m_birthday->text().trimmed(), Qt::ISODate);
    d.notes = m_notes->toPlainText();
    d.tierLocked = m_tierLocked->isChecked();
    // Unlocked: an empty tier lets the rule decide.
    d.tierCode = d.tierLocked ? m_tier->currentData().toString() : QString();
    return d;
}

bool CustomerForm::save()
{
    m_errors->clear();
    m_banner->hide();
    CustomerService& customers = m_context.workspace.customers();
    const CustomerDraft current = draft();
    auto saved = LockWait::retry<Customer>(this, m_context.workspace.database(), [&] {
        return m_id == 0 ? customers.create(current, m_context.userId)
                         : customers.update(m_id, m_version, current, m_context.userId);
    });
    if (!saved) {
        showSaveError(saved.error());
        return false;
    }
    load(*saved);
    emit customerSaved(m_id);
    return true;
}

void CustomerForm::showSaveError(const Error& error)
{
    if (error.code != Error::Code::Conflict) {
        m_errors->show(error);
        return;
    }
    m_bannerText->setText(error.message);
    m_banner->show();
}

void CustomerForm::reload()
{
    if (m_id != 0)
        openCustomer(m_id);
}

QString CustomerForm::title() const
{
    const QString base = m_id == 0 ? tr("New customer") : m_savedName;
    return m_dirty ? base + QStringLiteral(" *") : base;
}

void CustomerForm::markDirty()
{
    if (!m_loading)
        setDirty(true);
}

void CustomerForm::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit titleChanged(title());
}

void CustomerForm::fillTierSuggestion()
{
    const Configuration& configuration = m_context.workspace.configuration();
    auto suggested = m_id == 0 ? Result<QString>(configuration.suggestTier(0, 0))
                               : m_context.workspace.customers().suggestedTier(m_id);
    if (!suggested) {
        m_tierSuggestion->setText(suggested.error().describe());
        return;
    }
    m_suggestedTier = *suggested;
    const TierDefinition* tier = configuration.tier(*suggested);
    m_tierSuggestion->setText(tr("Rule suggests: %1").arg(tier ? displayName(tier->name) : *suggested));
}

// Shows a tier without it counting as the agent's choice.
void CustomerForm::showTier(const QString& code)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_tier->setCurrentIndex(qMax(m_tier->findData(code), 0));
    m_loading = wasLoading;
}

// A hand-picked tier only lasts when locked; otherwise the rule overwrites it on save.
void CustomerForm::tierPicked()
{
    if (!m_loading)
        m_tierLocked->setChecked(true);
}

// Unlocked, the combo previews what the rule will set on save.
void CustomerForm::tierLockToggled(bool locked)
{
    if (!locked && !m_loading && !m_suggestedTier.isEmpty())
        showTier(m_suggestedTier);
}

void CustomerForm::fillPurchases()
{
    m_purchases->setRowCount(0);
    auto purchases = m_context.workspace.customers().purchases(m_id);
    if (!purchases) {
        showLoadError(purchases.error());
        return;
    }
    const QDate day = today();
    fillCareDate(*purchases);
    m_purchases->setRowCount(purchases->size());
    for (int row = 0; row < purchases->size(); ++row) {
        const Purchase& p = purchases->at(row);
        m_purchases->setItem(row, 0, cell(p.product));
        m_purchases->setItem(row, 1, cell(p.serial));
        m_purchases->setItem(row, 2, cell(p.purchasedOn.toString(kDateFormat)));
        m_purchases->setItem(row, 3, cell(yuan(p.amountCents), Qt::AlignRight | Qt::AlignVCenter));
        QTableWidgetItem* warranty = cell(tr("no warranty"));
        warranty->setForeground(QColor(QStringLiteral("#808080")));
        if (p.inWarrantyOn(day)) {
            warranty->setText(tr("in warranty until %1").arg(p.warrantyUntil->toString(kDateFormat)));
            warranty->setForeground(QColor(QStringLiteral("#1b7a2e")));
        } else if (p.warrantyUntil) {
            warranty->setText(tr("warranty expired"));
            warranty->setForeground(QColor(QStringLiteral("#b3261e")));
        }
        m_purchases->setItem(row, 4, warranty);
    }
}

// The customer's next birthday or anniversary with us (docs/CARE.md), beside the name.
void CustomerForm::fillCareDate(const QList<Purchase>& purchases)
{
    m_careDate->clear();
    if (!m_loaded)
        return;
    const QDate day = today();
    const auto next = CareService::nextOccasion(*m_loaded, purchases, day);
    if (!next)
        return;
    const qint64 inDays = day.daysTo(next->on);
    const QString when = inDays == 0 ? tr("today") : inDays == 1 ? tr("tomorrow") : tr("in %1 days").arg(inDays);
    m_careDate->setText(next->occasion == CareOccasion::Birthday
                            ? tr("Birthday %1, %2").arg(next->on.toString(QStringLiteral("MM-dd")), when)
                            : next->detail == QLatin1String("1") ? tr("1 year with us on %1, %2").arg(next->on.toString(Qt::ISODate), when)
                                                                 : tr("%1 years with us on %2, %3").arg(next->detail, next->on.toString(Qt::ISODate), when));
}

void CustomerForm::fillTickets()
{
    m_tickets->setRowCount(0);
    QueueRequest request;
    request.queue = Queue::All;
    request.customerId = m_id;
    request.limit = kHistoryLimit;
    auto rows = m_context.workspace.queues().page(request, m_context.workspace.clock().now());
    if (!rows) {
        showLoadError(rows.error());
        fillSatisfaction({});
        return;
    }
    m_tickets->setRowCount(rows->size());
    for (int row = 0; row < rows->size(); ++row) {
        const QueueRow& t = rows->at(row);
        QTableWidgetItem* number = cell(t.number);
        number->setData(Qt::UserRole, t.id);
        m_tickets->setItem(row, 0, number);
        m_tickets->setItem(row, 1, cell(dateOf(t.createdAt)));
        m_tickets->setItem(row, 2, cell(toLabel(t.category)));
        m_tickets->setItem(row, 3, cell(toLabel(t.status)));
        m_tickets->setItem(row, 4, cell(t.subject));
    }
    fillSatisfaction(*rows);
}

// The survey date is not on the queue row; the ticket's last update is when the answer came in.
void CustomerForm::fillSatisfaction(const QList<QueueRow>& rows)
{
    m_satisfaction->setRowCount(0);
    int total = 0;
    int count = 0;
    for (const QueueRow& t : rows) {
        if (!t.csatScore)
            continue;
        const int row = m_satisfaction->rowCount();
        m_satisfaction->insertRow(row);
        m_satisfaction->setItem(row, 0, cell(dateOf(t.updatedAt)));
        m_satisfaction->setItem(row, 1, cell(t.number));
        QTableWidgetItem* score = cell(stars(*t.csatScore));
        score->setForeground(QColor(QStringLiteral("#c48a00")));
        score->setToolTip(tr("%1 of %2").arg(*t.csatScore).arg(kMaxScore));
        m_satisfaction->setItem(row, 2, score);
        total += *t.csatScore;
        ++count;
    }
    if (count == 0) {
        m_satisfactionAverage->setText(tr("No satisfaction answers yet."));
        return;
    }
    const QString average = QLocale().toString(double(total) / count, 'f', 1);
    // Spelled out rather than "%n answer(s)": there is no English plural catalogue.
    m_satisfactionAverage->setText(count == 1 ? tr("Average %1 of 5 from 1 answer").arg(average)
                                              : tr("Average %1 of 5 from %2 answers").arg(average).arg(count));
}

void CustomerForm::addPurchase()
{
    if (m_id == 0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addPurchaseDialog"));
    dialog.setWindowTitle(tr("Add purchase"));
    const PurchaseInputs inputs = buildPurchaseDialog(dialog, today());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("purchaseButtons"));
    dialog.layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Stored on OK so a refused purchase keeps the dialog open with the reason shown.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Purchase purchase = inputs.purchase();
        auto added = LockWait::retry<Purchase>(&dialog, m_context.workspace.database(), [&] {
            return m_context.workspace.customers().addPurchase(m_id, purchase, m_context.userId);
        });
        if (added) {
            dialog.accept();
            return;
        }
        inputs.error->setText(added.error().message);
        inputs.error->show();
    });
    if (dialog.exec() == QDialog::Accepted)
        refreshAfterPurchase();
}

// A purchase may move an unlocked customer to another tier, which bumps the
// stored version. Take the new tier and version without touching unsaved
// edits, unless someone else also changed the customer: then the next save
// must still report their change.
void CustomerForm::refreshAfterPurchase()
{
    fillPurchases();
    fillReturnVisits();
    fillTierSuggestion();
    auto stored = m_context.workspace.customers().get(m_id);
    if (!stored)
        return;
    const bool onlyOurTierChange = stored->version == m_version + 1;
    if (stored->version != m_version && !onlyOurTierChange)
        return;
    m_version = stored->version;
    if (!m_tierLocked->isChecked())
        showTier(stored->details.tierCode);
}

QDate CustomerForm::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_context.workspace.clock().now()).date();
}

} // namespace sd
