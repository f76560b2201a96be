#include "rules/PhoneNumber.h"

#include <catch2/catch.hpp>

#include <string>

using wushe::rules::checkPhoneNumber;
using wushe::rules::maskPhoneNumber;

TEST_CASE("Phone numbers are accepted and normalised", "[phone]")
{
    struct Case
    {
        const char* input;
        const char* normalised;
    };
    const Case c = GENERATE(values<Case>({
        {"", ""},
        {"   ", ""},
        {"13912345678", "13912345678"},
        {" 18691234567 ", "18691234567"},
        {"１３９１２３４５６７８", "13912345678"},  // full-width digits
        {"0913-1234567", "0913-1234567"},
        {"0913 1234567", "0913-1234567"},
        {"09131234567", "0913-1234567"},
        {"029-88881234", "029-88881234"},
        {"０９１３－１２３４５６７", "0913-1234567"},
    }));
    const auto result = checkPhoneNumber(QString::fromUtf8(c.input));
    INFO("input: \"" << c.input << '"');
    REQUIRE(result.has_value());
    CHECK(result->toStdString() == c.normalised);
}

TEST_CASE("Malformed phone numbers are refused", "[phone]")
{
    const char* input = GENERATE("12345", "1391234567", "139123456789", "12912345678", "0913-12345",
                                 "913-1234567", "139-1234-5678", "tel 13912345678", "1391234567８a");
    const auto result = checkPhoneNumber(QString::fromUtf8(input));
    INFO("input: \"" << input << '"');
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().key.toStdString() == "phone.format");
    CHECK(result.error().message.contains(QString::fromUtf8(input)));
}

TEST_CASE("Phone numbers are masked for lists", "[phone]")
{
    CHECK(maskPhoneNumber(QStringLiteral("13912345678")).toStdString() == "139****5678");
    CHECK(maskPhoneNumber(QStringLiteral("0913-1234567")).toStdString() == "091*****4567");
    CHECK(maskPhoneNumber(QStringLiteral("123456")).toStdString() == "123456");
    CHECK(maskPhoneNumber(QString()).isEmpty());
}
