#pragma once

#include "common/AppContext.h"
#include "process/ReturnVisit.h"
#include "common/ErrorDisplay.h"
#include "customers/Customer.h"
#include "queue/QueueQuery.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sd {

// The full customer record, opened in a tab: details, tier (rule or locked),
// purchases with warranty, ticket history and satisfaction history.
class CustomerForm : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerForm(AppContext& context, QWidget* parent = nullptr);
    ~CustomerForm() override;

    void newCustomer();
    bool openCustomer(qint64 id);
    // 0 for a customer not saved yet.
    qint64 customerId() const { return m_id; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Validates and stores; on failure every edit stays in the form.
    bool save();
    QString title() const;

signals:
    void titleChanged(const QString& title);
    void customerSaved(qint64 customerId);
    void ticketOpenRequested(qint64 ticketId);

private:
    QWidget* buildHeader();
    QWidget* buildBanner();
    QWidget* buildDetails();
    QWidget* buildTier();
    QWidget* buildPurchases();
    QWidget* buildTickets();
    QWidget* buildSatisfaction();
    void addField(QFormLayout* form, const QString& label, const QString& field, QWidget* widget);
    void watchEdits();

    void load(const Customer& customer);
    void clearFields();
    CustomerDraft draft() const;
    void showSaveError(const Error& error);
    void reload();
    void markDirty();
    void setDirty(bool dirty);
    void fillTierSuggestion();
    void tierPicked();
    void tierLockToggled(bool locked);
    void showTier(const QString& code);
    void fillPurchases();
    void fillTickets();
    void fillReturnVisits();
    void fillCareDate(const QList<Purchase>& purchases);
    void recordReturnVisit(int row);
    QWidget* buildReturnVisits();
    void fillSatisfaction(const QList<QueueRow>& rows);
    void addPurchase();
    void refreshAfterPurchase();
    void showLoadError(const Error& error);
    QDate today() const;

    AppContext& m_context;
    qint64 m_id = 0;
    int m_version = 0;
    QString m_savedName;
    QString m_suggestedTier;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel* m_heading = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_general = nullptr;
    std::unique_ptr<ErrorDisplay> m_errors;

    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_size = nullptr;
    QLineEdit* m_birthday = nullptr;
    QPlainTextEdit* m_notes = nullptr;

    QComboBox* m_tier = nullptr;
    QLabel* m_tierSuggestion = nullptr;
    QCheckBox* m_tierLocked = nullptr;

    QTableWidget* m_purchases = nullptr;
    QPushButton* m_addPurchase = nullptr;
    QTableWidget* m_tickets = nullptr;
    QTableWidget* m_returnVisits = nullptr;
    QLabel* m_careDate = nullptr;
    // The customer as last loaded (its care dates follow from it and its purchases).
    std::optional<Customer> m_loaded;
    QList<ReturnVisit> m_returnVisitRows;
    QTableWidget* m_satisfaction = nullptr;
    QLabel* m_satisfactionAverage = nullptr;
};

} // namespace sd
