#include "storage/LedgerQuery.h"

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "rules/IdNumber.h"
#include "rules/LedgerRules.h"
#include "rules/PhoneNumber.h"
#include "storage/LedgerSql.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace wushe::storage {

using ledgersql::Binds;
using ledgersql::LedgerTable;

namespace {


// What the search box holds, classified (see LedgerFilter::search).
struct SearchTerm
{
    enum class Kind { None, Name, IdNumber, Phone, Suffix };
    Kind kind = Kind::None;
    QString value; // name text, 18-character ID, normalised phone, or the trailing digits
};

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}

SearchTerm classifySearch(const QString& input)
{
    // Digits as typed or pasted: full-width forms, lower-case x, spaces and hyphens inside.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\u3000\u2014\uFF0D]"));
    QString digits = rules::IdNumber::normalise(input);
    digits.remove(separators);
    if (digits.isEmpty())
        return {};
    static const QRegularExpression idNumber(QStringLiteral("^\\d{17}[\\dX]$"));
    static const QRegularExpression mobile(QStringLiteral("^1\\d{10}$"));
    static const QRegularExpression tail(QStringLiteral("^\\d*[\\dX]$"));
    if (idNumber.match(digits).hasMatch())
        return {SearchTerm::Kind::IdNumber, digits};
    if (mobile.match(digits).hasMatch())
        return {SearchTerm::Kind::Phone, digits};
    if (tail.match(digits).hasMatch()) {
        // A whole landline with its area code ("0913-1234567") is stored with the hyphen.
        if (auto phone = rules::checkPhoneNumber(rules::IdNumber::normalise(input)); phone && !phone->isEmpty())
            return {SearchTerm::Kind::Phone, *phone};
        return {SearchTerm::Kind::Suffix, digits};
    }
    // Anything else is (part of) a name, compared the way PersonRepository stores names.
    QString name = input.simplified().remove(u' ');
    if (name.isEmpty())
        return {};
    return {SearchTerm::Kind::Name, name};
}

QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The rows of `personColumn` matching the search, as an IN condition that starts from
// an index: person_name_index for names, the ledger's id_number index for an ID, and
// the reversed ID/phone columns for "ends with" (a prefix range on the reversed text;
// LIKE would not use these BINARY indexes).
QString searchCondition(const SearchTerm& term, const QString& alias, const LedgerTable& table, Binds& binds)
{
    const QString person = alias + u'.' + table.personColumn;
    switch (term.kind) {
    case SearchTerm::Kind::None: return {};
    case SearchTerm::Kind::IdNumber: return QStringLiteral("%1.id_number = %2").arg(alias, binds.add(term.value));
    case SearchTerm::Kind::Phone:
        return QStringLiteral("%1 IN (SELECT sp.id FROM person sp WHERE sp.phone = %2 AND sp.phone <> '')")
            .arg(person, binds.add(term.value));
    case SearchTerm::Kind::Suffix: {
        const QString low = reversed(term.value);
        QString high = low;
        high.back() = QChar(high.back().unicode() + 1); // every text starting with `low` sorts below it
        const QString idLow = binds.add(low);
        const QString idHigh = binds.add(high);
        const QString phoneLow = binds.add(low);
        const QString phoneHigh = binds.add(high);
        return QStringLiteral("%1 IN (SELECT si.id FROM person si WHERE si.id_reversed >= %2 AND si.id_reversed < %3 "
                              "UNION ALL SELECT sp.id FROM person sp WHERE sp.phone_reversed <> '' "
                              "AND sp.phone_reversed >= %4 AND sp.phone_reversed < %5)")
            .arg(person, idLow, idHigh, phoneLow, phoneHigh);
    }
    case SearchTerm::Kind::Name:
        // Every 1- and 2-character piece of a name is indexed: a 1- or 2-character term is
        // one index lookup; a longer one looks up its first two characters, then checks the name.
        if (term.value.size() <= 2)
            return QStringLiteral("%1 IN (SELECT g.person_id FROM person_name_index g WHERE g.gram = %2)")
                .arg(person, binds.add(term.value));
        const QString gram = binds.add(term.value.left(2));
        const QString pattern = binds.add(u'%' + likeEscaped(term.value) + u'%');
        return QStringLiteral("%1 IN (SELECT g.person_id FROM person_name_index g JOIN person gp ON gp.id = g.person_id "
                              "WHERE g.gram = %2 AND gp.name LIKE %3 ESCAPE '\\')")
            .arg(person, gram, pattern);
    }
    return {};
}

struct Selection
{
    QStringList where;  // ANDed
    Binds binds;
};

