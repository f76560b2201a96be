#pragma once

// Shared by the UI tests: a new 大荔县 database on a fixed day, its operations (the
// door pages and dialogs write through), and valid ID numbers.
#include "Clock.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "rules/IdNumber.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

namespace wushe::uitest {

// An operator who is only a login (tests' stamps).
inline ops::Operator operatorNamed(const QString& login)
{
    ops::Operator who;
    who.login = login;
    return who;
}

struct CountyDb
{
    FixedClock clock{QDate(2026, 6, 30)};
    QTemporaryDir dir;
    std::optional<storage::Database> db;
    ops::ChangeNotifier notifier;
    std::unique_ptr<ops::Operations> operations; // after db: closed before it

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
    // Made on first use: from then on every write on the connection goes through it.
    ops::Operations& ops()
    {
        if (!operations)
            operations = std::make_unique<ops::Operations>(db->sql(), operatorNamed(QStringLiteral("test")), clock, &notifier);
        return *operations;
    }
};

// A 大荔县 ID number born on `birth` (yyyyMMdd) with its check digit.
inline QString validId(const QString& birth, int sequence)
{
    const QString first17 = QStringLiteral("610523") + birth + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

} // namespace wushe::uitest
