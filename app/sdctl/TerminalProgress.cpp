#include "TerminalProgress.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define SD_ISATTY _isatty
#define SD_FILENO _fileno
#else
#include <unistd.h>
#define SD_ISATTY isatty
#define SD_FILENO fileno
#endif

namespace sdctl {

TerminalProgress::TerminalProgress(const QString& label)
    : m_label(label)
    , m_enabled(SD_ISATTY(SD_FILENO(stderr)))
{
    m_timer.start();
}

void TerminalProgress::update(qint64 done, qint64 total)
{
    if (!m_enabled || total <= 0)
        return;
    const int permille = int(done * 1000 / total);
    if (permille == m_lastPermille)
        return;
    m_lastPermille = permille;
    constexpr int width = 40;
    const int filled = permille * width / 1000;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    std::fprintf(stderr, "\r%s [%s] %5.1f%%  %6.1fs", qUtf8Printable(m_label), qUtf8Printable(bar), permille / 10.0,
                 m_timer.elapsed() / 1000.0);
    std::fflush(stderr);
}

void TerminalProgress::finish()
{
    if (m_enabled && m_lastPermille >= 0)
        std::fprintf(stderr, "\n");
}

} // namespace sdctl
