#pragma once

#include "Error.h"
#include "domain/Ledger.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace wushe::storage {

// A ledger record whose next visit (elderly, children) or household check/review
// (relief) is due. For relief the person is the head of household.
struct DueItem
{
    Ledger ledger = Ledger::Elderly;
    QString recordId;
    QString personId;
    QString name;
    QString idNumber;
    QString orgCode;
    QString villageName;
    QString phone;
    VisitInterval interval = VisitInterval::Quarter;
    QDate lastVisit; // null: never visited (due counts from the registration day)
    QDate due;
    int daysOverdue = 0; // > 0 overdue, <= 0 due within the horizon
};

// The work list of visits and reviews: one SQL statement per ledger, each reading the
// last visit per record with one seek on visit (subject_id, visit_on).
class DueList
{
public:
    explicit DueList(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every live record of the three ledgers below `underCode` (empty: the whole
    // database) whose next visit/review is due on or before day + horizonDays, most
    // overdue first (then elderly, children, relief; then pinyin order of the name).
    // Relief households with status "stopped" are not reviewed and never listed.
    Result<QList<DueItem>> dueAndOverdue(const QString& underCode, QDate day, int horizonDays = 7) const;

    // EXPLAIN QUERY PLAN of the statement for one ledger (see LedgerQuery::pagePlan).
    Result<QStringList> plan(Ledger ledger, const QString& underCode, QDate day, int horizonDays = 7) const;

private:
    Result<QList<DueItem>> dueIn(Ledger ledger, const QString& underCode, QDate day, QDate until) const;

    QSqlDatabase m_db;
};

} // namespace wushe::storage
