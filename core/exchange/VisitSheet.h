#pragma once

#include "Error.h"
#include "domain/Ledger.h"
#include "exchange/ExchangeColumn.h"
#include "exchange/LedgerExchange.h"

#include <QSqlDatabase>

namespace wushe::exchange {

// The 探访记录 sheet of a ledger export: every live visit (or household check,
// review) of the records the page lists, newest first per record.
class VisitSheet
{
public:
    static QList<ExchangeColumn> columns(Ledger ledger);
    static Result<void> rows(const QSqlDatabase& db, Ledger ledger, const ExportScope& scope,
                             const std::function<bool(const QList<QVariant>&)>& row);
};

} // namespace wushe::exchange
