#pragma once

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace sd {

// A wheel turned over a long form scrolls the form. Without this, a combo
// box or spin box that passes under the mouse while the agent scrolls takes
// the wheel and changes its value (a ticket's team, its priority) unseen.
// A field the agent clicked or tabbed into still takes the wheel.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every combo box and spin box under `root`, which `scroll` scrolls.
    static void protect(QWidget* root, QAbstractScrollArea* scroll);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WheelGuard(QAbstractScrollArea* scroll);
    QAbstractScrollArea* m_scroll;
};

} // namespace sd
