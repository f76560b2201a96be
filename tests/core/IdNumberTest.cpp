#include "rules/IdNumber.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

#include <string>

using wushe::rules::IdNumber;
using wushe::rules::Sex;

namespace {

// Fixed "today" so results never depend on the machine clock.
const QDate kToday(2024, 6, 15);

// Catch2 prints std::string but not QString; comparing as UTF-8 keeps failures readable.
std::string u8(const QString& s)
{
    return s.toStdString();
}

std::string iso(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

// A valid 18-digit number for region + YYYYMMDD + 3-digit sequence.
QString build(const char* region, const char* date, const char* sequence)
{
    const QString first17 = QString::fromLatin1(region) + QString::fromLatin1(date)
                          + QString::fromLatin1(sequence);
    return first17 + IdNumber::checkDigit(first17);
}

IdNumber parseOk(const QString& input, QDate today = kToday)
{
    const auto result = IdNumber::parse(input, today);
    INFO("input: " << u8(input) << (result ? "" : " error: " + u8(result.error().toString())));
    REQUIRE(result.has_value());
    return *result;
}

wushe::Error parseError(const QString& input, QDate today = kToday)
{
    const auto result = IdNumber::parse(input, today);
    INFO("input: " << u8(input) << (result ? " unexpectedly valid: " + u8(result->text()) : ""));
    REQUIRE_FALSE(result.has_value());
    return result.error();
}

} // namespace

TEST_CASE("checkDigit matches hand-verified GB 11643 examples", "[IdNumber]")
{
    // Each verified by hand (weighted sum mod 11 -> "10X98765432") and
    // independently with a separate Python implementation.
    struct Case { const char* first17; char expected; };
    const auto c = GENERATE(values<Case>({
        {"11010519491231002", 'X'}, // sum 167, 167 mod 11 = 2 -> X (GB 11643 standard example)
        {"44052418800101001", '4'}, // sum 195, mod 11 = 8 -> 4
        {"61052319800101123", '0'}, // sum 199, mod 11 = 1 -> 0
        {"13050319670401001", '6'}, // sum 182, mod 11 = 6 -> 6
        {"11010119900307447", '7'},
        {"71000019900101004", 'X'},
    }));
    INFO(c.first17);
    CHECK(IdNumber::checkDigit(QString::fromLatin1(c.first17)) == QLatin1Char(c.expected));
}

TEST_CASE("checkDigit rejects input that is not 17 ASCII digits", "[IdNumber]")
{
    const auto input = GENERATE(as<QString>{},
                                QString(),
                                QStringLiteral("1101051949123100"),     // 16
                                QStringLiteral("110105194912310021"),   // 18
                                QStringLiteral("1101051949123100A"),
                                QString::fromUtf8("１１０１０５１９４９１２３１００２")); // full-width: callers must normalise
    INFO(u8(input));
    CHECK(IdNumber::checkDigit(input).isNull());
}

TEST_CASE("checkDigit produces every one of the 11 check characters", "[IdNumber]")
{
    QString seen;
    for (int seq = 0; seq < 1000; ++seq) {
        const QString first17 = QStringLiteral("61052319800101") + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        const QChar c = IdNumber::checkDigit(first17);
        if (!seen.contains(c))
            seen += c;
    }
    CHECK(seen.size() == 11);
}

TEST_CASE("valid numbers built from region, date and sequence parse", "[IdNumber]")
{
    struct Case { const char* region; const char* date; const char* seq; QDate birth; };
    const auto c = GENERATE(values<Case>({
        {"610523", "19800101", "123", QDate(1980, 1, 1)},
        {"610523", "20000229", "001", QDate(2000, 2, 29)},   // 2000 is a leap year
        {"610523", "19960229", "456", QDate(1996, 2, 29)},
        {"610523", "18900101", "010", QDate(1890, 1, 1)},    // earliest accepted date
        {"610523", "20240615", "002", QDate(2024, 6, 15)},   // born today
        {"110101", "19991231", "999", QDate(1999, 12, 31)},
        {"650102", "20101010", "000", QDate(2010, 10, 10)},
        {"460100", "19700701", "555", QDate(1970, 7, 1)},
    }));
    const QString text = build(c.region, c.date, c.seq);
    const IdNumber id = parseOk(text);
    CHECK(u8(id.text()) == u8(text));
    CHECK(iso(id.birthDate()) == iso(c.birth));
    CHECK(u8(id.regionCode()) == c.region);
    CHECK_FALSE(id.wasConvertedFrom15());
}

TEST_CASE("well-known literal numbers are valid", "[IdNumber]")
{
    struct Case { const char* text; const char* region; QDate birth; Sex sex; };
    const auto c = GENERATE(values<Case>({
        {"11010519491231002X", "110105", QDate(1949, 12, 31), Sex::Female},
        {"130503196704010016", "130503", QDate(1967, 4, 1), Sex::Male},
        {"610523198001011230", "610523", QDate(1980, 1, 1), Sex::Male},
        {"110101199003074477", "110101", QDate(1990, 3, 7), Sex::Male},
    }));
    const IdNumber id = parseOk(QString::fromLatin1(c.text));
    CHECK(u8(id.text()) == c.text);
    CHECK(u8(id.regionCode()) == c.region);
    CHECK(iso(id.birthDate()) == iso(c.birth));
    CHECK(id.sex() == c.sex);
}

TEST_CASE("wrong check digit says expected and actual", "[IdNumber]")
{
    struct Case { const char* text; const char* message; };
    const auto c = GENERATE(values<Case>({
        {"110105194912310023", "校验码错误：应为X，实际为3"},
        {"130503196704010010", "校验码错误：应为6，实际为0"},
        {"61052319800101123X", "校验码错误：应为0，实际为X"},
        {"61052319800101123x", "校验码错误：应为0，实际为X"},   // reported after normalising
    }));
    const wushe::Error e = parseError(QString::fromLatin1(c.text));
    CHECK(u8(e.key) == "id.check_digit");
    CHECK(u8(e.message) == c.message);
}

TEST_CASE("impossible birth dates are rejected", "[IdNumber]")
{
    struct Case { const char* date; const char* message; };
    const auto c = GENERATE(values<Case>({
        {"19800230", "出生日期无效：19800230"},
        {"19000229", "出生日期无效：19000229"},   // 1900 is not a leap year (century rule)
        {"19810229", "出生日期无效：19810229"},
        {"19801301", "出生日期无效：19801301"},
        {"19800001", "出生日期无效：19800001"},
        {"19800100", "出生日期无效：19800100"},
        {"19800431", "出生日期无效：19800431"},
        {"18891231", "出生日期无效：18891231（早于1890年1月1日）"},
        {"00000000", "出生日期无效：00000000"},
    }));
    // A correct check digit, so the date is the only thing wrong.
    const wushe::Error e = parseError(build("610523", c.date, "123"));
    CHECK(u8(e.key) == "id.birth_date");
    CHECK(u8(e.message) == c.message);
}

TEST_CASE("Feb 29 is valid only in leap years", "[IdNumber]")
{
    CHECK(IdNumber::parse(build("610523", "20000229", "123"), kToday).has_value());
    CHECK(IdNumber::parse(build("610523", "20240229", "123"), kToday).has_value());
    CHECK_FALSE(IdNumber::parse(build("610523", "19000229", "123"), kToday).has_value());
    CHECK_FALSE(IdNumber::parse(build("610523", "20230229", "123"), kToday).has_value());
}

TEST_CASE("a famous number born before 1890 is rejected for its date only", "[IdNumber]")
{
    // 440524188001010014 has a correct check digit but a birth date in 1880.
    const wushe::Error e = parseError(QStringLiteral("440524188001010014"));
    CHECK(u8(e.key) == "id.birth_date");
}

TEST_CASE("birth date after the injected today is rejected", "[IdNumber]")
{
    const QString text = build("610523", "20240616", "123");

    const wushe::Error e = parseError(text, QDate(2024, 6, 15));
    CHECK(u8(e.key) == "id.birth_future");
    CHECK(u8(e.message) == "出生日期晚于今天：2024-06-16");

    // Same number is fine once "today" has caught up: no hidden clock.
    CHECK(IdNumber::parse(text, QDate(2024, 6, 16)).has_value());
    CHECK(IdNumber::parse(text, QDate(2030, 1, 1)).has_value());
}

TEST_CASE("an invalid today rejects rather than accepts", "[IdNumber]")
{
    const wushe::Error e = parseError(QStringLiteral("11010519491231002X"), QDate());
    CHECK(u8(e.key) == "id.birth_future");
}

TEST_CASE("15-digit legacy numbers are converted to 18 digits", "[IdNumber]")
{
    struct Case { const char* legacy; const char* full; QDate birth; };
    const auto c = GENERATE(values<Case>({
        {"610523800101123", "610523198001011230", QDate(1980, 1, 1)},
        {"130503670401001", "130503196704010016", QDate(1967, 4, 1)},
        {"110105491231002", "11010519491231002X", QDate(1949, 12, 31)},
    }));
    const IdNumber id = parseOk(QString::fromLatin1(c.legacy));
    CHECK(u8(id.text()) == c.full);
    CHECK(iso(id.birthDate()) == iso(c.birth));
    CHECK(id.wasConvertedFrom15());
    // Same person, same 18-digit text, but provenance is remembered.
    const IdNumber modern = parseOk(QString::fromLatin1(c.full));
    CHECK(u8(modern.text()) == u8(id.text()));
    CHECK_FALSE(modern.wasConvertedFrom15());
}

TEST_CASE("15-digit legacy numbers are validated like 18-digit ones", "[IdNumber]")
{
    struct Case { const char* legacy; const char* key; const char* message; };
    const auto c = GENERATE(values<Case>({
        {"61052380010112X", "id.characters", "15位旧号码只能包含数字：第15位“X”不是数字"},
        {"61052380010112x", "id.characters", "15位旧号码只能包含数字：第15位“X”不是数字"},
        {"610523800230123", "id.birth_date", "出生日期无效：19800230"},
        {"610523000229123", "id.birth_date", "出生日期无效：19000229"},
        {"990523800101123", "id.region", "地区码无效：99 不是有效的省级代码"},
    }));
    const wushe::Error e = parseError(QString::fromLatin1(c.legacy));
    CHECK(u8(e.key) == c.key);
    CHECK(u8(e.message) == c.message);
}

TEST_CASE("normalise trims, maps full-width characters and upper-cases x", "[IdNumber]")
{
    struct Case { const char* input; const char* expected; };
    const auto c = GENERATE(values<Case>({
        {"11010519491231002X", "11010519491231002X"},
        {"11010519491231002x", "11010519491231002X"},
        {"  11010519491231002X  ", "11010519491231002X"},
        {"\t11010519491231002X\r\n", "11010519491231002X"},
        {"\u300011010519491231002X\u3000", "11010519491231002X"},      // ideographic space
        {"\u00a0\ufeff11010519491231002X\u200b", "11010519491231002X"}, // NBSP, BOM, zero-width space
        {"１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"},
        {"１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"},
        {"０１２３４５６７８９", "0123456789"},
        {"110105 19491231 002X", "110105 19491231 002X"},   // inner spaces are kept (and then rejected)
        {"", ""},
        {" \u3000 ", ""},
    }));
    CHECK(u8(IdNumber::normalise(QString::fromUtf8(c.input))) == c.expected);
}

TEST_CASE("messy but valid input parses to the canonical form", "[IdNumber]")
{
    const auto input = GENERATE(as<const char*>{},
        "11010519491231002x",
        "  11010519491231002X ",
        "\u300011010519491231002X\u3000",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "\u3000１１０１０５１９４９１２３１００２ｘ ",
        "１１０１０５４９１２３１００２");   // full-width 15-digit legacy form
    const IdNumber id = parseOk(QString::fromUtf8(input));
    CHECK(u8(id.text()) == "11010519491231002X");
}

TEST_CASE("full-width 610523 number parses", "[IdNumber]")
{
    const IdNumber id = parseOk(QString::fromUtf8("６１０５２３１９８００１０１１２３０"));
    CHECK(u8(id.text()) == "610523198001011230");
    CHECK(u8(id.regionCode()) == "610523");
}

TEST_CASE("empty input", "[IdNumber]")
{
    const auto input = GENERATE(as<const char*>{}, "", " ", "\u3000\u3000", "\t\n");
    const wushe::Error e = parseError(QString::fromUtf8(input));
    CHECK(u8(e.key) == "id.empty");
    CHECK(u8(e.message) == "身份证号码为空");
}

TEST_CASE("wrong length reports the actual length", "[IdNumber]")
{
    struct Case { const char* input; int length; };
    const auto c = GENERATE(values<Case>({
        {"1", 1},
        {"61052319800101", 14},
        {"6105231980010112", 16},
        {"61052319800101123", 17},
        {"6105231980010112301", 19},
        {" 6105231980010112301 ", 19},             // length counted after trimming
        {"１１０１０５１９４９１２３１００２", 17},  // full-width counts per character
    }));
    const wushe::Error e = parseError(QString::fromUtf8(c.input));
    CHECK(u8(e.key) == "id.length");
    CHECK(u8(e.message) == u8(QStringLiteral("长度应为18位（或15位旧号码），实际为%1位").arg(c.length)));
}

TEST_CASE("bad characters name the position and the character", "[IdNumber]")
{
    struct Case { const char* input; const char* message; };
    const auto c = GENERATE(values<Case>({
        {"A1010519491231002X", "只能包含数字，最后一位可为X：第1位“A”不是数字"},
        {"1101A519491231002X", "只能包含数字，最后一位可为X：第5位“A”不是数字"},
        {"1101X5194912310021", "只能包含数字，最后一位可为X：第5位“X”不是数字"},
        {"1101x5194912310021", "只能包含数字，最后一位可为X：第5位“X”不是数字"},
        {"1101051949123100X2", "只能包含数字，最后一位可为X：第17位“X”不是数字"},
        {"11010519491231002Y", "只能包含数字，最后一位可为X：第18位“Y”不是数字或X"},
        {"110105 19491231002", "只能包含数字，最后一位可为X：第7位“空格”不是数字"},
        {"1101051949-1231002", "只能包含数字，最后一位可为X：第11位“-”不是数字"},
        {"11010519491231002%", "只能包含数字，最后一位可为X：第18位“%”不是数字或X"},
        {"11010５1949一231002X", "只能包含数字，最后一位可为X：第11位“一”不是数字"},
    }));
    const wushe::Error e = parseError(QString::fromUtf8(c.input));
    CHECK(u8(e.key) == "id.characters");
    CHECK(u8(e.message) == c.message);
}

TEST_CASE("invisible bad characters are shown as code points", "[IdNumber]")
{
    QString input = QStringLiteral("11010519491231002X");
    input[3] = QChar(0x0007);
    const wushe::Error e = parseError(input);
    CHECK(u8(e.key) == "id.characters");
    CHECK(u8(e.message) == "只能包含数字，最后一位可为X：第4位“U+0007”不是数字");
}

TEST_CASE("every province-level code is accepted", "[IdNumber]")
{
    const auto province = GENERATE(as<const char*>{},
        "11", "12", "13", "14", "15", "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83");
    const QString region = QString::fromLatin1(province) + QStringLiteral("0101");
    const IdNumber id = parseOk(build(region.toLatin1().constData(), "19900101", "123"));
    CHECK(id.regionCode() == region);
}

TEST_CASE("Hong Kong, Macau and Taiwan residence-permit numbers are valid", "[IdNumber]")
{
    const auto region = GENERATE(as<const char*>{}, "810000", "820000", "830000");
    const IdNumber id = parseOk(build(region, "19900101", "001"));
    CHECK(u8(id.regionCode()) == region);
    CHECK(iso(id.birthDate()) == "1990-01-01");
}

TEST_CASE("invalid province codes are rejected", "[IdNumber]")
{
    const auto province = GENERATE(as<const char*>{},
        "00", "10", "16", "20", "24", "30", "38", "40", "47", "49",
        "55", "60", "66", "70", "72", "80", "84", "90", "91", "99");
    const QString region = QString::fromLatin1(province) + QStringLiteral("0101");
    // Correct check digit, so the region is the only thing wrong.
    const wushe::Error e = parseError(build(region.toLatin1().constData(), "19900101", "123"));
    CHECK(u8(e.key) == "id.region");
    CHECK(u8(e.message) == "地区码无效：" + std::string(province) + " 不是有效的省级代码");
}

TEST_CASE("sex comes from digit 17", "[IdNumber]")
{
    struct Case { const char* seq; Sex sex; const char* label; };
    const auto c = GENERATE(values<Case>({
        {"000", Sex::Female, "女"},
        {"001", Sex::Male, "男"},
        {"122", Sex::Female, "女"},
        {"123", Sex::Male, "男"},
        {"998", Sex::Female, "女"},
        {"999", Sex::Male, "男"},
        {"910", Sex::Female, "女"},   // only the last sequence digit counts
        {"017", Sex::Male, "男"},
    }));
    const IdNumber id = parseOk(build("610523", "19800101", c.seq));
    CHECK(id.sex() == c.sex);
    CHECK(u8(id.sexLabel()) == c.label);
}

TEST_CASE("sex of a converted 15-digit number comes from its last digit", "[IdNumber]")
{
    CHECK(parseOk(QStringLiteral("610523800101123")).sex() == Sex::Male);
    CHECK(parseOk(QStringLiteral("610523800101124")).sex() == Sex::Female);
}

TEST_CASE("ageOn counts full years", "[IdNumber]")
{
    struct Case { const char* birth; QDate on; int age; };
    const auto c = GENERATE(values<Case>({
        {"19800615", QDate(1980, 6, 15), 0},    // day of birth
        {"19800615", QDate(1980, 6, 14), -1},   // before birth
        {"19800615", QDate(1981, 6, 14), 0},
        {"19800615", QDate(1981, 6, 15), 1},
        {"19800615", QDate(2020, 6, 14), 39},   // day before birthday
        {"19800615", QDate(2020, 6, 15), 40},   // birthday
        {"19800615", QDate(2020, 6, 16), 40},
        {"19800615", QDate(2020, 12, 31), 40},
        {"19800615", QDate(2021, 1, 1), 40},
        {"19801231", QDate(2020, 12, 30), 39},
        {"19801231", QDate(2020, 12, 31), 40},
        {"19800101", QDate(2019, 12, 31), 39},
        {"19800101", QDate(2020, 1, 1), 40},
        // Feb 29: a year older on Mar 1 in non-leap years, on Feb 29 in leap years.
        {"20000229", QDate(2001, 2, 28), 0},
        {"20000229", QDate(2001, 3, 1), 1},
        {"20000229", QDate(2003, 2, 28), 2},
        {"20000229", QDate(2003, 3, 1), 3},
        {"20000229", QDate(2004, 2, 28), 3},
        {"20000229", QDate(2004, 2, 29), 4},
        {"20000229", QDate(2004, 3, 1), 4},
        {"20000229", QDate(2018, 2, 28), 17},
        {"20000229", QDate(2018, 3, 1), 18},    // 18th birthday in a non-leap year
        {"20000229", QDate(2100, 2, 28), 99},   // 2100 is not a leap year
        {"20000229", QDate(2100, 3, 1), 100},
    }));
    const IdNumber id = parseOk(build("610523", c.birth, "123"), QDate(2000, 12, 31));
    INFO(c.birth << " on " << iso(c.on));
    CHECK(id.ageOn(c.on) == c.age);
}

TEST_CASE("masked shows first 6 and last 4 characters", "[IdNumber]")
{
    struct Case { const char* input; const char* masked; };
    const auto c = GENERATE(values<Case>({
        {"11010519491231002X", "110105********002X"},
        {"11010519491231002x", "110105********002X"},
        {"130503196704010016", "130503********0016"},
        {"610523800101123", "610523********1230"},   // masks the converted 18-digit form
    }));
    const IdNumber id = parseOk(QString::fromLatin1(c.input));
    CHECK(u8(id.masked()) == c.masked);
    CHECK(id.masked().size() == 18);
}

TEST_CASE("equality compares the number", "[IdNumber]")
{
    const IdNumber a = parseOk(QStringLiteral("11010519491231002X"));
    const IdNumber b = parseOk(QString::fromUtf8(" １１０１０５１９４９１２３１００２ｘ\u3000"));
    const IdNumber c = parseOk(QStringLiteral("130503196704010016"));
    CHECK(a == b);
    CHECK_FALSE(a == c);
    CHECK(a != c);
}

TEST_CASE("checks run in a fixed order so the first problem is reported", "[IdNumber]")
{
    struct Case { const char* input; const char* key; };
    const auto c = GENERATE(values<Case>({
        {"9901051949123100AX", "id.characters"},   // bad char beats bad region
        {"990105198002300021", "id.region"},       // bad region beats bad date and check digit
        {"110105198002300020", "id.birth_date"},   // bad date beats bad check digit
        {"110105209901010020", "id.birth_future"}, // future date beats bad check digit
    }));
    CHECK(u8(parseError(QString::fromLatin1(c.input)).key) == c.key);
}
