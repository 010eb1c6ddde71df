#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

namespace sd {

// One record as read from the file.
struct CsvRecord
{
    qint64 line = 0;       // 1-based line on which the record starts
    QStringList fields;
    bool unterminated = false; // a quoted field ran to the end of the file
    QList<int> undecodable;    // fields with bytes that are not text in the file's encoding
};

// What a quick pass over the raw bytes tells before reading records.
struct CsvScan
{
    qint64 bytes = 0;
    qint64 lines = 0;       // line breaks (an upper bound on records, fields may hold breaks)
    bool validUtf8 = true;
    bool utf8Bom = false;
    qint64 utf8Characters = 0; // well-formed UTF-8 sequences of two bytes or more
    qint64 utf8Errors = 0;     // bytes that are not part of a well-formed UTF-8 sequence
    // The file's encoding judged from all of it: UTF-8 when it has a BOM or its
    // non-ASCII text is overwhelmingly well-formed UTF-8 (a stray bad byte then
    // spoils its own row, not the whole file), GB18030 otherwise.
    QString likelyEncoding() const;
};

// Reads CSV records one at a time from a file in UTF-8 (a BOM is skipped) or
// GB18030, holding only a chunk of the file in memory.
class CsvReader
{
public:
    // `encoding`: "utf-8" or "gb18030" (see resolveEncoding).
    CsvReader(QIODevice& device, const QString& encoding);
    ~CsvReader();

    // False at the end of the file.
    bool next(CsvRecord& record);
    // Bytes consumed so far, for progress.
    qint64 position() const { return m_consumed; }
    // "utf-8" or "gb18030": what the records are decoded from (a BOM means UTF-8).
    QString encoding() const { return m_decoder ? QStringLiteral("gb18030") : QStringLiteral("utf-8"); }

    static Result<CsvScan> scan(const QString& path, bool checkUtf8);
    // "utf-8" or "gb18030" for a name the user typed (gbk and gb2312 are read as
    // GB18030, their superset); empty for an unknown name.
    static QString normalEncoding(const QString& name);

private:
    bool fill();

    QIODevice& m_device;
    std::unique_ptr<QStringDecoder> m_decoder; // none for UTF-8: QString::fromUtf8 is faster
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    bool m_started = false;
};

} // namespace sd
