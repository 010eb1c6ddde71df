#pragma once

#include <QAction>
#include <QDialog>

namespace sd {

// Lists every action that has a keyboard shortcut, for agents who keep their
// hands on the keyboard.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace sd
