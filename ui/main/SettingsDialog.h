#pragma once

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>

namespace sd {

// Database location (open another file or create a new one), language and the
// office prefix of ticket numbers. A new database or language takes effect
// when the application restarts (it offers to restart at once).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString& databasePath, const QString& language, const QString& officeCode, QWidget* parent = nullptr);
    QString databasePath() const { return m_path->text(); }
    QString language() const { return m_language->currentData().toString(); }
    QString officeCode() const { return m_office->text().trimmed().toUpper(); }
    // The office prefix is configuration: only administrators change it.
    void setOfficeEditable(bool editable) { m_office->setReadOnly(!editable); }

private:
    void chooseExisting();
    void chooseNew();

    QLineEdit* m_path;
    QComboBox* m_language;
    QLineEdit* m_office;
};

} // namespace sd
