#include "reports/KpiTile.h"

#include "reports/KpiFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {
namespace {

QString colorFor(KpiFormat::Direction direction)
{
    switch (direction) {
    case KpiFormat::Direction::Better: return QStringLiteral("#1e7e34");
    case KpiFormat::Direction::Worse: return QStringLiteral("#b02a1e");
    default: return QStringLiteral("#6b6b6b");
    }
}

} // namespace

KpiTile::KpiTile(HeadlineMetric metric, QWidget* parent)
    : QFrame(parent)
    , m_metric(std::move(metric))
{
    setObjectName(QStringLiteral("kpi_") + m_metric.key);
    setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(m_metric.title, this);
    title->setStyleSheet(QStringLiteral("color: #555;"));
    m_value = new QLabel(KpiFormat::none(), this);
    m_value->setObjectName(objectName() + QStringLiteral("_value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(objectName() + QStringLiteral("_change"));
    m_previous = new QLabel(this);
    m_previous->setStyleSheet(QStringLiteral("color: #777;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_previous);
}

void KpiTile::setFigures(const KpiFigures* current, const KpiFigures* previous)
{
    const auto now = current ? m_metric.value(*current) : std::nullopt;
    const auto before = previous ? m_metric.value(*previous) : std::nullopt;
    m_value->setText(KpiFormat::value(m_metric.kind, now));
    m_change->setText(KpiFormat::change(m_metric, now, before));
    m_change->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colorFor(KpiFormat::direction(m_metric, now, before))));
    m_previous->setText(previous ? tr("Previous period: %1").arg(KpiFormat::value(m_metric.kind, before)) : QString());
}

} // namespace sd
