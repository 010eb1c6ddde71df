#pragma once

#include "common/AppContext.h"
#include "process/ReturnVisit.h"
#include "common/ErrorDisplay.h"
#include "customers/Customer.h"
#include "tickets/Ticket.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace sd {

// The incoming-call panel: one field for whatever the caller gives (number in
// any spelling, name or code), and at once who it is, their tier, warranty,
// open tickets and last contacts, or a quick way to register them.
class CallerCard : public QWidget
{
    Q_OBJECT

public:
    explicit CallerCard(AppContext& context, QWidget* parent = nullptr);
    ~CallerCard() override;

    QLineEdit* lookupField() const { return m_lookup; }
    // Searches now (no debounce) and shows the result.
    void lookup(const QString& text);
    // Re-reads the customer on the card (after tickets changed); keeps the card.
    void refresh();
    // 0 while no customer card is shown.
    qint64 currentCustomerId() const;

signals:
    void newTicketRequested(const sd::TicketDraft& prefill);
    void customerOpenRequested(qint64 customerId);

private:
    QWidget* buildHintPage();
    QWidget* buildMatchesPage();
    QWidget* buildCardPage();
    QWidget* buildNotFoundPage();
    QWidget* buildCardHeader();
    QTreeWidget* buildList(const QString& objectName, const QStringList& headers, int stretchColumn);

    void searchTyped();
    void searchNow();
    void showMatches(const QList<Customer>& matches);
    void showNotFound(const QString& text);
    void showError(const QString& message);
    void showCustomer(const Customer& customer);
    void showCustomerById(qint64 id);
    void fillContact(const Customer& customer);
    void fillPurchases(qint64 customerId);
    void fillTickets(qint64 customerId);
    void fillReturnVisit(qint64 customerId);
    QWidget* buildReturnVisitStrip();
    void pickMatch(QListWidgetItem* item);
    void requestTicketForCustomer();
    void requestTicketWithoutCustomer();
    void createCustomer();
    QDate today() const;

    AppContext& m_context;
    std::optional<Customer> m_customer;

    QLineEdit* m_lookup = nullptr;
    QTimer* m_debounce = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_hintPage = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_matchesPage = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_tooBroad = nullptr;
    QWidget* m_cardPage = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_tierBadge = nullptr;
    QLabel* m_contact = nullptr;
    QTreeWidget* m_purchases = nullptr;
    QTreeWidget* m_openTickets = nullptr;
    QTreeWidget* m_recentContacts = nullptr;
    QPushButton* m_newTicket = nullptr;
    QWidget* m_returnStrip = nullptr;
    QLabel* m_returnText = nullptr;
    std::optional<ReturnVisit> m_returnDue;
    QWidget* m_notFoundPage = nullptr;
    QLabel* m_notFound = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newPhone = nullptr;
    QComboBox* m_newKind = nullptr;
    QLineEdit* m_newEmail = nullptr;
    QLabel* m_createError = nullptr;
    std::unique_ptr<ErrorDisplay> m_errors;
};

} // namespace sd
