#include "reports/ReportDocument.h"
#include "reports/ServiceTables.h"

#include "reports/HeadlineMetric.h"
#include "reports/KpiFormat.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFonts.h"

#include <QChart>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace sd {
namespace {

// Vertical layout of a page, in millimetres from the top of the printable area.
constexpr double kBodyTop = 22;
constexpr double kFooterHeight = 8;
constexpr double kSectionHeight = 8;
constexpr double kTileHeight = 19;
constexpr double kTileGap = 2;
constexpr double kChartHeight = 64;
constexpr double kAgentChartHeight = 84;
constexpr double kRowHeight = 5;
constexpr double kHeaderRowHeight = 6;
constexpr int kKeepTogetherRows = 20;
// Charts are laid out at this many scene pixels per millimetre, with pixel
// sized fonts, so their text scales with the chart onto any resolution.
constexpr double kChartPixelsPerMm = 4;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kShade(0xf2, 0xf4, 0xf7);
const QColor kGood(0x1e, 0x7e, 0x34);
const QColor kBad(0xb0, 0x2a, 0x1e);

QString breakdownCell(const BreakdownRow& row, int column)
{
    switch (column) {
    case 1: return KpiFormat::count(row.created);
    case 2: return KpiFormat::count(row.resolved);
    case 3: return KpiFormat::minutes(row.resolutionMedianMin);
    case 4: return KpiFormat::percent(row.slaResolutionPct);
    case 5: return KpiFormat::percent(row.fcrPct);
    default: return KpiFormat::score(row.csatAvg);
    }
}

} // namespace

// One walk through the document: counting pages (no painter) or painting them.
struct ReportDocument::Pass
{
    QPainter* painter = nullptr;
    QPagedPaintDevice* device = nullptr;
    double unit = 1; // device units per millimetre
    QSizeF size;     // printable area, mm
    int page = 1;
    int pages = 0;   // known when painting
    double y = 0;    // mm

    double bottom() const { return size.height() - kFooterHeight; }
    QRectF toDevice(const QRectF& mm) const
    {
        return {mm.x() * unit, mm.y() * unit, mm.width() * unit, mm.height() * unit};
    }
};

ReportDocument::ReportDocument(const KpiReport& report, const KpiReport* previous, const ReportLabels& labels)
    : m_report(report)
    , m_previous(previous ? std::optional<KpiReport>(*previous) : std::nullopt)
    , m_labels(labels)
{
}

void ReportDocument::paint(QPagedPaintDevice* device)
{
    Pass counting;
    counting.unit = device->logicalDpiX() / 25.4;
    counting.size = QSizeF(device->width() / counting.unit, device->height() * 25.4 / device->logicalDpiY());
    m_page = counting.size;
    run(counting);
    m_pages = counting.page;

    QPainter painter;
    if (!painter.begin(device))
        return;
    Pass painting = counting;
    painting.painter = &painter;
    painting.device = device;
    painting.page = 1;
    painting.pages = m_pages;
    painting.unit = device->logicalDpiX() / 25.4;
    run(painting);
    painter.end();
}

