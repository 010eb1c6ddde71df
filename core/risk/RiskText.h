#pragma once

#include "risk/Risk.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// A risk's words in the desk's language: the title (the rule's own wording for
// a risk an alert raised and nobody named), what the alert measured, and the
// level of its score.
class RiskText
{
    Q_DECLARE_TR_FUNCTIONS(sd::RiskText)

public:
    enum class Level { Low, Medium, High, Extreme };

    static QString title(const Risk& risk);
    // "24 complaints in the last 7 days (10 in the 7 days before); alert above 20 or up 50 %": empty for a risk recorded by hand.
    static QString alert(const Risk& risk);
    // 1-4 low, 5-9 medium, 10-16 high, 20-25 extreme.
    static Level level(int score);
    static QString levelLabel(Level level);
    // One step of the risk's history, without who or when: "Changed the impact from 3 to 4."
    static QString change(const Risk& risk, const RiskEvent& event);

private:
    static QString fieldLabel(const QString& field);
    static QString fieldValue(const QString& field, const QString& value);
};

} // namespace sd
