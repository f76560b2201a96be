#include "QuarterlyTestSupport.h"

#include "quarterly/QuarterlyReport.h"
#include "report/QuarterlyReportDocument.h"
#include "report/QuarterlyWorkbook.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wushe;
using namespace wushe::test;
using namespace wushe::quarterly;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext drops or widens spaces (第 1 页 comes out as 第1页): compare without them.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return text;
}

ReportText sampleText()
{
    ReportText text;
    text.reportingUnit = QStringLiteral("大荔县民政局");
    text.unitHead = QStringLiteral("王局长");
    text.reviewer = QStringLiteral("李审核");
    text.preparer = QStringLiteral("张填表");
    text.phone = QStringLiteral("0913-3212345");
    text.reportDate = QDate(2024, 7, 10);
    text.practices = QStringLiteral("推行社工站周例会制度，每月联合志愿者入户探访。");
    text.cases = QStringLiteral("西城街道为独居老人链接慈善资源。");
    text.problems = QStringLiteral("许庄镇社工站驻站人员不足。");
    text.nextPlan = QStringLiteral("完成全部村（社区）社工室建设。");
    return text;
}

// The fixture county's report for 2024Q2, computed in a database under `dir`.
ReportData fixtureReport(const QTemporaryDir& dir)
{
    storage::Database db = createJurisdiction(dir.filePath(QStringLiteral("q.db")), QStringLiteral("610523000000"));
    const auto f = test::fixture::buildFixture(db.sql());
    auto data = QuarterlyReport(db.sql()).compute(f.county, Quarter{2024, 2});
    REQUIRE(data.has_value());
    return *data;
}

} // namespace

TEST_CASE("The quarterly report PDF has its title, tables, narrative and signatures as searchable text", "[quarterly][pdf]")
{
    QTemporaryDir dir;
    const ReportData data = fixtureReport(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    auto pages = report::QuarterlyReportDocument::writePdf(pdf, data, sampleText(), {QStringLiteral("已报送（第1版）")});
    INFO((pages ? std::string() : u8(pages.error().toString())));
    REQUIRE(pages.has_value());
    CHECK(*pages >= 3);
    CHECK(u8(run(QStringLiteral("pdfinfo"), {pdf})).find("Pages:") != std::string::npos);

    const QString text = squeezed(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    for (const char* expected :
         {"大荔县2024年第2季度“五社联动”工作进展情况报告", "表　　号：五社联动季报1表", "制表机关：陕西省民政厅",
          "一、四级服务体系建设", "八、政府购买服务", "乡镇（街道）社会工作服务站（个）", "其中：留守老年人",
          "推行社工站周例会制度，每月联合志愿者入户探访。", "（一）经验做法", "（四）下季度计划", "单位负责人：王局长",
          "审核人：李审核", "填表人：张填表", "报出日期：2024年7月10日", "（单位盖章）", "驻站人员1人，不足3人", "西城街道",
          "103000.00", "55.56%"}) {
        INFO(expected);
        CHECK(text.contains(squeezed(QString::fromUtf8(expected))));
    }
    // Every page carries its number out of the total.
    for (int page = 1; page <= *pages; ++page) {
        INFO(page);
        CHECK(text.contains(squeezed(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(*pages))));
    }
    // A section table that breaks across pages repeats its header row: every page
    // showing figure rows (其中：…) also shows the 指标/本季度/上季度/环比 header.
    int pagesWithRows = 0;
    for (int page = 1; page <= *pages; ++page) {
        const QString one = run(QStringLiteral("pdftotext"),
                                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                 QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!one.contains(QStringLiteral("其中：")))
            continue;
        ++pagesWithRows;
        INFO(page);
        CHECK(one.contains(QStringLiteral("本季度")));
        CHECK(one.contains(QStringLiteral("上季度")));
    }
    CHECK(pagesWithRows >= 2);
}

TEST_CASE("The quarterly report workbook has one sheet per section with numbers as numbers", "[quarterly]")
{
    QTemporaryDir dir;
    const ReportData data = fixtureReport(dir);
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(report::QuarterlyWorkbook::write(path, data, sampleText()).has_value());
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    CHECK(listing.contains(QStringLiteral("xl/worksheets/sheet8.xml")));  // eight sections
    CHECK(listing.contains(QStringLiteral("xl/worksheets/sheet11.xml"))); // breakdown, flags, narrative
    const QString workbook = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("一、四级服务体系建设")));
    CHECK(workbook.contains(QStringLiteral("八、政府购买服务")));
    // Section 6: the fund balance as a number of yuan in a money format.
    const QString charity = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet6.xml")});
    CHECK(charity.contains(QStringLiteral("<v>103000</v>")));
    CHECK(charity.contains(QStringLiteral("<v>1234.56</v>")));
    const QString styles = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
    CHECK(styles.contains(QStringLiteral("#,##0.00")));
    CHECK(styles.contains(QStringLiteral("0.00%")));
}
