#pragma once

#include "Error.h"
#include "quarterly/ReportData.h"

#include <QSqlDatabase>

namespace wushe::quarterly {

// One record behind a figure (drill-down list).
struct DrillRow
{
    QString id;
    QString orgCode;
    QString text;
    QString date; // ISO date or empty
};

// The quarterly report's figures for a county or township held in `db`
// (domain.md §5 items 1–8), each for this quarter and the one before, from SQL
// aggregates over the ledgers and registries (see FigureDef for what "as of the
// quarter's end" means), with the breakdown per township (a township's report:
// per village) and the targets missed as flags. A city's report adds up its
// counties' packages instead: see Rollup.
class QuarterlyReport
{
public:
    explicit QuarterlyReport(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<ReportData> compute(const QString& unitCode, const Quarter& quarter) const;

    // compute() reads last quarter on a second read-only connection to the same
    // file, in parallel, when the database is a file and no transaction is open;
    // off: everything on this connection (tests compare the two).
    void setConcurrent(bool concurrent) { m_concurrent = concurrent; }

    // The records behind one figure of this quarter (not for ratios or the
    // station standard), in division then date order; at most `limit` rows.
    Result<QList<DrillRow>> drillDown(const QString& unitCode, const Quarter& quarter, const QString& key,
                                      int limit = 1000) const;

    // EXPLAIN QUERY PLAN of one figure's statement (benchmarks).
    Result<QStringList> plan(const QString& unitCode, const Quarter& quarter, const QString& key) const;

    // Ratio figures from their numerator and denominator (also after a roll-up).
    static void fillRatios(ReportData& data);

private:
    QSqlDatabase m_db;
    bool m_concurrent = true;
};

} // namespace wushe::quarterly
