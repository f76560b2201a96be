#include "ImportWizard.h"
#include "LedgerExport.h"
#include "LedgerPage.h"
#include "LedgerTableModel.h"
#include "exchange/XlsxReader.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "rules/IdNumber.h"
#include "storage/Sql.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

struct ExchangeFixture : uitest::CountyDb
{
    qint64 count(const QString& sql) const { return storage::scalarInt(db->sql(), sql).value(); }
};

} // namespace

TEST_CASE("import wizard: detected mapping fixed by the user, preview, then import", "[ui][exchange]")
{
    ExchangeFixture f;
    const QString path = f.dir.filePath(QStringLiteral("list.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("光华社区老人名单\r\n"
                                  "姓名,证件号码,村,人员分类,电话\r\n"
                                  "王淑芬,%1,光华社区,独居,13912345678\r\n"
                                  "李满仓,%2,光华社区,留守,\r\n"
                                  "赵无名,%3,幸福村,留守,\r\n")
                       .arg(uitest::validId(QStringLiteral("19500301"), 12), uitest::validId(QStringLiteral("19440808"), 33),
                            uitest::validId(QStringLiteral("19450101"), 35))
                       .toUtf8());
    }
    ui::ImportWizard wizard(f.ops(), QStringLiteral("elderly"));
    REQUIRE(wizard.loadFile(path));
    CHECK(wizard.mappingTable()->rowCount() == 5);
    exchange::ColumnMapping mapping = wizard.mapping();
    CHECK(mapping.headerRow == 1);
    CHECK(mapping.keys == QList<QString>{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("village"), QString(),
                                         QStringLiteral("phone")});
    // 人员分类 is not a known header: without it the required 类别 is missing.
    const auto missing = wizard.preview();
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().key == QStringLiteral("exchange.missing_columns"));
    wizard.setColumnKey(3, QStringLiteral("categories"));
    CHECK(wizard.mapping().keys.value(3) == QStringLiteral("categories"));

    const auto preview = wizard.preview();
    REQUIRE(preview.has_value());
    CHECK(preview->rows == 3);
    CHECK(preview->added == 2);
    CHECK(preview->rejected == 1);
    CHECK(wizard.summary()->text().contains(QStringLiteral("将新增2行")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 0);
    CHECK(wizard.findChild<QTableWidget*>(QStringLiteral("rejected"))->rowCount() == 1);

    // All or nothing: refused.
    const auto refused = wizard.runImport();
    REQUIRE(refused.has_value());
    CHECK_FALSE(refused->applied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 0);

    wizard.setValidRowsOnly(true);
    const auto imported = wizard.runImport();
    REQUIRE(imported.has_value());
    CHECK(imported->applied);
    CHECK(imported->added == 2);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM elderly_record")) == 2);
}

TEST_CASE("ledger page: 导出/导入 menu, export of what the page lists", "[ui][exchange]")
{
    ExchangeFixture f;
    ui::ImportWizard wizard(f.ops(), QStringLiteral("elderly"));
    const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,身份证号,村（社区）,类别\r\n王淑芬,%1,光华社区,独居\r\n李满仓,%2,许庄村,留守\r\n")
                       .arg(uitest::validId(QStringLiteral("19500301"), 12), uitest::validId(QStringLiteral("19440808"), 33))
                       .toUtf8());
    }
    REQUIRE(wizard.loadFile(csv));
    REQUIRE(wizard.runImport().has_value());

    ui::LedgerPage page(f.ops(), Ledger::Elderly);
    page.setUnit(QStringLiteral("610523101200"), QStringLiteral("许庄村"));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("exchange"));
    REQUIRE(button);
    REQUIRE(button->menu());
    QStringList actions;
    QAction* importAction = nullptr;
    for (QAction* action : button->menu()->actions()) {
        actions << action->text();
        if (action->text().contains(QStringLiteral("导入")))
            importAction = action;
    }
    CHECK(actions.filter(QStringLiteral("导出为 Excel")).size() == 2);
    CHECK(actions.filter(QStringLiteral("导出为 CSV")).size() == 2);
    REQUIRE(importAction);
    page.setEditingEnabled(false);
    CHECK_FALSE(importAction->isEnabled());
    page.setEditingEnabled(true);
    CHECK(importAction->isEnabled());

    // What the page lists: only 许庄村.
    exchange::ExportScope scope;
    scope.filter = page.model()->filter();
    const QString out = f.dir.filePath(QStringLiteral("out.xlsx"));
    const auto rows = ui::LedgerExport::run(&page, f.db->sql(), QStringLiteral("elderly"), scope, f.context(), QStringLiteral("许庄村"),
                                            {out, false, exchange::CsvEncoding::Utf8Bom});
    REQUIRE(rows.has_value());
    CHECK(*rows == 1);
    const auto sheet = exchange::XlsxReader::read(out);
    REQUIRE(sheet.has_value());
    REQUIRE(sheet->rows.size() == 3);
    CHECK(sheet->rows[2][0].text == QStringLiteral("李满仓"));
    CHECK(sheet->rows[2][1].text.contains(QStringLiteral("********"))); // masked
}
