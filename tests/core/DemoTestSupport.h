#pragma once
// Demo databases shared by the demo tests: each is generated once per test run
// (a scale-1 demo with its year of visits takes a few seconds).

#include "TestSupport.h"
#include "demo/DemoGenerator.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace wushe::test {

struct DemoDb
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::optional<storage::Database> db;
    demo::DemoSummary summary;
};

// A new 大荔县 database filled by the demo; the test stops if it fails.
inline DemoDb generateDemo(demo::DemoOptions options)
{
    DemoDb demo;
    REQUIRE(demo.dir->isValid());
    demo.db.emplace(
        createJurisdiction(demo.dir->filePath(QStringLiteral("demo.db")), QStringLiteral("610523000000")));
    auto summary = demo::DemoGenerator(*demo.db, writeContext(), options).generate();
    INFO((summary ? std::string() : u8(summary.error().toString())));
    REQUIRE(summary.has_value());
    demo.summary = *summary;
    return demo;
}

// The default demo: scale 1, one year of visits, seed 2022.
inline const DemoDb& defaultDemo()
{
    static const DemoDb demo = generateDemo({});
    return demo;
}

// The default demo again, its visits written through VisitRepository::add instead
// of the generator's prepared statement: the same data is expected.
inline const DemoDb& defaultDemoThroughRepository()
{
    static const DemoDb demo = [] {
        demo::DemoOptions options;
        options.visitWriter = demo::VisitWriter::Repository;
        return generateDemo(options);
    }();
    return demo;
}

// Another seed.
inline const DemoDb& otherSeedDemo()
{
    static const DemoDb demo = generateDemo({1, 2023});
    return demo;
}

} // namespace wushe::test