Result<Selection> selectRows(const QSqlDatabase& db, const LedgerFilter& filter, const LedgerTable& table)
{
    if (!filter.asOf.isValid())
        return fail(QStringLiteral("query.as_of"), QCoreApplication::translate("LedgerQuery", "查询台账需要指定日期"));
    Selection selection;
    selection.where << QStringLiteral("r.deleted = 0");
    auto org = ledgersql::orgCondition(db, filter.underCode, QStringLiteral("r.org_code"), selection.binds);
    if (!org)
        return std::unexpected(org.error());
    if (!org->isEmpty())
        selection.where << *org;
    if (table.ledger == Ledger::Relief) {
        if (filter.reliefCategory)
            selection.where << QStringLiteral("r.category = %1")
                                   .arg(selection.binds.add(kReliefCategories.key(*filter.reliefCategory)));
    } else {
        if (filter.categoryMask != 0)
            selection.where << QStringLiteral("(r.categories & %1) <> 0").arg(selection.binds.add(filter.categoryMask));
        if (filter.riskTier)
            selection.where << QStringLiteral("r.risk_tier = %1").arg(selection.binds.add(kRiskTiers.key(*filter.riskTier)));
    }
    if (const QString search = searchCondition(classifySearch(filter.search), QStringLiteral("r"), table, selection.binds);
        !search.isEmpty())
        selection.where << search;
    if (filter.overdueOnly) {
        // The stored last visit (migration 006) answers for "today" without a seek
        // through each record's visits.
        const QString lastVisit = ledgersql::lastVisitDateAsOfLiteral(table, QStringLiteral("r"), filter.asOf);
        selection.where << QStringLiteral("%1 < %2").arg(ledgersql::nextDue(table, QStringLiteral("r"), lastVisit),
                                                         selection.binds.add(filter.asOf.toString(Qt::ISODate)));
    }
    return selection;
}

// ORDER BY over the sort columns of the ledger row `r`; its rowid breaks ties so that
// pages never overlap, and is the last column of every ledger index.
QString orderBy(LedgerSort sort, Qt::SortOrder order)
{
    QStringList columns;
    switch (sort) {
    case LedgerSort::Name: columns << QStringLiteral("name_key"); break;
    case LedgerSort::IdNumber: columns << QStringLiteral("id_number"); break;
    case LedgerSort::BirthDate: columns << QStringLiteral("birth_date"); break;
    case LedgerSort::Village: columns << QStringLiteral("org_code") << QStringLiteral("name_key"); break;
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString& column : columns)
        terms << QStringLiteral("r.") + column + direction;
    terms << QStringLiteral("r.rowid") + direction;
    return terms.join(QStringLiteral(", "));
}

QString categoriesLabel(Ledger ledger, const QVariant& value)
{
    switch (ledger) {
    case Ledger::Elderly: return labelsOfBits(kElderlyCategories, value.toUInt()).join(QStringLiteral("、"));
    case Ledger::Child: return labelsOfBits(kChildCategories, value.toUInt()).join(QStringLiteral("、"));
    case Ledger::Relief: {
        const auto category = kReliefCategories.fromKey(value.toString());
        return category ? kReliefCategories.label(*category) : value.toString();
    }
    }
    return {};
}

QString riskOrStatusLabel(Ledger ledger, const QString& key)
{
    if (ledger == Ledger::Relief) {
        const auto status = kReliefStatuses.fromKey(key);
        return status ? kReliefStatuses.label(*status) : key;
    }
    const auto tier = kRiskTiers.fromKey(key);
    return tier ? kRiskTiers.label(*tier) : key;
}

Result<ledgersql::Statement> countStatement(const QSqlDatabase& db, const LedgerFilter& filter)
{
    const LedgerTable& table = ledgersql::ledgerTable(filter.ledger);
    auto selection = selectRows(db, filter, table);
    if (!selection)
        return std::unexpected(selection.error());
    return ledgersql::Statement{QStringLiteral("SELECT count(*) FROM %1 r WHERE %2")
                                    .arg(table.table, selection->where.join(QStringLiteral(" AND "))),
                                selection->binds, QStringLiteral("count ") + table.table};
}

Result<ledgersql::Statement> pageStatement(const QSqlDatabase& db, const LedgerFilter& filter, LedgerSort sort,
                                           Qt::SortOrder order, qint64 offset, int limit)
{
    if (offset < 0 || limit < 0)
        return fail(QStringLiteral("query.paging"), QCoreApplication::translate("LedgerQuery", "分页参数不正确"));
    const LedgerTable& table = ledgersql::ledgerTable(filter.ledger);
    auto selection = selectRows(db, filter, table);
    if (!selection)
        return std::unexpected(selection.error());
    Binds& binds = selection->binds;

    // The inner query picks the page's rowids from the indexes alone where it can (a
    // township's rows are a range of (org_code, name_key): sorting those index entries
    // reads no table row); the records, people, villages, visits and household sizes
    // are read for the `limit` rows of the page only. CROSS JOIN keeps that loop order;
    // the outer ORDER BY re-sorts just those rows (SQL guarantees no order otherwise).
    const bool relief = table.ledger == Ledger::Relief;
    const QString ledgerColumns = relief ? QStringLiteral("r.category, r.status, r.monthly_amount_fen")
                                         : QStringLiteral("r.categories, r.risk_tier, 0");
    const QString limitBind = binds.add(limit);
    const QString offsetBind = binds.add(offset);
    const QString inner = QStringLiteral("SELECT r.rowid AS rid FROM %1 r WHERE %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                              .arg(table.table, selection->where.join(QStringLiteral(" AND ")),
                                   orderBy(sort, order), limitBind, offsetBind);
    const QString day = binds.add(filter.asOf.toString(Qt::ISODate));
    const QString sql =
        QStringLiteral("SELECT r.id, r.%1, p.name, r.id_number, p.sex, r.birth_date, r.org_code, o.name, p.phone, "
                       "%2, %3, r.%4, lv.visit_on, %5 "
                       "FROM (%6) k CROSS JOIN %7 r ON r.rowid = k.rid JOIN person p ON p.id = r.%1 "
                       "LEFT JOIN org_unit o ON o.code = r.org_code LEFT JOIN visit lv ON lv.rowid = (%8) ORDER BY %9")
            .arg(table.personColumn, ledgerColumns,
                 relief ? QStringLiteral("(SELECT count(*) FROM relief_member m WHERE m.household_id = r.id AND m.deleted = 0)")
                        : QStringLiteral("0"),
                 table.intervalColumn, ledgersql::nextDue(table, QStringLiteral("r"), QStringLiteral("lv.visit_on")), inner,
                 table.table, ledgersql::lastVisitRowid(table, QStringLiteral("r.id"), day),
                 orderBy(sort, order));
    return ledgersql::Statement{sql, binds, QStringLiteral("page ") + table.table};
}

} // namespace

