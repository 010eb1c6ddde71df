#pragma once

#include "reports/Report.h"
#include "reports/ReportLabels.h"

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// The complaint and service-cost part of the report (shared/KPI.md,
// "Complaints" and "Service cost") as rows of text in the reader's language,
// for the screen's tables and the printed report alike.
class ServiceTables
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServiceTables)

public:
    static QStringList figureHeaders();
    static QList<QStringList> returnVisits(const KpiFigures& f);
    static QList<QStringList> figures(const KpiFigures& figures);
    static QStringList causeHeaders();
    static QList<QStringList> causes(const KpiReport& report);
    static QStringList costHeaders();
    static QStringList productHeaders();
    static QList<QStringList> costByProduct(const KpiReport& report);
    static QStringList trendHeaders();
    static QList<QStringList> costTrend(const KpiReport& report);
    static QList<QStringList> costByCategory(const KpiReport& report);
    static QString money(std::optional<double> units);
    // Quality inspection (shared/KPI.md): the period's figures, and each reviewed agent's.
    static QList<QStringList> quality(const KpiFigures& f);
    static QStringList qualityAgentHeaders();
    static QList<QStringList> qualityByAgent(const KpiReport& report, const ReportLabels& labels);
};

} // namespace sd
