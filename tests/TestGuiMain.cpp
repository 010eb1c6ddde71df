#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

// Widget tests need a QApplication; they run on the offscreen platform.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
#ifdef Q_OS_UNIX
    // In-process native file dialogs (GTK's) open the files they list to guess
    // their types; closing those handles drops SQLite's locks (see FileChooser).
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServiceDeskTests"));
    QApplication::setApplicationName(QStringLiteral("servicedesk-tests"));
    return Catch::Session().run(argc, argv);
}
