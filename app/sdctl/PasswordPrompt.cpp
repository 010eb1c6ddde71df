#include "Command.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sdctl {
namespace {

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Echo off while the password is typed, back on whatever happens.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        tcgetattr(STDIN_FILENO, &m_mode);
        termios quiet = m_mode;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

std::optional<QString> Command::promptHidden(const QString& prompt)
{
    if (!inputIsTerminal())
        return std::nullopt;
    m_err << prompt;
    m_err.flush();
    std::string line;
    {
        EchoOff quiet;
        std::getline(std::cin, line);
    }
    m_err << Qt::endl;
    if (!std::cin) // end of input (Ctrl-D): no password, not an empty one
        return std::nullopt;
    return QString::fromLocal8Bit(line.c_str());
}

} // namespace sdctl
