#include "ElderlyEditorDialog.h"
#include "EnumWidgets.h"
#include "LedgerPage.h"
#include "LedgerTableModel.h"
#include "PersonFields.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "storage/ElderlyRepository.h"
#include "storage/Transaction.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

using uitest::validId;

struct Fixture : uitest::CountyDb
{
};

// Fills the editor the way a user does and saves.
bool addThroughEditor(Fixture& f, ui::ElderlyEditorDialog& dialog, const QString& id, const QString& name)
{
    dialog.personFields()->idEdit()->setText(id);
    dialog.personFields()->nameEdit()->setText(name);
    dialog.personFields()->setOrgCode(QStringLiteral("610523101001"));
    for (QCheckBox* box : dialog.categoryChecks()->boxes())
        box->setChecked(box->objectName() == QStringLiteral("living_alone"));
    (void)f;
    const bool saved = dialog.save();
    UNSCOPED_INFO("save: " << dialog.errorText().toStdString());
    return saved;
}

} // namespace

TEST_CASE("A record added through the editor appears in the ledger table", "[ui][ledger]")
{
    Fixture f;
    ui::LedgerPage page(f.ops(), Ledger::Elderly);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setUnit(QStringLiteral("610523000000"));
    REQUIRE(page.model()->rowCount() == 0);

    ui::ElderlyEditorDialog dialog(f.ops());
    const QString id = validId(QStringLiteral("19450312"), 123);
    dialog.personFields()->idEdit()->setText(id);
    // The derived birth date and sex show while typing.
    CHECK(dialog.personFields()->derivedText().contains(QStringLiteral("1945-03-12")));
    CHECK(dialog.personFields()->derivedText().contains(QStringLiteral("男")));
    REQUIRE(addThroughEditor(f, dialog, id, QStringLiteral("王建国")));
    CHECK(dialog.errorText().isEmpty());

    page.applyFilters();
    REQUIRE(page.model()->rowCount() == 1);
    const QModelIndex name = page.model()->index(0, 0);
    CHECK(name.data().toString() == QStringLiteral("王建国"));
    // Masked by default, full when revealed.
    const QModelIndex idCell = page.model()->index(0, 3);
    CHECK(idCell.data().toString() == id.left(6) + QStringLiteral("********") + id.right(4));
    page.model()->setRevealSensitive(true);
    CHECK(idCell.data().toString() == id);

    page.setSearchText(QStringLiteral("建国"));
    CHECK(page.model()->rowCount() == 1);
    page.setSearchText(QStringLiteral("李"));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("A failed save keeps the dialog's input and says why", "[ui][ledger]")
{
    Fixture f;
    ui::ElderlyEditorDialog dialog(f.ops());
    // Born 1990: too young for the elderly ledger.
    const QString id = validId(QStringLiteral("19900101"), 123);
    CHECK_FALSE(addThroughEditor(f, dialog, id, QStringLiteral("李四")));
    CHECK(dialog.errorText().contains(QStringLiteral("60岁")));
    CHECK(dialog.personFields()->nameEdit()->text() == QStringLiteral("李四"));
    CHECK(dialog.personFields()->idEdit()->text() == id);

    ui::LedgerPage page(f.ops(), Ledger::Elderly);
    page.setUnit(QStringLiteral("610523000000"));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("The ledger list and the person form print with their content", "[ui][ledger][print]")
{
    Fixture f;
    ui::ElderlyEditorDialog dialog(f.ops());
    REQUIRE(addThroughEditor(f, dialog, validId(QStringLiteral("19400101"), 321), QStringLiteral("赵秀英")));
    ui::LedgerPage page(f.ops(), Ledger::Elderly);
    page.setUnit(QStringLiteral("610523000000"), QStringLiteral("大荔县"));

    report::RegisterTable list;
    auto rows = page.buildListDocument(list);
    REQUIRE(rows);
    CHECK(*rows == 1);
    CHECK(list.heading == QStringLiteral("大荔县老年人台账"));
    REQUIRE(list.rows.size() == 1);
    CHECK(list.rows[0].contains(QStringLiteral("赵秀英")));
    CHECK(list.rows[0].size() == list.headers.size());

    QTextDocument form;
    REQUIRE(page.buildFormDocument(form, 0));
    CHECK(form.toPlainText().contains(QStringLiteral("老年人信息登记表")));
    CHECK(form.toPlainText().contains(QStringLiteral("赵秀英")));
    CHECK(form.toPlainText().contains(QStringLiteral("大荔县 许庄镇")));
    CHECK_FALSE(page.buildFormDocument(form, 5));
}

TEST_CASE("Fitting the columns to a long ledger reads its first page only", "[ui][ledger]")
{
    Fixture f;
    const int rows = ui::LedgerTableModel::kPageSize * 2 + 50;
    storage::ElderlyRepository repository(f.db->sql(), {QStringLiteral("test"), &f.clock});
    REQUIRE(storage::inTransaction(f.db->sql(), [&]() -> Result<void> {
        for (int i = 0; i < rows; ++i) {
            ElderlyRecord record;
            record.meta.orgCode = QStringLiteral("610523101001");
            record.person.name = QStringLiteral("测试%1").arg(i);
            record.person.idNumber = validId(QStringLiteral("19450312"), i);
            record.registeredOn = QDate(2026, 1, 5);
            record.categories = quint32(ElderlyCategory::LivingAlone);
            record.familyStructure = FamilyStructure::Alone;
            record.healthStatus = HealthStatus::BasicallyHealthy;
            record.careSituation = CareSituation::Neighbours;
            record.riskTier = RiskTier::General;
            if (auto added = repository.add(record); !added)
                return std::unexpected(added.error());
        }
        return {};
    }));

    ui::LedgerPage page(f.ops(), Ledger::Elderly);
    page.setUnit(QStringLiteral("610523000000")); // a hidden page, as at start-up
    REQUIRE(page.model()->rowCount() == rows);
    CHECK(page.model()->cachedPageCount() == 1);
}
