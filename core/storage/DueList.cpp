#include "storage/DueList.h"

#include "storage/LedgerSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace wushe::storage {

using ledgersql::Binds;
using ledgersql::LedgerTable;

Result<QList<DueItem>> DueList::dueAndOverdue(const QString& underCode, QDate day, int horizonDays) const
{
    if (!day.isValid())
        return fail(QStringLiteral("due.date"), QCoreApplication::translate("DueList", "请指定日期"));
    if (horizonDays < 0)
        return fail(QStringLiteral("due.horizon"), QCoreApplication::translate("DueList", "提前天数不能为负数"));
    QList<DueItem> items;
    for (const Ledger ledger : {Ledger::Elderly, Ledger::Child, Ledger::Relief}) {
        auto due = dueIn(ledger, underCode, day, day.addDays(horizonDays));
        if (!due)
            return std::unexpected(due.error());
        items += *due;
    }
    // Each ledger's list is already in (due, pinyin) order; a stable sort on the due
    // day alone keeps that order, and the ledgers' order, among equal days.
    std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) { return a.due < b.due; });
    return items;
}

namespace {

// The last visit of every record is its stored last_visit_on (a seek on
// visit_subject only for days before it), computed once per record in a materialized CTE (next_due repeats its argument, and
// the due day is needed in WHERE, SELECT and ORDER BY); people and villages are then
// looked up for the records that are due only.
Result<ledgersql::Statement> dueStatement(const QSqlDatabase& db, Ledger ledger, const QString& underCode, QDate day,
                                          QDate until)
{
    const LedgerTable& table = ledgersql::ledgerTable(ledger);
    Binds binds;
    QStringList where{QStringLiteral("r.deleted = 0")};
    auto org = ledgersql::orgCondition(db, underCode, QStringLiteral("r.org_code"), binds);
    if (!org)
        return std::unexpected(org.error());
    if (!org->isEmpty())
        where << *org;
    const bool relief = ledger == Ledger::Relief;
    if (relief)
        where << QStringLiteral("r.status <> 'stopped'");
    const QString lastVisit = ledgersql::lastVisitDateAsOf(table, QStringLiteral("r"), binds, day.toString(Qt::ISODate));
    const QString sql =
        QStringLiteral("WITH last AS MATERIALIZED (SELECT r.rowid AS rid, r.id, r.%1 AS person_id, r.id_number, r.org_code, "
                       "r.name_key, r.registered_on, r.%2%3, (%4) AS last_visit FROM %5 r WHERE %6) "
                       "SELECT d.id, d.person_id, p.name, d.id_number, d.org_code, o.name, p.phone, d.%2, d.last_visit, d.due "
                       "FROM (SELECT last.*, %7 AS due FROM last) d JOIN person p ON p.id = d.person_id "
                       "LEFT JOIN org_unit o ON o.code = d.org_code WHERE d.due <= %8 ORDER BY d.due, d.name_key, d.rid")
            .arg(table.personColumn, table.intervalColumn, relief ? QStringLiteral(", r.status") : QString(), lastVisit,
                 table.table, where.join(QStringLiteral(" AND ")),
                 ledgersql::nextDue(table, QStringLiteral("last"), QStringLiteral("last.last_visit")),
                 binds.add(until.toString(Qt::ISODate)));
    return ledgersql::Statement{sql, binds, QStringLiteral("due list ") + table.table};
}

} // namespace

Result<QList<DueItem>> DueList::dueIn(Ledger ledger, const QString& underCode, QDate day, QDate until) const
{
    auto statement = dueStatement(m_db, ledger, underCode, day, until);
    if (!statement)
        return std::unexpected(statement.error());
    auto query = ledgersql::run(m_db, *statement);
    if (!query)
        return std::unexpected(query.error());
    QList<DueItem> items;
    while (query->next()) {
        const QSqlQuery& q = *query;
        DueItem item;
        item.ledger = ledger;
        item.recordId = q.value(0).toString();
        item.personId = q.value(1).toString();
        item.name = q.value(2).toString();
        item.idNumber = q.value(3).toString();
        item.orgCode = q.value(4).toString();
        item.villageName = q.value(5).toString();
        item.phone = q.value(6).toString();
        item.interval = kVisitIntervals.fromKey(q.value(7).toString()).value_or(VisitInterval::Quarter);
        item.lastVisit = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        item.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        item.daysOverdue = int(item.due.daysTo(day));
        items.append(item);
    }
    return items;
}

Result<QStringList> DueList::plan(Ledger ledger, const QString& underCode, QDate day, int horizonDays) const
{
    auto statement = dueStatement(m_db, ledger, underCode, day, day.addDays(horizonDays));
    if (!statement)
        return std::unexpected(statement.error());
    return ledgersql::explain(m_db, *statement);
}

} // namespace wushe::storage