Status ReportDocument::writePdf(const KpiReport& report, const KpiReport* previous, const ReportLabels& labels,
                                const QString& path)
{
    // QPdfWriter reports no errors: find out first whether the file can be written.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(Error::io(path, tr("Cannot write the file: %1").arg(probe.errorString())));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("Quality report %1").arg(ReportLabels::periodText(report.request)));
    writer.setCreator(QStringLiteral("Service Desk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    ReportDocument document(report, previous, labels);
    document.paint(&writer);
    if (QFile(path).size() == 0)
        return fail(Error::io(path, tr("The PDF could not be written.")));
    return {};
}

int ReportDocument::pageCount() const
{
    if (m_pages > 0)
        return m_pages;
    Pass counting;
    counting.size = m_page;
    run(counting);
    return counting.page;
}

void ReportDocument::run(Pass& pass) const
{
    startPage(pass);
    headline(pass);
    charts(pass);
    tables(pass);
    service(pass);
    terms(pass);
}

// Complaints and service cost: the figures, by cause, by category, by product and over time; then the return visits and quality inspection.
void ReportDocument::service(Pass& pass) const
{
    const auto columnsOf = [](const QStringList& headers, const QList<double>& widths) {
        QList<Column> columns;
        for (qsizetype i = 0; i < headers.size(); ++i)
            columns.append(i == 0 ? Column{headers[i], widths[i], Qt::AlignLeft} : Column{headers[i], widths[i]});
        return columns;
    };
    table(pass, tr("Complaints and service cost"), columnsOf(ServiceTables::figureHeaders(), {120, 60}),
          ServiceTables::figures(m_report.figures));
    table(pass, tr("Complaints by cause"), columnsOf(ServiceTables::causeHeaders(), {90, 45, 45}), ServiceTables::causes(m_report));
    table(pass, tr("Service cost by category"), columnsOf(ServiceTables::costHeaders(), {60, 35, 42, 43}),
          ServiceTables::costByCategory(m_report));
    table(pass, tr("Service cost by product"), columnsOf(ServiceTables::productHeaders(), {60, 35, 42, 43}),
          ServiceTables::costByProduct(m_report));
    table(pass, tr("Service cost over time"), columnsOf(ServiceTables::trendHeaders(), {60, 35, 42, 43}),
          ServiceTables::costTrend(m_report));
    table(pass, tr("Return visits"), columnsOf(ServiceTables::figureHeaders(), {120, 60}), ServiceTables::returnVisits(m_report.figures));
    table(pass, tr("Quality inspection"), columnsOf(ServiceTables::figureHeaders(), {120, 60}), ServiceTables::quality(m_report.figures));
    table(pass, tr("Quality by agent"), columnsOf(ServiceTables::qualityAgentHeaders(), {90, 45, 45}),
          ServiceTables::qualityByAgent(m_report, m_labels));
}

void ReportDocument::startPage(Pass& pass) const
{
    pass.y = kBodyTop;
    if (!pass.painter)
        return;
    header(pass);
    footer(pass);
}

void ReportDocument::newPage(Pass& pass) const
{
    ++pass.page;
    if (pass.painter)
        pass.device->newPage();
    startPage(pass);
}

void ReportDocument::ensure(Pass& pass, double height) const
{
    if (pass.y + height > pass.bottom() && pass.y > kBodyTop)
        newPage(pass);
}

void ReportDocument::header(Pass& pass) const
{
    const double width = pass.size.width();
    QString who = m_labels.officeName;
    if (!m_labels.companyName.isEmpty())
        who = m_labels.companyName + QStringLiteral(" · ") + who;
    text(pass, {0, 0, width * 0.65, 7}, who, ReportFonts::font(12, true), Qt::AlignLeft | Qt::AlignVCenter, kInk);
    text(pass, {width * 0.65, 0, width * 0.35, 7}, tr("Quality report"), ReportFonts::font(12, true),
         Qt::AlignRight | Qt::AlignVCenter, kInk);
    QString period = tr("Period: %1 (%2)")
                         .arg(ReportLabels::periodText(m_report.request),
                              QString::fromUtf8(m_report.request.zone.id()));
    if (m_previous)
        period += QStringLiteral("   ") + tr("compared with %1").arg(ReportLabels::periodText(m_previous->request));
    text(pass, {0, 8, width, 5}, period, ReportFonts::font(8.5), Qt::AlignLeft | Qt::AlignVCenter, kInk);
    const QString generated = m_labels.generatedAt.isValid()
        ? m_labels.generatedAt.toTimeZone(m_report.request.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : KpiFormat::none();
    text(pass, {0, 13, width, 5},
         tr("Filters: %1   Generated: %2").arg(m_labels.filterText(m_report.request.filter), generated),
         ReportFonts::font(8.5), Qt::AlignLeft | Qt::AlignVCenter, kMuted);
    pass.painter->setPen(QPen(kRule, 0.3 * pass.unit));
    pass.painter->drawLine(pass.toDevice({0, 19.5, width, 0}).topLeft(), pass.toDevice({0, 19.5, width, 0}).topRight());
}

void ReportDocument::footer(Pass& pass) const
{
    const QRectF box{0, pass.size.height() - 5, pass.size.width(), 5};
    text(pass, box, tr("Page %1 of %2").arg(pass.page).arg(pass.pages), ReportFonts::font(8),
         Qt::AlignHCenter | Qt::AlignVCenter, kMuted);
}

void ReportDocument::sectionTitle(Pass& pass, const QString& title) const
{
    text(pass, {0, pass.y + 1, pass.size.width(), kSectionHeight - 2}, title, ReportFonts::font(10.5, true),
         Qt::AlignLeft | Qt::AlignVCenter, kInk);
    pass.y += kSectionHeight;
}

void ReportDocument::headline(Pass& pass) const
{
    const QList<HeadlineMetric> metrics = HeadlineMetric::all();
    constexpr int columns = 4;
    const int rows = int((metrics.size() + columns - 1) / columns);
    ensure(pass, kSectionHeight + rows * (kTileHeight + kTileGap));
    sectionTitle(pass, tr("Headline figures"));
    const double width = (pass.size.width() - (columns - 1) * kTileGap) / columns;
    for (int i = 0; i < metrics.size(); ++i) {
        const QRectF box{(i % columns) * (width + kTileGap), pass.y + (i / columns) * (kTileHeight + kTileGap), width,
                         kTileHeight};
        tile(pass, box, metrics[i]);
    }
    pass.y += rows * (kTileHeight + kTileGap) + 2;
}

void ReportDocument::tile(Pass& pass, const QRectF& box, const HeadlineMetric& metric) const
{
    if (!pass.painter)
        return;
    pass.painter->setPen(QPen(kRule, 0.25 * pass.unit));
    pass.painter->setBrush(Qt::NoBrush);
    pass.painter->drawRect(pass.toDevice(box));
    const QRectF inner = box.adjusted(2, 1, -2, -1);
    const auto current = metric.value(m_report.figures);
    text(pass, {inner.x(), inner.y(), inner.width(), 5}, metric.title, ReportFonts::font(7.5), Qt::AlignLeft, kMuted);
    text(pass, {inner.x(), inner.y() + 4.5, inner.width(), 7}, KpiFormat::value(metric.kind, current),
         ReportFonts::font(13, true), Qt::AlignLeft | Qt::AlignVCenter, kInk);
    if (!m_previous)
        return;
    const auto before = metric.value(m_previous->figures);
    const auto direction = KpiFormat::direction(metric, current, before);
    const QColor color = direction == KpiFormat::Direction::Better ? kGood
        : direction == KpiFormat::Direction::Worse                 ? kBad
                                                                   : kMuted;
    const QRectF line{inner.x(), inner.y() + 12, inner.width(), 4.5};
    text(pass, line, KpiFormat::change(metric, current, before), ReportFonts::font(7.5, true),
         Qt::AlignLeft | Qt::AlignVCenter, color);
    text(pass, line, tr("prev. %1").arg(KpiFormat::value(metric.kind, before)), ReportFonts::font(7),
         Qt::AlignRight | Qt::AlignVCenter, kMuted);
}

void ReportDocument::charts(Pass& pass) const
{
    const double width = pass.size.width();
    const double half = (width - 4) / 2;
    // Built only when painting: counting pages needs sizes, not charts.
    QList<QChart*> built;
    if (pass.painter)
        built = ReportCharts::all(m_report, m_labels, int(half * 2));
    auto at = [&built](int i) { return built.isEmpty() ? nullptr : built[i]; };
    auto pair = [&](int left, int right) {
        ensure(pass, kChartHeight);
        chart(pass, at(left), {0, pass.y, half, kChartHeight - 3});
        if (right >= 0)
            chart(pass, at(right), {half + 4, pass.y, half, kChartHeight - 3});
        pass.y += kChartHeight;
    };
    ensure(pass, kSectionHeight + kChartHeight);
    sectionTitle(pass, tr("Charts"));
    pair(0, 1);
    pair(2, 3);
    ensure(pass, kAgentChartHeight);
    chart(pass, at(4), {0, pass.y, width, kAgentChartHeight - 3});
    pass.y += kAgentChartHeight;
    pair(5, 6);
    pair(7, -1);
    qDeleteAll(built);
}

void ReportDocument::chart(Pass& pass, QChart* chart, const QRectF& box) const
{
    if (!pass.painter || !chart)
        return;
    QFont font;
    font.setFamilies(ReportFonts::families());
    font.setPixelSize(11);
    ReportCharts::applyFont(chart, font);
    const QSizeF pixels = box.size() * kChartPixelsPerMm;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), pixels));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), pixels));
    // The scene paints its items onto the printer's painter: vectors in a PDF.
    scene.render(pass.painter, pass.toDevice(box), scene.sceneRect());
    scene.removeItem(chart);
}

