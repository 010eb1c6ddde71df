#pragma once

#include "common/Error.h"
#include "people/UserDirectory.h"

#include <QDialog>

#include <functional>
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
    // How a login and password are checked: against an open database's
    // users, or (on a server) by connecting as the user's own account.
    using Check = std::function<Result<User>(const QString& login, const QString& password)>;
    SignInDialog(Check check, const QString& login, QWidget* parent = nullptr);
    SignInDialog(Workspace& workspace, const QString& login, QWidget* parent = nullptr);
    std::optional<User> signedIn() const { return m_user; }

private:
    void trySignIn();

    Check m_check;
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
