#include "main/UserPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sd {

UserPickerDialog::UserPickerDialog(const QList<User>& users, const QString& lastLogin, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is working?"));
    m_list->setObjectName(QStringLiteral("userList"));
    for (const User& user : users) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2 · %3)").arg(user.displayName, user.login, toLabel(user.role)), m_list);
        if (user.login == lastLogin)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose your name. Your changes are recorded under it."), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 360);
}

std::optional<User> UserPickerDialog::chosenUser() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

} // namespace sd
