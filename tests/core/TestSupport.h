#pragma once
// Helpers shared by the core tests: a fixed clock, the bundled catalog, file hashes.

#include "Clock.h"
#include "Error.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <string>

namespace wushe::test {

// Catch2 prints std::string but not QString: compare as UTF-8.
inline std::string u8(const QString& s)
{
    return s.toStdString();
}

// The key of a failed result, "" on success: CHECK(keyOf(r) == "db.too_new").
template <typename T>
std::string keyOf(const Result<T>& result)
{
    return result ? std::string() : u8(result.error().key);
}

inline const QDate kToday(2026, 6, 30);

inline const Clock& fixedClock()
{
    static const FixedClock clock(QDateTime(kToday, QTime(9, 0)));
    return clock;
}

inline storage::WriteContext writeContext()
{
    return {QStringLiteral("tester"), &fixedClock()};
}

inline const org::DivisionCatalog& catalog()
{
    static const org::DivisionCatalog loaded = org::DivisionCatalog::loadBundled().value();
    return loaded;
}

// A new database for one jurisdiction; the test stops if it cannot be made.
inline storage::Database createJurisdiction(const QString& path, const QString& code)
{
    auto db = org::JurisdictionCreator(catalog()).create(path, code, writeContext());
    INFO((db ? std::string() : u8(db.error().toString())));
    REQUIRE(db.has_value());
    return std::move(*db);
}

inline QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(WUSHE_SOURCE_DIR "/") + relative;
}

} // namespace wushe::test
