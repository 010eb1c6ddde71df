#pragma once

#include "common/Error.h"
#include "reports/Report.h"
#include "reports/ReportLabels.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QColor;
class QFont;
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace sd {

struct HeadlineMetric;

// The printable quality report (A4 portrait): a header on every page (office,
// period, filters, generation time), the headline figures against the
// previous period, the charts as vectors and the breakdown tables, which
// continue across pages with their header row repeated; "Page X of Y" below.
// Used by print preview, PDF export and sdctl. Needs a QApplication (the
// charts are Qt Charts graphics items); offscreen is fine.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportDocument)

public:
    ReportDocument(const KpiReport& report, const KpiReport* previous, const ReportLabels& labels);

    // Paints every page on a printer or PDF writer whose page layout is set
    // (writePdf uses A4 portrait with 15 mm margins).
    void paint(QPagedPaintDevice* device);
    static Status writePdf(const KpiReport& report, const KpiReport* previous, const ReportLabels& labels,
                           const QString& path);
    // Pages of the last paint(), or of an A4 page with 15 mm margins before any.
    int pageCount() const;

private:
    struct Pass;
    struct Column
    {
        QString title;
        double width = 0; // mm
        Qt::Alignment align = Qt::AlignRight;
    };

    void run(Pass& pass) const;
    void startPage(Pass& pass) const;
    void newPage(Pass& pass) const;
    void ensure(Pass& pass, double height) const;
    void header(Pass& pass) const;
    void footer(Pass& pass) const;
    void sectionTitle(Pass& pass, const QString& title) const;
    void headline(Pass& pass) const;
    void tile(Pass& pass, const QRectF& box, const HeadlineMetric& metric) const;
    void charts(Pass& pass) const;
    void chart(Pass& pass, QChart* chart, const QRectF& box) const;
    void tables(Pass& pass) const;
    void terms(Pass& pass) const;
    void service(Pass& pass) const;
    void table(Pass& pass, const QString& title, const QList<Column>& columns, const QList<QStringList>& rows) const;
    void tableHeader(Pass& pass, const QString& title, const QList<Column>& columns) const;
    void tableRow(Pass& pass, const QList<Column>& columns, const QStringList& cells, bool shaded, bool bold) const;
    void text(Pass& pass, const QRectF& box, const QString& text, const QFont& font, int flags, const QColor& color) const;

    KpiReport m_report;
    std::optional<KpiReport> m_previous;
    ReportLabels m_labels;
    QSizeF m_page{180, 267}; // printable area in mm: A4 less 15 mm margins
    int m_pages = 0;
};

} // namespace sd
