#pragma once

#include "domain/ReliefHousehold.h"
#include "exchange/Field.h"
#include "exchange/LedgerExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/ReliefRepository.h"

#include <QSet>

namespace wushe::exchange {

// One member of a household as a row: the household's columns repeated on every
// member's row (what offices keep, often with the household cells merged), then
// the member's own. The head's ID number groups the rows of one household.
struct ReliefRow
{
    ReliefHousehold* household = nullptr;
    int member = 0;
    QDate lastVisit;
    QDate nextDue;
};

// 社会救助台账 as a flat table, one row per household member. Importing adds or
// updates whole households: members in the file are added or updated, members
// missing from it are kept (a partial list never removes anyone).
class ReliefExchange : public LedgerExchange
{
public:
    ReliefExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);

    QString name() const override { return QStringLiteral("relief"); }
    QString title() const override;
    const QList<ExchangeColumn>& columns() const override { return m_columns; }
    QStringList keyColumns() const override { return {QStringLiteral("member_id_number")}; }
    QString groupColumn() const override { return QStringLiteral("head_id_number"); }

    Result<qint64> count(const ExportScope& scope) const override;
    Result<void> exportRows(const ExportScope& scope, const std::function<bool(const QList<QVariant>&)>& row) const override;
    Result<ApplyOutcome> apply(const QList<ImportValues>& group) override;
    QList<ExchangeColumn> visitColumns() const override;
    Result<void> exportVisits(const ExportScope& scope, const std::function<bool(const QList<QVariant>&)>& row) const override;

private:
    QList<QVariant> values(const ReliefRow& row) const;
    QList<QVariant> mappedValues(const ReliefRow& row, const ImportValues& values) const;
    Result<std::optional<ReliefHousehold>> findHousehold(const QString& headIdNumber) const;

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    storage::ReliefRepository m_repository;
    QList<Field<ReliefRow>> m_fields;
    QList<ExchangeColumn> m_columns;
    QSet<QString> m_householdKeys; // columns of the household (the same on each member's row)
};

} // namespace wushe::exchange
