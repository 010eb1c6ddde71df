#pragma once

#include "common/AppContext.h"

#include <QGroupBox>
#include <QUrl>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sd {

struct Attachment;

// On a saved ticket: the photos and files attached to it and its visits, as
// thumbnails. Files are added with a file dialog or dropped onto the box,
// opened with the system's viewer, saved elsewhere, or removed.
class AttachmentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AttachmentPanel(AppContext& context, QWidget* parent = nullptr);
    void showTicket(qint64 ticketId, bool mayChange);
    QListWidget* list() const { return m_list; }

    // The actions without their dialogs: true when every file was attached (or the action done).
    bool attach(const QStringList& paths);
    bool saveSelected(const QString& path);
    bool removeSelected();
    // Writes the selected file to a temporary folder and hands it to the viewer.
    bool openSelected();
    // Tests look at what would be opened instead of starting a viewer.
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refresh();
    void refreshTargets();
    void updateButtons();
    void showError(const QString& message);
    void askFiles();
    void askSavePath();
    bool attachOne(const QString& path, QStringList& problems);
    qint64 selectedId() const;

    AppContext& m_context;
    qint64 m_ticketId = 0;
    bool m_mayChange = false;
    QListWidget* m_list;
    QComboBox* m_target;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
    std::function<bool(const QUrl&)> m_opener;
};

} // namespace sd
