#pragma once

// The floor a benchmark compares with: the sqlite3 shell doing the same work
// in the same run, so a figure reads as a ratio whatever the machine's speed.
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace sd::bench {

// An SQL literal for the shell's .parameter command.
inline QString literal(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        QString text = value.toString();
        QString sql = QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        // The shell splits dot-command arguments at spaces: the whole literal goes
        // in double quotes, inside which it reads backslash escapes.
        sql.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        sql.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + sql + QLatin1Char('"');
    }
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

// Runs `script` in the sqlite3 shell with .timer on; the "real" seconds of
// every statement, in milliseconds.
inline std::vector<double> shellTimes(const QString& db, const QString& script)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    shell.write((QStringLiteral(".output /dev/null\n.timer on\n") + script).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QByteArray errors = shell.readAllStandardError();
    if (!errors.isEmpty()) // a floor that failed would look fast: say so
        fprintf(stderr, "sqlite3: %s\n", errors.left(300).constData());
    const QString text = QString::fromUtf8(shell.readAllStandardOutput() + errors);
    static const QRegularExpression real(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    std::vector<double> times;
    for (auto it = real.globalMatch(text); it.hasNext();)
        times.push_back(it.next().captured(1).toDouble() * 1000.0);
    return times;
}

// Milliseconds the shell takes for `script`, start to exit.
inline double shellWallMs(const QString& db, const QString& script)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    shell.write((QStringLiteral(".output /dev/null\n") + script).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Milliseconds of one execution of a statement with its values. The shell's
// own timer counts whole milliseconds, so a fast statement is run many times
// and timed as a whole, less the time of a run that executes it once.
inline double shellMedian(const QString& db, QString statement, const QVariantList& values, int runs = 9)
{
    QString script;
    int index = 0;
    // The shell binds numbered parameters: ?1, ?2, ... in order.
    for (qsizetype at = statement.indexOf(QLatin1Char('?')); at >= 0; at = statement.indexOf(QLatin1Char('?'), at + 1)) {
        const QString name = QStringLiteral("?%1").arg(++index);
        statement.replace(at, 1, name);
        at += name.size() - 1;
    }
    for (int i = 0; i < values.size(); ++i)
        script += QStringLiteral(".parameter set ?%1 %2\n").arg(i + 1).arg(literal(values.at(i)));
    QString timed = script;
    for (int i = 0; i < runs + 1; ++i)
        timed += statement + QStringLiteral(";\n");
    std::vector<double> times = shellTimes(db, timed);
    if (times.size() < 2)
        return -1;
    times.erase(times.begin()); // the first run fills the page cache
    std::sort(times.begin(), times.end());
    if (times[times.size() / 2] >= 20)
        return times[times.size() / 2];
    constexpr int kRepeats = 200;
    QString once = script + statement + QStringLiteral(";\n");
    QString many = script;
    for (int i = 0; i < kRepeats + 1; ++i)
        many += statement + QStringLiteral(";\n");
    std::vector<double> differences;
    for (int trial = 0; trial < 3; ++trial)
        differences.push_back((shellWallMs(db, many) - shellWallMs(db, once)) / kRepeats);
    std::sort(differences.begin(), differences.end());
    return differences[1];
}

// The floor of loading rows (demo data, an import): the same rows written by
// the sqlite3 shell, copied from the loaded file into a new database of the
// same schema, with the indexes and search
// triggers dropped first and rebuilt after, as the generator's bulk load does.
inline double floorOfCopy(const QString& generated, const QString& floorPath)
{
    {
        auto ws = sd::Workspace::open(floorPath);
        (*ws)->database().releaseThreadConnection();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor-schema"));
    db.setDatabaseName(floorPath);
    db.open();
    QStringList drops, creates;
    {
        QSqlQuery schema(db);
        schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                                   "AND tbl_name IN ('tickets', 'ticket_events', 'customers', 'purchases')"));
        while (schema.next()) {
            drops.append(QStringLiteral("DROP %1 \"%2\";").arg(schema.value(0).toString().toUpper(), schema.value(1).toString()));
            creates.append(schema.value(2).toString() + QLatin1Char(';'));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("floor-schema"));
    QString script = QStringLiteral("PRAGMA journal_mode=DELETE;\nPRAGMA cache_size=-1048576;\nATTACH '%1' AS src;\nBEGIN;\n").arg(generated);
    script += drops.join(QLatin1Char('\n')) + QLatin1Char('\n');
    for (const char* table : {"customers", "purchases", "tickets", "ticket_events"})
        script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1;\n").arg(QLatin1String(table));
    script += creates.join(QLatin1Char('\n')) + QLatin1Char('\n');
    script += QStringLiteral("INSERT INTO ticket_text(ticket_text) VALUES ('rebuild');\nINSERT INTO customer_text(customer_text) VALUES ('rebuild');\nCOMMIT;\n");
    double total = 0;
    for (double ms : shellTimes(floorPath, script))
        total += ms;
    return total;
}

} // namespace sd::bench
