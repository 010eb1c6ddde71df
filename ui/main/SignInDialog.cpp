#include "main/SignInDialog.h"

#include "people/Passwords.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {
namespace {

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("signInProblem"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLineEdit* passwordField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

void showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
}

} // namespace

SignInDialog::SignInDialog(Workspace& workspace, const QString& login, QWidget* parent)
    : SignInDialog([&workspace](const QString& name, const QString& password) {
          return workspace.signIn().signIn(name, password, QStringLiteral("desk"));
      },
                   login, parent)
{
}

SignInDialog::SignInDialog(Check check, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_login(new QLineEdit(login, this))
    , m_password(passwordField(QStringLiteral("password"), this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(tr("Sign in to Service Desk"));
    m_login->setObjectName(QStringLiteral("login"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your work is recorded under your name."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    resize(400, sizeHint().height());
}

void SignInDialog::trySignIn()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // hashing or connecting takes a moment
    auto user = m_check(m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!user) {
        showProblem(m_problem, user.error().message);
        m_password->setFocus();
        return;
    }
    m_user = *user;
    accept();
}

FirstAdministratorDialog::FirstAdministratorDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_name(new QLineEdit(this))
    , m_password(passwordField(QStringLiteral("password"), this))
    , m_repeat(passwordField(QStringLiteral("repeat"), this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(tr("Create the administrator"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("name"));
    auto* intro = new QLabel(tr("Nobody can sign in to this database yet. Choose the administrator, who then adds "
                                "everyone else (File > Users). Whoever can read the database file can read its data: "
                                "keep the file where only the desk's users can reach it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(Passwords::kMinimumLength));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(460, sizeHint().height());
}

void FirstAdministratorDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(m_problem, tr("The two passwords differ."));
        return;
    }
    auto user = m_workspace.signIn().createAdministrator(m_login->text(), m_name->text(), m_password->text());
    if (!user) {
        showProblem(m_problem, user.error().message);
        return;
    }
    // The new administrator is signed in: the log says so like any other sign-in.
    auto signedIn = m_workspace.signIn().signIn(user->login, m_password->text(), QStringLiteral("desk"));
    if (!signedIn) {
        showProblem(m_problem, signedIn.error().message);
        return;
    }
    m_user = *signedIn;
    accept();
}

} // namespace sd
