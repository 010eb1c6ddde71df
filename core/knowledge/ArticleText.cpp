#include "knowledge/ArticleText.h"

#include <QRegularExpression>
#include <QStringList>

namespace sd {

QString plainAnswer(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|`)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)]+)\\)"));
    QStringList lines;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        line.remove(heading);
        line.remove(emphasis);
        line.replace(link, QStringLiteral("\\1 (\\2)"));
        lines.append(line.trimmed().isEmpty() ? QString() : line);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace sd