Result<qint64> LedgerQuery::count(const LedgerFilter& filter) const
{
    auto statement = countStatement(m_db, filter);
    if (!statement)
        return std::unexpected(statement.error());
    auto query = ledgersql::run(m_db, *statement);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(QStringLiteral("db.sql"), QCoreApplication::translate("LedgerQuery", "统计台账行数失败"));
    return query->value(0).toLongLong();
}

Result<QList<LedgerRow>> LedgerQuery::page(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                                           qint64 offset, int limit) const
{
    auto statement = pageStatement(m_db, filter, sort, order, offset, limit);
    if (!statement)
        return std::unexpected(statement.error());
    if (limit == 0)
        return QList<LedgerRow>{};
    auto query = ledgersql::run(m_db, *statement);
    if (!query)
        return std::unexpected(query.error());
    const Ledger ledger = filter.ledger;
    QList<LedgerRow> rows;
    rows.reserve(limit);
    while (query->next()) {
        const QSqlQuery& q = *query;
        LedgerRow row;
        row.recordId = q.value(0).toString();
        row.personId = q.value(1).toString();
        row.name = q.value(2).toString();
        row.idNumber = q.value(3).toString();
        row.sex = kSexes.fromKey(q.value(4).toString()).value_or(Sex::Male);
        row.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        row.age = rules::ageOn(row.birthDate, filter.asOf);
        row.orgCode = q.value(6).toString();
        row.villageName = q.value(7).toString();
        row.phone = q.value(8).toString();
        row.categories = categoriesLabel(ledger, q.value(9));
        row.riskOrStatus = riskOrStatusLabel(ledger, q.value(10).toString());
        row.monthlyAmountFen = q.value(11).toLongLong();
        row.householdSize = q.value(12).toInt();
        row.interval = kVisitIntervals.fromKey(q.value(13).toString()).value_or(VisitInterval::Quarter);
        row.lastVisit = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        row.nextDue = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        row.overdue = row.nextDue.isValid() && row.nextDue < filter.asOf;
        rows.append(row);
    }
    return rows;
}

Result<void> LedgerQuery::forEachRow(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                                     const QString& columns, const std::function<bool(const QSqlQuery&)>& row) const
{
    const LedgerTable& table = ledgersql::ledgerTable(filter.ledger);
    auto selection = selectRows(m_db, filter, table);
    if (!selection)
        return std::unexpected(selection.error());
    // The stored last visit answers "as of today" without a seek per record.
    const QString lastVisit = ledgersql::lastVisitDateAsOfLiteral(table, QStringLiteral("r"), filter.asOf);
    const ledgersql::Statement statement{
        QStringLiteral("SELECT %1, %2, %3 FROM %4 r JOIN person p ON p.id = r.%5 WHERE %6 ORDER BY %7")
            .arg(lastVisit, ledgersql::nextDue(table, QStringLiteral("r"), lastVisit), columns, table.table,
                 table.personColumn, selection->where.join(QStringLiteral(" AND ")),
                 orderBy(sort, order)),
        selection->binds, QStringLiteral("list ") + table.table};
    auto query = ledgersql::run(m_db, statement);
    if (!query)
        return std::unexpected(query.error());
    while (query->next())
        if (!row(*query))
            return {};
    return fetched(*query, statement.what);
}

Result<QStringList> LedgerQuery::countPlan(const LedgerFilter& filter) const
{
    auto statement = countStatement(m_db, filter);
    if (!statement)
        return std::unexpected(statement.error());
    return ledgersql::explain(m_db, *statement);
}

Result<QStringList> LedgerQuery::pagePlan(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                                          qint64 offset, int limit) const
{
    auto statement = pageStatement(m_db, filter, sort, order, offset, limit);
    if (!statement)
        return std::unexpected(statement.error());
    return ledgersql::explain(m_db, *statement);
}

} // namespace wushe::storage
