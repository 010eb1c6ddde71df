#pragma once

#include "people/UserDirectory.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sd {

class Workspace;

// Asks for login and password at start and on "Switch user"; wrong answers,
// locked logins and deactivated accounts are explained in the dialog itself.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Workspace& workspace, const QString& login, QWidget* parent = nullptr);
    std::optional<User> signedIn() const { return m_user; }

private:
    void trySignIn();

    Workspace& m_workspace;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_problem;
    std::optional<User> m_user;
};

// The first start on a database without an administrator: choose one.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(Workspace& workspace, QWidget* parent = nullptr);
    std::optional<User> administrator() const { return m_user; }

private:
    void create();

    Workspace& m_workspace;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    std::optional<User> m_user;
};

} // namespace sd
