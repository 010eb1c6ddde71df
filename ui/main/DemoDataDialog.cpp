#include "main/DemoDataDialog.h"

#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

namespace sd {

DemoDataDialog::DemoDataDialog(const QString& databasePath, qint64 actorId, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_actorId(actorId)
    , m_tickets(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_start(new QPushButton(tr("Generate"), this))
{
    setWindowTitle(tr("Generate demo data"));
    m_tickets->setRange(100, 2000000);
    m_tickets->setSingleStep(10000);
    m_tickets->setValue(20000);
    m_tickets->setGroupSeparatorShown(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    // Enter in a text field must not start long work by surprise.
    m_start->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    connect(m_start, &QPushButton::clicked, this, &DemoDataDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemoDataDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Tickets"), m_tickets);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Demo data goes into an empty database: a year of customers and tickets."), this));
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

void DemoDataDialog::start()
{
    m_running = true;
    m_start->setEnabled(false);
    m_tickets->setEnabled(false);
    const int tickets = m_tickets->value();
    QPointer<DemoDataDialog> self(this);
    QThread* worker = QThread::create([self, path = m_path, tickets, actorId = m_actorId, cancel = &m_cancel] {
        QString error;
        {
            auto workspace = Workspace::open(path);
            if (!workspace) {
                error = workspace.error().describe();
            } else {
                DemoOptions options{tickets, 0, 20261001, 16};
                options.actorId = actorId;
                DemoGenerator generator(**workspace, options);
                auto done = generator.run([&](qint64 step, qint64 total) {
                    QMetaObject::invokeMethod(self, [self, step, total] {
                        if (self)
                            self->m_progress->setValue(int(step * 1000 / std::max<qint64>(total, 1)));
                    }, Qt::QueuedConnection);
                    return !cancel->load();
                });
                if (!done)
                    error = done.error().describe();
                (*workspace)->database().releaseThreadConnection();
            }
        }
        QMetaObject::invokeMethod(self, [self, error] {
            if (self)
                self->finished(error);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void DemoDataDialog::finished(const QString& error)
{
    m_running = false;
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    QDialog::accept();
}

void DemoDataDialog::reject()
{
    // While running, Cancel asks the worker to stop; it rolls back and then closes the dialog.
    if (m_running) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace sd
