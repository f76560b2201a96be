#include "DatabaseChooserDialog.h"
#include "org/DivisionCatalog.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

TEST_CASE("Chooser finds a county by search and creates its database", "[ui][chooser]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    wushe::ui::DatabaseChooserDialog dialog(*catalog);
    QAbstractItemModelTester tester(dialog.tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    dialog.setFilterText(QStringLiteral("大荔"));
    // The search keeps 大荔县 and its ancestors, nothing of other counties.
    QAbstractItemModel* model = dialog.tree()->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex city = model->index(0, 0, model->index(0, 0));
    CHECK(city.data().toString() == QStringLiteral("渭南市"));
    CHECK(model->rowCount(city) == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dali.db"));
    REQUIRE(dialog.selectJurisdiction(QStringLiteral("610523000000")));
    dialog.setTargetPath(path);
    REQUIRE(dialog.createDatabase());
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.chosenPath() == QFileInfo(path).absoluteFilePath());

    auto db = wushe::storage::Database::open(path);
    REQUIRE(db);
    auto units = wushe::storage::OrgUnitRepository(db->sql()).all();
    REQUIRE(units);
    CHECK(units->size() == 319);
}

TEST_CASE("Chooser refuses to overwrite and says why", "[ui][chooser]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    wushe::ui::DatabaseChooserDialog dialog(*catalog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.db"));
    QFile taken(path);
    REQUIRE(taken.open(QIODevice::WriteOnly));
    taken.write("keep me");
    taken.close();

    REQUIRE(dialog.selectJurisdiction(QStringLiteral("610523000000")));
    dialog.setTargetPath(path);
    CHECK_FALSE(dialog.createDatabase());
    CHECK(dialog.errorText().contains(QStringLiteral("已存在")));
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("keep me"));
}
