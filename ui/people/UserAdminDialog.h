#pragma once

#include "common/AppContext.h"
#include "config/Configuration.h"
#include "people/UserDirectory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd {

// Administrators add users, change their role, team and skills, reset
// passwords and deactivate them. Every change goes through UserAdmin (the
// permission check and the audit log).
class UserAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserAdminDialog(AppContext& context, QWidget* parent = nullptr);

    void reload();
    // The user of the selected row, if any.
    std::optional<User> selectedUser() const;

private:
    void addUser();
    void editUser();
    void resetPassword();
    void toggleActive();
    void updateButtons();
    void report(const Error& error);

    AppContext& m_context;
    QList<User> m_users;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_password;
    QPushButton* m_active;
    QLabel* m_problem;
};

// One user's details: add (with a first password) or edit (login fixed).
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    UserEditDialog(const Configuration& configuration, const std::optional<User>& user, QWidget* parent = nullptr);
    struct Values
    {
        QString login;
        QString displayName;
        Role role = Role::Agent;
        QString teamCode;
        QList<Category> skills;
        QString password; // only when adding
    };
    Values values() const;

private:
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_team;
    QList<QCheckBox*> m_skills;
    QLineEdit* m_passwordField = nullptr;
};

// The audit log, newest first, a page at a time (administrators).
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(AppContext& context, QWidget* parent = nullptr);
    int rowCount() const;

private:
    void loadMore();

    AppContext& m_context;
    QTableWidget* m_table;
    QPushButton* m_more;
    qint64 m_oldestId = 0;
};

} // namespace sd
