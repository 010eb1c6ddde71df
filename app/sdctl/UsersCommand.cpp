#include "Command.h"
#include "TerminalText.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sdctl {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sdctl", text);
}

int listUsers(Command& command, sd::Workspace& workspace)
{
    if (auto allowed = workspace.access().require(command.actorId(), sd::Action::ManageUsers); !allowed)
        return command.failWith(allowed.error());
    auto users = workspace.users().allUsers();
    if (!users)
        return command.failWith(users.error());
    const bool all = command.parser().isSet(QStringLiteral("all"));
    QTextStream& out = command.out();
    out << cell(tr("LOGIN"), 16) << ' ' << cell(tr("NAME"), 20) << ' ' << cell(tr("ROLE"), 18) << ' ' << cell(tr("TEAM"), 10) << ' '
        << tr("STATE") << Qt::endl;
    for (const sd::User& user : *users) {
        if (!user.active && !all)
            continue;
        const QString state = !user.active ? tr("deactivated") : user.hasPassword ? tr("active") : tr("no password");
        out << cell(user.login, 16) << ' ' << cell(user.displayName, 20) << ' ' << cell(sd::toLabel(user.role), 18) << ' '
            << cell(user.teamCode.isEmpty() ? QStringLiteral("-") : user.teamCode, 10) << ' ' << state << Qt::endl;
    }
    return Ok;
}

std::optional<sd::Role> roleOption(Command& command, const QString& text)
{
    auto role = sd::fromCodeOrLabel<sd::Role>(text);
    if (!role)
        command.usageError(tr("unknown role \"%1\"; use %2").arg(text, sd::allCodes<sd::Role>().join(QStringLiteral(", "))));
    return role;
}

// The new password: from --password-file, or typed twice at a prompt.
std::optional<QString> newPassword(Command& command, const QString& login)
{
    const QString file = command.parser().value(QStringLiteral("password-file"));
    auto password = command.readPassword(tr("New password for %1: ").arg(login), file);
    if (!password || !file.isEmpty())
        return password;
    auto again = command.readPassword(tr("Same password again: "), {});
    if (!again)
        return std::nullopt;
    if (*again != *password) {
        command.failWith(sd::Error::invalid(QStringLiteral("password"), tr("the two passwords differ")));
        return std::nullopt;
    }
    return password;
}

