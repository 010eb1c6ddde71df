#pragma once

#include <QStringList>

#include <vector>

namespace sd {

class SqlDialect;

// The schema as numbered steps. A step is never edited once released; a change
// to the schema is a new step. %ID% stands for the dialect's auto-id column.
struct Migration
{
    int version;
    QStringList statements;
};

std::vector<Migration> schemaMigrations(const SqlDialect& dialect);
int latestSchemaVersion();

} // namespace sd
