#pragma once

#include "Error.h"
#include "demo/DemoVisits.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

#include <QList>
#include <QString>

namespace wushe::demo {

struct DemoOptions
{
    int scale = 1;        // multiplies the number of people-like rows
    quint32 seed = 2022;  // same seed, same data
    int years = 1;        // length of the visit history (1..15)
    VisitWriter visitWriter = VisitWriter::Statement; // Repository: slower, for comparison
};

struct DemoSummary
{
    QList<std::pair<QString, qint64>> rowsPerTable; // table name → rows added
};

// Fills a freshly created jurisdiction database with realistic, reproducible data
// for every table that exists: service units and their staff, the three person
// ledgers and their visit history, then the registries of the five societies
// (DemoRegistry). Runs inside the caller's operation (one transaction, all or
// nothing; ops::OperationOptions::logRows off: demo data is not logged row by row).
class DemoGenerator
{
public:
    DemoGenerator(storage::Database& db, storage::WriteContext context, DemoOptions options)
        : m_db(db), m_context(std::move(context)), m_options(options)
    {
    }

    Result<DemoSummary> generate();

private:
    storage::Database& m_db;
    storage::WriteContext m_context;
    DemoOptions m_options;
};

} // namespace wushe::demo