std::optional<QList<sd::Category>> skillsOption(Command& command)
{
    QList<sd::Category> skills;
    for (const QString& code : command.parser().value(QStringLiteral("skills")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto skill = sd::fromCodeOrLabel<sd::Category>(code.trimmed());
        if (!skill) {
            command.usageError(tr("--skills: unknown category \"%1\"; use %2").arg(code, sd::allCodes<sd::Category>().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        skills.append(*skill);
    }
    return skills;
}

int addUser(Command& command, sd::Workspace& workspace, const QString& login)
{
    QCommandLineParser& parser = command.parser();
    sd::UserDraft draft;
    draft.login = login;
    draft.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    auto role = roleOption(command, parser.value(QStringLiteral("role")));
    auto skills = role ? skillsOption(command) : std::nullopt;
    if (!skills)
        return command.exitCode();
    draft.role = *role;
    draft.teamCode = parser.value(QStringLiteral("team"));
    draft.skills = *skills;
    auto password = newPassword(command, login);
    if (!password)
        return command.exitCode();
    auto added = workspace.userAdmin().add(draft, *password, command.actorId());
    if (!added)
        return command.failWith(added.error());
    command.out() << tr("Added %1 (%2)").arg(added->login, sd::toLabel(added->role)) << Qt::endl;
    return Ok;
}

int changePassword(Command& command, sd::Workspace& workspace, const sd::User& user)
{
    auto password = newPassword(command, user.login);
    if (!password)
        return command.exitCode();
    auto changed = workspace.userAdmin().resetPassword(user.id, *password, command.actorId());
    if (!changed)
        return command.failWith(changed.error());
    command.out() << tr("Password of %1 changed").arg(user.login) << Qt::endl;
    return Ok;
}

int changeRole(Command& command, sd::Workspace& workspace, const sd::User& user, const QString& roleText)
{
    auto role = roleOption(command, roleText);
    if (!role)
        return command.exitCode();
    QCommandLineParser& parser = command.parser();
    sd::UserDraft draft{user.login, user.displayName, *role, user.teamCode, user.skills};
    if (parser.isSet(QStringLiteral("team")))
        draft.teamCode = parser.value(QStringLiteral("team"));
    if (parser.isSet(QStringLiteral("name")))
        draft.displayName = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("skills"))) {
        auto skills = skillsOption(command);
        if (!skills)
            return command.exitCode();
        draft.skills = *skills;
    }
    auto changed = workspace.userAdmin().update(user.id, draft, command.actorId());
    if (!changed)
        return command.failWith(changed.error());
    command.out() << tr("%1 is now %2").arg(changed->login, sd::toLabel(changed->role)) << Qt::endl;
    return Ok;
}

int showAudit(Command& command, sd::Workspace& workspace)
{
    if (auto allowed = workspace.access().require(command.actorId(), sd::Action::ViewAuditLog); !allowed)
        return command.failWith(allowed.error());
    bool ok = false;
    const int limit = command.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return command.usageError(tr("--limit: give a positive number"));
    auto entries = workspace.audit().page(limit, 0, command.parser().value(QStringLiteral("login")));
    if (!entries)
        return command.failWith(entries.error());
    for (const sd::AuditEntry& entry : *entries)
        command.out() << QDateTime::fromSecsSinceEpoch(entry.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                      << cell(entry.login, 16) << ' ' << cell(sd::toLabel(entry.kind), 24) << ' '
                      << (entry.action ? sd::toLabel(*entry.action) + QStringLiteral("  ") : QString()) << sd::AuditLog::describe(entry) << Qt::endl;
    return Ok;
}

int runVerb(Command& command, sd::Workspace& workspace, const QString& verb)
{
    const QStringList positional = command.parser().positionalArguments();
    if (verb == QLatin1String("list"))
        return listUsers(command, workspace);
    if (verb == QLatin1String("audit"))
        return showAudit(command, workspace);
    if (verb == QLatin1String("add"))
        return addUser(command, workspace, positional.value(0));
    auto user = workspace.users().byLogin(positional.value(0));
    if (!user)
        return command.failWith(user.error());
    if (verb == QLatin1String("passwd"))
        return changePassword(command, workspace, *user);
    if (verb == QLatin1String("role"))
        return changeRole(command, workspace, *user, positional.value(1));
    const bool enable = verb == QLatin1String("enable");
    if (auto changed = workspace.userAdmin().setActive(user->id, enable, command.actorId()); !changed)
        return command.failWith(changed.error());
    command.out() << (enable ? tr("%1 can sign in again") : tr("%1 is deactivated")).arg(user->login) << Qt::endl;
    return Ok;
}

int positionalCount(const QString& verb)
{
    if (verb == QLatin1String("list") || verb == QLatin1String("audit"))
        return 0;
    return verb == QLatin1String("role") ? 2 : 1;
}

} // namespace

int runUsers(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    Command command(QStringLiteral("users ") + verb,
                    tr("users list [--all]: the users.\nusers add LOGIN --role ROLE [--name N] [--team T] [--skills a,b]: adds a user.\n"
                       "users passwd LOGIN: sets a new password.\nusers role LOGIN ROLE [--team T]: changes role (and team).\n"
                       "users disable|enable LOGIN: stops or allows signing in.\nusers audit [--login L] [--limit N]: the audit log.\n"
                       "Managing users needs an administrator (see --user)."),
                    arguments.mid(1));
    QCommandLineParser& parser = command.parser();
    parser.addOption({QStringLiteral("all"), tr("Also deactivated users.")});
    parser.addOption({QStringLiteral("name"), tr("The name shown on screens."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), tr("agent, technician, inspector, supervisor or admin."), QStringLiteral("ROLE"),
                      QStringLiteral("agent")});
    parser.addOption({QStringLiteral("team"), tr("Team code."), QStringLiteral("TEAM")});
    parser.addOption({QStringLiteral("skills"), tr("Categories the user handles, comma-separated."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("password-file"), tr("Read the new password from the first line of FILE (else it is asked twice)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("login"), tr("Audit entries of this login only."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("limit"), tr("At most N audit entries."), QStringLiteral("N"), QStringLiteral("50")});
    static const QStringList verbs{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("role"),
                                   QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("audit")};
    if (!verbs.contains(verb))
        return command.usageError(tr("use: sdctl users list|add|passwd|role|disable|enable|audit ..."));
    if (!command.parse(positionalCount(verb)))
        return command.exitCode();
    const auto access = verb == QLatin1String("list") || verb == QLatin1String("audit") ? Command::Access::Read : Command::Access::Write;
    auto workspace = command.openWorkspace(access);
    if (!workspace)
        return command.exitCode();
    return runVerb(command, *workspace, verb);
}

} // namespace sdctl
