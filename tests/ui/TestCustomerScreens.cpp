#include "TestSupport.h"

#include "common/AppContext.h"
#include "customers/CallerCard.h"
#include "customers/CustomerForm.h"
#include "main/CustomersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QScrollBar>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A signed-in agent on a fresh workspace.
struct Desk
{
    test::TempWorkspace workspace;
    AppContext li{*workspace, workspace.userId("li.na"), text("李娜")};
    AppContext wang{*workspace, workspace.userId("wang.lei"), text("王磊")};

    Customer customer(const QString& name, const QString& phone, const QString& tier = {})
    {
        CustomerDraft draft;
        draft.name = name;
        draft.phone = phone;
        draft.kind = CustomerKind::Company;
        draft.tierCode = tier;
        draft.tierLocked = !tier.isEmpty();
        // Setting a tier by hand is a supervisor's call.
        auto created = workspace->customers().create(draft, tier.isEmpty() ? li.userId : workspace.userId("sun.hui"));
        REQUIRE(created);
        return *created;
    }

    qint64 ticket(qint64 customerId, const QString& subject, Category category)
    {
        TicketDraft draft;
        draft.customerId = customerId;
        draft.subject = subject;
        draft.category = category;
        auto created = workspace->tickets().create(draft, li.userId);
        REQUIRE(created);
        return created->id;
    }

    void resolveWithScore(qint64 ticketId, int score)
    {
        auto ticket = workspace->tickets().get(ticketId);
        REQUIRE(ticket);
        auto resolved = workspace->tickets().changeStatus(ticketId, ticket->version, TicketStatus::Resolved, li.userId,
                                                          text("Replaced the part"));
        REQUIRE(resolved);
        REQUIRE(workspace->tickets().recordSatisfaction(ticketId, score, {}, li.userId));
    }

    void purchase(qint64 customerId, const char* product, const char* serial, QDate on, qint64 cents,
                  std::optional<QDate> warranty)
    {
        Purchase p{0, text(product), QString::fromLatin1(serial), on, cents, warranty};
        REQUIRE(workspace->customers().addPurchase(customerId, p, li.userId));
    }

    // Purchases and tickets so that the screenshots show every part filled in.
    void giveHistory(qint64 customerId)
    {
        purchase(customerId, "Chiller CX-9000", "CX9-2026-0412", QDate(2026, 9, 1), 18'000'000, QDate(2029, 9, 1));
        purchase(customerId, "Cooling tower CT-40", "CT40-2019-0088", QDate(2019, 5, 20), 9'500'000, QDate(2022, 5, 20));
        purchase(customerId, "Control panel upgrade", "", QDate(2026, 3, 3), 3'000'000, std::nullopt);
        const qint64 old = ticket(customerId, text("Noise from compressor at night"), Category::Fault);
        resolveWithScore(old, 4);
        const qint64 invoice = ticket(customerId, text("Invoice copy for the March order"), Category::Inquiry);
        resolveWithScore(invoice, 5);
        ticket(customerId, text("Chiller shows error E42 after restart"), Category::Fault);
        ticket(customerId, text("Request maintenance visit before winter"), Category::Guidance);
    }
};

// Chinese is typed through an input method, which commits whole words; QTest
// key clicks only know ASCII keys.
void typeChinese(QWidget* widget, const QString& words)
{
    QInputMethodEvent commit;
    commit.setCommitString(words);
    QApplication::sendEvent(widget, &commit);
}

template <typename T>
T* child(QWidget& parent, const char* objectName)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

