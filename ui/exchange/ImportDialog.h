#pragma once

#include "exchange/ImportReport.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

#include <atomic>

namespace sd {

// Importing ticket history from a CSV file: shows the first rows as read
// (encoding detected or chosen), checks every row and lists the problems by
// line and column, then imports all or nothing, or the good rows with the bad
// ones written to a rejects file. Checking and importing run on a worker
// thread with their own connection and can be cancelled.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `actorId`: who imports (the import needs their permission).
    ImportDialog(const QString& databasePath, qint64 actorId, QWidget* parent = nullptr);
    void setFile(const QString& path);

signals:
    void imported(qint64 tickets);

protected:
    void reject() override;

private:
    void chooseFile();
    void showPreview();
    void run(bool validateOnly);
    void showReport(const ImportReport& report, const QString& error, bool validateOnly);
    QString encoding() const;

    QString m_databasePath;
    qint64 m_actorId = 0;
    QLineEdit* m_file;
    QComboBox* m_encoding;
    QTableWidget* m_preview;
    QTableWidget* m_problems;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QComboBox* m_mode;
    QPushButton* m_check;
    QPushButton* m_import;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace sd
