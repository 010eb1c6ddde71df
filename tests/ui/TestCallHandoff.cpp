// A phone system pops the caller card: `servicedesk --call NUMBER` and
// `servicedesk tel:NUMBER` (the real program, started as a child process)
// hand the number to the running desk, which shows the caller.
#include "TestSupport.h"

#include "common/AppContext.h"
#include "customers/CallerCard.h"
#include "main/CallHandoff.h"
#include "main/MainWindow.h"

#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// Runs the desk program with `arguments` and returns its exit code, while
// this process (the running desk) answers.
int runDesk(const QStringList& arguments)
{
    QProcess desk;
    QSignalSpy finished(&desk, &QProcess::finished);
    desk.setProcessChannelMode(QProcess::ForwardedChannels);
    desk.start(QStringLiteral(SD_SERVICEDESK_PATH), arguments);
    if (!finished.wait(20000)) {
        desk.kill();
        desk.waitForFinished();
        return -1;
    }
    return desk.exitStatus() == QProcess::NormalExit ? desk.exitCode() : -1;
}

} // namespace

TEST_CASE("a number is read from --call and from tel: and callto: links", "[ui][call]")
{
    CHECK(CallHandoff::numberFrom({QStringLiteral("--call"), QStringLiteral("13800138000")}) == QStringLiteral("13800138000"));
    CHECK(CallHandoff::numberFrom({QStringLiteral("--call=021-5555-0101")}) == QStringLiteral("021-5555-0101"));
    CHECK(CallHandoff::numberFrom({QStringLiteral("tel:%2B86-138-0013-8000")}) == QStringLiteral("+86-138-0013-8000"));
    CHECK(CallHandoff::numberFrom({QStringLiteral("tel:+861380013800;phone-context=example.com")}) == QStringLiteral("+861380013800"));
    CHECK(CallHandoff::numberFrom({QStringLiteral("callto://13800138000")}) == QStringLiteral("13800138000"));
    CHECK(CallHandoff::numberFrom({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("TEL:13800138000")})
          == QStringLiteral("13800138000"));
    CHECK_FALSE(CallHandoff::numberFrom({QStringLiteral("--db"), QStringLiteral("x.sqlite")}).has_value());
    // Asked for, but not a number: refused rather than looked up.
    CHECK_FALSE(CallHandoff::numberFrom({QStringLiteral("tel:")}).has_value());
    CHECK(CallHandoff::requestedNumber({QStringLiteral("tel:")}) == QString());
    CHECK(runDesk({QStringLiteral("--call"), QStringLiteral("nobody")}) == 2);
}

TEST_CASE("servicedesk --call and tel: hand the caller to the running desk, which shows the caller card", "[ui][call]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    CustomerDraft draft;
    draft.name = QStringLiteral("王芳");
    draft.phone = QStringLiteral("13800138000");
    auto customer = ws->customers().create(draft, 0);
    REQUIRE(customer);
    AppContext context{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    MainWindow window(context);
    window.show();
    CallHandoff handoff;
    REQUIRE(handoff.listen());
    QObject::connect(&handoff, &CallHandoff::callArrived, &window, &MainWindow::showIncomingCall);
    QSignalSpy arrived(&handoff, &CallHandoff::callArrived);

    // The program finds this desk running: it hands the number over and ends at once.
    CHECK(runDesk({QStringLiteral("--call"), QStringLiteral("138 0013 8000")}) == 0);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.at(0).at(0).toString() == QStringLiteral("138 0013 8000"));
    CHECK(window.callerCard()->lookupField()->text() == QStringLiteral("138 0013 8000"));
    CHECK(window.callerCard()->currentCustomerId() == customer->id); // any spelling of the number finds the customer

    window.callerCard()->lookup(QStringLiteral("nobody"));
    CHECK(runDesk({QStringLiteral("tel:%2B86-138-0013-8000")}) == 0);
    REQUIRE(arrived.size() == 2);
    CHECK(arrived.at(1).at(0).toString() == QStringLiteral("+86-138-0013-8000"));
    CHECK(window.callerCard()->currentCustomerId() == customer->id);

    // A second desk of the same session does not take the name over.
    CallHandoff second;
    CHECK_FALSE(second.listen());
}