void activate(QWidget& widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

void saveScreenshot(QWidget& widget, const char* fileName)
{
    QApplication::processEvents();
    CHECK(widget.grab().save(QString::fromLatin1(fileName)));
}

// Fills the "Add purchase" dialog once it is up, as a user would, and presses OK.
// Runs inside the dialog's event loop, where a Catch2 REQUIRE could not unwind.
void fillPurchaseDialogLater(const QString& product, const QString& amount)
{
    QTimer::singleShot(0, [product, amount] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* productEdit = dialog->findChild<QLineEdit*>(QStringLiteral("purchaseProduct"));
        auto* amountBox = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("purchaseAmount"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("purchaseButtons"));
        if (!productEdit || !amountBox || !buttons)
            return;
        QTest::keyClicks(productEdit, product);
        amountBox->selectAll();
        QTest::keyClicks(amountBox, amount);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    // A dialog that does not close must fail the test, not hang it.
    QTimer::singleShot(5000, [] {
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
}

} // namespace

TEST_CASE("the caller field finds a customer by a differently spelled phone number", "[ui][caller]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CallerCard card(desk.li);
    card.show();

    QLineEdit* lookup = child<QLineEdit>(card, "callerLookup");
    CHECK(card.lookupField() == lookup);
    QTest::keyClicks(lookup, QStringLiteral("+86 21 6234-5678"));
    QTest::keyClick(lookup, Qt::Key_Return);

    CHECK(child<QLabel>(card, "callerName")->text() == text("上海恒达科技有限公司"));
    // No purchases yet: the default rule leaves a new customer a prospect.
    CHECK(child<QLabel>(card, "callerTierBadge")->text() == QStringLiteral("Prospect"));
    CHECK(child<QLabel>(card, "callerCode")->text().startsWith(hengda.details.code));
    CHECK(card.currentCustomerId() == hengda.id);
}

TEST_CASE("the caller field searches while typing after a short pause", "[ui][caller]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CallerCard card(desk.li);
    card.show();

    typeChinese(child<QLineEdit>(card, "callerLookup"), text("恒达"));
    CHECK(card.currentCustomerId() == 0); // not before the pause
    CHECK(QTest::qWaitFor([&] { return card.currentCustomerId() == hengda.id; }, 2000));
}

TEST_CASE("several matches are listed and picking one shows its card", "[ui][caller]")
{
    Desk desk;
    desk.customer(text("恒达物流"), QStringLiteral("13800138000"));
    const Customer second = desk.customer(text("恒达科技"), QStringLiteral("13800138001"));
    CallerCard card(desk.li);
    card.show();

    card.lookup(text("恒达"));
    auto* matches = child<QListWidget>(card, "callerMatches");
    REQUIRE(matches->isVisible());
    REQUIRE(matches->count() == 2);
    const auto items = matches->findItems(text("恒达科技"), Qt::MatchStartsWith);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(matches->viewport(), Qt::LeftButton, {}, matches->visualItemRect(items.first()).center());
    CHECK(card.currentCustomerId() == second.id);
}

TEST_CASE("a VIP caller's badge says VIP and stands out", "[ui][caller]")
{
    Desk desk;
    const Customer vip = desk.customer(text("北京万通集团"), QStringLiteral("010-8888 6666"), QStringLiteral("vip"));
    desk.giveHistory(vip.id);
    const Customer plain = desk.customer(text("王芳"), QStringLiteral("13700137000"));
    CallerCard card(desk.li);
    card.resize(520, 720);
    card.show();

    card.lookup(QStringLiteral("13700137000"));
    const QString plainStyle = child<QLabel>(card, "callerTierBadge")->styleSheet();
    card.lookup(QStringLiteral("+86 10 8888 6666"));
    auto* badge = child<QLabel>(card, "callerTierBadge");
    CHECK(badge->text() == QStringLiteral("VIP"));
    CHECK(badge->styleSheet() != plainStyle);

    // Three purchases (one in warranty, one expired, one without), two open tickets, four contacts.
    auto* purchases = child<QTreeWidget>(card, "callerPurchases");
    REQUIRE(purchases->topLevelItemCount() == 3);
    QStringList warranty;
    QStringList warrantyInFull;
    for (int i = 0; i < 3; ++i) {
        warranty.append(purchases->topLevelItem(i)->text(2));
        warrantyInFull.append(purchases->topLevelItem(i)->toolTip(2));
    }
    CHECK(warranty.contains(QStringLiteral("until 2029-09-01")));
    CHECK(warranty.contains(QStringLiteral("expired")));
    CHECK(warrantyInFull.contains(QStringLiteral("in warranty until 2029-09-01")));
    CHECK(child<QTreeWidget>(card, "callerOpenTickets")->topLevelItemCount() == 2);
    CHECK(child<QTreeWidget>(card, "callerRecentContacts")->topLevelItemCount() == 4);
    // In a panel as narrow as the main window gives it, no list scrolls
    // sideways, its last row is in view, and only the widest column (subject,
    // product) is cut short: numbers, dates, status and warranty show whole.
    card.resize(300, 760);
    QApplication::processEvents();
    for (const char* name : {"callerPurchases", "callerOpenTickets", "callerRecentContacts"}) {
        auto* list = child<QTreeWidget>(card, name);
        INFO(name);
        CHECK(list->horizontalScrollBar()->maximum() == 0);
        QTreeWidgetItem* last = list->topLevelItem(list->topLevelItemCount() - 1);
        CHECK(list->visualItemRect(last).bottom() <= list->viewport()->height());
        const int stretched = QString::fromLatin1(name) == QLatin1String("callerPurchases") ? 0 : list->columnCount() - 1;
        for (int column = 0; column < list->columnCount(); ++column)
            if (column != stretched)
                for (int row = 0; row < list->topLevelItemCount(); ++row)
                    CHECK(list->columnWidth(column) >= list->fontMetrics().horizontalAdvance(list->topLevelItem(row)->text(column)));
    }
    (void)plain;
    saveScreenshot(card, "caller-card-en.png");
}

TEST_CASE("Ctrl+Return on the card asks for a phone ticket for that customer", "[ui][caller]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CallerCard card(desk.li);
    activate(card);
    QSignalSpy requested(&card, &CallerCard::newTicketRequested);

    QLineEdit* lookup = child<QLineEdit>(card, "callerLookup");
    QTest::keyClicks(lookup, QStringLiteral("021-62345678"));
    QTest::keyClick(lookup, Qt::Key_Return);
    QTest::keyClick(lookup, Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(requested.count() == 1);
    const auto draft = requested.at(0).at(0).value<TicketDraft>();
    CHECK(draft.customerId == hengda.id);
    CHECK(draft.channel == Channel::Phone);
    CHECK(draft.contactName == text("上海恒达科技有限公司"));
    CHECK(draft.contactPhone == QStringLiteral("(021) 6234 5678"));

    QTest::mouseClick(child<QPushButton>(card, "newTicketButton"), Qt::LeftButton);
    CHECK(requested.count() == 2);
    QSignalSpy opened(&card, &CallerCard::customerOpenRequested);
    QTest::mouseClick(child<QPushButton>(card, "openCustomerButton"), Qt::LeftButton);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == hengda.id);
}

TEST_CASE("an unknown number offers to register the caller", "[ui][caller]")
{
    Desk desk;
    CustomerService& customers = desk.workspace->customers();
    CallerCard card(desk.li);
    card.show();

    QLineEdit* lookup = child<QLineEdit>(card, "callerLookup");
    QTest::keyClicks(lookup, QStringLiteral("13912345678"));
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(child<QLabel>(card, "callerNotFound")->isVisible());
    CHECK(child<QLabel>(card, "callerNotFound")->text().contains(QStringLiteral("No customer found")));
    CHECK(child<QLineEdit>(card, "newCustomerPhone")->text() == QStringLiteral("13912345678"));
    CHECK(child<QLineEdit>(card, "newCustomerName")->text().isEmpty());

    auto* create = child<QPushButton>(card, "createCustomerButton");
    QTest::mouseClick(create, Qt::LeftButton);
    auto* nameError = child<QLabel>(card, "newCustomerError_name");
    CHECK(nameError->isVisible());
    CHECK(nameError->text() == QStringLiteral("the customer needs a name"));
    CHECK(customers.findByPhone(QStringLiteral("13912345678"))->isEmpty());
    CHECK(card.currentCustomerId() == 0);

    typeChinese(child<QLineEdit>(card, "newCustomerName"), text("张伟"));
    QTest::mouseClick(create, Qt::LeftButton);
    const auto stored = customers.findByPhone(QStringLiteral("139 1234 5678"));
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().details.name == text("张伟"));
    CHECK(card.currentCustomerId() == stored->first().id);
    CHECK(child<QLabel>(card, "callerName")->text() == text("张伟"));
}

TEST_CASE("an unknown caller can still get a ticket with just the number", "[ui][caller]")
{
    Desk desk;
    CallerCard card(desk.li);
    card.show();
    QSignalSpy requested(&card, &CallerCard::newTicketRequested);

    card.lookup(QStringLiteral("13912345678"));
    QTest::mouseClick(child<QPushButton>(card, "ticketWithoutCustomerButton"), Qt::LeftButton);
    REQUIRE(requested.count() == 1);
    const auto draft = requested.at(0).at(0).value<TicketDraft>();
    CHECK_FALSE(draft.customerId.has_value());
    CHECK(draft.contactPhone == QStringLiteral("13912345678"));
    CHECK(draft.channel == Channel::Phone);
}

TEST_CASE("the customer form saves edits and reports a stale save as a conflict", "[ui][customerform]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CustomerForm first(desk.li);
    CustomerForm stale(desk.wang);
    REQUIRE(first.openCustomer(hengda.id));
    REQUIRE(stale.openCustomer(hengda.id));
    CHECK(first.title() == text("上海恒达科技有限公司"));

    activate(first);
    QSignalSpy saved(&first, &CustomerForm::customerSaved);
    auto* notes = child<QPlainTextEdit>(first, "customerNotes");
    QTest::keyClicks(notes, QStringLiteral("Call after 14:00"));
    CHECK(first.hasUnsavedChanges());
    CHECK(first.title().endsWith(QStringLiteral(" *")));
    QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.count() == 1);
    CHECK_FALSE(first.hasUnsavedChanges());
    CHECK(desk.workspace->customers().get(hengda.id)->details.notes == QStringLiteral("Call after 14:00"));

    auto* staleNotes = child<QPlainTextEdit>(stale, "customerNotes");
    stale.show();
    QTest::keyClicks(staleNotes, QStringLiteral("Wants invoices by post"));
    QTest::mouseClick(child<QPushButton>(stale, "saveButton"), Qt::LeftButton);
    CHECK(child<QWidget>(stale, "conflictBanner")->isVisible());
    CHECK(child<QLabel>(stale, "conflictMessage")->text().contains(text("李娜")));
    CHECK(staleNotes->toPlainText() == QStringLiteral("Wants invoices by post"));
    CHECK(stale.hasUnsavedChanges());
    CHECK(desk.workspace->customers().get(hengda.id)->details.notes == QStringLiteral("Call after 14:00"));

    QTest::mouseClick(child<QPushButton>(stale, "reloadButton"), Qt::LeftButton);
    CHECK_FALSE(child<QWidget>(stale, "conflictBanner")->isVisible());
    CHECK(staleNotes->toPlainText() == QStringLiteral("Call after 14:00"));
    CHECK_FALSE(stale.hasUnsavedChanges());
}

TEST_CASE("the customer form shows validation errors next to the field and keeps the edits", "[ui][customerform]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CustomerForm form(desk.li);
    REQUIRE(form.openCustomer(hengda.id));
    form.show();

    auto* email = child<QLineEdit>(form, "customerEmail");
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    CHECK_FALSE(form.save());
    CHECK(child<QLabel>(form, "customerError_email")->isVisible());
    CHECK(email->text() == QStringLiteral("not-an-address"));
    CHECK(desk.workspace->customers().get(hengda.id)->details.email.isEmpty());

    email->clear();
    QTest::keyClicks(child<QLineEdit>(form, "customerBirthday"), QStringLiteral("1990-02-30"));
    CHECK_FALSE(form.save());
    CHECK_FALSE(child<QLabel>(form, "customerError_email")->isVisible());
    CHECK(child<QLabel>(form, "customerError_birthday")->isVisible());
}

TEST_CASE("a new customer is created from the form with the rule's tier", "[ui][customerform]")
{
    Desk desk;
    CustomerForm form(desk.li);
    form.show();
    form.newCustomer();
    CHECK(form.title() == QStringLiteral("New customer"));
    CHECK_FALSE(child<QPushButton>(form, "addPurchaseButton")->isEnabled());

    typeChinese(child<QLineEdit>(form, "customerName"), text("陈静"));
    QTest::keyClicks(child<QLineEdit>(form, "customerPhone"), QStringLiteral("137 0000 1111"));
    REQUIRE(form.save());
    REQUIRE(form.customerId() > 0);
    const auto stored = desk.workspace->customers().get(form.customerId());
    REQUIRE(stored);
    CHECK(stored->details.tierCode == QStringLiteral("prospect"));
    CHECK_FALSE(stored->details.tierLocked);
    CHECK(form.title() == text("陈静"));
}

TEST_CASE("a big purchase through the dialog makes an unlocked customer VIP", "[ui][customerform]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    CustomerForm form(desk.li);
    REQUIRE(form.openCustomer(hengda.id));
    form.show();
    CHECK(child<QComboBox>(form, "tierCombo")->currentData().toString() == QStringLiteral("prospect"));

    // Dated today (2026-10-12), inside the rule's 12 months; 250,000 yuan >= the VIP threshold of 200,000.
    fillPurchaseDialogLater(QStringLiteral("Chiller CX-9000"), QStringLiteral("250000"));
    QTest::mouseClick(child<QPushButton>(form, "addPurchaseButton"), Qt::LeftButton);

    const auto stored = desk.workspace->customers().get(hengda.id);
    REQUIRE(stored);
    CHECK(stored->details.tierCode == QStringLiteral("vip"));
    const auto purchases = desk.workspace->customers().purchases(hengda.id);
    REQUIRE(purchases->size() == 1);
    CHECK(purchases->first().amountCents == 25'000'000);
    CHECK(purchases->first().purchasedOn == QDate(2026, 10, 12));
    CHECK(child<QTableWidget>(form, "purchasesTable")->rowCount() == 1);
    CHECK(child<QComboBox>(form, "tierCombo")->currentData().toString() == QStringLiteral("vip"));
    CHECK(child<QLabel>(form, "tierSuggestion")->text() == QStringLiteral("Rule suggests: VIP"));
    // The tier change bumped the stored version; the form took it, so saving still works.
    CHECK_FALSE(form.hasUnsavedChanges());
    QTest::keyClicks(child<QPlainTextEdit>(form, "customerNotes"), QStringLiteral("Bought the big chiller"));
    CHECK(form.save());
}

TEST_CASE("the customer form shows purchases, ticket history and satisfaction", "[ui][customerform]")
{
    Desk desk;
    const Customer wantong = desk.customer(text("北京万通集团"), QStringLiteral("010-8888 6666"));
    desk.giveHistory(wantong.id);
    CustomerForm form(desk.li);
    form.resize(1100, 720);
    REQUIRE(form.openCustomer(wantong.id));
    form.show();

    CHECK(child<QTableWidget>(form, "purchasesTable")->rowCount() == 3);
    CHECK(child<QTableWidget>(form, "ticketHistory")->rowCount() == 4);
    auto* satisfaction = child<QTableWidget>(form, "satisfactionTable");
    REQUIRE(satisfaction->rowCount() == 2);
    QStringList scores{satisfaction->item(0, 2)->text(), satisfaction->item(1, 2)->text()};
    scores.sort();
    CHECK(scores == QStringList{text("★★★★★"), text("★★★★☆")});
    // (4 + 5) / 2 = 4.5
    CHECK(child<QLabel>(form, "satisfactionAverage")->text().contains(QStringLiteral("4.5")));
    // 180,000 + 30,000 yuan within 12 months, 2 purchases: the VIP rule (200,000) is met.
    CHECK(child<QLabel>(form, "tierSuggestion")->text() == QStringLiteral("Rule suggests: VIP"));

    QSignalSpy opened(&form, &CustomerForm::ticketOpenRequested);
    auto* history = child<QTableWidget>(form, "ticketHistory");
    auto* tabs = child<QTabWidget>(form, "customerTabs");
    tabs->setCurrentIndex(tabs->indexOf(history->parentWidget()));
    const QRect firstRow = history->visualItemRect(history->item(0, 4));
    // An item view takes a double click only after the press that selects the row.
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, firstRow.center());
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, firstRow.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == history->item(0, 0)->data(Qt::UserRole).toLongLong());
    tabs->setCurrentIndex(0);
    saveScreenshot(form, "customer-form-en.png");
}

