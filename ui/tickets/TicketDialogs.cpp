#include "config/Configuration.h"
#include "tickets/TicketDialogs.h"
#include "common/DialogParts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd {
std::optional<QString> TicketDialogs::askText(QWidget* parent, const QString& title, const QString& prompt,
                                              bool required)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(prompt, &dialog);
    label->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setTabChangesFocus(true);
    label->setBuddy(text);
    layout->addWidget(label);
    layout->addWidget(text);
    QDialogButtonBox* buttons = DialogParts::addOkCancel(&dialog, layout);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    if (required) {
        ok->setEnabled(false);
        QObject::connect(text, &QPlainTextEdit::textChanged, ok,
                         [text, ok] { ok->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    }
    dialog.resize(440, 220);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return text->toPlainText().trimmed();
}

std::optional<TicketDialogs::Assignment> TicketDialogs::askAssignment(QWidget* parent, AppContext& context,
                                                                      std::optional<qint64> currentUser,
                                                                      const QString& currentTeam)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Assign ticket"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    auto* users = new QComboBox(&dialog);
    users->setObjectName(QStringLiteral("assigneeCombo"));
    users->addItem(tr("(nobody)"));
    if (auto active = context.workspace.users().activeUsers()) {
        for (const User& user : *active)
            users->addItem(tr("%1 (%2)").arg(user.displayName, toLabel(user.role)), user.id);
    }
    if (currentUser)
        users->setCurrentIndex(std::max(0, users->findData(*currentUser)));
    auto* teams = new QComboBox(&dialog);
    teams->setObjectName(QStringLiteral("assignTeamCombo"));
    teams->addItem(tr("(keep current team)"));
    for (const Team& team : context.workspace.configuration().teams)
        teams->addItem(displayName(team.name), team.code);
    teams->setCurrentIndex(std::max(0, teams->findData(currentTeam)));
    form->addRow(tr("&Assignee:"), users);
    form->addRow(tr("&Team:"), teams);
    layout->addLayout(form);
    DialogParts::addOkCancel(&dialog, layout);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Assignment choice;
    if (users->currentData().isValid())
        choice.userId = users->currentData().toLongLong();
    choice.teamCode = teams->currentData().toString();
    return choice;
}

std::optional<TicketDialogs::Satisfaction> TicketDialogs::askSatisfaction(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Record satisfaction"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    // Nothing is chosen until the customer has answered; OK waits for every answer.
    const auto scoreBox = [&](const char* name) {
        auto* box = new QComboBox(&dialog);
        box->setObjectName(QLatin1String(name));
        box->addItem(tr("Choose the customer's answer"), 0);
        // Best first, the way the customer hears the question read out.
        box->addItem(tr("5 – Very satisfied"), 5);
        box->addItem(tr("4 – Satisfied"), 4);
        box->addItem(tr("3 – Neutral"), 3);
        box->addItem(tr("2 – Dissatisfied"), 2);
        box->addItem(tr("1 – Very dissatisfied"), 1);
        return box;
    };
    auto* timeliness = scoreBox("csatTimelinessCombo");
    auto* professionalism = scoreBox("csatProfessionalismCombo");
    auto* attitude = scoreBox("csatAttitudeCombo");
    auto* score = scoreBox("csatScoreCombo");
    auto* comment = new QLineEdit(&dialog);
    comment->setObjectName(QStringLiteral("csatCommentEdit"));
    form->addRow(tr("&Timeliness:"), timeliness);
    form->addRow(tr("&Professionalism:"), professionalism);
    form->addRow(tr("&Attitude:"), attitude);
    form->addRow(tr("&Overall:"), score);
    form->addRow(tr("Customer's &comment:"), comment);
    layout->addLayout(form);
    QPushButton* ok = DialogParts::addOkCancel(&dialog, layout)->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    const QList<QComboBox*> boxes{timeliness, professionalism, attitude, score};
    for (QComboBox* box : boxes)
        QObject::connect(box, &QComboBox::currentIndexChanged, ok, [ok, boxes] {
            ok->setEnabled(std::all_of(boxes.begin(), boxes.end(), [](QComboBox* b) { return b->currentData().toInt() > 0; }));
        });
    dialog.resize(420, 220);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Satisfaction{score->currentData().toInt(), comment->text().trimmed(),
                        {timeliness->currentData().toInt(), professionalism->currentData().toInt(), attitude->currentData().toInt()}};
}

std::optional<TicketDialogs::CustomerAnswer> TicketDialogs::askAcceptance(QWidget* parent, int timesNotFixed)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("acceptanceDialog"));
    dialog.setWindowTitle(tr("Resolve ticket"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* question = new QLabel(tr("Ask the customer whether the fix works. What did the customer say?"), &dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto* confirmed = new QRadioButton(tr("The customer &confirmed the fix: resolve the ticket"), &dialog);
    confirmed->setObjectName(QStringLiteral("acceptConfirmed"));
    auto* notFixed = new QRadioButton(tr("The customer says it is &not fixed: back to In progress"), &dialog);
    notFixed->setObjectName(QStringLiteral("acceptNotFixed"));
    auto* group = new QButtonGroup(&dialog);
    group->addButton(confirmed);
    group->addButton(notFixed);
    layout->addWidget(confirmed);
    layout->addWidget(notFixed);
    if (timesNotFixed > 0) {
        auto* before = new QLabel(tr("Earlier answers \"not fixed\": %1").arg(timesNotFixed), &dialog);
        before->setObjectName(QStringLiteral("acceptHistory"));
        before->setStyleSheet(QStringLiteral("color: #b3261e;"));
        layout->addWidget(before);
    }
    auto* label = new QLabel(tr("Choose the customer's answer first."), &dialog);
    label->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("dialogText"));
    text->setTabChangesFocus(true);
    text->setEnabled(false);
    label->setBuddy(text);
    layout->addWidget(label);
    layout->addWidget(text);
    QPushButton* ok = DialogParts::addOkCancel(&dialog, layout)->button(QDialogButtonBox::Ok);
    const auto update = [=] {
        const bool answered = confirmed->isChecked() || notFixed->isChecked();
        text->setEnabled(answered);
        if (answered)
            label->setText(confirmed->isChecked() ? tr("Describe the &solution (required; the customer may see it):")
                                                  : tr("What does the customer say is &still wrong? (required)"));
        ok->setEnabled(answered && !text->toPlainText().trimmed().isEmpty());
    };
    QObject::connect(group, &QButtonGroup::buttonToggled, &dialog, update);
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, update);
    update();
    dialog.resize(480, 300);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return CustomerAnswer{confirmed->isChecked() ? Acceptance::Confirmed : Acceptance::NotFixed, text->toPlainText().trimmed()};
}

} // namespace sd
