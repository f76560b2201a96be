#pragma once

#include "domain/ElderlyRecord.h"
#include "exchange/PersonLedgerExchange.h"
#include "storage/ElderlyRepository.h"

namespace wushe::exchange {

// 老年人台账 as a table: the person, the village, every ledger field by its label.
class ElderlyExchange : public PersonLedgerExchange<ElderlyRecord, storage::ElderlyRepository>
{
public:
    ElderlyExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);
    QString name() const override { return QStringLiteral("elderly"); }
};

} // namespace wushe::exchange
