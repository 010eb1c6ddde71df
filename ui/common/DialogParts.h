#pragma once

#include "common/Codes.h"

#include <QStringList>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace sd {

// Pieces the small dialogs of the desk share.
class DialogParts
{
public:
    // OK and Cancel at the bottom of `layout`, wired to accept and reject.
    static QDialogButtonBox* addOkCancel(QDialog* dialog, QLayout* layout);
    // A field for an amount: up to two decimals, the locale's point or a point.
    static QLineEdit* moneyField(QWidget* parent, const char* objectName);
    // A red message line under a field or a dialog, hidden until an error shows.
    static QLabel* errorLabel(QWidget* parent);
    // The large bold heading at the top of a navigation page.
    static QLabel* pageTitle(const QString& text, QWidget* parent);
    // A read-only list of rows (users, team members): whole rows selected, one at a time.
    static QTableWidget* listTable(const QStringList& headers, QWidget* parent);
    // A user's skills as a screen shows them: translated labels, comma-separated.
    static QString skillLabels(const QList<Category>& skills);
};

} // namespace sd
