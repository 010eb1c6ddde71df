#pragma once

// The floor on PostgreSQL: psql running the same statement with the same
// values in the same run (PREPARE once, EXECUTE timed), so a figure reads as
// a ratio whatever the machine's speed.
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace sd::bench {

// Qt's "?" placeholders as PostgreSQL's $1, $2, … (outside quoted text).
inline QString numberedParameters(const QString& sql)
{
    QString out;
    bool quoted = false;
    int n = 0;
    for (QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out;
}

inline QString postgresLiteral(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

// psql's \timing of each statement of `script`, in milliseconds.
inline std::vector<double> psqlTimes(const QString& address, const QString& script)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {address, QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("/dev/null")});
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    const QByteArray errors = psql.readAllStandardError();
    if (!errors.isEmpty()) // a floor that failed would look fast: say so
        fprintf(stderr, "psql: %s\n", errors.left(300).constData());
    static const QRegularExpression time(QStringLiteral(R"(Time: ([0-9.]+) ms)"));
    std::vector<double> times;
    auto matches = time.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    while (matches.hasNext())
        times.push_back(matches.next().captured(1).toDouble());
    return times;
}

// The median of 9 executions of the statement (after one unmeasured warm-up).
inline double psqlMedian(const QString& address, const QString& sql, const QVariantList& values)
{
    QStringList literals;
    for (const QVariant& value : values)
        literals.append(postgresLiteral(value));
    const QString execute = values.isEmpty() ? QStringLiteral("EXECUTE q;\n")
                                             : QStringLiteral("EXECUTE q(%1);\n").arg(literals.join(QStringLiteral(", ")));
    QString script = QStringLiteral("PREPARE q AS %1;\n").arg(numberedParameters(sql)) + execute + QStringLiteral("\\timing on\n");
    for (int i = 0; i < 9; ++i)
        script += execute;
    std::vector<double> times = psqlTimes(address, script);
    if (times.size() != 9)
        return -1;
    std::sort(times.begin(), times.end());
    return times[4];
}

} // namespace sd::bench
