#pragma once

#include "common/Error.h"
#include "workspace/Workspace.h"

namespace sd {

// The demo's risk register (docs/RISKS.md): risks an after-sales department
// keeps an eye on, at every stage (open, being mitigated, accepted, closed),
// one past its review date; then the alert rules run over the demo's
// tickets, so the risks the data raise are there too.
class DemoRisks
{
public:
    DemoRisks(Workspace& workspace, qint64 actorId, qint64 now);
    Status create();

private:
    Workspace& m_workspace;
    qint64 m_actorId = 0;
    qint64 m_now = 0;
};

} // namespace sd
