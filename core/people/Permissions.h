#pragma once

#include "common/Codes.h"

#include <QList>

namespace sd {

// The permission matrix: which desk role may do which action. It is the one
// place that decides; core services refuse what it forbids and screens hide
// it. docs/PERMISSIONS.md shows the same table for people.
class Permissions
{
public:
    static bool allows(Role role, Action action);
    static QList<Action> allowedActions(Role role);
};

} // namespace sd
