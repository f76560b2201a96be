#pragma once

// SQL pieces shared by LedgerQuery and DueList (an implementation detail of
// core/storage, not an API for the UI).

#include "Error.h"
#include "domain/Ledger.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace wushe::storage::ledgersql {

// How one ledger table is laid out (migration 003).
struct LedgerTable
{
    Ledger ledger;
    QString table;          // elderly_record, child_record, relief_household
    QString personColumn;   // person_id; relief: head_person_id
    QString intervalColumn; // holds a VisitInterval key: visit_interval; relief: review_cycle
    QString visitKinds;     // extra condition on the visit alias `v` ('' = every kind counts)
};
const LedgerTable& ledgerTable(Ledger ledger);

// Named placeholders :p1, :p2 … handed out in order, each used exactly once in the
// statement (so no placeholder is ever shared between two places in the SQL).
class Binds
{
public:
    QString add(const QVariant& value);
    void bindTo(QSqlQuery& query) const;

private:
    QList<std::pair<QString, QVariant>> m_values;
};

// A statement with its binds, run or explained the same way.
struct Statement
{
    QString sql;
    Binds binds;
    QString what; // names the statement in error messages
};
Result<QSqlQuery> run(const QSqlDatabase& db, const Statement& statement);
// EXPLAIN QUERY PLAN, one line per step, indented by two spaces per level.
Result<QStringList> explain(const QSqlDatabase& db, const Statement& statement);

// rowid of the last live visit (of the kinds that count for the ledger) of the record
// whose id is the SQL expression `recordId`, on or before the day `dayPlaceholder`:
// one backward seek on visit_subject (subject_id, visit_on). Used as
//   LEFT JOIN visit lv ON lv.rowid = (<this>)
// so that lv.visit_on is a plain column, computed once per record.
QString lastVisitRowid(const LedgerTable& table, const QString& recordId, const QString& dayPlaceholder);
// The last visit on or before `day` of the record `alias` (r.id …): the stored
// last_visit_on (migration 006) when it is on or before the day — the usual case of
// "today" — and only otherwise a seek through the record's visits.
QString lastVisitDateAsOf(const LedgerTable& table, const QString& alias, Binds& binds, const QVariant& day);
// The same with the day written into the SQL as a literal, so that the expression may
// be repeated (nextDue() repeats its argument; a bound placeholder is used once).
QString lastVisitDateAsOfLiteral(const LedgerTable& table, const QString& alias, QDate day);
// The same visit's date as a scalar subquery: max(visit_on), read from the index alone
// (no visit row is read unless the ledger restricts the kinds). Evaluate it once per
// record (see DueList), not inside nextDue(), which repeats its argument.
QString lastVisitDate(const LedgerTable& table, const QString& recordId, const QString& dayPlaceholder);

// The date of the next visit/review due (rules::nextDueSql) of the record row
// `alias` (its registered_on, interval column and, for relief, status) after the
// date expression `lastVisit` (NULL: never visited, so the registration day counts).
// A stopped relief household is not reviewed any more: NULL.
QString nextDue(const LedgerTable& table, const QString& alias, const QString& lastVisit);

// The condition restricting `orgColumn` to the division `underCode` and everything
// below it; empty when underCode is empty or the database's jurisdiction root (no
// condition at all, so the sort index alone serves the page). An unknown code is the
// error "unit.unknown".
Result<QString> orgCondition(const QSqlDatabase& db, const QString& underCode, const QString& orgColumn,
                             Binds& binds);

} // namespace wushe::storage::ledgersql
