#pragma once

#include <QFont>
#include <QString>

namespace sd {

// The printed report names a font that has Chinese glyphs, so a PDF made on a
// machine without font fallback (or viewed elsewhere) still shows them.
class ReportFonts
{
public:
    // "Noto Sans CJK SC" or another installed CJK family, else the default family.
    static QString family();
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace sd
