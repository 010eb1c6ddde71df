#pragma once

#include "people/UserDirectory.h"

#include <QDialog>
#include <QListWidget>

namespace sd {

// Who is working at this desk. Until sign-in arrives this is a plain choice
// of the active users; the choice is whom actions are recorded as.
class UserPickerDialog : public QDialog
{
    Q_OBJECT

public:
    UserPickerDialog(const QList<User>& users, const QString& lastLogin, QWidget* parent = nullptr);
    std::optional<User> chosenUser() const;

private:
    QList<User> m_users;
    QListWidget* m_list;
};

} // namespace sd
