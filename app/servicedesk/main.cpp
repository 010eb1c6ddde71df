#include "main/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServiceDesk"));
    QApplication::setApplicationName(QStringLiteral("servicedesk"));
    sd::MainWindow window;
    window.show();
    return QApplication::exec();
}
