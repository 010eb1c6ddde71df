// The About box (Help > About Service Desk): the version, the licence, the
// libraries and the database in use, and "Copy details" for a support call.
#include "TestSupport.h"
#include "ui/DialogDriving.h"

#include "common/AppContext.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::child;

namespace {

// What the sqlite3 program says of the library it runs with ("3.40.1 2022-12-28 …"):
// the Qt driver on this system uses the same library.
[[maybe_unused]] QString sqliteVersionFromShell()
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    REQUIRE(shell.waitForFinished(10000));
    return QString::fromUtf8(shell.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

QStringList rowOf(QTreeWidget& tree, const QString& library)
{
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree.topLevelItem(i);
        if (item->text(0) == library)
            return {item->text(1), item->text(2)};
    }
    return {};
}

} // namespace

TEST_CASE("the About box names the version, the licence, the libraries and the database", "[ui][about]")
{
    test::TempWorkspace ws;
    AppContext agent{*ws, ws.userId("li.na"), QStringLiteral("李娜")};
    AboutDialog about(agent);

    CHECK(child<QLabel>(about, "aboutTitle")->text().contains(QStringLiteral("Version " SD_PROJECT_VERSION)));
    CHECK(child<QLabel>(about, "aboutLicence")->text().startsWith(QStringLiteral("Copyright © 2026 the Service Desk authors. All rights reserved.")));
    CHECK(child<QLabel>(about, "aboutFact1")->text() == ws.path());
#ifdef Q_OS_LINUX
    // Debian's Qt driver and sqlite3 program use the one system library (elsewhere Qt brings its own).
    CHECK(child<QLabel>(about, "aboutFact2")->text() == QStringLiteral("SQLite ") + sqliteVersionFromShell());
#else
    CHECK(child<QLabel>(about, "aboutFact2")->text().startsWith(QStringLiteral("SQLite 3.")));
#endif
    // Migrations step 18 is the newest schema (tests/data/schema/v18.sqlite).
    CHECK(child<QLabel>(about, "aboutFact3")->text() == QStringLiteral("18"));
    CHECK(child<QLabel>(about, "aboutFact4")->text() == QStringLiteral("李娜"));

    auto* libraries = child<QTreeWidget>(about, "components");
    CHECK(rowOf(*libraries, QStringLiteral("Qt")) == QStringList{QString::fromLatin1(qVersion()), QStringLiteral("GNU Lesser General Public License, version 3")});
    CHECK(rowOf(*libraries, QStringLiteral("libsodium")) == QStringList{QStringLiteral(SD_SODIUM_VERSION), QStringLiteral("ISC Licence")});
#ifdef Q_OS_LINUX
    // Debian 12's libsqlite3 and friso (the build links them there only).
    CHECK(rowOf(*libraries, QStringLiteral("SQLite")) == QStringList{sqliteVersionFromShell(), QStringLiteral("Public domain")});
    CHECK(rowOf(*libraries, QStringLiteral("friso")) == QStringList{QStringLiteral("1.6.4"), QStringLiteral("Apache License, version 2.0")});
#endif

    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(about, "copyDetails"), Qt::LeftButton);
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    CHECK(copied.value(0) == QStringLiteral("Service Desk"));
    CHECK(copied.value(1).startsWith(QStringLiteral("Version: " SD_PROJECT_VERSION)));
    CHECK(copied.contains(QStringLiteral("Database: ") + ws.path()));
    CHECK(copied.contains(QStringLiteral("Schema version: 18")));
    CHECK(copied.contains(QStringLiteral("Signed in as: 李娜")));
    CHECK(copied.contains(QStringLiteral("libsodium: " SD_SODIUM_VERSION)));
}

TEST_CASE("Help > About Service Desk is offered to an agent and opens the About box", "[ui][about]")
{
    test::TempWorkspace ws;
    AppContext agent{*ws, ws.userId("wang.lei"), QStringLiteral("王磊")};
    MainWindow window(agent);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("action_about"));
    REQUIRE(action);
    CHECK(action->isVisible());
    CHECK(action->isEnabled());
    QString seenUser;
    test::whenOpen<AboutDialog>([&](AboutDialog& about) {
        seenUser = child<QLabel>(about, "aboutFact4")->text();
        about.reject();
    });
    action->trigger();
    CHECK(seenUser == QStringLiteral("王磊"));
}
