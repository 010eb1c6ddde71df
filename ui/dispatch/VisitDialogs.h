#pragma once

#include "common/AppContext.h"
#include "process/Visit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace sd {

// Sending a technician, or moving a visit not yet started: who, where, when
// (a window on one day, in the visit's time zone) and what to bring.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the visit being rescheduled; else a new visit at `address`.
    VisitDialog(AppContext& context, const QString& address, const Visit* existing, QWidget* parent = nullptr);
    VisitPlan plan() const;

private:
    void fillFrom(const Visit& visit);
    void updateOk();
    QComboBox* m_technician;
    QLineEdit* m_address;
    QDateEdit* m_day;
    QTimeEdit* m_from;
    QTimeEdit* m_to;
    QComboBox* m_zone;
    QPlainTextEdit* m_parts;
    QLineEdit* m_tools;
    QSpinBox* m_travelKm;
    QSpinBox* m_travelMinutes;
    QLabel* m_problem;
    QPushButton* m_ok;
};

// How a visit went: the next step, and for a visit that ends its reason and notes.
class VisitReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitReportDialog(const Visit& visit, QWidget* parent = nullptr);
    VisitReport report() const;

private:
    void updateFields();
    QList<QRadioButton*> m_steps;
    QComboBox* m_failure;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QPushButton* m_ok;
};

} // namespace sd
