#pragma once

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sd {

// Which database (a file to open or create, or the office's server address,
// with the databases used recently to pick from), the language and the office
// prefix of ticket numbers, and how many daily copies of a database file are
// kept. A new database or language takes effect when the application restarts
// (it offers to restart at once); the copies kept, at the next daily copy.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString& databasePath, const QString& language, const QString& officeCode, QWidget* parent = nullptr);
    QString databasePath() const { return m_path->currentText().trimmed(); }
    QString language() const { return m_language->currentData().toString(); }
    QString officeCode() const { return m_office->text().trimmed().toUpper(); }
    int dailyCopies() const { return m_daily->value(); }
    int weeklyCopies() const { return m_weekly->value(); }
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
    QLayout* buildRetention();

    QComboBox* m_path;
    QComboBox* m_language;
    QLineEdit* m_office;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QLabel* m_problem;
};

} // namespace sd
