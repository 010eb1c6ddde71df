#pragma once

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>

namespace sd {

// Which database (a file to open or create, or the office's server address,
// with the databases used recently to pick from), the language and the office
// prefix of ticket numbers. A new database or language takes effect when the
// application restarts (it offers to restart at once).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString& databasePath, const QString& language, const QString& officeCode, QWidget* parent = nullptr);
    QString databasePath() const { return m_path->currentText().trimmed(); }
    QString language() const { return m_language->currentData().toString(); }
    QString officeCode() const { return m_office->text().trimmed().toUpper(); }
    // The office prefix is configuration: only administrators change it.
    void setOfficeEditable(bool editable) { m_office->setReadOnly(!editable); }

    // The databases opened most recently, newest first (kept in the user's settings).
    static QStringList recentDatabases();
    // Puts a database at the top of the recent list (never a password: server
    // addresses are stored as displayed).
    static void rememberDatabase(const QString& path);

    void accept() override;

private:
    void chooseExisting();
    void chooseNew();

    QComboBox* m_path;
    QComboBox* m_language;
    QLineEdit* m_office;
    QLabel* m_problem;
};

} // namespace sd
