#pragma once

#include "config/Configuration.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportReport.h"
#include "exchange/ImportRow.h"
#include "exchange/TicketCsvFormat.h"

#include <array>

namespace sd {

// Reads the header of an import file and checks each row on its own: formats,
// enumerations, configured tiers and teams, the order of the instants. Needs no
// database, so a form can show these problems before anything is imported.
class ImportRowParser
{
public:
    ImportRowParser(const Configuration& configuration, qint64 now);

    // Problems (all on line `line`) if a required column is missing or a name is unknown or repeated.
    QList<ImportProblem> readHeader(const QStringList& header, qint64 line = 1);
    // A line holding nothing (skipped, as spreadsheets often leave them at the end).
    static bool isBlank(const CsvRecord& record);
    // Appends this row's problems to `problems`; the row is usable only if none were added.
    ImportRow parse(const CsvRecord& record, QList<ImportProblem>& problems) const;
    // The row's ticket number as parse() reads it, without checking the rest.
    QString number(const CsvRecord& record) const { return field(record, Column::Number).toUpper(); }
    // The file's encoding as the reader decodes it ("utf-8" or "gb18030"), named in problems.
    void setEncoding(const QString& encoding) { m_encoding = encoding.toUpper(); }

private:
    using Column = TicketCsvFormat::Column;
    QString field(const CsvRecord& record, Column column) const;
    std::optional<qint64> instant(const CsvRecord& record, Column column, QList<ImportProblem>& problems) const;
    std::optional<int> count(const CsvRecord& record, Column column, int low, int high, QList<ImportProblem>& problems) const;
    template <typename E>
    E enumeration(const CsvRecord& record, Column column, QList<ImportProblem>& problems) const;
    QString tierCode(const QString& text) const;
    QString teamCode(const QString& text) const;
    void checkOrder(const ImportRow& row, QList<ImportProblem>& problems) const;

    const Configuration& m_configuration;
    qint64 m_now;
    std::array<int, TicketCsvFormat::ColumnCount> m_index{};
    qsizetype m_headerSize = 0;
    QStringList m_header;
    QString m_encoding = QStringLiteral("UTF-8");
};

} // namespace sd
