#include "common/FileChooser.h"

#include "storage/Database.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>

namespace sd {
namespace {

// Icons and type names from the file name alone; the default provider reads
// each file's first bytes.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo& info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return FileChooser::tr("Folder");
        if (info.suffix().isEmpty())
            return FileChooser::tr("File");
        return FileChooser::tr("%1 file").arg(info.suffix().toUpper());
    }
};

QString& openDatabasePath()
{
    static QString path;
    return path;
}

} // namespace

void FileChooser::setOpenDatabase(const QString& path)
{
    openDatabasePath() = path;
}

// Built on an empty folder, made safe, and only then pointed where the user
// starts: a dialog lists its folder from the moment it is constructed.
std::unique_ptr<QFileDialog> FileChooser::createDialog(QWidget* parent, const QString& caption, const QString& start,
                                                       const QString& filter)
{
    static QTemporaryDir empty;
    auto dialog = std::make_unique<QFileDialog>(parent, caption, empty.path(), filter);
    makeSafe(*dialog);
    const QFileInfo where(start);
    if (start.isEmpty())
        return dialog;
    if (where.isDir()) {
        dialog->setDirectory(where.absoluteFilePath());
    } else {
        dialog->setDirectory(where.absolutePath());
        dialog->selectFile(where.fileName());
    }
    return dialog;
}

void FileChooser::makeSafe(QFileDialog& dialog)
{
    static NameOnlyIconProvider provider;
    // A native dialog runs its own type guessing (GTK's reads file contents)
    // inside this process; the Qt dialog uses the provider above.
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setIconProvider(&provider);
}

QString FileChooser::run(QWidget* parent, const QString& caption, const QString& start, const QString& filter,
                         QFileDialog::AcceptMode mode, bool documentsOnly)
{
    const auto made = createDialog(parent, caption, start, filter);
    QFileDialog& dialog = *made;
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    while (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        const QString chosen = dialog.selectedFiles().constFirst();
        if (!documentsOnly || !Database::isFileOf(openDatabasePath(), chosen))
            return chosen;
        QMessageBox::warning(&dialog, caption, tr("%1 is a file of the database Service Desk has open. Choose another file.")
                                                   .arg(QFileInfo(chosen).fileName()));
    }
    return {};
}

QString FileChooser::folder(QWidget* parent, const QString& caption, const QString& start)
{
    const auto dialog = createDialog(parent, caption, start, {});
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    return run(parent, caption, start, filter, QFileDialog::AcceptOpen, true);
}

QString FileChooser::saveFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    return run(parent, caption, start, filter, QFileDialog::AcceptSave, true);
}

QString FileChooser::openDatabase(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    return run(parent, caption, start, filter, QFileDialog::AcceptOpen, false);
}

QString FileChooser::saveDatabase(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
{
    return run(parent, caption, start, filter, QFileDialog::AcceptSave, false);
}

} // namespace sd
