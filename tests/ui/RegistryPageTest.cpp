#include "CommunityOrgDialog.h"
#include "EnumWidgets.h"
#include "MainWindow.h"
#include "PersonFields.h"
#include "RegistryPage.h"
#include "RegistryTableModel.h"
#include "ServiceActivityDialog.h"
#include "SocialWorkerDialog.h"
#include "TrainingDialog.h"
#include "UnitPicker.h"
#include "UserPrompts.h"
#include "VillagePicker.h"
#include "demo/DemoGenerator.h"
#include "exchange/Importer.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "report/PagedRenderer.h"
#include "report/RegisterPainter.h"
#include "report/RegistrySpecs.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "rules/IdNumber.h"
#include "storage/OrgTargetFacts.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include "UiTestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

const QString kCounty = QStringLiteral("610523000000");
const QString kXuzhuang = QStringLiteral("610523101000");   // 许庄镇
const QString kXuzhuangVillage = QStringLiteral("610523101001");

struct RegistryFixture
{
    FixedClock clock{QDate(2026, 6, 30)};
    QTemporaryDir dir;
    std::optional<storage::Database> db;
    ops::ChangeNotifier notifier;
    std::unique_ptr<ops::Operations> operations; // after db: closed before it

    explicit RegistryFixture(bool demo = false)
    {
        const auto catalog = org::DivisionCatalog::loadBundled();
        REQUIRE(catalog);
        auto made = org::JurisdictionCreator(*catalog).create(dir.filePath(QStringLiteral("dali.db")), kCounty,
                                                              {QStringLiteral("test"), &clock});
        REQUIRE(made);
        db = std::move(*made);
        if (demo)
            REQUIRE(demo::DemoGenerator(*db, {QStringLiteral("test"), &clock}, {}).generate());
    }

    ops::Operations& ops()
    {
        if (!operations)
            operations = std::make_unique<ops::Operations>(db->sql(), uitest::operatorNamed(QStringLiteral("test")), clock, &notifier);
        return *operations;
    }

    // A view of `spec` whose records a new `Dialog` on this database edits.
    template <typename Dialog>
    ui::RegistryView editable(storage::RegistrySpec spec)
    {
        return {std::move(spec), [this](QWidget* parent) -> std::unique_ptr<ui::RegistryEditorDialog> {
                    return std::make_unique<Dialog>(ops(), parent);
                }};
    }
};

// Answers every question with `answer` and records what was asked.
struct ScriptedPrompts final : ui::UserPrompts
{
    bool answer = true;
    QStringList asked;
    QStringList errors;
    void information(QWidget*, const QString& title, const QString&) override { asked << title; }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    bool confirm(QWidget*, const QString& title, const QString&) override
    {
        asked << title;
        return answer;
    }
};

// The main window on the demo county (the fixture's connection closed, the window's own
// opened), and a connection of the test's own to count with.
struct DemoWindow
{
    RegistryFixture f{true};
    std::optional<org::DivisionCatalog> catalog;
    QString path;
    ScriptedPrompts prompts;
    std::unique_ptr<ui::MainWindow> window;
    QSqlDatabase check;

    DemoWindow()
    {
        auto loaded = org::DivisionCatalog::loadBundled();
        REQUIRE(loaded);
        catalog = std::move(*loaded);
        path = f.db->path();
        f.db.reset();
        window = std::make_unique<ui::MainWindow>(*catalog, f.clock, prompts);
        REQUIRE(window->openDatabase(path));
        check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("registry-check"));
        check.setDatabaseName(path);
        REQUIRE(check.open());
    }
    ~DemoWindow()
    {
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("registry-check"));
    }
    qint64 count(const QString& sql) const
    {
        auto counted = storage::scalarInt(check, sql);
        REQUIRE(counted);
        return *counted;
    }
};

// The row of the table whose column `column` reads `text`, or -1.
int findRow(const ui::RegistryTableModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, column).data().toString() == text)
            return row;
    return -1;
}

