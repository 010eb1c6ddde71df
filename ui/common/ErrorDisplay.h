#pragma once

#include "common/Error.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QWidget>

namespace sd {

// Shows a core error next to the field it concerns: the field's widget gets a
// red frame and a message label under it; errors without a known field go to
// a general label. Cleared on the next attempt.
class ErrorDisplay
{
public:
    explicit ErrorDisplay(QLabel* generalLabel);
    // Registers the widget and its message label for a core field name.
    void addField(const QString& field, QWidget* widget, QLabel* messageLabel);
    // Marks the error's field and every field of error.others.
    void show(const Error& error);
    void clear();

private:
    void showOne(const Error& error, bool& focused);
    void clearOne(const QString& field);
    void clearWhenEdited(const QString& field, QWidget* widget);

    QPointer<QLabel> m_general;
    struct Slot
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    QHash<QString, Slot> m_fields;
};

} // namespace sd
