#pragma once

#include "common/Error.h"

#include <QWidget>

#include <functional>

namespace sd {

class Database;

// A desk's save that finds the database busy (another program holds the
// write lock, for example a long import or a configuration import) is not
// refused: a window says what is happening and the save is tried again until
// it goes through or the agent cancels. The form keeps its content meanwhile.
class LockWait
{
public:
    // How long one attempt on the desk's own thread waits for the lock before
    // the window appears: short, since the window is frozen while it waits.
    static constexpr int kAttemptWaitMs = 1500;
    static constexpr int kRetryEveryMs = 700;
    static constexpr int kRetryWaitMs = 100;

    // Sets this thread's connection to wait kAttemptWaitMs for the lock.
    static void prepare(const Database& database);

    template <typename T>
    static Result<T> retry(QWidget* parent, const Database& database, const std::function<Result<T>()>& attempt)
    {
        Result<T> result = attempt();
        if (result || result.error().code != Error::Code::Busy)
            return result;
        waitWhileBusy(parent, database, [&] {
            result = attempt();
            return !result && result.error().code == Error::Code::Busy;
        });
        return result;
    }

private:
    // Shows the waiting window and calls `stillBusy` every kRetryEveryMs until it
    // returns false or the agent cancels (the last busy error is then kept).
    // While the window shows, each try waits only kRetryWaitMs, so the window
    // and its Cancel button stay responsive; the timer does the waiting.
    static void waitWhileBusy(QWidget* parent, const Database& database, const std::function<bool()>& stillBusy);
};

} // namespace sd
