#pragma once

#include "common/AppContext.h"
#include "tickets/Ticket.h"
#include "tickets/TicketLinks.h"

#include <QDialog>
#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sd {

// On a saved ticket: the tickets it is tied to (related, merged, split) and
// the actions that tie them (docs/SERVICE.md "Merge, link and split").
class LinkPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LinkPanel(AppContext& context, QWidget* parent = nullptr);
    void showTicket(const Ticket& ticket);
    // The form has unsaved edits: merging (which closes this ticket and
    // reloads the form) waits until they are saved or discarded.
    void setEditsPending(bool pending);
    QTreeWidget* links() const { return m_links; }

    // The actions without their dialogs: true (or the new ticket) when core accepted them.
    bool linkTo(const QString& number);
    bool unlinkSelected();
    bool mergeInto(const QString& number, const QString& note);
    std::optional<qint64> splitOff(const SplitDraft& draft);

signals:
    void ticketOpenRequested(qint64 ticketId);
    // This ticket changed (merged away): the form reloads it.
    void ticketChanged();

private:
    void refresh();
    void updateButtons();
    void showError(const QString& message);
    void askLink();
    void askMerge();
    void askSplit();
    void openSelected();

    AppContext& m_context;
    Ticket m_ticket;
    bool m_mergedAway = false;
    bool m_editsPending = false;
    QTreeWidget* m_links;
    QLabel* m_error;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_merge;
    QPushButton* m_split;
};

// Asks for the other ticket of a link or merge: the same customer's other
// tickets to pick from, or any number typed in.
class TicketPickDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Link, Merge };
    TicketPickDialog(Purpose purpose, const QString& number, const QList<LinkCandidate>& candidates, QWidget* parent = nullptr);
    QString number() const;
    QString note() const;

private:
    QComboBox* m_ticket;
    QPlainTextEdit* m_note = nullptr;
};

// Asks for the second matter of a split: its subject, category, priority and details.
class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    SplitDialog(const Ticket& original, QWidget* parent = nullptr);
    SplitDraft draft() const;

private:
    QLineEdit* m_subject;
    QComboBox* m_category;
    QComboBox* m_priority;
    QPlainTextEdit* m_description;
    QPushButton* m_ok;
};

} // namespace sd
