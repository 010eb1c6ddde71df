#pragma once

#include "common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sd {

// Starts a calibration (docs/QUALITY.md): one ticket given to several
// inspectors to compare their judgement, kept out of every figure. The
// supervisor names the ticket by its number and ticks at least two of those
// who review; the ticket's own agent may not be one of them.
class CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationDialog(AppContext& context, QWidget* parent = nullptr);

    QLineEdit* ticketField() const { return m_ticket; }
    QListWidget* reviewers() const { return m_reviewers; }
    QLabel* message() const { return m_message; }
    void accept() override;

private:
    AppContext& m_context;
    QLineEdit* m_ticket = nullptr;
    QListWidget* m_reviewers = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace sd
