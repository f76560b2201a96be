#pragma once

// Shared by the UI tests: a new 大荔县 database on a fixed day, and valid ID numbers.
#include "Clock.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <optional>

namespace wushe::uitest {

struct CountyDb
{
    FixedClock clock{QDate(2026, 6, 30)};
    QTemporaryDir dir;
    std::optional<storage::Database> db;

    CountyDb()
    {
        const auto catalog = org::DivisionCatalog::loadBundled();
        REQUIRE(catalog);
        auto made = org::JurisdictionCreator(*catalog).create(dir.filePath(QStringLiteral("dali.db")),
                                                              QStringLiteral("610523000000"), {QStringLiteral("test"), &clock});
        REQUIRE(made);
        db = std::move(*made);
    }
    storage::WriteContext context() const { return {QStringLiteral("test"), &clock}; }
};

// A 大荔县 ID number born on `birth` (yyyyMMdd) with its check digit.
inline QString validId(const QString& birth, int sequence)
{
    const QString first17 = QStringLiteral("610523") + birth + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

} // namespace wushe::uitest
