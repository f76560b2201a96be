#include "IntegrityChecker.h"
#include "LedgerPage.h"
#include "MainWindow.h"
#include "OrgTreeModel.h"
#include "UnitOverviewPage.h"
#include "demo/DemoGenerator.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

// A demo database for 大荔县 made the way `wushe-cli demo` makes it.
QString makeDemoDatabase(const QTemporaryDir& dir, const wushe::org::DivisionCatalog& catalog, const wushe::Clock& clock)
{
    const QString path = dir.filePath(QStringLiteral("dali.db"));
    auto db = wushe::org::JurisdictionCreator(catalog).create(path, QStringLiteral("610523000000"), {QStringLiteral("test"), &clock});
    REQUIRE(db);
    REQUIRE(wushe::demo::DemoGenerator(*db, {QStringLiteral("test"), &clock}, {}).generate());
    return path;
}

// Records what the window would have shown in message boxes.
struct RecordingPrompts final : wushe::ui::UserPrompts
{
    QStringList infos;
    QStringList errors;
    void information(QWidget*, const QString& title, const QString&) override { infos << title; }
    void error(QWidget*, const QString& title, const QString&) override { errors << title; }
};

} // namespace

TEST_CASE("Main window opens a demo database and shows the jurisdiction tree and overview", "[ui][mainwindow]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    const wushe::FixedClock clock(QDate(2026, 6, 30));
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, *catalog, clock);

    RecordingPrompts prompts;
    wushe::ui::MainWindow window(*catalog, clock, prompts);
    QAbstractItemModelTester tester(window.treeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(window.openDatabase(path));
    window.show();

    QAbstractItemModel* tree = window.tree()->model();
    REQUIRE(tree->rowCount() == 1);
    const QModelIndex root = tree->index(0, 0);
    CHECK(root.data().toString() == QStringLiteral("大荔县"));
    CHECK(tree->rowCount(root) == 17);
    CHECK(window.tree()->isExpanded(root));
    CHECK(window.selectedCode() == QStringLiteral("610523000000"));
    CHECK(window.windowTitle().contains(QStringLiteral("渭南市 大荔县")));

    const QString county = window.overviewPage()->text();
    CHECK(county.contains(QStringLiteral("大荔县")));
    CHECK(county.contains(QStringLiteral("街道 2 个，镇 15 个")));
    CHECK(county.contains(QStringLiteral("县级社会工作服务总站")));

    REQUIRE(window.selectUnit(QStringLiteral("610523101000")));
    const QString township = window.overviewPage()->text();
    CHECK(township.startsWith(QStringLiteral("许庄镇")));
    CHECK(township.contains(QStringLiteral("陕西省 渭南市 大荔县 许庄镇")));
    CHECK(township.contains(QStringLiteral("乡镇（街道）社会工作服务站")));
    CHECK_FALSE(window.selectUnit(QStringLiteral("610102000000")));

    // Every page, the longest lists' bars included, fits an office PC's 1024×768 screen.
    INFO("minimum size " << window.minimumSizeHint().width() << "×" << window.minimumSizeHint().height());
    CHECK(window.minimumSizeHint().width() <= 1024);
    CHECK(window.minimumSizeHint().height() <= 768);
}

TEST_CASE("Main window refuses a missing file and keeps what it had", "[ui][mainwindow]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    const wushe::FixedClock clock(QDate(2026, 6, 30));
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, *catalog, clock);
    RecordingPrompts prompts;
    wushe::ui::MainWindow window(*catalog, clock, prompts);
    REQUIRE(window.openDatabase(path));

    const auto missing = window.openDatabase(dir.filePath(QStringLiteral("nope.db")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().key == QStringLiteral("db.not_found"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.db"))));
    CHECK(window.tree()->model()->index(0, 0).data().toString() == QStringLiteral("大荔县"));
}

TEST_CASE("Main window checks a big file in the background and closes it untouched when damaged", "[ui][mainwindow]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    const wushe::FixedClock clock(QDate(2026, 6, 30));
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, *catalog, clock);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() - 2 * 4096));
        file.write(QByteArray(1024, char(0x5A)));
    }
    QFile original(path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    RecordingPrompts prompts;
    wushe::ui::MainWindow window(*catalog, clock, prompts);
    REQUIRE(window.openDatabase(path)); // opens at once: the check runs in the background
    CHECK_FALSE(window.ledgerPage(wushe::Ledger::Elderly)->editingEnabled());
    window.integrityChecker()->wait();
    CHECK_FALSE(window.hasDatabase());
    CHECK(window.tree()->model()->rowCount() == 0);
    CHECK(prompts.errors == QStringList{QStringLiteral("数据库文件已损坏")});
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == before);
}

TEST_CASE("Main window allows edits once the background check passes", "[ui][mainwindow]")
{
    const auto catalog = wushe::org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    const wushe::FixedClock clock(QDate(2026, 6, 30));
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, *catalog, clock);
    RecordingPrompts prompts;
    wushe::ui::MainWindow window(*catalog, clock, prompts);
    REQUIRE(window.openDatabase(path));
    window.integrityChecker()->wait();
    CHECK(window.hasDatabase());
    CHECK(window.ledgerPage(wushe::Ledger::Elderly)->editingEnabled());
    CHECK(prompts.errors.isEmpty());
}
