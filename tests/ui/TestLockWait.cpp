// A desk's save that meets a database locked by another program waits in a
// window that says so, saves once the lock is gone, and keeps the agent's
// text if the agent gives up.
#include "TestSupport.h"

#include "common/AppContext.h"
#include "common/LockWait.h"
#include "tickets/TicketForm.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// Another program (the sqlite3 shell) holding the write lock until released.
class LockHolder
{
public:
    explicit LockHolder(const QString& db)
    {
        m_shell.start(QStringLiteral("sqlite3"), {db});
        REQUIRE(m_shell.waitForStarted());
        m_shell.write("BEGIN IMMEDIATE;\nINSERT OR REPLACE INTO settings (key, value) VALUES ('held', '1');\nSELECT 'locked';\n");
        REQUIRE(m_shell.waitForReadyRead(10000));
        REQUIRE(m_shell.readAll().trimmed() == "locked");
    }
    ~LockHolder() { release(); }
    void release()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("COMMIT;\n");
        m_shell.closeWriteChannel();
        m_shell.waitForFinished(10000);
    }

private:
    QProcess m_shell;
};

QProgressDialog* visibleWaitWindow()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QStringLiteral("lockWaitDialog") && widget->isVisible())
            return qobject_cast<QProgressDialog*>(widget);
    return nullptr;
}

Ticket openTicket(test::TempWorkspace& ws)
{
    TicketDraft draft;
    draft.contactName = QStringLiteral("Zhou Xun");
    draft.subject = QStringLiteral("Printer jams");
    auto created = ws->tickets().create(draft, 0);
    REQUIRE(created);
    return *created;
}

// An agent's desk with a ticket open in its form, waiting on the lock as the
// main window makes it wait.
struct Desk
{
    test::TempWorkspace ws;
    AppContext li{*ws, ws.userId("li.na"), QStringLiteral("Li Na")};
    Ticket ticket = openTicket(ws);
    TicketForm form{li};

    Desk()
    {
        LockWait::prepare(ws->database());
        REQUIRE(form.openTicket(ticket.id));
    }
};

} // namespace

TEST_CASE("a note saved while another program holds the database waits, says so, and is saved", "[ui][safety]")
{
    Desk desk;
    test::TempWorkspace& ws = desk.ws;
    const Ticket& ticket = desk.ticket;
    TicketForm& form = desk.form;
    LockHolder holder(ws.path());
    QString shownText;
    // Once the window shows, the other program finishes its write.
    QTimer::singleShot(LockWait::kAttemptWaitMs + 1000, [&] {
        if (QProgressDialog* window = visibleWaitWindow())
            shownText = window->labelText();
        holder.release();
    });
    CHECK(form.addComment(QStringLiteral("Customer will send the serial number."), false));
    CHECK(shownText.contains(QStringLiteral("another program is writing")));
    CHECK(visibleWaitWindow() == nullptr);
    auto events = ws->tickets().timeline(ticket.id);
    REQUIRE(events);
    CHECK(std::any_of(events->begin(), events->end(), [](const TicketEvent& e) {
        return e.body == QStringLiteral("Customer will send the serial number.");
    }));
}

TEST_CASE("an agent who stops waiting for a busy database keeps the note and is told why it was not saved", "[ui][safety]")
{
    Desk desk;
    test::TempWorkspace& ws = desk.ws;
    const Ticket& ticket = desk.ticket;
    TicketForm& form = desk.form;
    auto* note = form.findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
    REQUIRE(note);
    note->setPlainText(QStringLiteral("Customer will send the serial number."));
    LockHolder holder(ws.path());
    bool cancelled = false;
    QTimer::singleShot(LockWait::kAttemptWaitMs + 1000, [&] {
        if (QProgressDialog* window = visibleWaitWindow()) {
            for (QPushButton* button : window->findChildren<QPushButton*>())
                if (button->text() == QStringLiteral("Cancel saving")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    cancelled = true;
                }
        }
    });
    CHECK_FALSE(form.addComment(note->toPlainText(), false));
    CHECK(cancelled);
    CHECK(note->toPlainText() == QStringLiteral("Customer will send the serial number."));
    bool told = false;
    for (QLabel* label : form.findChildren<QLabel*>())
        told = told || (!label->isHidden() && label->text().contains(QStringLiteral("The database is busy")));
    CHECK(told);
    holder.release();
    auto events = ws->tickets().timeline(ticket.id);
    REQUIRE(events);
    CHECK(std::none_of(events->begin(), events->end(), [](const TicketEvent& e) { return e.kind == QStringLiteral("comment"); }));
}
