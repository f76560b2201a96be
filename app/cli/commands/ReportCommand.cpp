#include "Cli.h"

#include "operations/Operations.h"
#include "org/ReportingUnit.h"
#include "quarterly/QuarterlyReport.h"
#include "quarterly/ReportPackage.h"
#include "quarterly/ReportStore.h"
#include "quarterly/Rollup.h"
#include "report/QuarterlyReportDocument.h"
#include "report/QuarterlyWorkbook.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wushe::cli {

using namespace quarterly;

namespace {

QString scheduleKey(ScheduleRow::State state)
{
    switch (state) {
    case ScheduleRow::State::Open: return QStringLiteral("open");
    case ScheduleRow::State::Due: return QStringLiteral("due");
    case ScheduleRow::State::Late: return QStringLiteral("late");
    case ScheduleRow::State::OnTime: return QStringLiteral("on_time");
    case ScheduleRow::State::SubmittedLate: return QStringLiteral("submitted_late");
    }
    return {};
}

// --narrative FILE: JSON {"practices": …, "cases": …, "problems": …, "next_plan": …}.
Result<void> readNarrative(const QString& path, ReportText& text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("report.narrative"),
                    QCoreApplication::translate("Cli", "无法读取%1：%2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return fail(QStringLiteral("report.narrative"),
                    QCoreApplication::translate("Cli", "%1应为JSON对象（practices、cases、problems、next_plan）").arg(path));
    const QJsonObject object = document.object();
    const auto take = [&](const char* key, QString& field) {
        if (object.contains(QLatin1String(key)))
            field = object.value(QLatin1String(key)).toString();
    };
    take("practices", text.practices);
    take("cases", text.cases);
    take("problems", text.problems);
    take("next_plan", text.nextPlan);
    return {};
}

} // namespace

