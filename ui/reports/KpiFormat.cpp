#include "reports/KpiFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sd {
namespace {

QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', decimals);
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
}

QString signedMinutes(double diff)
{
    if (std::abs(diff) < 59.95)
        return QCoreApplication::translate("sd::KpiFormat", "%1 min").arg(signedNumber(diff, 1));
    const QString sign = diff < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return sign + KpiFormat::minutes(std::abs(diff));
}

// Rounded as the figures are shown, so a change never contradicts the two values.
double shownDifference(HeadlineMetric::Kind kind, double current, double previous)
{
    // Counts to a tenth: a team's count per agent is a mean (whole counts stay whole).
    const double scale = kind == HeadlineMetric::Kind::Score ? 100 : 10;
    return std::round(current * scale) / scale - std::round(previous * scale) / scale;
}

} // namespace

QString KpiFormat::none()
{
    return QStringLiteral("—");
}

QString KpiFormat::value(HeadlineMetric::Kind kind, std::optional<double> value)
{
    switch (kind) {
    case HeadlineMetric::Kind::Count: return value ? average(*value) : none();
    case HeadlineMetric::Kind::Minutes: return minutes(value);
    case HeadlineMetric::Kind::Percent: return percent(value);
    case HeadlineMetric::Kind::Score: return score(value);
    }
    return none();
}

QString KpiFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString KpiFormat::average(double value)
{
    const double tenths = std::round(value * 10) / 10;
    if (tenths == std::round(tenths))
        return count(qint64(tenths));
    return QLocale().toString(tenths, 'f', 1);
}

QString KpiFormat::minutes(std::optional<double> minutes)
{
    if (!minutes)
        return none();
    // Under an hour the decimals matter (first responses); above, hours read better.
    if (*minutes < 59.95)
        return QCoreApplication::translate("sd::KpiFormat", "%1 min").arg(QLocale().toString(*minutes, 'f', 1));
    const qint64 whole = std::llround(*minutes);
    return QCoreApplication::translate("sd::KpiFormat", "%1 h %2 min").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString KpiFormat::percent(std::optional<double> percent)
{
    return percent ? QCoreApplication::translate("sd::KpiFormat", "%1 %").arg(QLocale().toString(*percent, 'f', 1)) : none();
}

QString KpiFormat::score(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 2) : none();
}

QString KpiFormat::change(const HeadlineMetric& metric, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous)
        return none();
    const double diff = shownDifference(metric.kind, *current, *previous);
    const QString arrow = diff > 0 ? QStringLiteral("↑") : diff < 0 ? QStringLiteral("↓") : QStringLiteral("→");
    QString amount;
    switch (metric.kind) {
    case HeadlineMetric::Kind::Count: amount = signedNumber(diff, diff == std::round(diff) ? 0 : 1); break;
    case HeadlineMetric::Kind::Minutes: amount = signedMinutes(diff); break;
    case HeadlineMetric::Kind::Percent: amount = QCoreApplication::translate("sd::KpiFormat", "%1 pts").arg(signedNumber(diff, 1)); break;
    case HeadlineMetric::Kind::Score: amount = signedNumber(diff, 2); break;
    }
    return arrow + QLatin1Char(' ') + amount;
}

QColor KpiFormat::colour(Direction direction)
{
    switch (direction) {
    case Direction::Better: return QColor(0x1b, 0x7a, 0x32);
    case Direction::Worse: return QColor(0xb3, 0x26, 0x1e);
    case Direction::Same:
    case Direction::Unknown: break;
    }
    return QColor(0x44, 0x44, 0x44);
}

KpiFormat::Direction KpiFormat::direction(const HeadlineMetric& metric, std::optional<double> current,
                                          std::optional<double> previous)
{
    if (!current || !previous)
        return Direction::Unknown;
    const double diff = shownDifference(metric.kind, *current, *previous);
    if (diff == 0)
        return Direction::Same;
    return (diff > 0) != metric.lowerIsBetter ? Direction::Better : Direction::Worse;
}

} // namespace sd
