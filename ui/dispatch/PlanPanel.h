#pragma once

#include "common/AppContext.h"
#include "process/SolutionPlan.h"

#include <QDialog>
#include <QGroupBox>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace sd {

// On a saved ticket: the solution plan agreed (or to agree) with the customer:
// cause, steps, parts, labour and other charges, what the customer pays (nothing
// for parts and labour in warranty), the deadline, and whether and how the
// customer agreed. Older versions stay readable.
class PlanPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlanPanel(AppContext& context, QWidget* parent = nullptr);
    void showTicket(qint64 ticketId, bool ticketOpen, const QString& contactName);
    // Times are shown in this zone (the form's).
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    QLabel* details() const { return m_details; }
    QComboBox* versions() const { return m_versions; }

    bool proposePlan();  // asks with PlanDialog
    bool askConsent();   // asks with ConsentDialog
    bool propose(const PlanDraft& draft);
    bool recordConsent(const Consent& consent);

private:
    void refresh();
    void showVersion(int index);
    QString describe(const SolutionPlan& plan) const;
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_ticketId = 0;
    bool m_ticketOpen = false;
    QString m_contactName;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<SolutionPlan> m_plans;
    QComboBox* m_versions;
    QLabel* m_details;
    QLabel* m_consent;
    QLabel* m_error;
    QPushButton* m_propose;
    QPushButton* m_agree;
};

// A new version of the plan: cause, steps, parts from the catalogue (or named),
// labour, other charges and the deadline; the totals and the warranty are
// worked out as the fields change.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(AppContext& context, qint64 ticketId, const SolutionPlan* previous, QWidget* parent = nullptr);
    PlanDraft draft() const;

private:
    void addPart();
    void removePart();
    void updateTotals();
    void fillFrom(const SolutionPlan& plan);
    void addPartRow(const PlanPart& part);

    AppContext& m_context;
    qint64 m_ticketId;
    QLineEdit* m_cause;
    QPlainTextEdit* m_steps;
    QTreeWidget* m_parts;
    QComboBox* m_partChoice;
    QLineEdit* m_partName;
    QSpinBox* m_partQuantity;
    QLineEdit* m_partUnit;
    QSpinBox* m_labour;
    QComboBox* m_labourRole;
    QLineEdit* m_other;
    QLineEdit* m_otherNote;
    QDateTimeEdit* m_deadline;
    QLabel* m_totals;
    QPushButton* m_ok;
    QList<PlanPart> m_partList;
};

// Who agreed to the plan, how and when.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const SolutionPlan& plan, const QString& contactName, QWidget* parent = nullptr);
    Consent consent() const;

private:
    QLineEdit* m_by;
    QComboBox* m_how;
};

} // namespace sd
