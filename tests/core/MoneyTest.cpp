#include "domain/Money.h"

#include <catch2/catch.hpp>

using wushe::formatYuan;
using wushe::parseYuan;

TEST_CASE("Yuan text is read into integer fen without floating point", "[money]")
{
    struct Case
    {
        const char* text;
        qint64 fen;
    };
    const Case cases[] = {{"650", 65000},        {"650.5", 65050},   {"650.50", 65050}, {" 1,234.05 ", 123405},
                          {"0.01", 1},           {"0", 0},           {"-12.30", -1230}, {"￥88", 8800},
                          {"650元", 65000},      {"999999999999.99", 99999999999999}};
    for (const Case& c : cases) {
        INFO(c.text);
        const auto fen = parseYuan(QString::fromUtf8(c.text));
        REQUIRE(fen.has_value());
        CHECK(*fen == c.fen);
    }
    // 0.1 + 0.2 style drift cannot happen: sums stay exact.
    CHECK(*parseYuan(QStringLiteral("0.10")) + *parseYuan(QStringLiteral("0.20")) == *parseYuan(QStringLiteral("0.30")));
}

TEST_CASE("Malformed amounts are refused with a reason", "[money]")
{
    for (const char* text : {"", "abc", "1.234", "12.3.4", "1e3", "--5", ".5"}) {
        INFO(text);
        const auto fen = parseYuan(QString::fromUtf8(text));
        REQUIRE_FALSE(fen.has_value());
        CHECK(fen.error().key == QStringLiteral("money.format"));
    }
}

TEST_CASE("Fen are written as yuan with two decimals", "[money]")
{
    CHECK(formatYuan(65050) == QStringLiteral("650.50"));
    CHECK(formatYuan(5) == QStringLiteral("0.05"));
    CHECK(formatYuan(-5) == QStringLiteral("-0.05"));
    CHECK(formatYuan(0) == QStringLiteral("0.00"));
    CHECK(*parseYuan(formatYuan(123456789)) == 123456789);
}
