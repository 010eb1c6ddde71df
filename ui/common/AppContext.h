#pragma once

#include "workspace/Workspace.h"

#include <QString>

namespace sd {

// What every screen needs: the open workspace and who is working. Actions are
// recorded as this user.
struct AppContext
{
    Workspace& workspace;
    qint64 userId = 0;
    QString userName;
};

} // namespace sd
