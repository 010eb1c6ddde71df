#include "main/MainWindow.h"

#include <QLabel>

namespace sd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Service Desk"));
    auto* placeholder = new QLabel(tr("Service Desk"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 800);
}

} // namespace sd
