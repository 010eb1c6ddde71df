// Seeded mutation fuzzing of what users hand the program: ticket history CSV
// files and configuration documents. Built with AddressSanitizer and
// UndefinedBehaviorSanitizer by the "sanitize" preset, where any memory error
// or undefined behaviour stops the run. Runs for SD_FUZZ_SECONDS (10 by
// default); the seed is printed so a failure can be replayed with SD_FUZZ_SEED.
#include "TestSupport.h"

#include "config/ConfigurationJson.h"
#include "exchange/CsvReader.h"
#include "exchange/TicketImporter.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> csvSeeds()
{
    QList<QByteArray> seeds;
    const QDir folder(QStringLiteral(SD_TEST_DATA "/import"));
    for (const QString& name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        seeds.append(readFile(folder.filePath(name)));
    return seeds;
}

// Pieces that tend to break parsers: quotes, separators, line ends, broken
// UTF-8 and GB18030 lead bytes, huge and odd numbers, instants at the edges.
const QList<QByteArray>& tokens()
{
    static const QList<QByteArray> pieces{
        "\"", "\"\"", ",", "\n", "\r\n", "\r", "\xEF\xBB\xBF", "\xFF", "\xC3", "\xE6\xB4", "\x81\x30", "\x00",
        "9223372036854775808", "-1", "1e308", "NaN", "2147483648", "4294967311", "0.5", "199.99",
        "2026-02-30T10:00:00+08:00", "9999-12-31T23:59:59+14:00", "0000-01-01T00:00:00Z", "2026-03-29T02:30:00+01:00",
        "P1", "vip", "电话", "故障报修", "{", "}", "[", "]", ":", "null", "true", "\"timezone\": \"\"",
        "\"resolution_min\": 2147483648", "\"min_purchase_total_12m\": 1e20", "\"users\": []", "\"teams\": []",
    };
    return pieces;
}

QByteArray mutate(QByteArray data, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(8));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (!data.isEmpty())
                data[at] = char(data[at] ^ (1 << random.bounded(8)));
            break;
        case 1: // drop a run of bytes
            data.remove(at, 1 + qsizetype(random.bounded(16)));
            break;
        case 2: // insert a token
            data.insert(at, tokens()[int(random.bounded(tokens().size()))]);
            break;
        case 3: // duplicate a run
            data.insert(at, data.mid(at, 1 + qsizetype(random.bounded(64))));
            break;
        case 4: // replace a byte with any byte
            if (!data.isEmpty())
                data[at] = char(random.bounded(256));
            break;
        default: // cut the end off
            data.truncate(at);
            break;
        }
    }
    return data;
}

quint32 seedForRun()
{
    return qEnvironmentVariableIsSet("SD_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("SD_FUZZ_SEED"))
                                                    : QRandomGenerator::global()->generate();
}

qint64 budgetMs()
{
    return 1000 * (qEnvironmentVariableIsSet("SD_FUZZ_SECONDS") ? qEnvironmentVariableIntValue("SD_FUZZ_SECONDS") : 10);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("fuzzed ticket history files are read, checked and imported without harm", "[fuzz][import]")
{
    const quint32 seed = seedForRun();
    INFO("SD_FUZZ_SEED=" << seed);
    QRandomGenerator random(seed);
    const QList<QByteArray> seeds = csvSeeds();
    REQUIRE(seeds.size() >= 4);
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.csv"));
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    for (; timer.elapsed() < budgetMs() / 2; ++runs) {
        const QByteArray input = mutate(seeds[int(random.bounded(seeds.size()))], random);
        // The reader alone, straight from memory.
        QBuffer buffer;
        buffer.setData(input);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, random.bounded(2) ? QStringLiteral("utf-8") : QStringLiteral("gb18030"));
        CsvRecord record;
        qint64 lastLine = 0;
        while (reader.next(record)) {
            CHECK(record.line > lastLine);
            lastLine = record.line;
        }
        // The whole import, which commits only a file without a bad row.
        writeFile(path, input);
        ImportOptions options;
        options.skipBad = random.bounded(2) != 0;
        const qint64 before = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"))->toLongLong();
        auto report = TicketImporter(*ws).importFile(path, options);
        const qint64 after = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM tickets"))->toLongLong();
        if (report && report->committed)
            CHECK(after == before + report->imported);
        else
            CHECK(after == before);
    }
    CHECK(runs > 10);
    CHECK(ws->database().integrityCheck().value() == QStringLiteral("ok"));
}

TEST_CASE("fuzzed configuration documents are refused with a path or survive their round trip", "[fuzz][config]")
{
    const quint32 seed = seedForRun();
    INFO("SD_FUZZ_SEED=" << seed);
    QRandomGenerator random(seed);
    const QByteArray seedDocument = ConfigurationJson::serialize(ConfigStore::defaultConfiguration());
    QElapsedTimer timer;
    timer.start();
    int runs = 0, accepted = 0;
    for (; timer.elapsed() < budgetMs() / 2; ++runs) {
        const QByteArray input = mutate(seedDocument, random);
        auto parsed = ConfigurationJson::parse(input);
        if (!parsed) {
            CHECK(parsed.error().field.startsWith(QLatin1Char('$')));
            continue;
        }
        ++accepted;
        // Accepted: exporting and reading back gives the same document.
        const QByteArray exported = ConfigurationJson::serialize(*parsed);
        auto again = ConfigurationJson::parse(exported);
        REQUIRE(again);
        CHECK(ConfigurationJson::serialize(*again) == exported);
    }
    CHECK(runs > 10);
    INFO(accepted << " of " << runs << " accepted");
    CHECK(accepted > 0);
}
