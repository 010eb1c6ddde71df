#pragma once

#include "common/AppContext.h"
#include "process/ReturnVisit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

// Records what a return visit found (docs/RETURN-VISITS.md): the outcome,
// what follows from it, the customer's words and score. Stays open, saying
// what is wrong, until the visit is recorded or the agent cancels.
class ReturnVisitDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnVisitDialog(AppContext& context, const ReturnVisit& visit, QWidget* parent = nullptr);
    // The visit as recorded, once accepted.
    const ReturnVisit& recorded() const { return m_visit; }
    void accept() override;

private:
    QWidget* buildSummary();
    void outcomeChanged();
    void thenChanged();
    ReturnVisitRecord record() const;

    AppContext& m_context;
    ReturnVisit m_visit;
    QComboBox* m_outcome;
    QLabel* m_thenLabel;
    QComboBox* m_then;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QComboBox* m_score;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace sd
