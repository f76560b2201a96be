#pragma once

#include "domain/EnumTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wushe::exchange {

// How a column's values are written and read back.
enum class CellKind {
    Text,     // trimmed, inner runs of spaces collapsed
    Name,     // a person's name: every space removed
    IdNumber, // 公民身份号码: text, masked unless unmasked
    Phone,    // text, masked unless unmasked
    Date,     // a real Excel date; read from serials and the usual written forms
    Money,    // integer fen, written as yuan with two decimals
    Integer,
    Bool,     // 是 / 否
    Choice,   // one label of `options`
    Choices,  // labels of `options` joined with 、 (bit set)
    UnitCode, // a division's 12-digit code
    UnitName, // the division's name (a village matched by name in the unit tree)
    Township  // the township above the division (helps to tell villages of one name apart)
};

struct ExchangeOption
{
    quint32 value = 0; // enum value, or its bit for Choices
    QString label;     // translated label
    QString source;    // Chinese source label (always accepted)
};

// A column of an exported and imported ledger. The getter/setter live in the
// ledger's exchange (RecordExchange); this is what the files need to know.
struct ExchangeColumn
{
    QString key;            // stable English key (mapping overrides, tests)
    QString header;         // Chinese header as exported
    QStringList synonyms;   // other headers offices use for it
    CellKind kind = CellKind::Text;
    bool required = false;  // a row without it is refused (new and existing records)
    bool exportOnly = false; // derived (sex, birth date from the ID; last visit): not imported
    QString unitRole;       // Unit* kinds: which division the column describes
    double width = 12;
    QList<ExchangeOption> options;
};

template <typename E, std::size_t N>
QList<ExchangeOption> optionsOf(const EnumTable<E, N>& table)
{
    QList<ExchangeOption> options;
    for (const auto& entry : table.entries())
        options.append({quint32(entry.value), table.label(entry.value), QString::fromUtf8(entry.label)});
    return options;
}

} // namespace wushe::exchange
