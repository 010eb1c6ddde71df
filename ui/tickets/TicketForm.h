#pragma once

#include "common/AppContext.h"
#include "common/ErrorDisplay.h"
#include "tickets/Ticket.h"

#include <QTimeZone>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sd {

class TimelineView;

// One ticket on screen, new or existing, for an agent who types while the
// customer talks: fields top to bottom, SLA due times that follow customer and
// priority, the actions the workflow allows now, and the timeline. A failed
// save or action never clears what was typed.
class TicketForm : public QWidget
{
    Q_OBJECT

public:
    explicit TicketForm(AppContext& context, QWidget* parent = nullptr);

    void newTicket(const TicketDraft& prefill);
    // False, with the reason shown on the form, when the ticket cannot be loaded.
    bool openTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticket.id; }
    bool hasUnsavedChanges() const;
    class ComplaintPanel* complaintPanel() const { return m_complaintPanel; }
    class CostPanel* costPanel() const { return m_costPanel; }
    class VisitPanel* visitPanel() const { return m_visitPanel; }
    class PlanPanel* planPanel() const { return m_planPanel; }
    class LinkPanel* linkPanel() const { return m_linkPanel; }
    class AttachmentPanel* attachmentPanel() const { return m_attachmentPanel; }
    class SuggestionPanel* suggestionPanel() const { return m_suggestions; }
    bool save();
    QString title() const;

    // What the fields hold now, as core would receive it.
    TicketDraft draft() const;
    // Reloads the ticket from the database, discarding local edits.
    bool reload();
    // Times are shown in this zone; the system zone unless set.
    void setDisplayTimeZone(const QTimeZone& zone);
    QTimeZone displayTimeZone() const { return m_zone; }

    // The actions without their dialogs: true when core accepted them.
    bool addComment(const QString& body, bool isPublic);
    bool recordCustomerReply(const QString& body);
    bool assign(std::optional<qint64> userId, const QString& teamCode);
    bool changeStatus(TicketStatus to, const QString& note = {});
    // Confirmed resolves with `note` as the solution; not fixed goes back to in progress.
    bool recordAcceptance(Acceptance answer, const QString& note);
    bool escalate(const QString& reason);
    bool recordSatisfaction(int score, const QString& comment, const std::optional<SatisfactionDetail>& detail = std::nullopt);

signals:
    void titleChanged(const QString& title);
    // After every write this form made: a save or an action.
    void ticketSaved(qint64 ticketId);
    // A linked ticket (or one just split off or merged into) to open in its own tab.
    void ticketOpenRequested(qint64 ticketId);

private:
    bool may(Action action) const { return m_allowed.contains(action); }
    // Building, top to bottom.
    QWidget* buildBanner();
    QWidget* buildHeader();
    QWidget* buildActions();
    QWidget* buildFields();
    QWidget* buildCustomerBox();
    QWidget* buildTicketBox();
    QWidget* buildSlaBox();
    void updatePanels();
    QWidget* buildConversation();
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                        void (TicketForm::*slot)());
    QToolButton* makeButton(QAction* action);
    QLabel* makeErrorLabel(const QString& name);
    void addRow(QFormLayout* form, const QString& text, QWidget* field, QLabel* error = nullptr);
    void registerErrorFields();
    void connectEdits();
    void fixTabOrder();

    // Showing state.
    void load(const Ticket& ticket);
    void fill(const TicketDraft& draft);
    void setCustomer(std::optional<qint64> customerId);
    void updateHeader();
    void updateSla();
    void showSlaPreview();
    void showStoredSla();
    void updateActions();
    void rebuildStatusMenu();
    void applyEditPermission();
    void refreshTimeline();
    void setTitle(const QString& title);
    void showError(const Error& error);
    void showConflict(const QString& message);
    bool takeResult(const Result<Ticket>& result, bool versionChecked);
    void onEdited();
    void onCategoryChanged();

    // Customer lookup.
    void findCustomers();
    void pickCustomer(QListWidgetItem* item);
    void clearCustomer();
    void onCustomerTextEdited();

    // Toolbar slots: ask what they need, then call the actions above.
    void onSave();
    void onAssignToMe();
    void onAssignTo();
    void onEscalate();
    void onResolve();
    void onReopen();
    void focusReply();
    void insertCannedReply();
    void onSatisfaction();
    void onStatusChosen(TicketStatus to);
    void onAddNote();
    void onReply();
    void onWriteArticle();
    void updateSuggestions();
    void insertIntoReply(const QString& text, const QString& articleUuid, const QString& articleTitle);

    bool isNew() const { return m_ticket.id == 0; }
    bool slaInputsEdited() const;
    QString tierName(const QString& code) const;

    AppContext& m_context;
    Ticket m_ticket;         // as last loaded or saved; id 0 while new
    TicketDraft m_baseline;  // what "unsaved changes" compares against
    std::optional<qint64> m_customerId;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_title;
    bool m_filling = false;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QLabel* m_generalError = nullptr;
    QLabel* m_actionError = nullptr;
    ErrorDisplay m_errors;

    QLabel* m_numberLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_headerDetails = nullptr;
    QLabel* m_dirtyLabel = nullptr;

    QAction* m_saveAction = nullptr;
    QAction* m_assignToMeAction = nullptr;
    QAction* m_assignToAction = nullptr;
    QAction* m_escalateAction = nullptr;
    QAction* m_resolveAction = nullptr;
    QAction* m_cannedAction = nullptr;
    QAction* m_reopenAction = nullptr;
    QAction* m_satisfactionAction = nullptr;
    QAction* m_articleAction = nullptr;
    QPushButton* m_statusButton = nullptr; // a push button draws its menu arrow legibly
    QMenu* m_statusMenu = nullptr;
    QList<QWidget*> m_actionButtons;

    QLineEdit* m_customerEdit = nullptr;
    QPushButton* m_findCustomerButton = nullptr;
    QPushButton* m_clearCustomerButton = nullptr;
    QListWidget* m_customerResults = nullptr;
    QLabel* m_customerHint = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_contactEmail = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_complaintCause = nullptr;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_team = nullptr;

    QLabel* m_slaTier = nullptr;
    QLabel* m_firstResponseDue = nullptr;
    QLabel* m_resolutionDue = nullptr;
    QLabel* m_slaState = nullptr;

    TimelineView* m_timeline = nullptr;
    class ComplaintPanel* m_complaintPanel = nullptr;
    class CostPanel* m_costPanel = nullptr;
    class VisitPanel* m_visitPanel = nullptr;
    class PlanPanel* m_planPanel = nullptr;
    class LinkPanel* m_linkPanel = nullptr;
    class AttachmentPanel* m_attachmentPanel = nullptr;
    class SuggestionPanel* m_suggestions = nullptr;
    QList<ArticleUse> m_usedArticles; // knowledge-base answers put into the reply box
    QPlainTextEdit* m_commentEdit = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_replyButton = nullptr;
    QPushButton* m_customerReplyButton = nullptr;

    QHash<QString, QLabel*> m_errorLabels;
    QSet<Action> m_allowed; // the signed-in role's permissions, read once
    QWidget* m_customerBox = nullptr;
    QWidget* m_requestBox = nullptr;
};

} // namespace sd
