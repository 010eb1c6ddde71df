#pragma once

#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <functional>

#include <memory>

namespace sd::test {

// Seconds since the epoch for an ISO 8601 instant with offset, for readable tests.
qint64 at(const char* iso);

// Writes a ticket history CSV of `rows` valid tickets numbered `prefix`-000123
// upwards from `first`; `row(i)` gives the columns after the number
// (customer … csat). Returns the path.
QString writeHistory(const QString& path, const QString& prefix, int first, int rows,
                     const std::function<QString(int)>& row);

// A workspace on a fresh database file in a temporary folder, with a clock the
// test moves by hand.
class TempWorkspace
{
public:
    explicit TempWorkspace(const char* startIso = "2026-10-12T09:00:00+08:00");
    Workspace& operator*() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    QString path() const;
    void setNow(const char* iso) { *m_now = at(iso); }
    void setNow(qint64 instant) { *m_now = instant; }
    qint64 now() const { return *m_now; }
    qint64 userId(const char* login);

private:
    QTemporaryDir m_dir;
    std::shared_ptr<qint64> m_now;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sd::test
