#pragma once

#include "common/AppContext.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace sd {

// Supervisors choose how each team's unassigned tickets find an agent (by
// hand, round robin, least open work, skill match) and see who of the team
// is at a desk and available, with the open tickets each holds. A changed
// rule applies at once: tickets waiting in the team are shared out.
class TeamsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamsDialog(AppContext& context, QWidget* parent = nullptr);

    void reload();

private:
    void fillTeams();
    void showMembers();
    void changeAssignment(const QString& teamCode, AssignmentMode mode);
    QString selectedTeam() const;
    void say(const QString& text, bool problem);

    AppContext& m_context;
    QTableWidget* m_teams;
    QTableWidget* m_members;
    QLabel* m_message;
};

} // namespace sd
