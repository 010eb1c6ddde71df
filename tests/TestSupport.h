#pragma once

#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

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

// The engine the tests run on: SQLite files, or (when SD_TEST_PG_DIR names the
// folder of the throwaway server that tests/pg/test-server.sh started) a new
// database on that PostgreSQL server for each test database.
bool onServer();
// The address of a new, empty test database: a file in `dir`, or a server
// database created now and dropped by dropTestDatabase().
QString newTestDatabase(const QTemporaryDir& dir);
void dropTestDatabase(const QString& address);
// The test server's address of a database named `name` (which need not exist);
// child processes find the password through PGPASSFILE, set here.
QString serverAddress(const QString& name);

// A new, empty test database on the engine of this run, removed afterwards.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    const QString& address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QString m_address;
};

// A workspace on a fresh database in a temporary folder (or on the test
// server), with a clock the test moves by hand.
class TempWorkspace
{
public:
    explicit TempWorkspace(const char* startIso = "2026-10-12T09:00:00+08:00");
    ~TempWorkspace();
    Workspace& operator*() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    QString path() const;
    void setNow(const char* iso) { *m_now = at(iso); }
    void setNow(qint64 instant) { *m_now = instant; }
    qint64 now() const { return *m_now; }
    qint64 userId(const char* login);

private:
    QTemporaryDir m_dir;
    QString m_address;
    std::shared_ptr<qint64> m_now;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sd::test

// A failed REQUIRE(result) prints the error it carries.
namespace Catch {
template <typename T>
struct StringMaker<std::expected<T, sd::Error>>
{
    static std::string convert(const std::expected<T, sd::Error>& value)
    {
        return value ? std::string("success") : "failure: " + value.error().describe().toStdString();
    }
};
} // namespace Catch
