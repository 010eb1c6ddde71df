#include "Command.h"
#include "TerminalText.h"

#include "sync/CustomerMerge.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

int duplicates(Command& command, sd::Workspace& workspace)
{
    auto found = sd::CustomerMerge(workspace.database(), workspace.clock()).candidates();
    if (!found)
        return command.failWith(found.error());
    QTextStream& out = command.out();
    for (const sd::DuplicateCandidate& candidate : *found) {
        out << tr("Same phone number %1:").arg(candidate.phoneKey) << Qt::endl;
        for (const sd::DuplicateCustomer& customer : candidate.customers)
            out << QStringLiteral("    ") << cell(customer.code, 14) << ' ' << cell(customer.name, 24) << ' '
                << cell(customer.phone, 18) << ' ' << tr("%1 tickets").arg(customer.tickets) << Qt::endl;
    }
    out << (found->isEmpty() ? tr("No duplicate candidates.")
                             : tr("Merge one into another with: sdctl customers merge KEEP OTHER (customer codes)"))
        << Qt::endl;
    return Ok;
}

int merge(Command& command, sd::Workspace& workspace)
{
    const QStringList arguments = command.parser().positionalArguments();
    if (arguments.size() != 3)
        return command.usageError(tr("use: sdctl customers merge KEEP OTHER (customer codes)"));
    auto keep = workspace.customers().byCode(arguments.at(1));
    auto other = workspace.customers().byCode(arguments.at(2));
    if (!keep || !other)
        return command.failWith(!keep ? keep.error() : other.error());
    auto merged = sd::CustomerMerge(workspace.database(), workspace.clock()).merge(keep->id, other->id, command.actorId());
    if (!merged)
        return command.failWith(merged.error());
    command.out() << tr("%1 merged into %2: its tickets and purchases are now %2's.").arg(arguments.at(2), arguments.at(1))
                  << Qt::endl;
    return Ok;
}

} // namespace

int runCustomers(const QStringList& arguments)
{
    Command command(QStringLiteral("customers"),
                    tr("customers duplicates: customers with the same phone number (often created at two offices).\n"
                       "customers merge KEEP OTHER: OTHER's tickets and purchases move to KEEP (supervisors)."),
                    arguments);
    command.parser().addPositionalArgument(QStringLiteral("VERB"), tr("duplicates | merge"));
    if (!command.parse(-1))
        return command.exitCode();
    const QString verb = command.parser().positionalArguments().value(0);
    if (verb != QLatin1String("duplicates") && verb != QLatin1String("merge"))
        return command.usageError(tr("use: sdctl customers duplicates | merge KEEP OTHER"));
    auto workspace = command.openWorkspace(verb == QLatin1String("merge") ? Command::Access::Write : Command::Access::Read);
    if (!workspace)
        return command.exitCode();
    return verb == QLatin1String("merge") ? merge(command, *workspace) : duplicates(command, *workspace);
}

} // namespace sdctl
