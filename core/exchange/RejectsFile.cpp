#include "exchange/RejectsFile.h"

#include "exchange/TicketCsvFormat.h"

#include <QCoreApplication>

namespace sd {
RejectsFile::RejectsFile(const QString& path)
    : m_file(path)
{
}

Status RejectsFile::write(const QByteArray& bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return fail(Error::io(m_file.fileName(), QCoreApplication::translate("sd::RejectsFile", "cannot write the rejects file: %1").arg(m_file.errorString())));
    return {};
}

Status RejectsFile::open(const QStringList& header)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(Error::io(m_file.fileName(), QCoreApplication::translate("sd::RejectsFile", "cannot create the rejects file: %1").arg(m_file.errorString())));
    // A file of fixed rejects brings its old reason column: replaced, not repeated.
    QStringList names;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(TicketCsvFormat::reasonColumn(), Qt::CaseInsensitive) == 0)
            m_oldReason = i;
        else
            names.append(header.at(i));
    }
    m_columns = names.size();
    names.append(TicketCsvFormat::reasonColumn());
    return write(TicketCsvFormat::utf8Bom() + TicketCsvFormat::formatRecord(names));
}

// Short rows are padded so the reason stays in its column; long rows keep all
// their fields (the data matters more than the alignment of one row).
Status RejectsFile::add(const QStringList& fields, const QString& reason)
{
    QStringList row = fields;
    if (m_oldReason >= 0 && m_oldReason < row.size())
        row.removeAt(m_oldReason);
    while (row.size() < m_columns)
        row.append(QString());
    row.append(reason);
    return write(TicketCsvFormat::formatRecord(row));
}

Status RejectsFile::commit()
{
    if (!m_file.commit())
        return fail(Error::io(m_file.fileName(), QCoreApplication::translate("sd::RejectsFile", "cannot save the rejects file: %1").arg(m_file.errorString())));
    return {};
}

} // namespace sd
