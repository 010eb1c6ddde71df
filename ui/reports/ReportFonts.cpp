#include "reports/ReportFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace sd {

QString ReportFonts::family()
{
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        const QStringList preferred = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                       QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                                       QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")};
        for (const QString& family : preferred) {
            if (installed.contains(family))
                return family;
        }
        return QGuiApplication::font().family();
    }();
    return chosen;
}

QFont ReportFonts::font(qreal pointSize, bool bold)
{
    QFont font(family());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace sd
