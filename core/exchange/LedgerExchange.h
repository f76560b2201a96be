#pragma once

#include "Error.h"
#include "exchange/ExchangeColumn.h"
#include "storage/LedgerQuery.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>

namespace wushe::exchange {

// What an export lists: the ledger page's filter (unit from the tree, category,
// search …; registries use only underCode and asOf).
struct ExportScope
{
    storage::LedgerFilter filter;
};

// One imported row: column key → normalised value, for the mapped columns only
// (an unmapped column leaves the stored value alone). The Unit* columns of a role
// arrive resolved, as the code under the role's UnitCode key.
using ImportValues = QHash<QString, QVariant>;
inline const QString kOccurrence = QStringLiteral("#occurrence");

enum class ApplyOutcome { Added, Updated, Unchanged };

// One ledger or registry as a flat table: its columns, its rows for export, and
// how an imported row (or a group of rows: a relief household) is added or
// updated. Writes happen inside the importer's transaction.
class LedgerExchange
{
public:
    virtual ~LedgerExchange() = default;

    virtual QString name() const = 0;  // CLI name: elderly, children, relief …
    virtual QString title() const = 0; // 老年人台账 …
    virtual const QList<ExchangeColumn>& columns() const = 0;
    // Columns whose values together identify a row: a second row with the same
    // key in one file is refused (duplicate ID number …).
    virtual QStringList keyColumns() const = 0;
    // False when two rows may share a key (two sessions of one activity on one
    // day): they are then matched to the stored records with that key in order
    // (ImportValues carries kOccurrence, 0 for the first such row) instead of refused.
    virtual bool uniqueKeys() const { return true; }
    // Rows with the same value here are applied together (relief: the head's ID).
    virtual QString groupColumn() const { return {}; }

    virtual Result<qint64> count(const ExportScope& scope) const = 0;
    // Calls `row` with one value per column (see ValueNormalizer for the types)
    // until it returns false.
    virtual Result<void> exportRows(const ExportScope& scope,
                                    const std::function<bool(const QList<QVariant>&)>& row) const = 0;
    virtual Result<ApplyOutcome> apply(const QList<ImportValues>& group) = 0;

    // The visits of the listed records (person ledgers), for a second sheet:
    // no columns when the ledger has none.
    virtual QList<ExchangeColumn> visitColumns() const { return {}; }
    virtual Result<void> exportVisits(const ExportScope&, const std::function<bool(const QList<QVariant>&)>&) const
    {
        return {};
    }
    // After a rolled-back row: forget anything cached about what it wrote.
    virtual void rolledBack() {}
};

} // namespace wushe::exchange
