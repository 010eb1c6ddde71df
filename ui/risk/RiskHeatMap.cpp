#include "risk/RiskHeatMap.h"

#include "risk/RiskText.h"

#include <QMouseEvent>
#include <QPainter>

namespace sd {
namespace {

QColor levelColour(RiskText::Level level)
{
    switch (level) {
    case RiskText::Level::Low: return QColor(0xc8, 0xe6, 0xc9);
    case RiskText::Level::Medium: return QColor(0xff, 0xf1, 0x9c);
    case RiskText::Level::High: return QColor(0xff, 0xcc, 0x80);
    case RiskText::Level::Extreme: return QColor(0xef, 0x9a, 0x9a);
    }
    return Qt::white;
}

constexpr double kAxis = 34; // room for the axis titles and numbers

} // namespace

RiskHeatMap::RiskHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskHeatMap"));
    setToolTip(tr("Live risks by probability and impact. Click a cell to list only its risks; click it again to list all."));
    setCursor(Qt::PointingHandCursor);
}

void RiskHeatMap::setCells(const QList<HeatCell>& cells)
{
    m_cells = cells;
    update();
}

int RiskHeatMap::countAt(int probability, int impact) const
{
    for (const HeatCell& cell : m_cells)
        if (cell.probability == probability && cell.impact == impact)
            return cell.count;
    return 0;
}

void RiskHeatMap::pick(int probability, int impact)
{
    const bool same = probability == m_probability && impact == m_impact;
    m_probability = same ? 0 : probability;
    m_impact = same ? 0 : impact;
    update();
    emit picked(m_probability, m_impact);
}

QRectF RiskHeatMap::gridRect() const
{
    return QRectF(kAxis, 4, width() - kAxis - 4, height() - kAxis - 4);
}

QRectF RiskHeatMap::cellRect(int probability, int impact) const
{
    const QRectF grid = gridRect();
    const double w = grid.width() / 5, h = grid.height() / 5;
    return QRectF(grid.left() + (impact - 1) * w, grid.top() + (5 - probability) * h, w, h);
}

void RiskHeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.3);
    for (int p = 1; p <= 5; ++p) {
        for (int i = 1; i <= 5; ++i) {
            const QRectF box = cellRect(p, i).adjusted(1, 1, -1, -1);
            painter.fillRect(box, levelColour(RiskText::level(p * i)));
            const bool picked = p == m_probability && i == m_impact;
            painter.setPen(QPen(picked ? QColor(0x1a, 0x4d, 0x8f) : QColor(0xff, 0xff, 0xff), picked ? 3 : 1));
            painter.drawRect(box);
            const int count = countAt(p, i);
            painter.setPen(QColor(0x21, 0x21, 0x21));
            painter.setFont(count > 0 ? bold : font());
            painter.drawText(box, Qt::AlignCenter, count > 0 ? QString::number(count) : QStringLiteral("·"));
        }
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF grid = gridRect();
    for (int n = 1; n <= 5; ++n) {
        const QRectF column = cellRect(1, n);
        painter.drawText(QRectF(column.left(), grid.bottom() + 2, column.width(), 14), Qt::AlignCenter, QString::number(n));
        const QRectF row = cellRect(n, 1);
        painter.drawText(QRectF(kAxis - 14, row.top(), 12, row.height()), Qt::AlignCenter, QString::number(n));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + 16, grid.width(), 16), Qt::AlignCenter, tr("Impact →"));
    painter.save();
    painter.translate(10, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, -8, grid.height(), 16), Qt::AlignCenter, tr("Probability →"));
    painter.restore();
}

void RiskHeatMap::mousePressEvent(QMouseEvent* event)
{
    for (int p = 1; p <= 5; ++p)
        for (int i = 1; i <= 5; ++i)
            if (cellRect(p, i).contains(event->position())) {
                pick(p, i);
                return;
            }
}

} // namespace sd
