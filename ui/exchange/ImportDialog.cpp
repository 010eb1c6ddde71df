#include "exchange/ImportDialog.h"

#include "common/FileChooser.h"
#include "exchange/TicketImporter.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

namespace sd {

ImportDialog::ImportDialog(const QString& databasePath, qint64 actorId, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_actorId(actorId)
    , m_file(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_mode(new QComboBox(this))
    , m_check(new QPushButton(tr("Check all rows"), this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import ticket history"));
    setObjectName(QStringLiteral("importDialog"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("gb18030"));
    m_mode->addItem(tr("Import nothing if any row is bad"), false);
    m_mode->addItem(tr("Import the good rows; write the bad ones to a rejects file"), true);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setRange(0, 1000);
    m_summary->setWordWrap(true);

    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setAutoDefault(false); // Enter in the path field reads the file; it does not open a chooser
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("CSV file"), fileRow);
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(tr("Bad rows"), m_mode);
    // Enter in a text field must not start long work by surprise.
    m_check->setAutoDefault(false);
    m_import->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First rows as read:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(980, 680);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::showPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    showPreview();
}

QString ImportDialog::encoding() const
{
    return m_encoding->currentData().toString();
}

void ImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Ticket history"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_summary->clear();
    if (m_file->text().isEmpty())
        return;
    if (Database::isFileOf(m_databasePath, m_file->text())) {
        m_summary->setText(Database::ownFileRefused(m_file->text()).describe());
        return;
    }
    auto rows = TicketImporter::preview(m_file->text(), encoding(), 20);
    if (!rows) {
        m_summary->setText(rows.error().describe());
        return;
    }
    if (rows->isEmpty())
        return;
    m_preview->setColumnCount(int(rows->first().size()));
    m_preview->setHorizontalHeaderLabels(rows->first());
    for (qsizetype r = 1; r < rows->size(); ++r) {
        m_preview->insertRow(int(r - 1));
        for (qsizetype c = 0; c < rows->at(r).size(); ++c)
            m_preview->setItem(int(r - 1), int(c), new QTableWidgetItem(rows->at(r).at(c)));
    }
    m_preview->resizeColumnsToContents();
}

void ImportDialog::run(bool validateOnly)
{
    if (m_running || m_file->text().isEmpty())
        return;
    ImportOptions options;
    options.encoding = encoding();
    options.validateOnly = validateOnly;
    options.actorId = m_actorId;
    options.skipBad = m_mode->currentData().toBool();
    if (options.skipBad && !validateOnly) {
        const QFileInfo source(m_file->text());
        options.rejectsPath = source.absolutePath() + QLatin1Char('/') + source.completeBaseName() + QStringLiteral("-rejects.csv");
    }
    m_running = true;
    m_cancel = false;
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_progress->setValue(0);
    QPointer<ImportDialog> self(this);
    QThread* worker = QThread::create([self, path = m_databasePath, file = m_file->text(), options, cancel = &m_cancel] {
        ImportReport report;
        QString error;
        {
            auto workspace = Workspace::open(path);
            if (!workspace) {
                error = workspace.error().describe();
            } else {
                auto done = TicketImporter(**workspace).importFile(file, options, [&](qint64 bytes, qint64 total) {
                    QMetaObject::invokeMethod(self, [self, bytes, total] {
                        if (self)
                            self->m_progress->setValue(int(bytes * 1000 / std::max<qint64>(total, 1)));
                    }, Qt::QueuedConnection);
                    return !cancel->load();
                });
                if (done)
                    report = *done;
                else
                    error = done.error().describe();
                (*workspace)->database().releaseThreadConnection();
            }
        }
        QMetaObject::invokeMethod(self, [self, report, error, validateOnly = options.validateOnly] {
            if (self)
                self->showReport(report, error, validateOnly);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ImportDialog::showReport(const ImportReport& report, const QString& error, bool validateOnly)
{
    m_running = false;
    m_check->setEnabled(true);
    m_import->setEnabled(true);
    m_progress->setValue(error.isEmpty() ? 1000 : 0);
    m_problems->setRowCount(0);
    for (const ImportProblem& problem : report.problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(problem.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.reason));
    }
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const QString counts = tr("%L1 rows read as %2: %L3 good, %L4 with problems (%L5 problems).")
                               .arg(report.rows).arg(report.encoding).arg(report.valid).arg(report.rejected).arg(report.problemCount);
    if (validateOnly)
        m_summary->setText(counts);
    else if (report.committed)
        m_summary->setText(counts + QLatin1Char(' ') + tr("%L1 tickets imported.").arg(report.imported));
    else
        m_summary->setText(counts + QLatin1Char(' ') + tr("Nothing was imported."));
    if (report.committed && report.imported > 0)
        emit imported(report.imported);
}

void ImportDialog::reject()
{
    // While running, Close asks the worker to stop; the transaction rolls back.
    if (m_running) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace sd
