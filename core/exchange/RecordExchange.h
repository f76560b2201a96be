#pragma once

#include "exchange/Field.h"
#include "exchange/LedgerExchange.h"

#include <optional>

namespace wushe::exchange {

// The part of a ledger's exchange that only depends on its fields: export rows
// from the getters; import a row by finding the stored record (or starting a new
// one), writing the mapped values through the setters, and saving it only when a
// value actually changed — re-importing a file changes nothing.
template <typename R>
class RecordExchange : public LedgerExchange
{
public:
    const QList<ExchangeColumn>& columns() const override { return m_columns; }

    Result<void> exportRows(const ExportScope& scope,
                            const std::function<bool(const QList<QVariant>&)>& row) const override
    {
        return forEach(scope, [&](const R& record) { return row(values(record)); });
    }

    Result<ApplyOutcome> apply(const QList<ImportValues>& group) override
    {
        const ImportValues& values = group.first();
        auto existing = findExisting(values);
        if (!existing)
            return std::unexpected(existing.error());
        R record;
        if (*existing)
            record = std::move(**existing);
        else
            initNew(record);
        // The fields the row gives a value for, looked up once.
        QList<std::pair<const Field<R>*, QVariant>> given;
        for (const Field<R>& field : m_fields)
            if (field.set)
                if (const auto it = values.constFind(field.column.key); it != values.cend())
                    given.append({&field, *it});
        const QList<QVariant> before = mappedValues(record, given);
        for (const auto& [field, value] : std::as_const(given))
            field->set(record, value);
        if (*existing) {
            if (mappedValues(record, given) == before)
                return ApplyOutcome::Unchanged;
            if (auto ok = update(record); !ok)
                return std::unexpected(ok.error());
            return ApplyOutcome::Updated;
        }
        if (auto ok = add(record); !ok)
            return std::unexpected(ok.error());
        return ApplyOutcome::Added;
    }

protected:
    void setFields(QList<Field<R>> fields)
    {
        m_fields = std::move(fields);
        m_columns.clear();
        for (const Field<R>& field : m_fields)
            m_columns.append(field.column);
    }

    QList<QVariant> values(const R& record) const
    {
        QList<QVariant> out;
        out.reserve(m_fields.size());
        for (const Field<R>& field : m_fields)
            out.append(field.get ? field.get(record) : QVariant());
        return out;
    }

    virtual Result<void> forEach(const ExportScope& scope, const std::function<bool(const R&)>& visit) const = 0;
    virtual Result<std::optional<R>> findExisting(const ImportValues& values) const = 0;
    virtual void initNew(R&) const {}
    virtual Result<void> add(R& record) = 0;
    virtual Result<void> update(R& record) = 0;

private:
    static QList<QVariant> mappedValues(const R& record, const QList<std::pair<const Field<R>*, QVariant>>& given)
    {
        QList<QVariant> out;
        out.reserve(given.size());
        for (const auto& [field, value] : given)
            out.append(field->get(record));
        return out;
    }

    QList<Field<R>> m_fields;
    QList<ExchangeColumn> m_columns;
};

} // namespace wushe::exchange
