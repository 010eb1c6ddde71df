#include "reports/BreakdownModel.h"

#include "reports/KpiFormat.h"

namespace sd {
namespace {

// Nothing to measure sorts below every real figure.
QVariant number(std::optional<double> value)
{
    return value ? *value : -1.0;
}

} // namespace

BreakdownModel::BreakdownModel(QString breakdownName, QObject* parent)
    : QAbstractTableModel(parent)
    , m_name(std::move(breakdownName))
{
}

void BreakdownModel::setBreakdown(const Breakdown& breakdown, const ReportLabels& labels)
{
    beginResetModel();
    m_rows = breakdown.rows;
    m_labels.clear();
    for (const BreakdownRow& row : m_rows)
        m_labels.append(labels.label(m_name, row.key));
    endResetModel();
}

void BreakdownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    endResetModel();
}

QString BreakdownModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BreakdownRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole: return index.column() == Name ? row.key : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KeyRole: return row.key;
    case SortRole: return sortValue(index.row(), index.column());
    default: return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return ReportLabels::keyTitle(m_name);
    case Created: return tr("Created");
    case Resolved: return tr("Resolved");
    case ResolutionMedian: return tr("Resolution median");
    case SlaResolution: return tr("SLA resolution");
    case Fcr: return tr("FCR");
    case Csat: return tr("CSAT");
    default: return {};
    }
}

QString BreakdownModel::text(int row, int column) const
{
    const BreakdownRow& figures = m_rows[row];
    switch (column) {
    case Name: return m_labels[row];
    case Created: return KpiFormat::count(figures.created);
    case Resolved: return KpiFormat::count(figures.resolved);
    case ResolutionMedian: return KpiFormat::minutes(figures.resolutionMedianMin);
    case SlaResolution: return KpiFormat::percent(figures.slaResolutionPct);
    case Fcr: return KpiFormat::percent(figures.fcrPct);
    case Csat: return KpiFormat::score(figures.csatAvg);
    default: return {};
    }
}

QVariant BreakdownModel::sortValue(int index, int column) const
{
    const BreakdownRow& row = m_rows[index];
    switch (column) {
    case Name: return m_labels[index];
    case Created: return row.created;
    case Resolved: return row.resolved;
    case ResolutionMedian: return number(row.resolutionMedianMin);
    case SlaResolution: return number(row.slaResolutionPct);
    case Fcr: return number(row.fcrPct);
    case Csat: return number(row.csatAvg);
    default: return {};
    }
}

} // namespace sd
