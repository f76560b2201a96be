#include "storage/LedgerSql.h"

#include "rules/VisitSchedule.h"
#include "storage/OrgUnitRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace wushe::storage::ledgersql {

const LedgerTable& ledgerTable(Ledger ledger)
{
    static const LedgerTable elderly{Ledger::Elderly, QStringLiteral("elderly_record"), QStringLiteral("person_id"),
                                     QStringLiteral("visit_interval"), QString()};
    static const LedgerTable child{Ledger::Child, QStringLiteral("child_record"), QStringLiteral("person_id"),
                                   QStringLiteral("visit_interval"), QString()};
    // A relief household is due for its household check / review; a courtesy visit does not count.
    static const LedgerTable relief{Ledger::Relief, QStringLiteral("relief_household"),
                                    QStringLiteral("head_person_id"), QStringLiteral("review_cycle"),
                                    QStringLiteral("v.kind IN ('household_check', 'review')")};
    switch (ledger) {
    case Ledger::Elderly: return elderly;
    case Ledger::Child: return child;
    case Ledger::Relief: return relief;
    }
    return elderly;
}

QString Binds::add(const QVariant& value)
{
    const QString name = QStringLiteral(":p%1").arg(m_values.size() + 1);
    m_values.append({name, value});
    return name;
}

void Binds::bindTo(QSqlQuery& query) const
{
    for (const auto& [name, value] : m_values)
        query.bindValue(name, value);
}

Result<QSqlQuery> run(const QSqlDatabase& db, const Statement& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, statement.sql); !ok)
        return std::unexpected(ok.error());
    statement.binds.bindTo(query);
    if (auto ok = exec(query, statement.what); !ok)
        return std::unexpected(ok.error());
    return query;
}

Result<QStringList> explain(const QSqlDatabase& db, const Statement& statement)
{
    auto query = run(db, {QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.binds, statement.what});
    if (!query)
        return std::unexpected(query.error());
    // Rows are (id, parent, notused, detail), parents before their children.
    QHash<int, int> depth;
    QStringList lines;
    while (query->next()) {
        const int level = depth.value(query->value(1).toInt(), -1) + 1;
        depth.insert(query->value(0).toInt(), level);
        lines << QString(2 * level, u' ') + query->value(3).toString();
    }
    return lines;
}

QString lastVisitRowid(const LedgerTable& table, const QString& recordId, const QString& dayPlaceholder)
{
    return QStringLiteral("SELECT v.rowid FROM visit v WHERE v.subject_id = %1 AND v.deleted = 0 AND v.visit_on <= %2%3 "
                          "ORDER BY v.visit_on DESC LIMIT 1")
        .arg(recordId, dayPlaceholder,
             table.visitKinds.isEmpty() ? QString() : QStringLiteral(" AND ") + table.visitKinds);
}

QString lastVisitDate(const LedgerTable& table, const QString& recordId, const QString& dayPlaceholder)
{
    return QStringLiteral("SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = %1 AND v.deleted = 0 "
                          "AND v.visit_on <= %2%3")
        .arg(recordId, dayPlaceholder,
             table.visitKinds.isEmpty() ? QString() : QStringLiteral(" AND ") + table.visitKinds);
}

namespace {

QString storedOrSeek(const LedgerTable& table, const QString& alias, const QString& day, const QString& dayAgain)
{
    const QString stored = alias + QStringLiteral(".last_visit_on");
    return QStringLiteral("CASE WHEN %1 IS NULL OR %1 <= %2 THEN %1 ELSE (%3) END")
        .arg(stored, day, lastVisitDate(table, alias + QStringLiteral(".id"), dayAgain));
}

} // namespace

QString lastVisitDateAsOf(const LedgerTable& table, const QString& alias, Binds& binds, const QVariant& day)
{
    return storedOrSeek(table, alias, binds.add(day), binds.add(day));
}

QString lastVisitDateAsOfLiteral(const LedgerTable& table, const QString& alias, QDate day)
{
    // An ISO date made by QDate: digits and dashes only, safe to write into SQL.
    const QString literal = QStringLiteral("'%1'").arg(day.toString(Qt::ISODate));
    return storedOrSeek(table, alias, literal, literal);
}

QString nextDue(const LedgerTable& table, const QString& alias, const QString& lastVisit)
{
    const QString due = rules::nextDueSql(QStringLiteral("coalesce(%1, %2.registered_on)").arg(lastVisit, alias),
                                          alias + u'.' + table.intervalColumn);
    if (table.ledger == Ledger::Relief)
        return QStringLiteral("(CASE WHEN %1.status = 'stopped' THEN NULL ELSE %2 END)").arg(alias, due);
    return u'(' + due + u')';
}

Result<QString> orgCondition(const QSqlDatabase& db, const QString& underCode, const QString& orgColumn,
                             Binds& binds)
{
    const QString code = underCode.trimmed();
    if (code.isEmpty())
        return QString();
    auto unit = OrgUnitRepository(db).find(code);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit)
        return fail(QStringLiteral("unit.unknown"),
                    QCoreApplication::translate("LedgerQuery", "区划%1不在本数据库的辖区内").arg(code));
    if ((*unit)->depth == 0)
        return QString(); // the whole database: every row is below its root
    if ((*unit)->level == OrgLevel::Village)
        return QStringLiteral("%1 = %2").arg(orgColumn, binds.add(code)); // equality keeps (org_code, name_key) ordered
    const CodeRange range = subtreeRange((*unit)->code, (*unit)->level);
    const QString low = binds.add(range.low);
    const QString high = binds.add(range.high);
    return QStringLiteral("%1 BETWEEN %2 AND %3").arg(orgColumn, low, high);
}

} // namespace wushe::storage::ledgersql
