#include "tickets/AttachmentPanel.h"

#include "common/LockWait.h"
#include "common/Thumbnail.h"
#include "process/AttachmentService.h"
#include "tickets/TicketText.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

QIcon iconOf(const Attachment& attachment)
{
    QPixmap picture;
    if (!attachment.thumbnail.isEmpty() && picture.loadFromData(attachment.thumbnail, "PNG"))
        return QIcon(picture);
    return QFileIconProvider().icon(QFileInfo(attachment.fileName));
}

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

AttachmentPanel::AttachmentPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Attachments"), parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_target(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Attach &files…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_save(new QPushButton(tr("Sa&ve as…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("attachmentPanel"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(Thumbnail::kWidth / 2 + 16, Thumbnail::kHeight / 2 + 12));
    m_list->setGridSize(QSize(170, 120));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    // One line under each tile, shortened in the middle so the extension
    // shows; size, visit and who attached it are in the tooltip. (Qt measures
    // wrapped text with the widget's font, not the Chinese fallback font,
    // and would cut a second line.)
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    // Files dropped on the list go to the box, which takes them.
    m_list->setAcceptDrops(false);
    m_list->setDragEnabled(false);
    m_list->setMinimumHeight(135);
    m_list->setToolTip(tr("Drop photos and files here. Double-click or press Enter to open one."));
    m_target->setObjectName(QStringLiteral("attachTarget"));
    m_error->setObjectName(QStringLiteral("attachmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_add->setObjectName(QStringLiteral("attachFiles"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    auto* targetLabel = new QLabel(tr("&To:"), this);
    targetLabel->setBuddy(m_target);
    // Two rows: the fields column is often narrow.
    auto* buttons = new QGridLayout;
    buttons->addWidget(targetLabel, 0, 0);
    buttons->addWidget(m_target, 0, 1);
    buttons->addWidget(m_add, 0, 2);
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_save, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    buttons->setColumnStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::askFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentPanel::askSavePath);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentPanel::openSelected);
    connect(m_list, &QListWidget::currentItemChanged, this, &AttachmentPanel::updateButtons);
    hide();
}

void AttachmentPanel::showTicket(qint64 ticketId, bool mayChange)
{
    m_ticketId = ticketId;
    m_mayChange = mayChange;
    m_error->hide();
    setVisible(ticketId != 0);
    if (ticketId == 0)
        return;
    refreshTargets();
    refresh();
}

void AttachmentPanel::refreshTargets()
{
    const QVariant chosen = m_target->currentData();
    m_target->clear();
    m_target->addItem(tr("This ticket"), QVariant());
    auto visits = m_context.workspace.visits().ofTicket(m_ticketId);
    if (visits)
        for (const Visit& visit : *visits)
            m_target->addItem(tr("Visit %1").arg(visit.visitNo), visit.id);
    m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
}

void AttachmentPanel::refresh()
{
    m_list->clear();
    auto attachments = m_context.workspace.attachments().list(m_ticketId);
    if (!attachments) {
        showError(attachments.error().message);
        return;
    }
    for (const Attachment& attachment : *attachments) {
        QString detail = AttachmentService::sizeText(attachment.sizeBytes);
        if (attachment.visitNo)
            detail = tr("%1 · visit %2").arg(detail).arg(*attachment.visitNo);
        // A visit's file says so on its tile: the signed sheet of visit 2 is found at a glance.
        const QString label = attachment.visitNo ? tr("Visit %1 · %2").arg(*attachment.visitNo).arg(attachment.fileName) : attachment.fileName;
        auto* item = new QListWidgetItem(iconOf(attachment), label, m_list);
        item->setData(Qt::UserRole, attachment.id);
        item->setData(Qt::UserRole + 1, attachment.fileName);
        item->setSizeHint(QSize(160, 110));
        item->setToolTip(tr("%1\n%2, attached by %3 on %4")
                             .arg(attachment.fileName, detail, attachment.createdByName, TicketText::instant(attachment.createdAt, QTimeZone::systemTimeZone())));
    }
    setTitle(attachments->isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(attachments->size()));
    updateButtons();
}

void AttachmentPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_add->setEnabled(m_mayChange);
    m_target->setEnabled(m_mayChange);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected && m_mayChange);
}

void AttachmentPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

qint64 AttachmentPanel::selectedId() const
{
    QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AttachmentPanel::askFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), QDir::homePath());
    if (!paths.isEmpty())
        attach(paths);
}

bool AttachmentPanel::attach(const QStringList& paths)
{
    m_error->hide();
    QStringList problems;
    bool all = true;
    for (const QString& path : paths)
        all = attachOne(path, problems) && all;
    refresh();
    if (!problems.isEmpty())
        showError(problems.join(QLatin1Char('\n')));
    return all;
}

// One file; what went wrong is added to `problems` and the others still go in.
bool AttachmentPanel::attachOne(const QString& path, QStringList& problems)
{
    const QFileInfo info(path);
    const qint64 limit = m_context.workspace.configuration().service.attachmentMaxBytes();
    // Checked before reading, so a huge file is never loaded.
    if (info.size() > limit) {
        problems.append(tr("%1 is %2: files up to %3 are attached")
                            .arg(info.fileName(), AttachmentService::sizeText(info.size()), AttachmentService::sizeText(limit)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    AttachmentFile attached{info.fileName(), file.readAll(), {}, std::nullopt, {}};
    attached.thumbnail = Thumbnail::pngOf(attached.content);
    if (m_target->currentData().isValid())
        attached.workOrderId = m_target->currentData().toLongLong();
    auto added = LockWait::retry<Attachment>(this, m_context.workspace.database(), [&] {
        return m_context.workspace.attachments().add(m_ticketId, attached, m_context.userId);
    });
    if (!added)
        problems.append(added.error().message);
    return bool(added);
}

void AttachmentPanel::askSavePath()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole + 1).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attachment"),
                                                      QDir::home().filePath(AttachmentService::safeFileName(name)));
    if (!path.isEmpty())
        saveSelected(path);
}

bool AttachmentPanel::saveSelected(const QString& path)
{
    m_error->hide();
    auto content = m_context.workspace.attachments().content(selectedId());
    if (!content) {
        showError(content.error().message);
        return false;
    }
    // Written aside and renamed: an existing file is replaced whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        showError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool AttachmentPanel::openSelected()
{
    auto attachment = m_context.workspace.attachments().get(selectedId());
    if (!attachment) {
        showError(attachment.error().message);
        return false;
    }
    // Each attachment in its own folder, under its own name, so the viewer shows that name.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("servicedesk-attachments/") + attachment->uuid);
    if (!QDir().mkpath(folder)) {
        showError(tr("%1 cannot be created").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString path = QDir(folder).filePath(AttachmentService::safeFileName(attachment->fileName));
    if (!saveSelected(path))
        return false;
    if (!m_opener(QUrl::fromLocalFile(path))) {
        showError(tr("No program here opens %1; use Save as… instead.").arg(attachment->fileName));
        return false;
    }
    return true;
}

bool AttachmentPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    m_error->hide();
    auto removed = LockWait::retry<bool>(this, m_context.workspace.database(), [&]() -> Result<bool> {
        if (auto done = m_context.workspace.attachments().remove(id, m_context.userId); !done)
            return fail(done.error());
        return true;
    });
    if (!removed) {
        showError(removed.error().message);
        return false;
    }
    refresh();
    return true;
}

void AttachmentPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_mayChange && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentPanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_mayChange || paths.isEmpty())
        return;
    event->acceptProposedAction();
    attach(paths);
}

} // namespace sd