TEST_CASE("choosing a tier by hand locks it, unlocking hands it back to the rule", "[ui][customerform]")
{
    Desk desk;
    const Customer hengda = desk.customer(text("上海恒达科技有限公司"), QStringLiteral("(021) 6234 5678"));
    {
        // An agent sees the tier but may not choose it.
        CustomerForm agentForm(desk.li);
        REQUIRE(agentForm.openCustomer(hengda.id));
        CHECK_FALSE(child<QComboBox>(agentForm, "tierCombo")->isEnabled());
        CHECK_FALSE(child<QCheckBox>(agentForm, "tierLocked")->isEnabled());
    }
    AppContext supervisor{*desk.workspace, desk.workspace.userId("sun.hui"), text("孙慧")};
    CustomerForm form(supervisor);
    REQUIRE(form.openCustomer(hengda.id));
    form.show();
    auto* tier = child<QComboBox>(form, "tierCombo");
    auto* locked = child<QCheckBox>(form, "tierLocked");
    CHECK(child<QLabel>(form, "tierSuggestion")->text() == QStringLiteral("Rule suggests: Prospect"));
    CHECK_FALSE(locked->isChecked());

    tier->setCurrentIndex(tier->findData(QStringLiteral("key")));
    CHECK(locked->isChecked());
    REQUIRE(form.save());
    auto stored = desk.workspace->customers().get(hengda.id);
    CHECK(stored->details.tierCode == QStringLiteral("key"));
    CHECK(stored->details.tierLocked);

    QTest::mouseClick(locked, Qt::LeftButton, {}, QPoint(5, locked->height() / 2));
    CHECK_FALSE(locked->isChecked());
    CHECK(tier->currentData().toString() == QStringLiteral("prospect"));
    REQUIRE(form.save());
    stored = desk.workspace->customers().get(hengda.id);
    CHECK(stored->details.tierCode == QStringLiteral("prospect"));
    CHECK_FALSE(stored->details.tierLocked);
}

