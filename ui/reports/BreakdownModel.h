#pragma once

#include "reports/Report.h"
#include "reports/ReportLabels.h"

#include <QAbstractTableModel>

namespace sd {

// The rows of one breakdown (by agent, team, ...) for a table: display names
// and formatted figures, with the stable key and sortable numbers in roles.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Created, Resolved, ResolutionMedian, SlaResolution, Fcr, Csat, ColumnCount };
    enum Role { KeyRole = Qt::UserRole, SortRole };

    explicit BreakdownModel(QString breakdownName, QObject* parent = nullptr);

    void setBreakdown(const Breakdown& breakdown, const ReportLabels& labels);
    void clear();
    const QString& breakdownName() const { return m_name; }
    QString keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    QString m_name;
    QList<BreakdownRow> m_rows;
    QStringList m_labels; // display names, one per row
};

} // namespace sd
