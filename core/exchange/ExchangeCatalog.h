#pragma once

#include "exchange/LedgerExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <memory>

namespace wushe::exchange {

// Every ledger and registry that can be exported and imported, by CLI name.
class ExchangeCatalog
{
public:
    // elderly, children, relief, organizations, volunteers, social-workers, activities
    static QStringList names();
    // Null for an unknown name. `units` must outlive the exchange.
    static std::unique_ptr<LedgerExchange> make(const QString& name, const QSqlDatabase& db,
                                                const storage::WriteContext& context, const UnitResolver* units);
};

} // namespace wushe::exchange
