#pragma once

#include "common/Error.h"

#include <QSaveFile>
#include <QStringList>

namespace sd {

// The rows an import left out, as they were in the file, with a reason column,
// so they can be fixed in a spreadsheet and imported again. Written in UTF-8
// with a BOM; the file appears only when commit() is called.
class RejectsFile
{
public:
    explicit RejectsFile(const QString& path);
    Status open(const QStringList& header);
    Status add(const QStringList& fields, const QString& reason);
    Status commit();

private:
    Status write(const QByteArray& bytes);

    QSaveFile m_file;
    qsizetype m_columns = 0;
    qsizetype m_oldReason = -1;
};

} // namespace sd
