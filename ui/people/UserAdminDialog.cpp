#include "people/UserAdminDialog.h"

#include "common/DialogParts.h"

#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

constexpr int kAuditPage = 200;

QString teamName(const Configuration& configuration, const QString& code)
{
    for (const Team& team : configuration.teams)
        if (team.code == code)
            return displayName(team.name);
    return code;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(name);
    return result;
}

} // namespace

UserAdminDialog::UserAdminDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(DialogParts::listTable({tr("Login"), tr("Name"), tr("Role"), tr("Team"), tr("Skills"), tr("State")}, this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editUser"), this))
    , m_password(button(tr("&Reset password…"), QStringLiteral("resetPassword"), this))
    , m_active(button(tr("&Deactivate"), QStringLiteral("toggleActive"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Users"));
    m_table->setObjectName(QStringLiteral("users"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto* add = button(tr("&Add user…"), QStringLiteral("addUser"), this);
    connect(add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UserAdminDialog::editUser);
    connect(m_password, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UserAdminDialog::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &UserAdminDialog::editUser);
    auto* row = new QHBoxLayout;
    for (QPushButton* each : {add, m_edit, m_password, m_active})
        row->addWidget(each);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    resize(860, 520);
    reload();
}

void UserAdminDialog::reload()
{
    auto users = m_context.workspace.users().allUsers();
    if (!users) {
        report(users.error());
        return;
    }
    m_users = *users;
    const Configuration& configuration = m_context.workspace.configuration();
    m_table->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const User& user = m_users.at(r);
        const QString state = !user.active ? tr("Deactivated") : user.hasPassword ? tr("Active") : tr("No password yet");
        const QStringList cells{user.login, user.displayName, toLabel(user.role), teamName(configuration, user.teamCode),
                                DialogParts::skillLabels(user.skills), state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<User> UserAdminDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_users.at(row);
}

void UserAdminDialog::updateButtons()
{
    const auto user = selectedUser();
    for (QPushButton* each : {m_edit, m_password, m_active})
        each->setEnabled(user.has_value());
    m_active->setText(user && !user->active ? tr("&Activate") : tr("&Deactivate"));
}

void UserAdminDialog::report(const Error& error)
{
    m_problem->setText(error.message);
}

void UserAdminDialog::addUser()
{
    UserEditDialog dialog(m_context.workspace.configuration(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto v = dialog.values();
    auto added = m_context.workspace.userAdmin().add({v.login, v.displayName, v.role, v.teamCode, v.skills}, v.password,
                                                     m_context.userId);
    if (!added)
        return report(added.error());
    m_problem->clear();
    reload();
}

void UserAdminDialog::editUser()
{
    const auto user = selectedUser();
    if (!user)
        return;
    UserEditDialog dialog(m_context.workspace.configuration(), user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto v = dialog.values();
    auto changed = m_context.workspace.userAdmin().update(user->id, {user->login, v.displayName, v.role, v.teamCode, v.skills},
                                                          m_context.userId);
    if (!changed)
        return report(changed.error());
    m_problem->clear();
    reload();
}

void UserAdminDialog::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"), tr("New password for %1:").arg(user->displayName),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (auto reset = m_context.workspace.userAdmin().resetPassword(user->id, password, m_context.userId); !reset)
        return report(reset.error());
    m_problem->setText(tr("The password of %1 was changed.").arg(user->displayName));
    reload();
}

void UserAdminDialog::toggleActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    if (auto changed = m_context.workspace.userAdmin().setActive(user->id, !user->active, m_context.userId); !changed)
        return report(changed.error());
    m_problem->clear();
    reload();
}

UserEditDialog::UserEditDialog(const Configuration& configuration, const std::optional<User>& user, QWidget* parent)
    : QDialog(parent)
    , m_login(new QLineEdit(user ? user->login : QString(), this))
    , m_name(new QLineEdit(user ? user->displayName : QString(), this))
    , m_role(new QComboBox(this))
    , m_team(new QComboBox(this))
{
    setWindowTitle(user ? tr("Edit user") : tr("Add user"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setReadOnly(user.has_value());
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_team->setObjectName(QStringLiteral("team"));
    for (Role role : allValues<Role>())
        m_role->addItem(toLabel(role), static_cast<int>(role));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(user ? user->role : Role::Agent)));
    m_team->addItem(tr("No team"), QString());
    for (const Team& team : configuration.teams)
        m_team->addItem(displayName(team.name), team.code);
    m_team->setCurrentIndex(std::max(0, m_team->findData(user ? user->teamCode : QString())));
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    auto* skills = new QVBoxLayout;
    for (Category category : allValues<Category>()) {
        auto* box = new QCheckBox(toLabel(category), this);
        box->setObjectName(QStringLiteral("skill_") + toCode(category));
        box->setProperty("category", static_cast<int>(category));
        box->setChecked(user && user->skills.contains(category));
        m_skills.append(box);
        skills->addWidget(box);
    }
    form->addRow(tr("Skills:"), skills);
    if (!user) {
        m_passwordField = new QLineEdit(this);
        m_passwordField->setObjectName(QStringLiteral("password"));
        m_passwordField->setEchoMode(QLineEdit::Password);
        form->addRow(tr("First &password:"), m_passwordField);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

UserEditDialog::Values UserEditDialog::values() const
{
    Values v;
    v.login = m_login->text().trimmed();
    v.displayName = m_name->text().trimmed();
    v.role = static_cast<Role>(m_role->currentData().toInt());
    v.teamCode = m_team->currentData().toString();
    for (const QCheckBox* box : m_skills)
        if (box->isChecked())
            v.skills.append(static_cast<Category>(box->property("category").toInt()));
    if (m_passwordField)
        v.password = m_passwordField->text();
    return v;
}

AuditLogDialog::AuditLogDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(DialogParts::listTable({tr("When"), tr("Login"), tr("What"), tr("Action"), tr("Details")}, this))
    , m_more(button(tr("&Older entries"), QStringLiteral("olderEntries"), this))
{
    setWindowTitle(tr("Audit log"));
    m_table->setObjectName(QStringLiteral("audit"));
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::loadMore);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    row->addWidget(m_more);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    resize(900, 560);
    loadMore();
}

int AuditLogDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditLogDialog::loadMore()
{
    auto entries = m_context.workspace.audit().page(kAuditPage, m_oldestId);
    if (!entries)
        return;
    for (const AuditEntry& entry : *entries) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{QDateTime::fromSecsSinceEpoch(entry.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                entry.login, toLabel(entry.kind), entry.action ? toLabel(*entry.action) : QString(), AuditLog::describe(entry)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_oldestId = entry.id;
    }
    m_more->setEnabled(entries->size() == kAuditPage);
    m_table->resizeColumnsToContents();
}

} // namespace sd
