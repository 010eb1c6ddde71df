#pragma once

#include "risk/Risk.h"

#include <QList>
#include <QWidget>

namespace sd {

// The probability × impact grid of the risk register: impact 1..5 left to
// right, probability 5..1 top to bottom, each cell coloured by the level of
// its score and showing how many live risks sit there. Clicking a cell picks
// it (the list shows only its risks); clicking it again shows all.
class RiskHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit RiskHeatMap(QWidget* parent = nullptr);

    void setCells(const QList<HeatCell>& cells);
    int countAt(int probability, int impact) const;
    // 0, 0 when no cell is picked.
    int pickedProbability() const { return m_probability; }
    int pickedImpact() const { return m_impact; }
    void pick(int probability, int impact);

    QSize sizeHint() const override { return {360, 330}; }
    QSize minimumSizeHint() const override { return {300, 280}; }

signals:
    void picked(int probability, int impact);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF cellRect(int probability, int impact) const;
    QRectF gridRect() const;

    QList<HeatCell> m_cells;
    int m_probability = 0;
    int m_impact = 0;
};

} // namespace sd