void ReportDocument::tables(Pass& pass) const
{
    for (const Breakdown& breakdown : m_report.breakdowns) {
        const QList<Column> columns = {{ReportLabels::keyTitle(breakdown.name), 46, Qt::AlignLeft},
                                       {tr("Created"), 18},
                                       {tr("Resolved"), 18},
                                       {tr("Resolution median"), 34},
                                       {tr("SLA resolution"), 28},
                                       {tr("FCR"), 18},
                                       {tr("CSAT"), 18}};
        QList<QStringList> rows;
        for (const BreakdownRow& row : breakdown.rows) {
            QStringList cells{m_labels.label(breakdown.name, row.key)};
            for (int column = 1; column < columns.size(); ++column)
                cells.append(breakdownCell(row, column));
            rows.append(cells);
        }
        table(pass, ReportLabels::breakdownTitle(breakdown.name), columns, rows);
    }
}

void ReportDocument::terms(Pass& pass) const
{
    if (m_report.topTerms.isEmpty())
        return;
    const QList<Column> columns = {
        {tr("Term"), 90, Qt::AlignLeft}, {tr("Count"), 30}, {tr("Previous period"), 30}, {tr("Change"), 30}};
    QList<QStringList> rows;
    for (const TermRow& term : m_report.topTerms) {
        const qint64 change = term.count - term.previousCount;
        rows.append({term.term, KpiFormat::count(term.count), KpiFormat::count(term.previousCount),
                     (change > 0 ? QStringLiteral("+") : QString()) + KpiFormat::count(change)});
    }
    table(pass, tr("Top terms in subjects"), columns, rows);
}

