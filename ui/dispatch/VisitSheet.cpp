#include "dispatch/VisitSheet.h"

#include "reports/ReportFonts.h"
#include "tickets/TicketText.h"

#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace sd {
namespace {

constexpr double kLabelWidth = 38;
// What fits one A4 page with the signature box: about five lines a field, a box of notes.
constexpr qsizetype kLongestField = 400;
constexpr qsizetype kLongestNotes = 900;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x6b, 0x6b, 0x6b);
const QColor kRule(0x88, 0x88, 0x88);

QString travelText(const Visit& visit)
{
    QStringList parts;
    if (visit.travelKm)
        parts << VisitSheet::tr("%1 km").arg(*visit.travelKm);
    if (visit.travelMinutes)
        parts << VisitSheet::tr("%1 min").arg(*visit.travelMinutes);
    return parts.join(QStringLiteral(", "));
}

} // namespace

VisitSheet::VisitSheet(const Visit& visit, const QString& officeName, const QDateTime& printedAt)
    : m_visit(visit)
    , m_officeName(officeName)
    , m_printedAt(printedAt)
{
}

Status VisitSheet::writePdf(const Visit& visit, const QString& officeName, const QDateTime& printedAt, const QString& path)
{
    // QPdfWriter reports no errors: find out first whether the file can be written.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(Error::io(path, tr("Cannot write the file: %1").arg(probe.errorString())));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("Work order %1, visit %2").arg(visit.ticketNumber).arg(visit.visitNo));
    writer.setCreator(QStringLiteral("Service Desk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(Error::io(path, tr("The PDF could not be written.")));
    VisitSheet(visit, officeName, printedAt).paint(painter, writer.pageLayout().paintRect(QPageLayout::Millimeter).size(),
                                                  writer.logicalDpiX() / 25.4);
    painter.end();
    if (QFile(path).size() == 0)
        return fail(Error::io(path, tr("The PDF could not be written.")));
    return {};
}

double VisitSheet::text(QPainter& painter, const QRectF& mm, const QString& value, const QFont& font, int flags) const
{
    painter.setFont(font);
    const QRectF device(mm.x() * m_unit, mm.y() * m_unit, mm.width() * m_unit, qMax(mm.height(), 1.0) * m_unit);
    QRectF used;
    painter.drawText(device, flags | Qt::TextWordWrap | Qt::TextDontClip, value, &used);
    return qMax(mm.height(), used.height() / m_unit);
}

double VisitSheet::field(QPainter& painter, double y, const QString& label, const QString& value) const
{
    painter.setPen(kMuted);
    text(painter, {0, y, kLabelWidth, 5}, label, ReportFonts::font(9), Qt::AlignLeft | Qt::AlignTop);
    painter.setPen(kInk);
    // The sheet is one page: a very long value is cut, the ticket has it all.
    const QString trimmed = value.trimmed().size() > kLongestField ? value.trimmed().left(kLongestField) + QStringLiteral("…") : value.trimmed();
    const QString shown = trimmed.isEmpty() ? tr("—") : trimmed;
    return text(painter, {kLabelWidth, y, m_width - kLabelWidth, 5}, shown, ReportFonts::font(10), Qt::AlignLeft | Qt::AlignTop) + 1.5;
}

// A titled frame to write in by hand; text already reported is printed in it.
double VisitSheet::box(QPainter& painter, double y, double height, const QString& title, const QString& filled) const
{
    painter.setPen(kInk);
    text(painter, {0, y, m_width, 6}, title, ReportFonts::font(10, true), Qt::AlignLeft | Qt::AlignVCenter);
    painter.setPen(QPen(kRule, 0.3 * m_unit));
    painter.drawRect(QRectF(0, (y + 6.5) * m_unit, m_width * m_unit, height * m_unit));
    if (!filled.isEmpty()) {
        painter.setPen(kInk);
        text(painter, {2, y + 8, m_width - 4, height - 3}, filled, ReportFonts::font(9.5), Qt::AlignLeft | Qt::AlignTop);
    }
    return height + 10;
}

void VisitSheet::paint(QPainter& painter, const QSizeF& pageMm, double unit) const
{
    m_unit = unit;
    m_width = pageMm.width();
    const QTimeZone zone(m_visit.timeZone.toUtf8());
    painter.setPen(kInk);
    text(painter, {0, 0, m_width * 0.6, 8}, m_officeName, ReportFonts::font(12, true), Qt::AlignLeft | Qt::AlignVCenter);
    text(painter, {m_width * 0.4, 0, m_width * 0.6, 8}, tr("Work order"), ReportFonts::font(14, true), Qt::AlignRight | Qt::AlignVCenter);
    text(painter, {0, 9, m_width, 6}, tr("Ticket %1 · visit %2").arg(m_visit.ticketNumber).arg(m_visit.visitNo),
         ReportFonts::font(11, true), Qt::AlignLeft | Qt::AlignVCenter);
    painter.setPen(kMuted);
    text(painter, {0, 15, m_width, 5}, tr("Printed %1").arg(m_printedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
         ReportFonts::font(8.5), Qt::AlignLeft | Qt::AlignVCenter);
    painter.setPen(QPen(kRule, 0.3 * m_unit));
    painter.drawLine(QPointF(0, 21 * m_unit), QPointF(m_width * m_unit, 21 * m_unit));

    double y = 24;
    y += field(painter, y, tr("Customer"), m_visit.customerName);
    y += field(painter, y, tr("Phone"), m_visit.customerPhone);
    y += field(painter, y, tr("Address"), m_visit.address);
    y += field(painter, y, tr("Appointment"), TicketText::window(m_visit.windowFrom, m_visit.windowTo, zone));
    y += field(painter, y, tr("Technician"), m_visit.technicianName);
    y += field(painter, y, tr("Product"), m_visit.serial.isEmpty() ? m_visit.product
                                                                    : tr("%1 (serial %2)").arg(m_visit.product, m_visit.serial));
    y += field(painter, y, tr("Problem"), m_visit.subject + (m_visit.description.isEmpty() ? QString() : QStringLiteral("\n") + m_visit.description));
    y += field(painter, y, tr("Parts to bring"), m_visit.parts);
    y += field(painter, y, tr("Tools to bring"), m_visit.tools);
    y += field(painter, y, tr("Travel"), travelText(m_visit));
    y += 3;
    y += box(painter, y, 45, tr("Technician's notes"), m_visit.report.left(kLongestNotes));
    y += box(painter, y, 25, tr("Parts used"), {});
    y += box(painter, y, 30, tr("Customer's signature"), {});
    painter.setPen(kMuted);
    text(painter, {0, y - 2, m_width, 5},
         tr("By signing, the customer confirms the visit took place and the work described above was done."),
         ReportFonts::font(8), Qt::AlignLeft | Qt::AlignTop);
}

} // namespace sd
