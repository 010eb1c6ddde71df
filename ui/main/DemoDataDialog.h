#pragma once

#include <QDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include <atomic>

namespace sd {

// Fills the open (empty) database with demo data on a worker thread with its
// own connection, showing progress; Cancel rolls everything back.
class DemoDataDialog : public QDialog
{
    Q_OBJECT

public:
    DemoDataDialog(const QString& databasePath, qint64 actorId, QWidget* parent = nullptr);

protected:
    void reject() override;

private:
    void start();
    void finished(const QString& error);

    QString m_path;
    qint64 m_actorId = 0;
    QSpinBox* m_tickets;
    QProgressBar* m_progress;
    QPushButton* m_start;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace sd
