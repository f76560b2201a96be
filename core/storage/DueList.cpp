#include "storage/DueList.h"

#include "storage/LedgerSql.h"
#include "storage/Sql.h"

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

Result<QList<DueItem>> DueList::dueIn(Ledger ledger, const QString& underCode, QDate day, QDate until) const
{
    const LedgerTable& table = ledgersql::ledgerTable(ledger);
    Binds binds;
    QStringList where{QStringLiteral("r.deleted = 0")};
    auto org = ledgersql::orgCondition(m_db, underCode, QStringLiteral("r.org_code"), binds);
    if (!org)
        return std::unexpected(org.error());
    if (!org->isEmpty())
        where << *org;
    if (ledger == Ledger::Relief)
        where << QStringLiteral("r.status <> 'stopped'");
    const QString dayBind = binds.add(day.toString(Qt::ISODate));
    const QString due = ledgersql::nextDue(table, QStringLiteral("r"), QStringLiteral("lv.visit_on"));
    where << QStringLiteral("%1 <= %2").arg(due, binds.add(until.toString(Qt::ISODate)));

    // Records are read in the order of their table (or of the org_code index for part
    // of the database); the last visit of each is one backward seek on visit_subject.
    const QString sql =
        QStringLiteral("SELECT r.id, r.%1, p.name, r.id_number, r.org_code, o.name, p.phone, r.%2, lv.visit_on, %3 AS due "
                       "FROM %4 r LEFT JOIN visit lv ON lv.rowid = (%5) JOIN person p ON p.id = r.%1 "
                       "LEFT JOIN org_unit o ON o.code = r.org_code WHERE %6 ORDER BY due, r.name_key, r.rowid")
            .arg(table.personColumn, table.intervalColumn, due, table.table,
                 ledgersql::lastVisitRowid(table, QStringLiteral("r.id"), dayBind), where.join(QStringLiteral(" AND ")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    binds.bindTo(query);
    if (auto ok = exec(query, QStringLiteral("due list ") + table.table); !ok)
        return std::unexpected(ok.error());
    QList<DueItem> items;
    while (query.next()) {
        DueItem item;
        item.ledger = ledger;
        item.recordId = query.value(0).toString();
        item.personId = query.value(1).toString();
        item.name = query.value(2).toString();
        item.idNumber = query.value(3).toString();
        item.orgCode = query.value(4).toString();
        item.villageName = query.value(5).toString();
        item.phone = query.value(6).toString();
        item.interval = kVisitIntervals.fromKey(query.value(7).toString()).value_or(VisitInterval::Quarter);
        item.lastVisit = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        item.due = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        item.daysOverdue = int(item.due.daysTo(day));
        items.append(item);
    }
    return items;
}

} // namespace wushe::storage
