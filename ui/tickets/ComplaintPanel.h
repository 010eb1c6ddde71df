#pragma once

#include "common/AppContext.h"

#include <QDialog>
#include <QGroupBox>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {

// On a complaint's ticket: where the complaint stands on its path, its
// deadlines, and the button for its next step.
class ComplaintPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ComplaintPanel(AppContext& context, QWidget* parent = nullptr);
    // Hidden for tickets that are not saved complaints.
    void showTicket(const Ticket& ticket);
    // Times are shown in the zone the form shows them in.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    // Asks for the next step's details, then takes it; true when it was taken.
    bool takeNextStep();
    // Takes a step as it is (what the dialog hands over); errors are shown in the panel.
    bool takeStep(const ComplaintStep& step);

signals:
    // A step was taken (closing resolves the ticket): the form reloads.
    void stepTaken();

private:
    void showComplaint(const Complaint& complaint);
    QString instant(qint64 value) const;

    AppContext& m_context;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Ticket m_ticket;
    Complaint m_complaint;
    QLabel* m_stage;
    QLabel* m_answerBy;
    QLabel* m_closeBy;
    QLabel* m_details;
    QLabel* m_error;
    QPushButton* m_next;
};

// The details one step needs: evidence to verify, a remedy (and amount) to
// handle, what the customer was told, the cause to close. Nothing is chosen
// in advance; OK stays off until the step has what it needs.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintStepDialog(ComplaintStage to, std::optional<ComplaintCause> cause, QWidget* parent = nullptr);
    ComplaintStep step() const;

private:
    void updateOk();
    ComplaintStage m_to;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_remedy = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_cause = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace sd
