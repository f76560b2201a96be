#pragma once

#include "Error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace wushe::storage {

// How a column's SQL value becomes the text of a cell (screen and printout alike).
enum class CellFormat { Text, Date, Money, Hours, YesNo, Number, MaskedId };

struct RegistryColumn
{
    QString header; // Chinese, translated
    QString field;  // a field of the spec's source
    CellFormat format = CellFormat::Text;
    // Enum key → Chinese label (closed lists), applied before `format`.
    QString (*label)(const QString& key) = nullptr;
    // A cell worked out from the value by a rule (e.g. the station standard on the day asked).
    QString (*derive)(const QSqlDatabase& db, const QVariant& value, QDate asOf) = nullptr;
    bool numeric = false; // right-aligned
};

// What a list shows: the unit's subtree, a period, and the day rules are judged on.
struct RegistryScope
{
    QString orgCode;
    QDate from; // null: open
    QDate to;   // null: open
    QDate asOf;
};

struct RegistryRow
{
    QString id;
    QStringList cells;
};

// Where a registry list's rows come from, in SQL (see RegistrySources). FROM `from`
// (the main table, alias t) with `joins` (to-one joins that never drop a row: foreign
// keys, LEFT JOINs), unit filter on `orgColumn`, period overlap on [periodFrom,
// periodTo] (a NULL end is open; empty periodFrom: the registry has no date and
// filters by unit only). `:as_of` may be used in expressions. Counting reads the main
// table alone; a page is chosen on it before the joins when `order` uses the main
// table only (joinAfterPaging).
struct RegistrySource
{
    QString from;
    QString joins;
    bool joinAfterPaging = true;
    QString where = QStringLiteral("t.deleted = 0");
    QString idColumn = QStringLiteral("t.id");
    QString orgColumn = QStringLiteral("t.org_code");
    QString periodFrom;
    QString periodTo;
    QString order;
    QHash<QString, QString> fields; // field name → SQL expression

    bool hasPeriod() const { return !periodFrom.isEmpty(); }
    QString field(const QString& name) const
    {
        Q_ASSERT_X(fields.contains(name), "RegistrySource::field", qPrintable(name));
        return fields.value(name);
    }
};

// One registry list described by data, so every registry pages, filters and prints the
// same way: the rows' source and how each column is headed and formatted. Lists that a
// rule produces (few rows) give `rows` instead of a source.
struct RegistrySpec
{
    QString key;   // stable English name, e.g. "social_workers"
    QString title; // e.g. 社会工作者名册
    RegistrySource source;
    QList<RegistryColumn> columns;
    std::function<Result<QList<RegistryRow>>(const QSqlDatabase&, const RegistryScope&)> rows;

    bool hasPeriod() const { return source.hasPeriod(); }
};

// Count and pages of a registry list with LIMIT/OFFSET: a 200,000-row registry costs
// what one page does.
class RegistryList
{
public:
    RegistryList(QSqlDatabase db, RegistrySpec spec) : m_db(std::move(db)), m_spec(std::move(spec)) {}

    const RegistrySpec& spec() const { return m_spec; }
    Result<qint64> count(const RegistryScope& scope) const;
    Result<QList<RegistryRow>> page(const RegistryScope& scope, qint64 offset, int limit) const;

    static QString cellText(const QSqlDatabase& db, const RegistryColumn& column, const QVariant& value, QDate asOf);

private:
    Result<QString> whereClause(const RegistryScope& scope, QVariantMap& binds) const;

    QSqlDatabase m_db;
    RegistrySpec m_spec;
};

} // namespace wushe::storage
