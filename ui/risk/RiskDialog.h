#pragma once

#include "common/AppContext.h"
#include "common/ErrorDisplay.h"
#include "risk/Risk.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

// Records a risk or edits one (docs/RISKS.md): what it is, how likely and how
// bad (the score and its level shown as they change), who owns it, the
// mitigation and contingency plans and when it is reviewed next. Refusals
// are shown at their fields and nothing typed is lost.
class RiskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskDialog(AppContext& context, QWidget* parent = nullptr);
    RiskDialog(AppContext& context, const Risk& risk, QWidget* parent = nullptr);

    RiskDraft draft() const;
    const Risk& saved() const { return m_saved; }
    void accept() override;

    QLineEdit* titleField() const { return m_title; }
    QSpinBox* probabilityBox() const { return m_probability; }
    QSpinBox* impactBox() const { return m_impact; }
    QPlainTextEdit* mitigationField() const { return m_mitigation; }

private:
    void build();
    void fill(const RiskDraft& draft);
    void updateScore();

    AppContext& m_context;
    std::optional<Risk> m_existing;
    Risk m_saved;
    QLabel* m_generalError;
    ErrorDisplay m_errors;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QSpinBox* m_probability = nullptr;
    QSpinBox* m_impact = nullptr;
    QLabel* m_score = nullptr;
    QComboBox* m_owner = nullptr;
    QPlainTextEdit* m_mitigation = nullptr;
    QPlainTextEdit* m_contingency = nullptr;
    QCheckBox* m_hasReview = nullptr;
    QDateEdit* m_reviewOn = nullptr;
};

} // namespace sd
