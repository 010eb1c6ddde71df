#include "people/TeamsDialog.h"

#include "common/DialogParts.h"
#include "common/Permission.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {
namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    QTableWidget* table = DialogParts::listTable(headers, parent);
    table->setObjectName(name);
    return table;
}

} // namespace

TeamsDialog::TeamsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_teams(makeTable({tr("Team"), tr("Assignment"), tr("Free to take tickets")}, QStringLiteral("teams"), this))
    , m_members(makeTable({tr("Name"), tr("Role"), tr("Desk"), tr("Open tickets"), tr("Skills")}, QStringLiteral("members"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Teams and assignment"));
    auto* help = new QLabel(tr("New tickets a team receives without a person named go to one of its agents and technicians "
                               "who are signed in and Available: by round robin, to whoever holds the least open work, or "
                               "by skill match (the ticket's category among their skills; the ticket waits for someone "
                               "skilled). Naming a person by hand always wins. Tickets waiting in the team are shared out "
                               "within a minute, and as soon as someone switches to Available."),
                            this);
    help->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("teamsMessage"));
    m_message->setWordWrap(true);
    auto* membersTitle = new QLabel(tr("Members of the selected team"), this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshTeams"));
    connect(refresh, &QPushButton::clicked, this, &TeamsDialog::reload);
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, &TeamsDialog::showMembers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(refresh, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_teams, 2);
    layout->addWidget(membersTitle);
    layout->addWidget(m_members, 3);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 600);
    reload();
}

void TeamsDialog::reload()
{
    QString selected = selectedTeam();
    // The first time, the supervisor's own team.
    if (selected.isEmpty())
        if (auto me = m_context.workspace.users().byId(m_context.userId))
            selected = me->teamCode;
    fillTeams();
    int row = 0;
    for (int r = 0; r < m_teams->rowCount(); ++r)
        if (m_teams->item(r, 0)->data(Qt::UserRole).toString() == selected)
            row = r;
    if (m_teams->rowCount() > 0)
        m_teams->selectRow(row);
    showMembers();
}

void TeamsDialog::fillTeams()
{
    const QSignalBlocker quiet(m_teams);
    // Read again: a supervisor at another desk may have changed a rule.
    const auto stored = m_context.workspace.configStore().load();
    const QList<Team> teams = stored ? stored->teams : m_context.workspace.configuration().teams;
    const bool mayChange = mayDo(m_context, Action::ManageRouting);
    m_teams->setRowCount(int(teams.size()));
    for (int r = 0; r < teams.size(); ++r) {
        const Team& team = teams.at(r);
        auto* name = new QTableWidgetItem(displayName(team.name));
        name->setData(Qt::UserRole, team.code);
        m_teams->setItem(r, 0, name);
        auto* mode = new QComboBox(m_teams);
        mode->setObjectName(QStringLiteral("assignment_") + team.code);
        for (AssignmentMode each : allValues<AssignmentMode>())
            mode->addItem(toLabel(each), int(each));
        mode->setCurrentIndex(mode->findData(int(team.assignment)));
        mode->setEnabled(mayChange);
        connect(mode, &QComboBox::activated, this, [this, code = team.code, mode] {
            changeAssignment(code, AssignmentMode(mode->currentData().toInt()));
        });
        m_teams->setCellWidget(r, 1, mode);
        auto members = m_context.workspace.presence().members(team.code);
        const auto free = members ? std::count_if(members->begin(), members->end(), [](const TeamMember& m) { return m.freeForTickets(); })
                                  : 0;
        m_teams->setItem(r, 2, new QTableWidgetItem(members ? tr("%1 of %2").arg(free).arg(members->size()) : QString()));
    }
    m_teams->resizeColumnsToContents();
    m_teams->setColumnWidth(1, std::max(m_teams->columnWidth(1), 200));
}

QString TeamsDialog::selectedTeam() const
{
    const int row = m_teams->currentRow();
    return row >= 0 && m_teams->item(row, 0) ? m_teams->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void TeamsDialog::showMembers()
{
    auto members = m_context.workspace.presence().members(selectedTeam());
    if (!members) {
        say(members.error().message, true);
        return;
    }
    // Who is at a desk first: that is whom the rule chooses from.
    std::stable_sort(members->begin(), members->end(),
                     [](const TeamMember& a, const TeamMember& b) { return a.signedIn && !b.signedIn; });
    m_members->setRowCount(int(members->size()));
    for (int r = 0; r < members->size(); ++r) {
        const TeamMember& member = members->at(r);
        const QString desk = !member.signedIn ? tr("Signed out")
            : !member.takesTickets() ? tr("Signed in")
            : member.availability == Availability::Available ? tr("Signed in, available")
                                                             : tr("Signed in, away");
        const QStringList cells{member.displayName, toLabel(member.role), desk, QString::number(member.openTickets),
                                DialogParts::skillLabels(member.skills)};
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_members->resizeColumnsToContents();
}

void TeamsDialog::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void TeamsDialog::changeAssignment(const QString& teamCode, AssignmentMode mode)
{
    if (auto changed = m_context.workspace.setTeamAssignment(teamCode, mode, m_context.userId); !changed) {
        say(changed.error().message, true);
        reload();
        return;
    }
    auto assigned = m_context.workspace.tickets().assignWaiting();
    QString team = teamCode;
    for (const Team& each : m_context.workspace.configuration().teams)
        if (each.code == teamCode)
            team = displayName(each.name);
    if (!assigned)
        say(assigned.error().message, true);
    else
        say(mode == AssignmentMode::Manual ? tr("%1: tickets are assigned by hand.").arg(team)
                                           : tr("%1: tickets are assigned by “%2”. Waiting tickets given to an agent now: %3.")
                                                 .arg(team, toLabel(mode)).arg(*assigned),
            false);
    reload();
}

} // namespace sd
