#include "reports/ReportFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace sd {

QString ReportFonts::family()
{
    static const QString chosen = [] {
        // hasFamily() also knows a family by its English name when the
        // system lists it under a localised one (文泉驿正黑 under Chinese).
        const QStringList preferred = {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                       QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                                       QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")};
        for (const QString& family : preferred) {
            if (QFontDatabase::hasFamily(family))
                return family;
        }
        return QGuiApplication::font().family();
    }();
    return chosen;
}

QString ReportFonts::latinFamily()
{
    static const QString chosen = [] {
        const QStringList preferred = {QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
                                       QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")};
        for (const QString& family : preferred) {
            if (QFontDatabase::hasFamily(family))
                return family;
        }
        return QString();
    }();
    return chosen;
}

QStringList ReportFonts::families()
{
    QStringList list;
    if (!latinFamily().isEmpty())
        list.append(latinFamily());
    list.append(family());
    return list;
}

QFont ReportFonts::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace sd
