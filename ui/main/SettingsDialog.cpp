#include "main/SettingsDialog.h"

#include "common/FileChooser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace sd {

SettingsDialog::SettingsDialog(const QString& databasePath, const QString& language, const QString& officeCode,
                               QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(databasePath, this))
    , m_language(new QComboBox(this))
    , m_office(new QLineEdit(officeCode, this))
{
    setWindowTitle(tr("Settings"));
    m_path->setObjectName(QStringLiteral("settingsDatabase"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_office->setObjectName(QStringLiteral("settingsOffice"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_office->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{1,8}")), m_office));
    auto* open = new QPushButton(tr("Open…"), this);
    auto* create = new QPushButton(tr("New…"), this);
    connect(open, &QPushButton::clicked, this, &SettingsDialog::chooseExisting);
    connect(create, &QPushButton::clicked, this, &SettingsDialog::chooseNew);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(open);
    pathRow->addWidget(create);
    auto* form = new QFormLayout;
    form->addRow(tr("Database file"), pathRow);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Office prefix of ticket numbers"), m_office);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 200);
}

void SettingsDialog::chooseExisting()
{
    const QString path = FileChooser::openDatabase(this, tr("Open a Service Desk database"), m_path->text(),
                                                      tr("Service Desk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void SettingsDialog::chooseNew()
{
    const QString path = FileChooser::saveDatabase(this, tr("Create a Service Desk database"), m_path->text(),
                                                      tr("Service Desk databases (*.sqlite)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
}

} // namespace sd
