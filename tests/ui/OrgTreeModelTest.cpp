#include "OrgTreeModel.h"
#include "org/DivisionCatalog.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using wushe::OrgLevel;
using wushe::ui::OrgTreeModel;

TEST_CASE("OrgTreeModel builds 大荔县's tree and passes QAbstractItemModelTester", "[ui][model]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUnits(catalog->subtree(u"610523000000"));

    REQUIRE(model.rowCount() == 1);
    const QModelIndex county = model.index(0, 0);
    CHECK(county.data().toString() == QStringLiteral("大荔县"));
    CHECK(model.rowCount(county) == 17);
    int villages = 0;
    for (int row = 0; row < model.rowCount(county); ++row)
        villages += model.rowCount(model.index(row, 0, county));
    CHECK(villages == 301);

    const QModelIndex township = model.indexOfCode(QStringLiteral("610523101000"));
    REQUIRE(township.isValid());
    CHECK(township.data().toString() == QStringLiteral("许庄镇"));
    CHECK(township.parent() == county);
    CHECK(model.index(township.row(), OrgTreeModel::KindColumn, county).data().toString() == QStringLiteral("镇"));
    CHECK(township.data(OrgTreeModel::LevelRole).toInt() == int(OrgLevel::Township));
    CHECK_FALSE(model.indexOfCode(QStringLiteral("610102000000")).isValid());
}

TEST_CASE("OrgTreeModel makes units without a parent in the list into roots", "[ui][model]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    OrgTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Two townships of different counties, no county: two roots.
    model.setUnits({*catalog->find(u"610523101000"), *catalog->find(u"610102001000")});
    CHECK(model.rowCount() == 2);
    model.setUnits({});
    CHECK(model.rowCount() == 0);
}
