// The ticket form's attachment box (docs/SERVICE.md "Attachments"), driven
// as an agent would: files from disk or dropped onto the box, thumbnails for
// pictures, opened through the system viewer, saved elsewhere and removed.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "tickets/AttachmentPanel.h"
#include "tickets/TicketForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;
using sd::test::timelineTexts;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-11-16T10:00:00+08:00"};
    qint64 liNa = ws.userId("li.na");
    QTemporaryDir files;
    Ticket ticket;

    Desk()
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("洗衣机漏水");
        auto created = ws->tickets().create(draft, liNa);
        REQUIRE(created);
        ticket = *created;
    }
    // A 640 × 480 photo: its thumbnail is 160 × 120.
    QString photo(const char* name)
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        const QString path = files.filePath(QString::fromUtf8(name));
        REQUIRE(image.save(path, "JPG"));
        return path;
    }
    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = files.filePath(QString::fromUtf8(name));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
        return path;
    }
};

QStringList namesOf(AttachmentPanel& panel)
{
    QStringList names;
    for (int i = 0; i < panel.list()->count(); ++i)
        names.append(panel.list()->item(i)->text().section(QLatin1Char('\n'), 0, 0));
    return names;
}

} // namespace

TEST_CASE("photos and files are attached from disk or dropped on the box, pictures show as thumbnails", "[ui][attachments]")
{
    Desk desk;
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    TicketForm form(agent);
    REQUIRE(form.openTicket(desk.ticket.id));
    form.show();
    auto* panel = form.attachmentPanel();
    REQUIRE(panel->isVisibleTo(&form));
    CHECK(panel->title() == QStringLiteral("Attachments"));

    REQUIRE(panel->attach({desk.photo("漏水.jpg")}));
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(desk.file("invoice.pdf", QByteArrayLiteral("%PDF-1.4 invoice")))});
    // As a desktop delivers a drag: it enters the box, then is dropped there.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(panel, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QApplication::sendEvent(panel, &drop);
    CHECK(drop.isAccepted());
    CHECK(namesOf(*panel) == QStringList{QStringLiteral("漏水.jpg"), QStringLiteral("invoice.pdf")});
    CHECK(panel->title() == QStringLiteral("Attachments (2)"));

    auto stored = desk.ws->attachments().list(desk.ticket.id);
    REQUIRE(stored);
    QImage thumbnail;
    REQUIRE(thumbnail.loadFromData(stored->at(0).thumbnail, "PNG"));
    CHECK(thumbnail.size() == QSize(160, 120));
    CHECK(stored->at(1).thumbnail.isEmpty());
    CHECK(timelineTexts(form).contains(QStringLiteral("Attached invoice.pdf (16 bytes).")));

    // A file over the 20 MiB limit is refused before it is read; the others still go in.
    QFile huge(desk.files.filePath(QStringLiteral("video.mp4")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(21 * 1024 * 1024));
    huge.close();
    CHECK_FALSE(panel->attach({huge.fileName(), desk.file("note.txt", QByteArrayLiteral("客户说周五在家"))}));
    auto* error = child<QLabel>(form, "attachmentError");
    CHECK(error->isVisibleTo(&form));
    CHECK(error->text() == QStringLiteral("video.mp4 is 21.0 MB: files up to 20.0 MB are attached"));
    CHECK(namesOf(*panel) == QStringList{QStringLiteral("漏水.jpg"), QStringLiteral("invoice.pdf"), QStringLiteral("note.txt")});
}

TEST_CASE("an attachment opens in the viewer from a copy, is saved elsewhere, and is removed", "[ui][attachments]")
{
    Desk desk;
    AppContext agent{*desk.ws, desk.liNa, QStringLiteral("李娜")};
    TicketForm form(agent);
    REQUIRE(form.openTicket(desk.ticket.id));
    form.show();
    auto* panel = form.attachmentPanel();
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 signed sheet");
    REQUIRE(panel->attach({desk.file("签字单.pdf", bytes)}));
    QUrl opened;
    panel->setOpener([&](const QUrl& url) {
        opened = url;
        return true;
    });
    panel->list()->setCurrentRow(0);
    emit panel->list()->itemActivated(panel->list()->item(0));
    REQUIRE(opened.isLocalFile());
    CHECK(QFileInfo(opened.toLocalFile()).fileName() == QStringLiteral("签字单.pdf"));
    QFile copy(opened.toLocalFile());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == bytes);

    const QString saved = desk.files.filePath(QStringLiteral("out/sheet.pdf"));
    REQUIRE(QDir().mkpath(QFileInfo(saved).path()));
    REQUIRE(panel->saveSelected(saved));
    QFile out(saved);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == bytes);

    QTest::mouseClick(child<QPushButton>(form, "removeAttachment"), Qt::LeftButton);
    CHECK(panel->list()->count() == 0);
    CHECK(timelineTexts(form).contains(QStringLiteral("Removed the attachment 签字单.pdf (21 bytes).")));

    // A quality inspector sees the box but cannot attach or remove.
    AppContext inspector{*desk.ws, desk.ws.userId("zhao.qing"), QStringLiteral("赵晴")};
    TicketForm inspectorForm(inspector);
    REQUIRE(inspectorForm.openTicket(desk.ticket.id));
    CHECK_FALSE(child<QPushButton>(inspectorForm, "attachFiles")->isEnabled());
}
