#pragma once

#include "exchange/ExchangeColumn.h"

#include <QDate>
#include <QVariant>

#include <functional>

namespace wushe::exchange {

// A column bound to a record type: how to read its value from a record and write
// an imported value into it. A field without a setter is export-only.
template <typename R>
struct Field
{
    ExchangeColumn column;
    std::function<QVariant(const R&)> get;
    std::function<void(R&, const QVariant&)> set;
};

inline ExchangeColumn column(QString key, QString header, CellKind kind, QStringList synonyms = {}, double width = 12)
{
    ExchangeColumn c;
    c.key = std::move(key);
    c.header = std::move(header);
    c.kind = kind;
    c.synonyms = std::move(synonyms);
    c.width = width;
    return c;
}

inline ExchangeColumn required(ExchangeColumn c)
{
    c.required = true;
    return c;
}

inline ExchangeColumn role(ExchangeColumn c, QString unitRole)
{
    c.unitRole = std::move(unitRole);
    return c;
}

// The helpers take an accessor `[](auto& r) -> auto& { return r.x.y; }` that works on
// const and non-const records alike.

template <typename R, typename Access>
Field<R> textField(ExchangeColumn c, Access access)
{
    return {c, [access](const R& r) { return QVariant(QString(access(r))); },
            [access](R& r, const QVariant& v) { access(r) = v.toString(); }};
}

template <typename R, typename Access>
Field<R> dateField(ExchangeColumn c, Access access)
{
    c.kind = CellKind::Date;
    return {c, [access](const R& r) { return QVariant(QDate(access(r))); },
            [access](R& r, const QVariant& v) { access(r) = v.toDate(); }};
}

template <typename R, typename Access>
Field<R> integerField(ExchangeColumn c, Access access)
{
    return {c, [access](const R& r) { return QVariant(qint64(access(r))); },
            [access](R& r, const QVariant& v) {
                using T = std::remove_cvref_t<decltype(access(r))>;
                access(r) = T(v.toLongLong());
            }};
}

template <typename R, typename Access>
Field<R> boolField(ExchangeColumn c, Access access)
{
    c.kind = CellKind::Bool;
    return {c, [access](const R& r) { return QVariant(bool(access(r))); },
            [access](R& r, const QVariant& v) {
                if (v.isValid())
                    access(r) = v.toBool();
            }};
}

// One value of an EnumTable, by label; an empty cell keeps the value.
template <typename R, typename E, std::size_t N, typename Access>
Field<R> choiceField(ExchangeColumn c, const EnumTable<E, N>& table, Access access)
{
    c.kind = CellKind::Choice;
    c.options = optionsOf(table);
    return {c, [access](const R& r) { return QVariant(quint32(access(r))); },
            [access](R& r, const QVariant& v) {
                if (v.isValid())
                    access(r) = E(v.toUInt());
            }};
}

// A bit set of an EnumTable's values, labels joined with 、.
template <typename R, typename E, std::size_t N, typename Access>
Field<R> choicesField(ExchangeColumn c, const EnumTable<E, N>& table, Access access)
{
    c.kind = CellKind::Choices;
    c.options = optionsOf(table);
    return {c, [access](const R& r) { return QVariant(quint32(access(r))); },
            [access](R& r, const QVariant& v) { access(r) = v.toUInt(); }};
}

template <typename R, typename Access>
Field<R> readOnly(ExchangeColumn c, Access access)
{
    c.exportOnly = true;
    return {c, [access](const R& r) { return QVariant(access(r)); }, {}};
}

} // namespace wushe::exchange
