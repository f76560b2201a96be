#pragma once

#include "Error.h"
#include "exchange/ExchangeColumn.h"
#include "exchange/SheetData.h"

#include <QDate>
#include <QVariant>

namespace wushe::exchange {

// Turns what offices type into values: spaces and full-width characters, Excel date
// serials and written dates (1950-03-01, 1950/3/1, 1950.03, 1950年3月), money in
// yuan, yes/no, categories by their Chinese labels. An empty cell gives a null
// QVariant ("not given"); a value that cannot be read gives an error whose message
// says why, for the rejection report.
//   Text/Name/Phone/IdNumber/Unit*: QString   Date: QDate   Money/Integer: qint64
//   Bool: bool   Choice: quint32 value   Choices: quint32 bits
class ValueNormalizer
{
public:
    explicit ValueNormalizer(QDate today) : m_today(today) {}

    Result<QVariant> normalize(const InCell& cell, const ExchangeColumn& column) const;

    // Trimmed (also U+3000, NBSP, zero-width space, BOM), inner white space collapsed.
    static QString clean(const QString& text);
    // clean() plus full-width → half-width (NFKC); for codes, numbers, labels, headers.
    static QString folded(const QString& text);
    // A label or header for comparison: folded, no spaces at all, lower case.
    static QString matchKey(const QString& text);

    static Result<QDate> parseDate(const InCell& cell);
    Result<QString> parseIdNumber(const InCell& cell) const;

private:
    QDate m_today;
};

} // namespace wushe::exchange
