#pragma once

class QDialog;
class QDialogButtonBox;
class QLayout;
class QLineEdit;
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
};

} // namespace sd
