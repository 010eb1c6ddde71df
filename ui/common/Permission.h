#pragma once

#include "common/AppContext.h"
#include "people/AccessControl.h"

namespace sd {

// Whether the signed-in user may do this: screens hide or disable what the
// permission matrix forbids (core refuses it anyway).
inline bool mayDo(const AppContext& context, Action action)
{
    auto user = context.workspace.users().byId(context.userId);
    return user && AccessControl::allows(*user, action);
}

} // namespace sd
