#pragma once

#include "Error.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

namespace wushe::rules {

enum class Sex { Male, Female };

// A 公民身份号码 as defined by GB 11643-1999.
// Only parse() creates one, so every instance holds a valid 18-character number;
// callers never need to re-check. Legacy 15-digit numbers are upgraded on parse.
class IdNumber
{
public:
    // Normalises then validates. `today` is injected (no hidden clock) so results are
    // reproducible: birth dates after it are rejected. An invalid `today` rejects
    // every number, which makes the caller's bug visible instead of silently accepting.
    static Result<IdNumber> parse(QStringView input, QDate today);

    // GB 11643-1999 (ISO 7064 MOD 11-2) check character for 17 ASCII digits.
    // Returns a null QChar if the input is not exactly 17 ASCII digits.
    static QChar checkDigit(QStringView first17);

    // Undoes what people paste from Word/Excel/IME: trims surrounding white space
    // (including the ideographic space U+3000, NBSP, BOM and zero-width space),
    // maps full-width digits/X to ASCII and x to X. Does not validate.
    static QString normalise(QStringView input);

    QString text() const;          // the 18-character form, upper-case X
    QString masked() const;        // first 6 and last 4 shown, 8 '*' between
    QDate birthDate() const;
    Sex sex() const;               // digit 17 (index 16): odd = male
    QString sexLabel() const;      // "男" / "女"
    // Full years on `date`; negative before the birth date. A Feb 29 birthday
    // counts as reached on Mar 1 in non-leap years.
    int ageOn(QDate date) const;
    QString regionCode() const;    // first 6 digits (行政区划代码)
    bool wasConvertedFrom15() const;

    // Note: a number parsed from its 15-digit form compares unequal to the same
    // number parsed from 18 digits, because wasConvertedFrom15() differs.
    bool operator==(const IdNumber&) const = default;

private:
    IdNumber(QString text, QDate birthDate, bool convertedFrom15);

    QString m_text;                // always 18 characters, validated
    QDate m_birthDate;             // cached: derived from m_text
    bool m_convertedFrom15 = false;
};

} // namespace wushe::rules
