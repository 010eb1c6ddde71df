#include "main/SettingsDialog.h"

#include "common/FileChooser.h"
#include "main/DailyBackup.h"
#include "storage/DatabaseAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace sd {

SettingsDialog::SettingsDialog(const QString& databasePath, const QString& language, const QString& officeCode,
                               QWidget* parent)
    : QDialog(parent)
    , m_path(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_office(new QLineEdit(officeCode, this))
    , m_daily(new QSpinBox(this))
    , m_weekly(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->addItems(recentDatabases());
    m_path->setCurrentText(databasePath);
    m_path->lineEdit()->setPlaceholderText(tr("a file, or the office's server: postgresql://host/database"));
    m_path->setToolTip(tr("A database file on this computer, or the office's PostgreSQL server as "
                          "postgresql://host:port/database (you sign in with your own login and password)."));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
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
    form->addRow(tr("Database"), pathRow);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Office prefix of ticket numbers"), m_office);
    form->addRow(tr("Daily backups kept"), buildRetention());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(680, 250);
}

// The desk's daily copies of a database file (docs/BACKUP.md): the newest N,
// then one a week for M older weeks. A server is backed up on the server.
QLayout* SettingsDialog::buildRetention()
{
    const AutoBackup::Retention keep = DailyBackup::retention();
    m_daily->setObjectName(QStringLiteral("settingsDailyCopies"));
    m_weekly->setObjectName(QStringLiteral("settingsWeeklyCopies"));
    m_daily->setRange(1, 365);
    m_weekly->setRange(0, 520);
    m_daily->setValue(keep.daily);
    m_weekly->setValue(keep.weekly);
    m_daily->setSuffix(tr(" days"));
    m_weekly->setSuffix(tr(" older weeks"));
    m_weekly->setPrefix(tr("and one a week for "));
    const QString why = tr("A desk working on a database file copies it once a day into the backups folder beside it. "
                           "The newest daily copies are kept, then the newest copy of each older week. "
                           "A server's database is backed up on the server.");
    m_daily->setToolTip(why);
    m_weekly->setToolTip(why);
    auto* row = new QHBoxLayout;
    row->addWidget(m_daily);
    row->addWidget(m_weekly);
    row->addStretch(1);
    return row;
}

namespace {

const char* const kRecentKey = "recentDatabases";
constexpr int kRecentCount = 8;

} // namespace

QStringList SettingsDialog::recentDatabases()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void SettingsDialog::rememberDatabase(const QString& path)
{
    auto address = DatabaseAddress::parse(path);
    if (!address)
        return;
    const QString shown = address->display();
    QStringList recent = recentDatabases();
    recent.removeAll(shown);
    recent.prepend(shown);
    QSettings().setValue(QLatin1String(kRecentKey), recent.mid(0, kRecentCount));
}

// Refuses what cannot be opened before the restart: another scheme, a server
// address without a database, or a password written into it (it would be
// stored in the settings in plain text; the sign-in asks for it instead).
void SettingsDialog::accept()
{
    auto address = DatabaseAddress::parse(databasePath());
    QString problem;
    if (databasePath().isEmpty())
        problem = tr("Name a database file or a server address.");
    else if (!address)
        problem = address.error().message;
    else if (address->isServer() && !address->password.isEmpty())
        problem = tr("Leave the password out of the address: you give it when you sign in, and it is never stored.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    // Written only when changed, so a dialog left as it was never undoes another desk's change.
    const AutoBackup::Retention kept = DailyBackup::retention();
    if (kept.daily != m_daily->value() || kept.weekly != m_weekly->value())
        DailyBackup::setRetention({m_daily->value(), m_weekly->value()});
    QDialog::accept();
}

void SettingsDialog::chooseExisting()
{
    const QString path = FileChooser::openDatabase(this, tr("Open a Service Desk database"), m_path->currentText(),
                                                      tr("Service Desk databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_path->setCurrentText(path);
}

void SettingsDialog::chooseNew()
{
    const QString path = FileChooser::saveDatabase(this, tr("Create a Service Desk database"), m_path->currentText(),
                                                      tr("Service Desk databases (*.sqlite)"));
    if (!path.isEmpty())
        m_path->setCurrentText(path.endsWith(QLatin1String(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
}

} // namespace sd