qint64 sqlCount(const storage::Database& db, const QString& sql)
{
    auto count = storage::scalarInt(db.sql(), sql);
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("An organization added through its dialog appears in the registry table, edits and deletes as a tombstone",
          "[ui][registry]")
{
    RegistryFixture f;
    ScriptedPrompts prompts;
    ui::RegistryPage page(f.ops(), prompts, {f.editable<ui::CommunityOrgDialog>(report::RegistrySpecs::communityOrgs())});
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setUnit(kXuzhuangVillage, QStringLiteral("光华社区"));
    CHECK(page.model()->totalCount() == 0);

    auto editor = page.editorFor(-1);
    REQUIRE(editor);
    auto* dialog = qobject_cast<ui::CommunityOrgDialog*>(editor->get());
    REQUIRE(dialog);
    // The form starts in the unit selected in the tree.
    CHECK(dialog->village()->orgCode() == kXuzhuangVillage);
    dialog->nameEdit()->setText(QStringLiteral("光华社区老年协会"));
    ui::setComboValue(dialog->registrationBox(), OrgRegistration::Filed);
    REQUIRE(dialog->save());
    page.model()->refresh();
    CHECK(page.model()->totalCount() == 1);
    const int row = findRow(*page.model(), 0, QStringLiteral("光华社区老年协会"));
    REQUIRE(row >= 0);
    CHECK(page.model()->index(row, 2).data().toString() == QStringLiteral("备案"));
    CHECK(page.model()->index(row, 9).data().toString() == QStringLiteral("正常活动"));

    // Edit: the saved record loads into the form; a change shows in the table.
    auto edit = page.editorFor(row);
    REQUIRE(edit);
    auto* editDialog = qobject_cast<ui::CommunityOrgDialog*>(edit->get());
    REQUIRE(editDialog);
    CHECK(editDialog->nameEdit()->text() == QStringLiteral("光华社区老年协会"));
    editDialog->nameEdit()->setText(QStringLiteral("光华社区老年人协会"));
    REQUIRE(editDialog->save());
    page.model()->refresh();
    CHECK(findRow(*page.model(), 0, QStringLiteral("光华社区老年人协会")) == row);

    // Delete only after the user says yes; the row stays in the file as a tombstone.
    prompts.answer = false;
    CHECK_FALSE(page.removeRow(row));
    CHECK(page.model()->totalCount() == 1);
    prompts.answer = true;
    CHECK(page.removeRow(row));
    CHECK(page.model()->totalCount() == 0);
    CHECK(sqlCount(*f.db, QStringLiteral("SELECT count(*) FROM community_org WHERE deleted = 1 "
                                         "AND name = '光华社区老年人协会'")) == 1);
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("A failed registry save keeps the dialog's content and says why", "[ui][registry]")
{
    RegistryFixture f;
    ui::CommunityOrgDialog org(f.ops());
    org.village()->setOrgCode(kXuzhuangVillage);
    org.nameEdit()->setText(QStringLiteral("光华社区志愿服务协会"));
    ui::setComboValue(org.registrationBox(), OrgRegistration::Registered); // 登记 needs its number
    CHECK_FALSE(org.save());
    CHECK_FALSE(org.errorText().isEmpty());
    CHECK(org.nameEdit()->text() == QStringLiteral("光华社区志愿服务协会"));
    CHECK(org.village()->orgCode() == kXuzhuangVillage);
    CHECK(org.organization().meta.isNew());
    org.registrationNoEdit()->setText(QStringLiteral("大民社登字第001号"));
    REQUIRE(org.save());
    CHECK(org.errorText().isEmpty());
    CHECK_FALSE(org.organization().meta.isNew());

    ui::ServiceActivityDialog activity(f.ops());
    activity.unitPicker()->setOrgCode(kXuzhuang);
    activity.titleEdit()->setText(QStringLiteral("许庄镇高龄老人需求调研"));
    activity.moneyEdit()->setText(QStringLiteral("12.345")); // more than fen
    CHECK_FALSE(activity.save());
    CHECK_FALSE(activity.errorText().isEmpty());
    CHECK(activity.titleEdit()->text() == QStringLiteral("许庄镇高龄老人需求调研"));
    CHECK(activity.moneyEdit()->text() == QStringLiteral("12.345"));
    activity.moneyEdit()->setText(QStringLiteral("12.34"));
    REQUIRE(activity.save());
    CHECK(activity.activity().moneyFen == 1234);

    // A social worker whose ID number is wrong keeps name and number typed.
    ui::SocialWorkerDialog worker(f.ops());
    worker.postUnit()->setOrgCode(kXuzhuang);
    worker.personFields()->idEdit()->setText(QStringLiteral("610523198001011230"));
    worker.personFields()->nameEdit()->setText(QStringLiteral("张红梅"));
    CHECK_FALSE(worker.save());
    CHECK_FALSE(worker.errorText().isEmpty());
    CHECK(worker.personFields()->idEdit()->text() == QStringLiteral("610523198001011230"));
    CHECK(worker.personFields()->nameEdit()->text() == QStringLiteral("张红梅"));
}

TEST_CASE("A training shows in the training list for its period only", "[ui][registry]")
{
    RegistryFixture f;
    ScriptedPrompts prompts;
    ui::RegistryPage page(f.ops(), prompts, {f.editable<ui::TrainingDialog>(report::RegistrySpecs::trainings())});
    page.setUnit(kCounty, QStringLiteral("大荔县"));
    auto editor = page.editorFor(-1);
    REQUIRE(editor);
    auto* dialog = qobject_cast<ui::TrainingDialog*>(editor->get());
    REQUIRE(dialog);
    dialog->topicEdit()->setText(QStringLiteral("社会工作实务培训"));
    dialog->hoursBox()->setValue(1.5);
    // 2025: before the page's default period (this year).
    dialog->findChild<QDateEdit*>()->setDate(QDate(2025, 11, 3));
    REQUIRE(dialog->save());
    CHECK(dialog->training().minutes == 90);
    page.model()->refresh();
    CHECK(page.model()->totalCount() == 0);
    page.setPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
    REQUIRE(page.model()->totalCount() == 1);
    CHECK(page.model()->index(0, 0).data().toString() == QStringLiteral("2025-11-03"));
    CHECK(page.model()->index(0, 2).data().toString() == QStringLiteral("社会工作实务培训"));
    CHECK(page.model()->index(0, 3).data().toString() == QStringLiteral("1.5"));

    // The register prints what the list shows.
    report::RegisterTable table;
    auto rows = page.buildListDocument(table);
    REQUIRE(rows);
    CHECK(*rows == 1);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].contains(QStringLiteral("社会工作实务培训")));
    const QString pdf = f.dir.filePath(QStringLiteral("training.pdf"));
    report::RegisterPainter body(table);
    auto pages = report::PagedRenderer::writePdf(body, pdf, QPageLayout::Landscape, page.decoration());
    REQUIRE(pages);
    CHECK(*pages == 1);
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("Registry pages follow the unit selected in the tree", "[ui][registry][mainwindow]")
{
    DemoWindow demo;
    ui::MainWindow& window = *demo.window;
    REQUIRE(window.registryPages().size() == 8);
    REQUIRE(window.dashboardPage());

    ui::RegistryPage* activities = window.registryPage(QStringLiteral("服务活动"));
    REQUIRE(activities);
    const qint64 county = activities->model()->totalCount();
    REQUIRE(window.selectUnit(kXuzhuang));
    const qint64 township = activities->model()->totalCount();
    CHECK(township > 0);
    CHECK(township < county);
    // Counted again on a connection of the test's own.
    CHECK(township == demo.count(QStringLiteral("SELECT count(*) FROM service_activity WHERE deleted = 0 "
                                                "AND org_code LIKE '610523101%' "
                                                "AND held_on BETWEEN '2026-01-01' AND '2026-12-31'")));
    CHECK(activities->summaryText() == QStringLiteral("共 %1 条").arg(township));
    // Only pages looked at are read: the county's list is many pages, one is held.
    REQUIRE(county > ui::RegistryTableModel::kPageSize * 3);
    CHECK(activities->model()->cachedPageCount() <= 1);
    for (int row = 0; row < std::min(50, activities->model()->rowCount()); ++row) {
        const QString id = activities->model()->recordIdAt(row);
        REQUIRE_FALSE(id.isEmpty());
    }

    // The below-target view of the organizations page lists what OrgTargets finds.
    ui::RegistryPage* orgs = window.registryPage(QStringLiteral("社区社会组织"));
    REQUIRE(orgs);
    REQUIRE(orgs->viewCount() == 2);
    const qint64 townshipOrgs = orgs->model()->totalCount();
    orgs->setView(1);
    CHECK_FALSE(orgs->canEdit());
    REQUIRE(window.selectUnit(kCounty));
    auto below = storage::OrgTargetFacts::belowTarget(demo.check, kCounty, demo.f.clock.today());
    REQUIRE(below);
    CHECK(orgs->model()->totalCount() == below->size());
    orgs->setView(0);
    CHECK(orgs->model()->totalCount() > townshipOrgs);
    CHECK(orgs->canEdit());
}

TEST_CASE("Registry lists with an Excel exchange offer 导出/导入 and export the selected unit's list", "[ui][registry][exchange]")
{
    DemoWindow demo;
    ui::MainWindow& window = *demo.window;
    const auto exchangeButton = [](ui::RegistryPage* page) {
        auto* button = page->findChild<QPushButton*>(QStringLiteral("exchange"));
        REQUIRE(button);
        return button;
    };

    // Lists that core/exchange writes have the button; the others only print.
    ui::RegistryPage* stations = window.registryPage(QStringLiteral("站点与驻站社工"));
    REQUIRE(stations);
    CHECK(stations->exchangeName().isEmpty());
    CHECK(exchangeButton(stations)->isHidden());
    ui::RegistryPage* orgs = window.registryPage(QStringLiteral("社区社会组织"));
    REQUIRE(orgs);
    CHECK(orgs->exchangeName() == QStringLiteral("organizations"));
    CHECK_FALSE(exchangeButton(orgs)->isHidden());
    orgs->setView(1); // 未达标社区（村）: a computed list, nothing to exchange
    CHECK(exchangeButton(orgs)->isHidden());
    orgs->setView(0);
    CHECK_FALSE(exchangeButton(orgs)->isHidden());
    for (const auto& [title, name] : {std::pair{QStringLiteral("社会工作者"), QStringLiteral("social-workers")},
                                      std::pair{QStringLiteral("志愿者"), QStringLiteral("volunteers")},
                                      std::pair{QStringLiteral("服务活动"), QStringLiteral("activities")}}) {
        CAPTURE(title);
        REQUIRE(window.registryPage(title));
        CHECK(window.registryPage(title)->exchangeName() == name);
    }

    // 导出 writes the organizations of the township selected in the tree: as many rows
    // as the table holds there, counted on a connection of the test's own.
    REQUIRE(window.selectUnit(kXuzhuang));
    const QString file = demo.f.dir.filePath(QStringLiteral("许庄镇社区社会组织.xlsx"));
    auto written = orgs->exportTo({file, false, exchange::CsvEncoding::Utf8Bom});
    REQUIRE(written);
    const qint64 expected =
        demo.count(QStringLiteral("SELECT count(*) FROM community_org WHERE deleted = 0 AND org_code LIKE '610523101%'"));
    CHECK(expected > 0);
    CHECK(*written == expected);
    CHECK(demo.count(QStringLiteral("SELECT count(*) FROM community_org WHERE deleted = 0")) > expected);
    // The file reads back with a title row, a header row and one row per organization.
    auto sheet = exchange::Importer::readFile(file);
    REQUIRE(sheet);
    CHECK(sheet->rows.size() == expected + 2);
}
