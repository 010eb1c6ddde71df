#pragma once

#include "common/Error.h"
#include "process/Visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>

class QFont;
class QPainter;

namespace sd {

// The printable work-order sheet a technician takes on a visit (A4 portrait):
// the customer, where and when, the problem, what to bring, and boxes for the
// technician's notes, the parts used and the customer's signature. Times are
// in the visit's zone. Needs a QGuiApplication (offscreen is fine).
class VisitSheet
{
    Q_DECLARE_TR_FUNCTIONS(sd::VisitSheet)

public:
    VisitSheet(const Visit& visit, const QString& officeName, const QDateTime& printedAt);
    static Status writePdf(const Visit& visit, const QString& officeName, const QDateTime& printedAt, const QString& path);
    // Paints on a device whose page layout is set; `unit` is device pixels per millimetre.
    void paint(QPainter& painter, const QSizeF& pageMm, double unit) const;

private:
    // Returns the height used, in millimetres.
    double field(QPainter& painter, double y, const QString& label, const QString& value) const;
    double box(QPainter& painter, double y, double height, const QString& title, const QString& filled) const;
    double text(QPainter& painter, const QRectF& mm, const QString& value, const QFont& font, int flags) const;

    Visit m_visit;
    QString m_officeName;
    QDateTime m_printedAt;
    mutable double m_unit = 1;
    mutable double m_width = 180;
};

} // namespace sd
