#pragma once

#include "common/AppContext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace sd {

// The small questions ticket actions ask before they write: a solution, a
// reason, an assignee, a satisfaction score. Each returns nothing when the
// agent cancels.
class TicketDialogs
{
    Q_DECLARE_TR_FUNCTIONS(sd::TicketDialogs)

public:
    struct Assignment
    {
        std::optional<qint64> userId;
        QString teamCode; // empty: keep the ticket's team
    };
    struct Satisfaction
    {
        int score = 0;
        QString comment;
        SatisfactionDetail detail;
    };

    // `required`: OK stays disabled until something is typed.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& prompt, bool required);
    static std::optional<Assignment> askAssignment(QWidget* parent, AppContext& context,
                                                   std::optional<qint64> currentUser, const QString& currentTeam);
    static std::optional<Satisfaction> askSatisfaction(QWidget* parent);
    struct CustomerAnswer
    {
        Acceptance answer = Acceptance::Confirmed;
        QString note; // the solution, or what is still wrong
    };
    // Resolving starts by asking the customer whether the fix works; neither
    // answer is preselected. `timesNotFixed` is shown so the agent knows.
    static std::optional<CustomerAnswer> askAcceptance(QWidget* parent, int timesNotFixed);
};

} // namespace sd
