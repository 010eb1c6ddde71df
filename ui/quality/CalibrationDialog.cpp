#include "quality/CalibrationDialog.h"

#include "common/DialogParts.h"
#include "people/AccessControl.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace sd {

CalibrationDialog::CalibrationDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("calibrationDialog"));
    setWindowTitle(tr("Calibration"));
    resize(460, 420);
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("calibrationTicket"));
    m_ticket->setPlaceholderText(tr("e.g. HQ-000123"));
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("calibrationReviewers"));
    if (auto users = context.workspace.users().activeUsers())
        for (const User& user : *users)
            if (AccessControl::allows(user, Action::ReviewQuality)) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(user.displayName, toLabel(user.role)), m_reviewers);
                item->setData(Qt::UserRole, user.id);
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                item->setCheckState(Qt::Unchecked);
            }
    m_message = DialogParts::errorLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    auto* form = new QFormLayout;
    auto* ticketCaption = new QLabel(tr("&Ticket:"), this);
    ticketCaption->setBuddy(m_ticket);
    form->addRow(ticketCaption, m_ticket);
    auto* reviewersCaption = new QLabel(tr("&Inspectors (two or more):"), this);
    reviewersCaption->setBuddy(m_reviewers);
    form->addRow(reviewersCaption, m_reviewers);
    auto* hint = new QLabel(tr("Each scores the ticket on its own; calibration reviews are kept out of every figure and not shown to the agent."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    DialogParts::addOkCancel(this, layout);
}

void CalibrationDialog::accept()
{
    m_message->hide();
    QList<qint64> chosen;
    for (int row = 0; row < m_reviewers->count(); ++row)
        if (m_reviewers->item(row)->checkState() == Qt::Checked)
            chosen.append(m_reviewers->item(row)->data(Qt::UserRole).toLongLong());
    auto ticket = m_context.workspace.tickets().byNumber(m_ticket->text().trimmed());
    auto started = ticket ? m_context.workspace.quality().calibrate(ticket->id, chosen, m_context.userId)
                          : Result<QList<QaReview>>(fail(ticket.error()));
    if (!started) {
        m_message->setText(started.error().message);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace sd
