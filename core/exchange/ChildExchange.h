#pragma once

#include "domain/ChildRecord.h"
#include "exchange/PersonLedgerExchange.h"
#include "storage/ChildRepository.h"

namespace wushe::exchange {

// 儿童台账 as a table: the child, the village, guardian and parents, every field by label.
class ChildExchange : public PersonLedgerExchange<ChildRecord, storage::ChildRepository>
{
public:
    ChildExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);
    QString name() const override { return QStringLiteral("children"); }
};

} // namespace wushe::exchange