TEST_CASE("part of a number finds its customer, unknown digits go into the phone field, not the name", "[ui][caller]")
{
    Desk desk;
    const Customer acme = desk.customer(text("顺达物流"), QStringLiteral("021 6234 4416"));
    CallerCard card(desk.li);
    card.show();
    QLineEdit* lookup = child<QLineEdit>(card, "callerLookup");
    QTest::keyClicks(lookup, QStringLiteral("4416"));
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(card.currentCustomerId() == acme.id);

    lookup->clear();
    QTest::keyClicks(lookup, QStringLiteral("9981"));
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(child<QLabel>(card, "callerNotFound")->isVisible());
    CHECK(child<QLineEdit>(card, "newCustomerPhone")->text() == QStringLiteral("9981"));
    CHECK(child<QLineEdit>(card, "newCustomerName")->text().isEmpty());
}

TEST_CASE("a one-character name finds customers, and a search with too many matches says so", "[ui][customers]")
{
    Desk desk;
    // 203 customers whose names contain 王, one that does not.
    for (int i = 0; i < 203; ++i)
        desk.customer(text("王") + QString::number(i), QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')));
    desk.customer(text("李四"), QStringLiteral("13900000001"));
    CustomersPage page(desk.li);
    page.show();
    auto* search = child<QLineEdit>(page, "customerSearch");
    typeChinese(search, text("王"));
    auto* results = child<QTableWidget>(page, "customerResults");
    CHECK(results->rowCount() == 200);
    CHECK(child<QLabel>(page, "customerSearchNote")->text().contains(QStringLiteral("first 200 matches")));
    search->clear();
    typeChinese(search, text("李"));
    CHECK(results->rowCount() == 1);
    CHECK(child<QLabel>(page, "customerSearchNote")->text().isEmpty());
    search->clear();
    typeChinese(search, text("赵"));
    CHECK(results->rowCount() == 0);
    CHECK(child<QLabel>(page, "customerSearchNote")->text().contains(text("赵")));
}
