#pragma once

#include "common/AppContext.h"

#include <QDialog>

namespace sd {

// The version, the licence, the libraries and the database in use: what a
// support call asks first, with a button that copies it as text.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AppContext& context, QWidget* parent = nullptr);

    // The same facts as plain lines, for a support ticket or an e-mail.
    QString detailsText() const;

private:
    QWidget* buildFacts(const AppContext& context);
    QWidget* buildComponents();

    QList<QPair<QString, QString>> m_facts;
};

} // namespace sd