// Output:
//   --tsv (or no output file asked for): one line per figure
//     key<TAB>label<TAB>this quarter<TAB>last quarter
//     (money in yuan with 2 decimals, hours with 1 decimal, ratios as 52.34%)
//   --pdf FILE: pdf<TAB>FILE<TAB>pages; --xlsx FILE: xlsx<TAB>FILE;
//   --package FILE: package<TAB>FILE<TAB>revision<TAB>sha256
//   --submit: submitted<TAB>unit<TAB>quarter<TAB>revision<TAB>sha256
//   --drill KEY: id<TAB>division code<TAB>text<TAB>date per record behind the figure
//     (this quarter, computed now; not for ratios, the station standard or a city)
//   --flags: flag key<TAB>division code<TAB>name<TAB>message per target missed
//   --schedule: quarter<TAB>due date<TAB>state (open/due/late/on_time/submitted_late)
//     <TAB>submitted revisions<TAB>first 报出日期 (or -), for the 8 quarters up to --quarter
// When the quarter's latest revision is submitted, figures and text are printed as
// submitted (frozen); otherwise they are computed now. A city's (or province's)
// database adds up its members' imported packages.
int runReport(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "季度“五社联动”工作进展情况报告：指标、PDF、Excel、上报数据包"));
    parser.addOption(Cli::dbOption());
    parser.addOption(Cli::unitOption(QCoreApplication::translate("Cli", "报告单位的12位区划代码（县、乡镇或市）")));
    parser.addOption({QStringLiteral("quarter"), QCoreApplication::translate("Cli", "季度，如 2024Q1"), QStringLiteral("YYYYQn")});
    parser.addOption({QStringLiteral("tsv"), QCoreApplication::translate("Cli", "以TSV列出每项指标")});
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "写出 PDF 报告"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("xlsx"), QCoreApplication::translate("Cli", "写出 Excel 报表"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("package"), QCoreApplication::translate("Cli", "写出上报数据包（最近一次报送的版本）"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("drill"), QCoreApplication::translate("Cli", "列出某项指标背后的记录（本季度）"), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("flags"), QCoreApplication::translate("Cli", "列出未达标的事项")});
    parser.addOption({QStringLiteral("schedule"), QCoreApplication::translate("Cli", "列出近8个季度的报送情况（待报、逾期、已报）")});
    parser.addOption({QStringLiteral("submit"), QCoreApplication::translate("Cli", "审核并报送本季度报告（冻结指标和文字）")});
    parser.addOption({QStringLiteral("amend"), QCoreApplication::translate("Cli", "与 --submit 同用：更正已报送的报告，报送新的修订版")});
    parser.addOption({QStringLiteral("head"), QCoreApplication::translate("Cli", "单位负责人"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("reviewer"), QCoreApplication::translate("Cli", "审核人"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("preparer"), QCoreApplication::translate("Cli", "填表人"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("phone"), QCoreApplication::translate("Cli", "联系电话"), QStringLiteral("PHONE")});
    parser.addOption(Cli::operatorOption());
    parser.addOption({QStringLiteral("narrative"),
                      QCoreApplication::translate("Cli", "工作情况文字（JSON：practices、cases、problems、next_plan）"),
                      QStringLiteral("FILE")});
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    QString unitCode;
    QString quarterText;
    if (!cli.required(parser, QStringLiteral("unit"), unitCode, exitCode)
        || !cli.required(parser, QStringLiteral("quarter"), quarterText, exitCode))
        return exitCode;
    unitCode = unitCode.trimmed();
    if (!Cli::isDivisionCode(unitCode))
        return cli.usage(QCoreApplication::translate("Cli", "--unit 应为12位区划代码：%1").arg(unitCode), parser);
    auto quarter = Quarter::parse(quarterText);
    if (!quarter)
        return cli.usage(quarter.error().message, parser);
    if (parser.isSet(QStringLiteral("amend")) && !parser.isSet(QStringLiteral("submit")))
        return cli.usage(QCoreApplication::translate("Cli", "--amend 须与 --submit 同用"), parser);

    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    auto unit = storage::OrgUnitRepository(db->sql()).find(unitCode);
    if (!unit)
        return cli.refuse(unit.error());
    if (!*unit)
        return cli.refuse(Error{QStringLiteral("unit.unknown"),
                                QCoreApplication::translate("Cli", "区划%1不在本数据库的辖区内").arg(unitCode)});
    const bool rollup = (*unit)->level == OrgLevel::City || (*unit)->level == OrgLevel::Province;
    if (rollup && (*unit)->depth != 0)
        return cli.refuse(Error{QStringLiteral("report.level"),
                                QCoreApplication::translate("Cli", "市级报告只能在该市的数据库中汇总")});

    ReportStore store(db->sql(), cli.readContext());
    if (parser.isSet(QStringLiteral("schedule"))) {
        Quarter from = *quarter;
        for (int i = 0; i < 7; ++i)
            from = from.previous();
        auto rows = store.schedule(unitCode, from, *quarter, cli.clock().today());
        if (!rows)
            return cli.refuse(rows.error());
        for (const ScheduleRow& row : *rows)
            cli.out() << row.quarter.key() << '\t' << row.dueDate.toString(Qt::ISODate) << '\t' << scheduleKey(row.state) << '\t'
                      << row.revisions << '\t'
                      << (row.firstReported.isValid() ? row.firstReported.toString(Qt::ISODate) : QStringLiteral("-")) << '\n';
        return Ok;
    }

    if (parser.isSet(QStringLiteral("drill"))) {
        if (rollup)
            return cli.refuse(Error{QStringLiteral("report.figure"),
                                    QCoreApplication::translate("Cli", "市级报告由各县数据包汇总，没有明细记录")});
        auto rows = QuarterlyReport(db->sql()).drillDown(unitCode, *quarter, parser.value(QStringLiteral("drill")).trimmed(),
                                                         1000000);
        if (!rows)
            return cli.refuse(rows.error());
        for (const DrillRow& row : *rows)
            cli.out() << row.id << '\t' << row.orgCode << '\t' << row.text << '\t' << row.date << '\n';
        return Ok;
    }

    auto latest = store.latest(unitCode, *quarter);
    if (!latest)
        return cli.refuse(latest.error());
    ReportData data;
    ReportText text;
    QString statusLabel = QCoreApplication::translate("Cli", "草稿（未报送）");
    const bool frozen = *latest && (*latest)->status == ReportStatus::Submitted && !parser.isSet(QStringLiteral("submit"));
    if (frozen) {
        auto submitted = ReportJson::fromJson(QJsonDocument::fromJson((*latest)->content).object());
        if (!submitted)
            return cli.refuse(submitted.error());
        data = submitted->data;
        text = submitted->text;
        statusLabel = QCoreApplication::translate("Cli", "已报送（第%1版）").arg((*latest)->revision);
    } else {
        auto computed = rollup ? Rollup(db->sql(), cli.readContext()).report(*quarter)
                               : QuarterlyReport(db->sql()).compute(unitCode, *quarter);
        if (!computed)
            return cli.refuse(computed.error());
        data = *computed;
        if (*latest) {
            text = (*latest)->text;
            statusLabel = kReportStatuses.label((*latest)->status);
        }
        if (text.preparer.isEmpty()) // 填表人 of a draft: the operator
            text.preparer = cli.operatorOf(parser).printedName();
    }

    if (parser.isSet(QStringLiteral("submit"))) {
        const ops::Operator who = cli.operatorOf(parser);
        ops::Operations operations(db->sql(), who, cli.clock());
        const auto edit = [&](ReportText& t) -> Result<void> {
            if (t.reportingUnit.isEmpty())
                t.reportingUnit = org::reportingUnitName(**unit);
            const auto set = [&](const char* option, QString& field) {
                if (parser.isSet(QLatin1String(option)))
                    field = parser.value(QLatin1String(option)).trimmed();
            };
            set("head", t.unitHead);
            set("reviewer", t.reviewer);
            set("preparer", t.preparer);
            set("phone", t.phone);
            // 填表人 defaults to the operator; --preparer names someone else.
            if (t.preparer.isEmpty())
                t.preparer = who.printedName();
            if (parser.isSet(QStringLiteral("narrative")))
                return readNarrative(parser.value(QStringLiteral("narrative")), t);
            return {};
        };
        auto submitted = operations.reviewAndSubmitReport(unitCode, *quarter, parser.isSet(QStringLiteral("amend")), edit, data);
        if (!submitted)
            return cli.refuse(submitted.error());
        text = submitted->text;
        statusLabel = QCoreApplication::translate("Cli", "已报送（第%1版）").arg(submitted->revision);
        auto stored = store.latest(unitCode, *quarter);
        if (!stored || !*stored)
            return cli.refuse(stored ? Error{QStringLiteral("report.missing"), QStringLiteral("?")} : stored.error());
        cli.out() << "submitted\t" << unitCode << '\t' << quarter->key() << '\t' << (*stored)->revision << '\t'
                  << (*stored)->digest << '\n';
        latest = stored;
    }

    if (text.reportingUnit.isEmpty())
        text.reportingUnit = org::reportingUnitName(**unit);
    const bool files = parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("xlsx"))
                       || parser.isSet(QStringLiteral("package")) || parser.isSet(QStringLiteral("submit"))
                       || parser.isSet(QStringLiteral("flags"));
    if (parser.isSet(QStringLiteral("tsv")) || !files)
        for (const Figure& figure : data.figures)
            cli.out() << figure.key << '\t' << figure.label << '\t' << formatValue(figure.kind, figure.thisQuarter) << '\t'
                      << formatValue(figure.kind, figure.lastQuarter) << '\n';
    if (parser.isSet(QStringLiteral("flags")))
        for (const Flag& flag : data.flags)
            cli.out() << flag.key << '\t' << flag.unitCode << '\t' << flag.unitName << '\t' << flag.message << '\n';
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        auto pages = report::QuarterlyReportDocument::writePdf(path, data, text, {statusLabel});
        if (!pages)
            return cli.refuse(pages.error());
        cli.out() << "pdf\t" << path << '\t' << *pages << '\n';
    }
    if (parser.isSet(QStringLiteral("xlsx"))) {
        const QString path = parser.value(QStringLiteral("xlsx"));
        if (auto ok = report::QuarterlyWorkbook::write(path, data, text); !ok)
            return cli.refuse(ok.error());
        cli.out() << "xlsx\t" << path << '\n';
    }
    if (parser.isSet(QStringLiteral("package"))) {
        auto all = store.revisions(unitCode, *quarter);
        if (!all)
            return cli.refuse(all.error());
        const StoredReport* submitted = nullptr;
        for (const StoredReport& row : *all)
            if (row.status == ReportStatus::Submitted && !row.imported)
                submitted = &row;
        if (!submitted)
            return cli.refuse(Error{QStringLiteral("report.not_submitted"),
                                    QCoreApplication::translate("Cli", "%1的报告尚未报送，不能生成上报数据包（先用 --submit 审核报送）")
                                        .arg(quarter->label())});
        const QString path = parser.value(QStringLiteral("package"));
        if (auto ok = ReportPackage::write(path, submitted->content, submitted->digest); !ok)
            return cli.refuse(ok.error());
        cli.out() << "package\t" << path << '\t' << submitted->revision << '\t' << submitted->digest << '\n';
    }
    return Ok;
}

} // namespace wushe::cli
