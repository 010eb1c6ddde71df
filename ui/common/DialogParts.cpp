#include "common/DialogParts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QLabel>
#include <QTableWidget>

namespace sd {

QDialogButtonBox* DialogParts::addOkCancel(QDialog* dialog, QLayout* layout)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

QLineEdit* DialogParts::moneyField(QWidget* parent, const char* objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(QCoreApplication::translate("sd::DialogParts", "e.g. 35.50"));
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}([.,]\\d{0,2})?")), edit));
    return edit;
}

QLabel* DialogParts::errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel* DialogParts::pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    return title;
}

QTableWidget* DialogParts::listTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString DialogParts::skillLabels(const QList<Category>& skills)
{
    QStringList labels;
    for (Category skill : skills)
        labels.append(toLabel(skill));
    return labels.join(QStringLiteral(", "));
}

} // namespace sd