void ReportDocument::table(Pass& pass, const QString& title, const QList<Column>& columns,
                           const QList<QStringList>& rows) const
{
    // A short table stays on one page; a long one starts where its title, the
    // header and a few rows fit together.
    const qsizetype together = rows.size() <= kKeepTogetherRows ? rows.size() : 3;
    ensure(pass, kSectionHeight + kHeaderRowHeight + kRowHeight * together + 2);
    tableHeader(pass, title, columns);
    for (int i = 0; i < rows.size(); ++i) {
        if (pass.y + kRowHeight > pass.bottom()) {
            newPage(pass);
            tableHeader(pass, tr("%1 (continued)").arg(title), columns);
        }
        tableRow(pass, columns, rows[i], i % 2 == 1, false);
    }
    if (rows.isEmpty())
        tableRow(pass, columns, {tr("Nothing in this period")}, false, false);
    pass.y += 4;
}

void ReportDocument::tableHeader(Pass& pass, const QString& title, const QList<Column>& columns) const
{
    sectionTitle(pass, title);
    QStringList titles;
    for (const Column& column : columns)
        titles.append(column.title);
    if (pass.painter) {
        pass.painter->setPen(Qt::NoPen);
        pass.painter->setBrush(QColor(0xe1, 0xe6, 0xee));
        pass.painter->drawRect(pass.toDevice({0, pass.y, pass.size.width(), kHeaderRowHeight}));
    }
    const double y = pass.y;
    double x = 0;
    for (const Column& column : columns) {
        text(pass, {x + 1.5, y, column.width - 3, kHeaderRowHeight}, column.title, ReportFonts::font(7.5, true),
             column.align | Qt::AlignVCenter, kInk);
        x += column.width;
    }
    pass.y += kHeaderRowHeight;
}

void ReportDocument::tableRow(Pass& pass, const QList<Column>& columns, const QStringList& cells, bool shaded,
                              bool bold) const
{
    if (pass.painter && shaded) {
        pass.painter->setPen(Qt::NoPen);
        pass.painter->setBrush(kShade);
        pass.painter->drawRect(pass.toDevice({0, pass.y, pass.size.width(), kRowHeight}));
    }
    double x = 0;
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        text(pass, {x + 1.5, pass.y, columns[i].width - 3, kRowHeight}, cells[i], ReportFonts::font(7.5, bold),
             columns[i].align | Qt::AlignVCenter, kInk);
        x += columns[i].width;
    }
    pass.y += kRowHeight;
}

void ReportDocument::text(Pass& pass, const QRectF& box, const QString& text, const QFont& font, int flags,
                          const QColor& color) const
{
    if (!pass.painter)
        return;
    pass.painter->setFont(font);
    pass.painter->setPen(color);
    const QRectF target = pass.toDevice(box);
    // Long names are cut with "…" rather than running into the next column.
    const QString shown = pass.painter->fontMetrics().elidedText(text, Qt::ElideRight, int(target.width()));
    pass.painter->drawText(target, flags, shown);
}

} // namespace sd
