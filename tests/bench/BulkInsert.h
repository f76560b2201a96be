#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace wushe::bench {

// One elderly-ledger row as an import would write it: the person, the ledger record
// and the person's name pieces (person_name_index).
struct LedgerImportRow
{
    QString personId, recordId, orgCode, idNumber, idReversed, name, sex, birthDate;
    QString phone = QStringLiteral(""), phoneReversed = QStringLiteral(""); // NOT NULL: empty, not null
    QByteArray nameKey;
    QStringList grams;
    QString registeredOn, riskTier, visitInterval;
    int categories = 1;
};

// `count` plausible rows in the villages `villageCodes` (same seed, same rows), with ID
// numbers of the 6-digit `region` that are unique among themselves.
QList<LedgerImportRow> makeImportRows(int count, const QStringList& villageCodes, quint32 seed, const QString& region);

enum class InsertApi { Sqlite, Qt };

// The bulk-insert floor imports are compared against: scratch copies of person,
// elderly_record and person_name_index (same columns, constraints and indexes, named
// bench_*) are created, `rows` are inserted with plain prepared statements in one
// transaction, and the tables are dropped again. Returns the milliseconds from BEGIN
// to COMMIT; creating and dropping the tables is not timed. The statements are the
// SQLite C API's on the connection of `db`, or QSqlQuery's.
double bulkInsertFloorMs(const QSqlDatabase& db, const QList<LedgerImportRow>& rows, InsertApi api);

// Adds `rows` to the real person, person_name_index and elderly_record tables in one
// transaction (wushe-bench --elderly: a bigger ledger to measure).
void addElderly(const QSqlDatabase& db, const QList<LedgerImportRow>& rows);

} // namespace wushe::bench
