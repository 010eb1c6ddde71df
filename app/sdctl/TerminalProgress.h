#pragma once

#include <QElapsedTimer>
#include <QString>

namespace sdctl {

// A one-line progress bar on a terminal (nothing when output is redirected,
// so logs of scheduled jobs stay clean).
class TerminalProgress
{
public:
    explicit TerminalProgress(const QString& label);
    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_label;
    bool m_enabled;
    int m_lastPermille = -1;
    QElapsedTimer m_timer;
};

} // namespace sdctl
