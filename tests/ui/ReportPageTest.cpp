#include "../core/QuarterlyTestSupport.h"

#include "ReportPage.h"
#include "UserPrompts.h"
#include "operations/ChangeNotifier.h"
#include "operations/Operations.h"
#include "org/ReportingUnit.h"
#include "quarterly/ReportStore.h"
#include "storage/OrgUnitRepository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include "UiTestSupport.h"

#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;

namespace {

class RecordedPrompts final : public ui::UserPrompts
{
public:
    void information(QWidget*, const QString&, const QString& text) override { messages << text; }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    QStringList messages;
    QStringList errors;
};

QString cell(const QTableWidget* table, const QString& label, int column)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == label)
            return table->item(row, column) ? table->item(row, column)->text() : QString();
    return QStringLiteral("(missing)");
}

} // namespace

TEST_CASE("The report page shows the figures, saves, reviews, submits and amends", "[report]")
{
    QTemporaryDir dir;
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("q.db")), QStringLiteral("610523000000"));
    const auto f = test::fixture::buildFixture(db.sql());
    const FixedClock clock(QDate(2024, 7, 10));
    RecordedPrompts prompts;
    ops::ChangeNotifier notifier;
    ops::Operations operations(db.sql(), uitest::operatorNamed(QStringLiteral("tester")), clock, &notifier);
    ui::ReportPage page(operations, prompts);
    const OrgUnit county = storage::OrgUnitRepository(db.sql()).jurisdiction().value();
    page.setJurisdiction(county, org::reportingUnitName(county));
    page.setQuarter(quarterly::Quarter{2024, 2});

    CHECK(u8(cell(page.figuresTable(), QStringLiteral("服务活动（次）"), 1)) == "5");
    CHECK(u8(cell(page.figuresTable(), QStringLiteral("服务活动（次）"), 2)) == "1");
    CHECK(u8(cell(page.figuresTable(), QStringLiteral("服务活动（次）"), 3)) == "+400.0%");
    CHECK(u8(cell(page.figuresTable(), QStringLiteral("基金余额（元）"), 1)) == "103000.00");
    CHECK(u8(page.headerField(0)->text()) == "大荔县民政局");
    CHECK(u8(page.headerField(3)->text()) == "tester"); // 填表人: the operator, editable
    CHECK(page.statusText().contains(QStringLiteral("未填报")));
    CHECK(page.scheduleText().contains(QStringLiteral("2024年第1季度 逾期未报"))); // due April 15, today July 10
    CHECK(page.scheduleText().contains(QStringLiteral("2024年第2季度 待报送")));

    page.section(0)->setPlainText(QStringLiteral("每周例会"));
    REQUIRE(page.save());
    CHECK(page.statusText().contains(QStringLiteral("草稿（第1版）")));
    CHECK_FALSE(page.review()); // no reviewer
    CHECK(prompts.errors.size() == 1);
    page.headerField(1)->setText(QStringLiteral("王局长"));
    page.headerField(2)->setText(QStringLiteral("李审核"));
    page.headerField(3)->setText(QStringLiteral("张填表"));
    REQUIRE(page.review());
    CHECK(page.statusText().contains(QStringLiteral("已审核（第1版）")));
    REQUIRE(page.submit());
    CHECK(page.statusText().contains(QStringLiteral("已报送（第1版）")));
    CHECK(page.scheduleText().contains(QStringLiteral("2024年第2季度 按时报送")));
    CHECK(page.section(0)->isReadOnly());
    CHECK(u8(page.section(0)->toPlainText()) == "每周例会");

    // The ledgers change; the submitted report does not, a new revision does.
    test::fixture::put(db.sql(), QStringLiteral("service_activity"), f.v1,
                         {{QStringLiteral("held_on"), QStringLiteral("2024-06-02")}, {QStringLiteral("kind"), QStringLiteral("visit")},
                          {QStringLiteral("domain"), QStringLiteral("safety")}, {QStringLiteral("title"), QStringLiteral("补录")}});
    page.reload();
    CHECK(u8(cell(page.figuresTable(), QStringLiteral("服务活动（次）"), 1)) == "5");
    REQUIRE(page.amend());
    CHECK(page.statusText().contains(QStringLiteral("草稿（第2版）")));
    CHECK(u8(cell(page.figuresTable(), QStringLiteral("服务活动（次）"), 1)) == "6");
    CHECK(u8(page.section(0)->toPlainText()) == "每周例会");
    CHECK_FALSE(page.section(0)->isReadOnly());
    auto revisions = quarterly::ReportStore(db.sql(), writeContext()).revisions(f.county, quarterly::Quarter{2024, 2});
    REQUIRE(revisions.has_value());
    CHECK(revisions->size() == 2);
}
