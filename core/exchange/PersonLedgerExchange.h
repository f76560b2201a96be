#pragma once

#include "exchange/CommonFields.h"
#include "exchange/Listed.h"
#include "exchange/RecordExchange.h"
#include "exchange/VisitSheet.h"
#include "storage/LedgerQuery.h"
#include "storage/PersonRepository.h"
#include "storage/WriteContext.h"

namespace wushe::exchange {

// Elderly and children: one row per record, keyed by the person's ID number,
// listed in the ledger page's order and filter (LedgerQuery), each record read
// through its repository.
template <typename Record, typename Repository>
class PersonLedgerExchange : public RecordExchange<Listed<Record>>
{
public:
    using Row = Listed<Record>;

    PersonLedgerExchange(QSqlDatabase db, storage::WriteContext context, Ledger ledger)
        : m_db(std::move(db)), m_context(std::move(context)), m_ledger(ledger), m_repository(m_db, m_context)
    {
    }

    QString title() const override { return kLedgers.label(m_ledger); }
    QStringList keyColumns() const override { return {QStringLiteral("id_number")}; }

    Result<qint64> count(const ExportScope& scope) const override
    {
        storage::LedgerFilter filter = scope.filter;
        filter.ledger = m_ledger;
        return storage::LedgerQuery(m_db).count(filter);
    }

    QList<ExchangeColumn> visitColumns() const override { return VisitSheet::columns(m_ledger); }
    Result<void> exportVisits(const ExportScope& scope, const std::function<bool(const QList<QVariant>&)>& row) const override
    {
        return VisitSheet::rows(m_db, m_ledger, scope, row);
    }

protected:
    Result<void> forEach(const ExportScope& scope, const std::function<bool(const Row&)>& visit) const override
    {
        storage::LedgerFilter filter = scope.filter;
        filter.ledger = m_ledger;
        return m_repository.forEachListed(filter, storage::LedgerSort::Name, Qt::AscendingOrder,
                                          [&](Record&& record, QDate lastVisit, QDate nextDue) {
                                              return visit(Row{std::move(record), lastVisit, nextDue});
                                          });
    }

    Result<std::optional<Row>> findExisting(const ImportValues& values) const override
    {
        auto person = storage::PersonRepository(m_db, m_context).findByIdNumber(values.value(QStringLiteral("id_number")).toString());
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return std::optional<Row>{};
        auto record = m_repository.findByPerson((*person)->meta.id);
        if (!record)
            return std::unexpected(record.error());
        if (!*record) // only in another ledger: the new record links the person (addOrLink)
            return std::optional<Row>{};
        return std::optional<Row>{Row{std::move(**record), {}, {}}};
    }

    void initNew(Row& row) const override { row.record.registeredOn = m_context.clock->today(); }
    Result<void> add(Row& row) override
    {
        auto link = m_repository.add(row.record);
        if (!link)
            return std::unexpected(link.error());
        return {};
    }
    Result<void> update(Row& row) override { return m_repository.update(row.record); }

    // The visit columns (export only), after the ledger's own.
    static QList<Field<Row>> visitFields(const char* last, const char* next)
    {
        return {readOnly<Row>(column(QStringLiteral("last_visit"), fieldHeader(last), CellKind::Date, {}, 12),
                              [](const Row& r) { return r.lastVisit; }),
                readOnly<Row>(column(QStringLiteral("next_due"), fieldHeader(next), CellKind::Date, {}, 12),
                              [](const Row& r) { return r.nextDue; })};
    }

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    Ledger m_ledger;
    Repository m_repository;
};

} // namespace wushe::exchange
