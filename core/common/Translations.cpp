#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sd {

QString Translations::systemLanguage()
{
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool Translations::install(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return true;
    auto* product = new QTranslator(QCoreApplication::instance());
    if (!product->load(QStringLiteral(":/servicedesk/i18n/servicedesk_%1.qm").arg(language))) {
        delete product;
        return false;
    }
    QCoreApplication::installTranslator(product);
    // Qt's own strings (standard buttons, print dialogs); optional.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace sd
