#pragma once

#include "reports/ReportRequest.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QGridLayout;

namespace sd {

class Workspace;

// The report's period and filters: presets (today ... this quarter, custom
// with two dates), trend bucket, and team, agent, category, channel, tier,
// priority and office, each with "All". Dates mean 00:00 in the report zone.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Today, ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, Custom };

    explicit ReportFilterBar(Workspace& workspace, QWidget* parent = nullptr);

    void setTimeZone(const QTimeZone& zone);
    const QTimeZone& timeZone() const { return m_zone; }
    // Switches to a custom period [fromInclusive, toExclusive).
    void setPeriod(QDate fromInclusive, QDate toExclusive);
    ReportRequest request() const;
    // Someone who may not see everyone's figures: fixes the team filter to
    // their team, or team and agent to themselves.
    void restrictTo(const QString& teamCode, const QString& agentLogin);
    // For a page about one agent: only the period, the zone and the agent are
    // shown, "All" is no choice, and only the logins `mayShow` accepts are listed.
    // Chooses the agent, if listed.
    void setAgent(const QString& login);
    void showPeriodAndAgentOnly(const std::function<bool(const QString& login)>& mayShow);

signals:
    void changed();

private:
    QComboBox* addCombo(const QString& name, const QString& label);
    void fillCombos();
    void applyPreset();
    QDate today() const;
    template <typename E>
    void fillEnum(QComboBox* combo);
    void fillZones();

    Workspace& m_workspace;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr; // inclusive last day, as people say it
    QComboBox* m_bucket = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_agent = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_office = nullptr;
    QComboBox* m_zoneBox = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_row = 0;
    int m_nextCell = 0;
};

} // namespace sd
