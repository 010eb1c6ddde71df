#pragma once

#include "common/AppContext.h"
#include "quality/QualityReview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sd {

// Supervisors set up scorecards on the desk (docs/QUALITY.md "Scorecards"):
// pick one or start a new one, name it, and list its criteria with their
// weight (1-100), points (2-5) and whether they are critical; a scorecard
// taken out of use is kept for the reviews already scored with it. A refusal
// (no criterion, a code twice, a stale edit) is shown and nothing typed is lost.
class ScorecardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScorecardDialog(AppContext& context, QWidget* parent = nullptr);

    QTableWidget* criteria() const { return m_criteria; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* cardChoice() const { return m_cards; }
    QLabel* message() const { return m_message; }
    void addCriterion(const Criterion& criterion);
    bool save();

private:
    void fillCards(qint64 selectId);
    void showCard();
    Scorecard edited() const;

    AppContext& m_context;
    QList<Scorecard> m_list;
    QComboBox* m_cards = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_active = nullptr;
    QTableWidget* m_criteria = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace sd
