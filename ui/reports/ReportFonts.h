#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace sd {

// The printed report names a font that has Chinese glyphs, so a PDF made on a
// machine without font fallback (or viewed elsewhere) still shows them. Latin
// text and digits come from a Latin family first: Qt maps some glyphs of the
// CJK fonts back to the wrong characters in the PDF (digits, dashes), which
// breaks copying text and searching in the PDF. WenQuanYi Zen Hei comes before
// Noto Sans CJK: Noto draws about 200 common characters (女, 行, 水, ...) with
// the glyphs of the Kangxi radicals, and the PDF's text layer then names the
// radicals (U+2F25 for 女), so the PDF's Chinese would not copy or search.
class ReportFonts
{
public:
    // "WenQuanYi Zen Hei", "Noto Sans CJK SC" or another installed CJK family, else the default family.
    static QString family();
    // A Latin family to put before it, empty if none of the usual ones is installed.
    static QString latinFamily();
    static QStringList families();
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace sd
