#pragma once

#include <QMainWindow>

namespace sd {

// The application's main window. The queue views arrive with the desktop client.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace sd
