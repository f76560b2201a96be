#include "IdNumber.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace wushe::rules {

namespace {

constexpr qsizetype kLength = 18;
constexpr qsizetype kLegacyLength = 15;

// Nobody alive was born earlier; an earlier date is almost certainly a typo.
QDate earliestBirth()
{
    return QDate(1890, 1, 1);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

int numberAt(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

// Characters that sneak in around pasted numbers. QChar::isSpace() already covers
// U+3000 (ideographic space) and U+00A0; BOM and zero-width space are format
// characters, not spaces, so they are listed explicitly.
bool isTrimmable(QChar c)
{
    return c.isSpace() || c.unicode() == 0xFEFF || c.unicode() == 0x200B;
}

// Province-level codes of GB/T 2260, plus 81/82/83 used by 港澳台居民居住证
// (GB 11643 numbers with region 810000/820000/830000). 91 is deliberately absent.
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23)
        || (code >= 31 && code <= 37) || (code >= 41 && code <= 46)
        || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
        || code == 71 || code == 81 || code == 82 || code == 83;
}

// Shows an offending character in a message. Spaces and invisible characters
// would render as nothing between the quotes, so they are named instead.
QString displayChar(QChar c)
{
    if (c.isSpace())
        return QCoreApplication::translate("IdNumber", "空格");
    if (c.isPrint())
        return QString(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

IdNumber::IdNumber(QString text, QDate birthDate, bool convertedFrom15)
    : m_text(std::move(text))
    , m_birthDate(birthDate)
    , m_convertedFrom15(convertedFrom15)
{
}

QString IdNumber::normalise(QStringView input)
{
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isTrimmable(input.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(input.at(end - 1)))
        --end;

    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t u = input.at(i).unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width ０-９
            out += QChar(static_cast<char16_t>(u'0' + (u - 0xFF10)));
        else if (u == u'x' || u == 0xFF38 || u == 0xFF58) // x, Ｘ, ｘ
            out += QLatin1Char('X');
        else
            out += QChar(u);
    }
    return out;
}

QChar IdNumber::checkDigit(QStringView first17)
{
    // Weight i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2); the check character makes
    // the weighted sum of all 18 positions ≡ 1 (mod 11), with X standing for 10.
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t kCodes[] = u"10X98765432";

    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i)))
            return {};
        sum += digitAt(first17, i) * kWeights[static_cast<std::size_t>(i)];
    }
    return QChar(kCodes[sum % 11]);
}

Result<IdNumber> IdNumber::parse(QStringView input, QDate today)
{
    const QString s = normalise(input);
    if (s.isEmpty())
        return fail(QStringLiteral("id.empty"),
                    QCoreApplication::translate("IdNumber", "身份证号码为空"));

    if (s.size() != kLength && s.size() != kLegacyLength)
        return fail(QStringLiteral("id.length"),
                    QCoreApplication::translate("IdNumber", "长度应为18位（或15位旧号码），实际为%1位")
                        .arg(s.size()));

    const bool legacy = s.size() == kLegacyLength;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c))
            continue;
        const bool checkPosition = !legacy && i == kLength - 1;
        if (checkPosition && c == QLatin1Char('X'))
            continue;
        QString message;
        if (legacy)
            message = QCoreApplication::translate("IdNumber", "15位旧号码只能包含数字：第%1位“%2”不是数字");
        else if (checkPosition)
            message = QCoreApplication::translate("IdNumber", "只能包含数字，最后一位可为X：第%1位“%2”不是数字或X");
        else
            message = QCoreApplication::translate("IdNumber", "只能包含数字，最后一位可为X：第%1位“%2”不是数字");
        // Position first: a substituted character such as "%" must not be re-expanded.
        return fail(QStringLiteral("id.characters"), message.arg(i + 1).arg(displayChar(c)));
    }

    // A 15-digit number is region + YYMMDD + sequence; all were issued to people
    // born in the 1900s, hence the fixed "19".
    const QString first17 = legacy ? s.left(6) + QStringLiteral("19") + s.mid(6, 9) : s.left(17);

    const int province = numberAt(first17, 0, 2);
    if (!isProvinceCode(province))
        return fail(QStringLiteral("id.region"),
                    QCoreApplication::translate("IdNumber", "地区码无效：%1 不是有效的省级代码")
                        .arg(first17.left(2)));

    const QString dateDigits = first17.mid(6, 8);
    const QDate birth(numberAt(first17, 6, 4), numberAt(first17, 10, 2), numberAt(first17, 12, 2));
    if (!birth.isValid())
        return fail(QStringLiteral("id.birth_date"),
                    QCoreApplication::translate("IdNumber", "出生日期无效：%1").arg(dateDigits));
    if (birth < earliestBirth())
        return fail(QStringLiteral("id.birth_date"),
                    QCoreApplication::translate("IdNumber", "出生日期无效：%1（早于1890年1月1日）")
                        .arg(dateDigits));
    if (!today.isValid() || birth > today)
        return fail(QStringLiteral("id.birth_future"),
                    QCoreApplication::translate("IdNumber", "出生日期晚于今天：%1")
                        .arg(birth.toString(Qt::ISODate)));

    const QChar expected = checkDigit(first17);
    if (!legacy && s.at(kLength - 1) != expected)
        return fail(QStringLiteral("id.check_digit"),
                    QCoreApplication::translate("IdNumber", "校验码错误：应为%1，实际为%2")
                        .arg(expected)
                        .arg(s.at(kLength - 1)));

    return IdNumber(first17 + expected, birth, legacy);
}

QString IdNumber::text() const
{
    return m_text;
}

QString IdNumber::masked() const
{
    return m_text.left(6) + QString(8, QLatin1Char('*')) + m_text.right(4);
}

QDate IdNumber::birthDate() const
{
    return m_birthDate;
}

Sex IdNumber::sex() const
{
    return digitAt(m_text, 16) % 2 == 1 ? Sex::Male : Sex::Female;
}

QString IdNumber::sexLabel() const
{
    return sex() == Sex::Male ? QCoreApplication::translate("IdNumber", "男")
                              : QCoreApplication::translate("IdNumber", "女");
}

int IdNumber::ageOn(QDate date) const
{
    // Compare month/day instead of using addYears(): QDate::addYears maps Feb 29 to
    // Feb 28 in non-leap years, which would age a leap-day baby one day early.
    int years = date.year() - m_birthDate.year();
    if (date.month() < m_birthDate.month()
        || (date.month() == m_birthDate.month() && date.day() < m_birthDate.day()))
        --years;
    return years;
}

QString IdNumber::regionCode() const
{
    return m_text.left(6);
}

bool IdNumber::wasConvertedFrom15() const
{
    return m_convertedFrom15;
}

} // namespace wushe::rules
