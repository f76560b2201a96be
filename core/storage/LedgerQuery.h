#pragma once

#include "Error.h"
#include "domain/Ledger.h"
#include "domain/Person.h"
#include "domain/ReliefHousehold.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace wushe::storage {

enum class LedgerSort { Name, IdNumber, BirthDate, Village };

// What a ledger page shows: filters from the tree, the filter bar and the search box.
struct LedgerFilter
{
    Ledger ledger = Ledger::Elderly;
    QString underCode;            // division selected in the tree; empty = the whole database
    quint32 categoryMask = 0;     // elderly/child: rows with any of these category bits; 0 = all
    std::optional<ReliefCategory> reliefCategory; // relief only
    std::optional<RiskTier> riskTier;             // elderly/child only
    bool overdueOnly = false;     // next visit/review due before asOf
    QDate asOf;                   // "today" for last visit, next due and overdue
    // Han characters: name contains it (2-character names work); 18 characters:
    // exact ID; 11 digits starting with 1: exact phone; 4+ digits/X: ID number
    // or phone ending with them.
    QString search;
};

// One line of a ledger table. For relief rows the person is the head of household.
struct LedgerRow
{
    QString recordId;
    QString personId;
    QString name;
    QString idNumber;
    Sex sex = Sex::Male;
    QDate birthDate;
    int age = 0;                 // on asOf
    QString orgCode;
    QString villageName;
    QString phone;
    QString categories;          // labels joined with "、"
    QString riskOrStatus;        // elderly/child: risk tier label; relief: status label
    qint64 monthlyAmountFen = 0; // relief only
    int householdSize = 0;       // relief only
    VisitInterval interval = VisitInterval::Quarter;
    QDate lastVisit;             // last visit/check on or before asOf (null: never)
    QDate nextDue;               // from lastVisit, or from the registration date; null for a
                                 // stopped relief household (no longer reviewed)
    bool overdue = false;        // nextDue < asOf
};

// Paging, sorting, filtering and searching of the ledgers, all in SQL: a page of
// a 200,000-row ledger is read without loading the ledger.
class LedgerQuery
{
public:
    explicit LedgerQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> count(const LedgerFilter& filter) const;
    Result<QList<LedgerRow>> page(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order, qint64 offset,
                                  int limit) const;

    // Every row the filter selects, in page() order, from one statement read forward
    // once (exports: no paging, so memory stays flat and no row is looked up twice).
    // `columns` are SQL expressions over the record `r` and its person `p`; `row` sees
    // the query on each row with the last visit day as of filter.asOf in column 0, the
    // next due day in column 1 and `columns` from column 2. False from `row` stops.
    Result<void> forEachRow(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order, const QString& columns,
                            const std::function<bool(const QSqlQuery&)>& row) const;

    // EXPLAIN QUERY PLAN of the statements count() and page() run, one line per step,
    // indented two spaces per level: for benchmarks and for tests of index use.
    Result<QStringList> countPlan(const LedgerFilter& filter) const;
    Result<QStringList> pagePlan(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order, qint64 offset,
                                 int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace wushe::storage
