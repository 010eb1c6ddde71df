#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>

#include <memory>

class QWidget;

namespace sd {

// Every file dialog of the client goes through here. On POSIX systems, closing
// any handle to a file drops every lock that SQLite holds on it in this
// process; Qt's own and GTK's dialogs open the files they list to guess their
// type, which let another process delete the open database's shared-memory
// index ("database disk image is malformed"). These dialogs tell file types
// by name only and never open a file they list. They also refuse to hand back
// the open database's own files as a document to read or write.
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)

public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter);
    // An existing folder (to read files from or write them into).
    static QString folder(QWidget* parent, const QString& caption, const QString& start);
    // For choosing a database to open or create: its files are what is asked for.
    static QString openDatabase(QWidget* parent, const QString& caption, const QString& start, const QString& filter);
    static QString saveDatabase(QWidget* parent, const QString& caption, const QString& start, const QString& filter);

    // A dialog made safe as described above, starting at `start` (a folder or a file).
    static std::unique_ptr<QFileDialog> createDialog(QWidget* parent, const QString& caption, const QString& start,
                                                     const QString& filter);
    static void makeSafe(QFileDialog& dialog);
    // The database the client has open, whose files are never offered as documents.
    static void setOpenDatabase(const QString& path);

private:
    static QString run(QWidget* parent, const QString& caption, const QString& start, const QString& filter,
                       QFileDialog::AcceptMode mode, bool documentsOnly);
};

} // namespace sd
