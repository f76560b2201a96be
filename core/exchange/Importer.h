#pragma once

#include "Error.h"
#include "exchange/ColumnMapping.h"
#include "exchange/ImportReport.h"
#include "exchange/LedgerExchange.h"
#include "exchange/SheetData.h"
#include "exchange/UnitResolver.h"
#include "exchange/ValueNormalizer.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace wushe::exchange {

struct ImportOptions
{
    bool validRows = false; // false: all or nothing — one refused row and nothing is written
    bool dryRun = false;    // everything checked and tried, then rolled back
    // (rows done, rows in all); returning false cancels (nothing is written).
    std::function<bool(qint64, qint64)> progress;
};

// Imports a sheet into a ledger inside the caller's operation (ops::Operations::
// importSheet, one transaction): finds the header row under
// title rows, maps columns by header (with synonyms), normalises every value,
// refuses rows with the reason per column (invalid or Excel-damaged ID, unknown
// village, an ID twice in the file, a missing required field, a rule of the
// ledger), and adds or updates the rest — in "valid rows" mode each row (or
// household) in a savepoint, so that a refused one leaves no trace. The writes run
// in a storage::BulkSession: statements prepared once, lookups from memory.
class Importer
{
public:
    Importer(QSqlDatabase db, LedgerExchange& exchange, const UnitResolver& units, QDate today);

    // .xlsx via XlsxReader, anything else as CSV.
    static Result<SheetData> readFile(const QString& path);

    ColumnMapping detect(const SheetData& sheet) const;
    // Refuses a mapping without the required columns (or without any unit column).
    Result<void> checkMapping(const ColumnMapping& mapping) const;
    Result<ImportReport> run(const SheetData& sheet, const ColumnMapping& mapping, const ImportOptions& options);

    // The refused rows with their original values and a 错误原因 column, as an .xlsx
    // that can be corrected and imported again.
    static Result<void> writeErrors(const QString& path, const QString& title, const ImportReport& report);

private:
    struct PreparedRow
    {
        int sourceRow = 0;
        ImportValues values;
        QStringList errors;
        QString key;
        QString group;
        int occurrence = 0; // earlier rows with the same key (keys that need not be unique)
    };

    // Normalises the row's cells (only the columns in `only`, when given: the first
    // pass needs the keys and ID numbers, not every value).
    PreparedRow prepare(int sourceRow, const QList<InCell>& cells, const ColumnMapping& mapping,
                        const QSet<QString>* only = nullptr) const;
    const ExchangeColumn* columnOf(const QString& key) const;
    Result<QString> resolveUnit(const QString& code, const QString& name, const QString& township) const;

    QSqlDatabase m_db;
    LedgerExchange& m_exchange;
    const UnitResolver& m_units;
    ValueNormalizer m_normalizer;
    QHash<QString, const ExchangeColumn*> m_columns;   // by key
    mutable QHash<QString, Result<QString>> m_resolved; // resolveUnit() by code, name and township
};

} // namespace wushe::exchange
