#include "reports/ScheduledReportsDialog.h"

#include "common/DialogParts.h"
#include "common/LockWait.h"
#include "reports/ScheduledReportRunner.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

const char* const kFolderKey = "reports/scheduledFolder";

} // namespace

QString ScheduledReportsDialog::folder()
{
    const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(QStringLiteral("Service Desk reports"));
    return QSettings().value(QLatin1String(kFolderKey), fallback).toString();
}

void ScheduledReportsDialog::setFolder(const QString& folder)
{
    QSettings().setValue(QLatin1String(kFolderKey), folder);
}

ScheduledReportsDialog::ScheduledReportsDialog(AppContext& context, const ReportFilter& filter, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_filter(filter)
    , m_labels(ReportLabels::fromWorkspace(context.workspace))
    , m_table(DialogParts::listTable({tr("Name"), tr("Runs"), tr("Filters"), tr("Saved by"), tr("Last written")}, this))
    , m_name(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_folder(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduledReportsDialog"));
    setWindowTitle(tr("Scheduled reports"));
    m_table->setObjectName(QStringLiteral("scheduledReports"));
    m_name->setObjectName(QStringLiteral("scheduledName"));
    m_period->setObjectName(QStringLiteral("scheduledPeriod"));
    m_folder->setObjectName(QStringLiteral("scheduledFolder"));
    m_message->setObjectName(QStringLiteral("scheduledMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* now = new QPushButton(tr("&Write now"), this);
    auto* choose = new QPushButton(tr("&Choose…"), this);
    remove->setObjectName(QStringLiteral("removeScheduled"));
    now->setObjectName(QStringLiteral("writeScheduledNow"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("This desk writes them to:"), this));
    actions->addWidget(m_folder, 1);
    actions->addWidget(choose);
    actions->addWidget(now);
    actions->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each report is written as a PDF once its period is over: by this desk while it is open, "
                                    "or by \"sdctl report run-scheduled\" on the office's server."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buildAdd());
    layout->addWidget(m_message);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(remove, &QPushButton::clicked, this, &ScheduledReportsDialog::removeSelected);
    connect(now, &QPushButton::clicked, this, &ScheduledReportsDialog::writeSelectedNow);
    connect(choose, &QPushButton::clicked, this, &ScheduledReportsDialog::chooseFolder);
    m_folder->setText(QDir::toNativeSeparators(folder()));
    // Enter in the name field must not press Remove or Write now.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    m_name->setFocus();
    resize(860, 520);
    refresh();
}

QWidget* ScheduledReportsDialog::buildAdd()
{
    auto* box = new QGroupBox(tr("Schedule the report on screen"), this);
    for (ReportPeriod period : allValues<ReportPeriod>())
        m_period->addItem(toLabel(period), int(period));
    m_period->setCurrentIndex(m_period->findData(int(ReportPeriod::LastMonth)));
    m_name->setPlaceholderText(tr("e.g. Hotline monthly quality"));
    auto* save = new QPushButton(tr("&Schedule"), box);
    save->setObjectName(QStringLiteral("addScheduled"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Runs:"), m_period);
    form->addRow(tr("Filters:"), new QLabel(m_labels.filterText(m_filter), box));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);
    connect(save, &QPushButton::clicked, this, &ScheduledReportsDialog::add);
    connect(m_name, &QLineEdit::returnPressed, this, &ScheduledReportsDialog::add);
    return box;
}

void ScheduledReportsDialog::refresh()
{
    m_table->setRowCount(0);
    auto reports = m_context.workspace.scheduledReports().list();
    if (!reports) {
        showError(reports.error().message);
        return;
    }
    m_reports = *reports;
    for (const SavedReport& report : std::as_const(m_reports)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString last = report.lastPeriod.isValid()
                                 ? tr("period from %1").arg(report.lastPeriod.toString(Qt::ISODate))
                                 : tr("not yet");
        const QStringList cells{report.draft.name, toLabel(report.draft.period), m_labels.filterText(report.draft.filter),
                                report.ownerName, last};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void ScheduledReportsDialog::add()
{
    SavedReportDraft draft;
    draft.name = m_name->text();
    draft.period = static_cast<ReportPeriod>(m_period->currentData().toInt());
    draft.filter = m_filter;
    auto saved = LockWait::retry<SavedReport>(this, m_context.workspace.database(),
                                              [&] { return m_context.workspace.scheduledReports().save(draft, m_context.userId); });
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_name->clear();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Scheduled \"%1\"; the next run writes %2.")
                           .arg(saved->draft.name, ReportLabels::periodText(m_context.workspace.scheduledReports().requestFor(*saved))));
    m_message->show();
    refresh();
}

void ScheduledReportsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size())
        return;
    if (auto removed = m_context.workspace.scheduledReports().remove(m_reports.at(row).id, m_context.userId); !removed) {
        showError(removed.error().message);
        return;
    }
    refresh();
}

void ScheduledReportsDialog::writeSelectedNow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ScheduledReportRunner(m_context.workspace, folder()).runNow(m_reports.at(row));
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Written: %1").arg(QDir::toNativeSeparators(*written)));
    m_message->show();
}

void ScheduledReportsDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for scheduled reports"), folder());
    if (chosen.isEmpty())
        return;
    setFolder(chosen);
    m_folder->setText(QDir::toNativeSeparators(chosen));
}

void ScheduledReportsDialog::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
    m_message->show();
}

} // namespace sd
